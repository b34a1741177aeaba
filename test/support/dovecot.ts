// A real IMAP server for the tests: Debian's Dovecot, started as a foreground child with a throwaway configuration
// in a temporary folder (its own base_dir and ports on 127.0.0.1, users from a passwd-file, Maildir, a fresh TLS
// certificate), and stopped again in teardown. Where Dovecot is not installed the tests that need it say so loudly
// and are skipped — unless RUNDMAIL_REQUIRE_IMAP=1 (CI), where its absence is a failure.
import { spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { makeTestCertificates } from "./smtpCerts";

const CANDIDATES = ["/usr/sbin/dovecot", "/usr/local/sbin/dovecot"];

/** The dovecot binary, or null when it is not installed. RUNDMAIL_DOVECOT names another (or, missing, none). */
export function dovecotBinary(): string | null {
  const chosen = process.env["RUNDMAIL_DOVECOT"];
  if (chosen !== undefined && chosen !== "") return existsSync(chosen) ? chosen : null;
  for (const path of [...CANDIDATES, ...(process.env["PATH"] ?? "").split(":").map((dir) => join(dir, "dovecot"))]) {
    if (path !== "dovecot" && existsSync(path)) return path;
  }
  return null;
}

/**
 * `describe` when Dovecot is there; otherwise a loud warning and `describe.skip` — or, with RUNDMAIL_REQUIRE_IMAP=1,
 * a test that fails and says why.
 */
export function describeWithDovecot(name: string, body: () => void): void {
  if (dovecotBinary() !== null) {
    describe(name, body);
    return;
  }
  const message = `Dovecot is not installed: the IMAP tests "${name}" cannot run. Install it (apt-get install dovecot-imapd) to run them.`;
  if (process.env["RUNDMAIL_REQUIRE_IMAP"] === "1") {
    describe(name, () => {
      test("needs Dovecot (RUNDMAIL_REQUIRE_IMAP=1)", () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`\n\n  !!! ${message}\n\n`);
  describe.skip(name, body);
}

export interface TestUser {
  readonly name: string;
  readonly password: string;
  /** A Dovecot quota rule, e.g. "*:storage=200K". */
  readonly quota?: string;
}

export interface TestFolder {
  readonly name: string;
  /** "\\Drafts", "\\Sent", or none: a folder only its name tells apart. */
  readonly specialUse?: string;
}

export interface DovecotOptions {
  readonly users?: readonly TestUser[];
  /** Created for every user at login. Default: Drafts (\Drafts), Sent (\Sent). */
  readonly folders?: readonly TestFolder[];
  /** The largest message the server takes (quota_max_mail_size, e.g. "40K"): Dovecot announces it as APPENDLIMIT. */
  readonly maxMailSize?: string;
  /** Announces APPENDLIMIT=n (Dovecot 2.3 does not announce quota_max_mail_size by itself). */
  readonly appendLimit?: number;
}

export interface Dovecot {
  /** Plain IMAP with STARTTLS offered. */
  readonly port: number;
  /** TLS from the first byte. */
  readonly tlsPort: number;
  /** The test certificate authority (PEM): what --ca is given. */
  readonly caFile: string;
  readonly ca: string;
  /** The server's certificate and key (PEM), for a test proxy that speaks TLS to the client as the server would. */
  readonly cert: string;
  readonly key: string;
  readonly dir: string;
  stop(): Promise<void>;
}

export const DEFAULT_USERS: readonly TestUser[] = [
  { name: "anna", password: "Geh3im!Pass" },
  { name: "voll", password: "Geh3im!Pass", quota: "*:storage=60K" },
];

const DEFAULT_FOLDERS: readonly TestFolder[] = [
  { name: "Drafts", specialUse: "\\Drafts" },
  { name: "Sent", specialUse: "\\Sent" },
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Dovecot ended at start (exit ${child.exitCode}): ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: "127.0.0.1", port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`Dovecot did not listen on ${port}: ${log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startDovecot(options: DovecotOptions = {}): Promise<Dovecot> {
  const binary = dovecotBinary();
  if (binary === null) throw new Error("Dovecot is not installed");
  const users = options.users ?? DEFAULT_USERS;
  const folders = options.folders ?? DEFAULT_FOLDERS;
  const dir = mkdtempSync(join(tmpdir(), "rundmail-dovecot-"));
  chmodSync(dir, 0o755); // Dovecot's unprivileged processes must reach the files in it
  const base = join(dir, "run");
  const mail = join(dir, "mail");
  mkdirSync(base);
  mkdirSync(mail);
  // As root (CI, containers) the mail belongs to "nobody" (Dovecot refuses mail as root); otherwise to this user, who
  // then also runs Dovecot's own processes.
  const root = process.getuid?.() === 0;
  const uid = root ? 65534 : (process.getuid?.() ?? 1000);
  const gid = root ? 65534 : (process.getgid?.() ?? 1000);
  if (root) chownSync(mail, uid, gid);
  const me = userInfo().username;

  const certs = await makeTestCertificates();
  const certFile = join(dir, "cert.pem");
  const keyFile = join(dir, "key.pem");
  const caFile = join(dir, "ca.pem");
  writeFileSync(certFile, certs.cert);
  writeFileSync(keyFile, certs.key, { mode: 0o600 });
  writeFileSync(caFile, certs.ca);

  const passwd = join(dir, "passwd");
  writeFileSync(
    passwd,
    users
      .map((u) => `${u.name}:{PLAIN}${u.password}:${uid}:${gid}::${join(mail, u.name)}::${u.quota ? `userdb_quota_rule=${u.quota}` : ""}`)
      .join("\n") + "\n",
  );
  const [port, tlsPort] = [await freePort(), await freePort()];
  const mailboxes = folders
    .map((f) => `  mailbox "${f.name}" {\n    auto = subscribe\n${f.specialUse ? `    special_use = ${f.specialUse}\n` : ""}  }`)
    .join("\n");
  const config = join(dir, "dovecot.conf");
  writeFileSync(
    config,
    `# Rundmail test server (throwaway)
base_dir = ${base}
state_dir = ${join(base, "state")}
instance_name = rundmail-test-${port}
protocols = imap
listen = 127.0.0.1
${root ? "default_internal_user = dovecot\ndefault_internal_group = dovecot\ndefault_login_user = dovenull" : `default_internal_user = ${me}\ndefault_login_user = ${me}`}
log_path = ${join(dir, "dovecot.log")}
ssl = yes
ssl_cert = <${certFile}
ssl_key = <${keyFile}
disable_plaintext_auth = yes
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:~/Maildir
mail_plugins = quota
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${passwd}
}
userdb {
  driver = passwd-file
  args = ${passwd}
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${tlsPort}
    ssl = yes
  }
}
service anvil {
  chroot =
}
namespace inbox {
  inbox = yes
  separator = /
${mailboxes}
}
protocol imap {
  mail_plugins = $mail_plugins imap_quota
${options.appendLimit !== undefined ? `  imap_capability = +APPENDLIMIT=${options.appendLimit}\n` : ""}}
plugin {
  quota = maildir:User quota
${options.maxMailSize ? `  quota_max_mail_size = ${options.maxMailSize}\n` : ""}}
`,
  );
  const child = spawn(binary, ["-F", "-c", config], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, child, () => output);
    await waitForPort(tlsPort, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, tlsPort, caFile, ca: certs.ca, cert: certs.cert, key: certs.key, dir, stop };
}
