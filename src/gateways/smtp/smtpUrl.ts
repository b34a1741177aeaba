// `--smtp smtp://user@host:587` (STARTTLS) or `smtps://user@host:465` (TLS from the first byte), read into parts by
// the rules every server URL follows (../serverUrl.ts). The user may be left out: a local relay takes mail without a
// login.
import { parseServerUrl, type ServerAddress, type ServerUrlResult } from "../serverUrl";

export { describeServer } from "../serverUrl";
export type SmtpServerAddress = ServerAddress;
export type SmtpUrlProblem = Extract<ServerUrlResult, { ok: false }>["problem"];
export type SmtpUrlResult = ServerUrlResult;

export const parseSmtpUrl = (text: string): SmtpUrlResult => parseServerUrl(text, { name: "smtp", plainPort: 587, tlsPort: 465 });
