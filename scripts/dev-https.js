// The https certificate of the dev server (https://localhost:3000), per platform.
//
// Windows, macOS: office-addin-dev-certs creates a "Developer CA for Microsoft Office Add-ins" and trusts it in the
//   system store (it asks for permission once).
// Linux: office-addin-dev-certs' installer needs sudo and only fills the system store, which Chrome/Edge and Firefox
//   do not read; and because it then cannot verify the CA, it would regenerate it on every start. So here the same CA
//   and localhost certificate are generated *without* installing them, kept until they expire, and the user is told
//   how to trust the CA in the browser (printTrustInstructions).
// If that fails too, webpack-dev-server's own self-signed certificate is used (the browser warns; accept it once).
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const CA_NAME = "Developer CA for Microsoft Office Add-ins";
const VALID_DAYS = 365;

/** Where the certificates live: office-addin-dev-certs' own folder, or RUNDMAIL_CERT_DIR (tests use a temp dir). */
function certificatePaths() {
  const dir = process.env.RUNDMAIL_CERT_DIR || path.join(os.homedir(), ".office-addin-dev-certs");
  return { dir, ca: path.join(dir, "ca.crt"), cert: path.join(dir, "localhost.crt"), key: path.join(dir, "localhost.key") };
}

/** True if the files form a usable set: localhost certificate signed by the CA, matching key, valid for another day. */
function certificatesAreUsable({ ca, cert, key }) {
  try {
    const caCert = new crypto.X509Certificate(fs.readFileSync(ca));
    const hostCert = new crypto.X509Certificate(fs.readFileSync(cert));
    const privateKey = crypto.createPrivateKey(fs.readFileSync(key));
    const tomorrow = Date.now() + 24 * 60 * 60 * 1000;
    return (
      hostCert.verify(caCert.publicKey) &&
      hostCert.checkPrivateKey(privateKey) &&
      hostCert.checkHost("localhost") !== undefined &&
      Date.parse(hostCert.validTo) > tomorrow &&
      Date.parse(caCert.validTo) > tomorrow
    );
  } catch {
    return false;
  }
}

/** Linux: make sure an untrusted-but-stable CA and localhost certificate exist; returns their paths. */
async function ensureLocalCertificates() {
  const paths = certificatePaths();
  if (certificatesAreUsable(paths)) return { ...paths, generated: false };
  // generateCertificates() silently keeps an existing ca.crt, so stale files go first.
  for (const file of [paths.ca, paths.cert, paths.key]) fs.rmSync(file, { force: true });
  const { generateCertificates } = require("office-addin-dev-certs");
  // A year, not office-addin-dev-certs' 30 days: trusting the CA is a manual step here. Its private key is never
  // written to disk, so the CA cannot sign anything but this one localhost certificate.
  await generateCertificates(paths.ca, paths.cert, paths.key, VALID_DAYS);
  if (!certificatesAreUsable(paths)) throw new Error(`The certificates generated in ${paths.dir} are not usable.`);
  return { ...paths, generated: true };
}

/**
 * The `server` option for webpack-dev-server, and how it was obtained:
 *   { server, kind: "trusted" | "local-ca" | "self-signed", caPath?, problem? }
 */
async function devServerHttps() {
  // RUNDMAIL_CERT_DIR (tests) means: local certificates only, never touch the system's trust store.
  if ((process.platform === "win32" || process.platform === "darwin") && !process.env.RUNDMAIL_CERT_DIR) {
    try {
      const { getHttpsServerOptions } = require("office-addin-dev-certs");
      return { server: { type: "https", options: await getHttpsServerOptions() }, kind: "trusted" };
    } catch (error) {
      return { server: { type: "https" }, kind: "self-signed", problem: String(error) };
    }
  }
  try {
    const local = await ensureLocalCertificates();
    const options = { ca: fs.readFileSync(local.ca), cert: fs.readFileSync(local.cert), key: fs.readFileSync(local.key) };
    return { server: { type: "https", options }, kind: "local-ca", caPath: local.ca };
  } catch (error) {
    return { server: { type: "https" }, kind: "self-signed", problem: String(error) };
  }
}

/** Lines telling a Linux user how to make the browser trust the dev server. */
function trustInstructions(kind, caPath, url) {
  if (kind === "trusted") return [];
  if (kind === "self-signed") {
    return [
      `The dev server uses a self-signed certificate. Open ${url} in the browser you use for Outlook once and accept`,
      "the warning (Advanced → Proceed to localhost); the task pane loads after that for this browser session.",
    ];
  }
  return [
    `The dev server's certificate is signed by "${CA_NAME}" (${caPath}).`,
    "Trust it once in the browser you use for Outlook on the web:",
    "  Chrome/Edge/Chromium on Linux (NSS database; needs libnss3-tools):",
    `    certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "${CA_NAME}" -i "${caPath}"`,
    "  Firefox: Settings → Privacy & Security → Certificates → View Certificates → Authorities → Import…",
    `    choose ${caPath} and tick "Trust this CA to identify websites".`,
    `  Then restart the browser. (Valid for ${VALID_DAYS} days; a new CA is made when it expires.)`,
    `Quick alternative: open ${url} once and accept the warning.`,
  ];
}

module.exports = { certificatePaths, certificatesAreUsable, ensureLocalCertificates, devServerHttps, trustInstructions, CA_NAME };
