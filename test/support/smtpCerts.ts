// A throwaway certificate authority and a server certificate for 127.0.0.1, made fresh for each test run with
// `mkcert` (pure JavaScript; comes with office-addin-dev-certs), so no test depends on a file or on openssl.
import { createCA, createCert } from "mkcert";

export interface TestCertificates {
  /** The authority's certificate (PEM): what `rundmail send --ca FILE` is given. */
  readonly ca: string;
  readonly key: string;
  readonly cert: string;
}

export async function makeTestCertificates(): Promise<TestCertificates> {
  const ca = await createCA({ organization: "Rundmail Test CA", countryCode: "DE", state: "Sachsen", locality: "Dresden", validity: 2 });
  const server = await createCert({ ca, domains: ["127.0.0.1", "localhost"], validity: 2 });
  return { ca: ca.cert, key: server.key, cert: server.cert };
}
