// `rundmail send` as a user runs it: the compiled command against a real SMTP server on 127.0.0.1 (STARTTLS,
// login, injected faults), and what arrived read back with mailparser.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { join } from "node:path";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import Papa from "papaparse";
import { makeTestCertificates, type TestCertificates } from "./support/smtpCerts";
import { rundmail, startRundmail, testEnv } from "./support/smtpRundmail";
import { people, writeScenario, type Person, type Scenario } from "./support/smtpScenario";
import { startTestServer, type Fault, type ReceivedMessage, type TestServer, type TestServerOptions } from "./support/smtpServer";

const USER = "kasse@tsv-blau-weiss.de";
const PASSWORD = "Pa55-Wört!geheim";

let certs: TestCertificates;
let caFile: string;
const servers: TestServer[] = [];
beforeAll(async () => {
  certs = await makeTestCertificates();
  caFile = join(writeScenario([]).dir, "test-ca.pem");
  writeFileSync(caFile, certs.ca);
});
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function server(options: TestServerOptions = {}): Promise<TestServer> {
  const s = await startTestServer({ certificates: certs, auth: { user: USER, pass: PASSWORD }, ...options });
  servers.push(s);
  return s;
}

/** The usual command line: STARTTLS with our test CA, login, no rate limit. */
const sendArgs = (s: TestServer, scenario: Scenario, ...more: string[]): string[] => [
  "send",
  ...scenario.args,
  "--smtp",
  `smtp://${encodeURIComponent(USER)}@127.0.0.1:${s.port}`,
  "--ca",
  caFile,
  "--rate",
  "0",
  ...more,
];
const env = testEnv({ RUNDMAIL_SMTP_PASSWORD: PASSWORD });

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));
const parsed = (server: TestServer): Promise<Array<{ got: ReceivedMessage; mail: ParsedMail }>> =>
  Promise.all(server.received.map(async (got) => ({ got, mail: await simpleParser(got.raw) })));
const deliveries = (server: TestServer, address: string): number => server.received.filter((m) => m.rcpt[0] === address).length;

function report(scenario: Scenario, lang: "en" | "de" = "en"): Record<string, string[]> {
  const text = readFileSync(join(scenario.dir, "mitglieder.rundmail", "report.csv"), "utf8").replace(/^\uFEFF/, "");
  const rows = Papa.parse<string[]>(text, { delimiter: lang === "de" ? ";" : ",", skipEmptyLines: true }).data.slice(1);
  return Object.fromEntries(rows.map((r) => [r[1] ?? "", r]));
}
const statusOf = (scenario: Scenario): Record<string, string> =>
  Object.fromEntries(Object.entries(report(scenario)).map(([address, r]) => [address, r[2] ?? ""]));

describe("rundmail send", () => {
  test("one private message per row: one To, the row's own Cc, the archive in the envelope only; files and umlauts intact", async () => {
    const s = await server();
    const list: Person[] = [...people(4), { first: "Sophie", last: "Größer", email: "sophie@example.net", cc: "eltern.groesser@example.net", nr: "2001" }];
    const scenario = writeScenario(list);
    const sent = join(scenario.dir, "gesendet");
    const run = await rundmail(sendArgs(s, scenario, "--yes", "--archive-bcc", "archiv@tsv-blau-weiss.de", "--save-sent", sent), env);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Sent 5 messages in this run");
    expect(s.received).toHaveLength(list.length);

    const everyAddress = list.flatMap((p) => [p.email, ...(p.cc ? [p.cc] : [])]);
    for (const { got, mail } of await parsed(s)) {
      const person = list.find((p) => p.email === got.rcpt[0]);
      if (!person) throw new Error(`unexpected recipient ${got.rcpt[0]}`);
      expect(got.secure).toBe(true);
      expect(got.user).toBe(USER);
      expect(got.from).toBe(USER);
      expect(got.rcpt).toEqual([person.email, ...(person.cc ? [person.cc] : []), "archiv@tsv-blau-weiss.de"]);
      expect(addresses(mail.to)).toEqual([person.email]);
      expect(addresses(mail.cc)).toEqual(person.cc ? [person.cc] : []);
      expect(mail.bcc).toBeUndefined();
      const header = got.raw.toString("latin1").slice(0, got.raw.indexOf("\r\n\r\n"));
      expect(header).not.toMatch(/^bcc:/im);
      expect(header).not.toContain("archiv@");
      // Nothing of another row anywhere: not in a header, not in the envelope, not in the text.
      const others = everyAddress.filter((a) => a !== person.email && a !== person.cc);
      for (const other of others) {
        expect(header.toLowerCase()).not.toContain(other);
        expect(got.rcpt).not.toContain(other);
        expect(`${mail.text ?? ""} ${typeof mail.html === "string" ? mail.html : ""}`).not.toContain(other);
      }
      expect(mail.subject).toBe(`Ihre Rechnung Nr. ${person.nr} – Grüße an ${person.first} ${person.last}`);
      expect(mail.text).toContain(`Sehr geehrte(r) ${person.first} ${person.last},`);
      expect(mail.html).toContain("120,00&nbsp;€");
      const file = scenario.files.get(person.email)!;
      expect(mail.attachments.map((a) => a.filename)).toEqual([file.name]);
      expect(Buffer.compare(mail.attachments[0]!.content, file.bytes)).toBe(0);
    }

    expect(Object.values(statusOf(scenario))).toEqual(Array(5).fill("sent"));
    const saved = readdirSync(sent).sort();
    expect(saved).toHaveLength(5);
    const savedMail = await simpleParser(readFileSync(join(sent, saved[4]!)));
    expect(addresses(savedMail.to)).toEqual(["sophie@example.net"]);

    // The password appears nowhere: not in the output, the journal, the report or the kept messages.
    const outDir = join(scenario.dir, "mitglieder.rundmail");
    const written = [run.stdout, run.stderr, ...readdirSync(outDir).map((f) => readFileSync(join(outDir, f), "utf8")), ...saved.map((f) => readFileSync(join(sent, f), "latin1"))];
    const b64 = Buffer.from(PASSWORD).toString("base64");
    for (const text of written) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(b64);
    }
  });

  test("without --yes nothing is sent: the dry run counts, names the recipients and renders the first message", async () => {
    const s = await server();
    const scenario = writeScenario(people(5));
    const run = await rundmail(sendArgs(s, scenario, "--rate", "30"), testEnv()); // no password needed for a dry run
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Dry run: nothing is sent. Add --yes to send.");
    expect(run.stdout).toMatch(/Would send 5 messages from kasse@tsv-blau-weiss\.de over 127\.0\.0\.1:\d+ \(STARTTLS, login as kasse@tsv-blau-weiss\.de\), at most 30 per minute/);
    expect(run.stdout).toContain("To: person1@example.de, person2@example.de, person3@example.de and 2 more");
    expect(run.stdout).toContain("First message (row 2):");
    expect(run.stdout).toContain("Subject: Ihre Rechnung Nr. 1001 – Grüße an Anna Müller1");
    expect(s.connections).toBe(0);
    expect(existsSync(join(scenario.dir, "mitglieder.rundmail"))).toBe(false);
  });

  test("a row with an error stops the run before the first message, unless --skip-invalid", async () => {
    const s = await server();
    const scenario = writeScenario([...people(2), { first: "Max", last: "Fehler", email: "max@@example.de", nr: "9" }, ...people(1, 3)]);
    const blocked = await rundmail(sendArgs(s, scenario, "--yes"), env);
    expect(blocked.status).toBe(4);
    expect(blocked.stdout).toContain("Row 4: 'max@@example.de' is not an e-mail address");
    expect(blocked.stdout).toContain("Nothing was sent: 1 rows have errors (rows 4, listed above)");
    expect(s.connections).toBe(0);

    const skipping = await rundmail(sendArgs(s, scenario, "--yes", "--skip-invalid"), env);
    expect(skipping.status).toBe(1);
    expect(s.received.map((m) => m.rcpt[0])).toEqual(["person1@example.de", "person2@example.de", "person3@example.de"]);
    const rows = report(scenario);
    expect(rows["max@@example.de"]?.slice(0, 3)).toEqual(["4", "max@@example.de", "excluded"]);
    expect(rows["max@@example.de"]?.[3]).toContain("is not an e-mail address");
  });

  test("faults: transient ones are retried, 550 is recorded, a silence after the last byte is 'unknown' and never resent", async () => {
    const once = (fault: Fault): Array<Fault | null> => [fault];
    const s = await server({
      faults: {
        "retry451@example.de": once({ at: "data-end", reply: 451 }),
        "retry421@example.de": once({ at: "rcpt", reply: 421 }),
        "dropped-before@example.de": once({ at: "rcpt", drop: true }),
        "dropped-during@example.de": once({ at: "data-start", drop: true }),
        "unknown@example.de": once({ at: "data-end", drop: true }),
      },
      refuse: ["refused@example.de"],
    });
    const person = (email: string, nr: string, fileSize?: number): Person => ({ first: "Jörg", last: "Weiß", email, nr, ...(fileSize ? { fileSize } : {}) });
    const scenario = writeScenario([
      person("retry451@example.de", "1"),
      person("retry421@example.de", "2"),
      person("dropped-before@example.de", "3"),
      person("dropped-during@example.de", "4", 8_000_000), // large, so the connection is lost before the last byte
      person("refused@example.de", "5"),
      person("unknown@example.de", "6"),
      person("fine@example.de", "7"),
    ]);
    const first = await rundmail(sendArgs(s, scenario, "--yes"), env);
    expect(first.status).toBe(1);
    const expected = {
      "retry451@example.de": ["sent", 1],
      "retry421@example.de": ["sent", 1],
      "dropped-before@example.de": ["sent", 1],
      "dropped-during@example.de": ["sent", 1],
      "refused@example.de": ["failed", 0],
      "unknown@example.de": ["unknown — check your Sent folder", 0],
      "fine@example.de": ["sent", 1],
    } as const;
    expect(statusOf(scenario)).toEqual(Object.fromEntries(Object.entries(expected).map(([a, [status]]) => [a, status])));
    for (const [address, [, count]] of Object.entries(expected)) expect([address, deliveries(s, address)]).toEqual([address, count]);
    expect(report(scenario)["refused@example.de"]?.[3]).toContain("550 5.1.1 <refused@example.de>: no such user");
    expect(first.stdout).toMatch(/1 rows failed[^\n]*\n {2}Row 6 \(refused@example\.de\): 550/);
    expect(first.stdout).toMatch(/1 rows are unknown[^\n]*\n {2}Row 7 \(unknown@example\.de\)/);
    const big = (await parsed(s)).find((m) => m.got.rcpt[0] === "dropped-during@example.de");
    expect(Buffer.compare(big!.mail.attachments[0]!.content, scenario.files.get("dropped-during@example.de")!.bytes)).toBe(0);

    // The same command again: only the refused row is tried again; the unknown one waits for the user's decision.
    const again = await rundmail(sendArgs(s, scenario, "--yes"), env);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain("Sent 0 messages in this run");
    expect(s.received).toHaveLength(5);
    expect(statusOf(scenario)["unknown@example.de"]).toBe("unknown — check your Sent folder");

    const resend = await rundmail(sendArgs(s, scenario, "--yes", "--resend-unknown"), env);
    expect(resend.status).toBe(1); // the refused address still fails
    expect(deliveries(s, "unknown@example.de")).toBe(1);
    expect(s.received).toHaveLength(6);
  });

  test("--limit, then the same command again: every row exactly once", async () => {
    const s = await server();
    const scenario = writeScenario(people(5));
    const first = await rundmail(sendArgs(s, scenario, "--yes", "--limit", "2"), env);
    expect(first.status).toBe(1);
    expect(first.stdout).toContain("3 rows were left for a later run (--limit)");
    expect(Object.values(statusOf(scenario))).toEqual(["sent", "sent", "not sent", "not sent", "not sent"]);
    const second = await rundmail(sendArgs(s, scenario, "--yes"), env);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("Sent 3 messages in this run");
    expect(s.received.map((m) => m.rcpt[0]).sort()).toEqual(people(5).map((p) => p.email).sort());
  });

  test("a deleted row does not resend the rows below it; a changed template holds back rows already sent", async () => {
    const s = await server();
    const scenario = writeScenario(people(4));
    expect((await rundmail(sendArgs(s, scenario, "--yes"), env)).status).toBe(0);
    const lines = readFileSync(scenario.list, "utf8").split("\r\n");
    writeFileSync(scenario.list, [lines[0], ...lines.slice(2)].join("\r\n")); // row 2 removed: everyone moves up
    // Every message the shorter list makes went out already: a finished list, refused without --again (exit 4).
    const afterDelete = await rundmail(sendArgs(s, scenario, "--yes"), env);
    expect(afterDelete.status).toBe(4);
    expect(afterDelete.stdout).toContain("These 3 messages were already sent");
    expect(s.received).toHaveLength(4);

    writeFileSync(scenario.template, readFileSync(scenario.template, "utf8").replace("Grüße", "Herzliche Grüße"));
    const dry = await rundmail(sendArgs(s, scenario), env);
    expect(dry.stdout).toContain("3 rows are held back");
    const changed = await rundmail(sendArgs(s, scenario, "--yes"), env);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain("3 rows were held back");
    expect(s.received).toHaveLength(4);
    expect(Object.values(statusOf(scenario))).toEqual(["held back", "held back", "held back"]);
  });

  test("Ctrl-C finishes the message in flight, writes the report and exits 130; the same command completes the rest", async () => {
    const s = await server();
    const scenario = writeScenario(people(8));
    const started = startRundmail(sendArgs(s, scenario, "--yes", "--rate", "240"), env); // one every 250 ms
    while (s.received.length < 2) await new Promise((r) => setTimeout(r, 10));
    started.child.kill("SIGINT");
    const run = await started.done;
    expect(run.status).toBe(130);
    expect(run.stdout).toMatch(/Interrupted: \d+ rows were not sent/);
    expect(run.stderr).toContain("Stopping after the message in flight");
    const statuses = Object.values(statusOf(scenario));
    expect(statuses).not.toContain("unknown — check your Sent folder");
    expect(statuses.filter((x) => x === "sent")).toHaveLength(s.received.length);

    const rest = await rundmail(sendArgs(s, scenario, "--yes"), env);
    expect(rest.status).toBe(0);
    expect(s.received.map((m) => m.rcpt[0]).sort()).toEqual(people(8).map((p) => p.email).sort());
  });

  test("Ctrl-C while the server has not answered the connection ends at once: nothing is 'unknown', the journal has no attempt", async () => {
    // A host that takes the connection and says nothing; the command's own timeout (2 minutes) would outlast the test.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const scenario = writeScenario(people(3));
    const args = ["send", ...scenario.args, "--smtp", `smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`, "--from", "kasse@example.de", "--yes"];
    const started = startRundmail(args, testEnv({ RUNDMAIL_SMTP_TIMEOUT_MS: "120000" }));
    while (sockets.length === 0) await new Promise((r) => setTimeout(r, 10));
    started.child.kill("SIGINT");
    const run = await started.done;
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
    expect(run.status).toBe(130);
    expect(Object.values(statusOf(scenario))).toEqual(["not sent", "not sent", "not sent"]);
    const journal = readFileSync(join(scenario.dir, "mitglieder.rundmail", "journal.jsonl"), "utf8");
    expect(journal).not.toContain('"t":"attempt"');
  }, 30_000);

  test("the rate spaces the messages", async () => {
    const s = await server();
    const scenario = writeScenario(people(3));
    const start = Date.now();
    expect((await rundmail(sendArgs(s, scenario, "--yes", "--rate", "300"), env)).status).toBe(0); // one every 200 ms
    expect(Date.now() - start).toBeGreaterThanOrEqual(400);
  });

  test("piped output has no progress line, only the summary; German when asked", async () => {
    const s = await server();
    const scenario = writeScenario(people(2));
    const run = await rundmail(sendArgs(s, scenario, "--yes", "--lang", "de"), env);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("\r");
    expect(run.stdout).toContain("2 Nachrichten in diesem Lauf über 127.0.0.1");
    expect(run.stdout).toContain("Alle Nachrichten sind gesendet.");
    expect(report(scenario, "de")["person1@example.de"]?.[2]).toBe("gesendet");
  });
});

describe("rundmail send: the server, the password, encryption", () => {
  const cases: Array<{ name: string; server: TestServerOptions; args: (port: number) => string[]; env?: Record<string, string>; status: number; output: RegExp }> = [
    {
      name: "a password in --smtp is refused and not repeated",
      server: {},
      args: (port) => ["--smtp", `smtp://kasse:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}`],
      status: 2,
      output: /Do not put the password into --smtp.*RUNDMAIL_SMTP_PASSWORD/,
    },
    {
      name: "no password and no terminal to ask on",
      server: {},
      args: (port) => ["--smtp", `smtp://kasse@127.0.0.1:${port}`, "--from", "kasse@tsv.de", "--ca", caFile],
      env: { RUNDMAIL_SMTP_PASSWORD: "" },
      status: 2,
      output: /wants a password for kasse, but RUNDMAIL_SMTP_PASSWORD is not set and there is no terminal/,
    },
    {
      name: "a wrong password: the login is refused, the run stops",
      server: {},
      args: (port) => ["--smtp", `smtp://${USER}@127.0.0.1:${port}`, "--ca", caFile],
      env: { RUNDMAIL_SMTP_PASSWORD: "Falsch-Geheim-1" },
      status: 3,
      output: /Stopped: the server refused the login for kasse@tsv-blau-weiss\.de \(535[^)]*\)\. Check the user in --smtp and the password\.\n1 rows were not tried/,
    },
    {
      name: "a certificate nobody vouched for (no --ca)",
      server: {},
      args: (port) => ["--smtp", `smtp://${USER}@127.0.0.1:${port}`],
      status: 3,
      output: /certificate is not trusted.*--ca FILE/,
    },
    {
      name: "a server without STARTTLS",
      server: { noStartTls: true },
      args: (port) => ["--smtp", `smtp://${USER}@127.0.0.1:${port}`, "--ca", caFile],
      status: 3,
      output: /does not offer encryption \(STARTTLS\).*--insecure/,
    },
    {
      name: "a server without STARTTLS, with --insecure",
      server: { noStartTls: true },
      args: (port) => ["--smtp", `smtp://${USER}@127.0.0.1:${port}`, "--insecure"],
      status: 0,
      output: /Sent 2 messages/,
    },
    {
      name: "smtps:// (TLS from the first byte) with --ca",
      server: { implicitTls: true },
      args: (port) => ["--smtp", `smtps://${USER}@127.0.0.1:${port}`, "--ca", caFile],
      status: 0,
      output: /Sent 2 messages/,
    },
    {
      name: "a server that is not there",
      server: {},
      args: () => ["--smtp", `smtp://${USER}@127.0.0.1:1`, "--ca", caFile],
      status: 3,
      output: /127\.0\.0\.1:1 could not be reached/,
    },
  ];
  test.each(cases)("$name", async ({ server: options, args, env: extra, status, output }) => {
    const s = await server(options);
    const scenario = writeScenario(people(2));
    const run = await rundmail(["send", ...scenario.args, "--rate", "0", "--yes", ...args(s.port)], testEnv({ RUNDMAIL_SMTP_PASSWORD: PASSWORD, ...extra }));
    expect(run.stdout + run.stderr).toMatch(output);
    expect(run.status).toBe(status);
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
    expect(run.stdout + run.stderr).not.toContain(encodeURIComponent(PASSWORD));
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test.each([
    ["no --smtp", [], /--smtp is required/],
    ["a negative rate", ["--smtp", "smtp://b.de", "--rate=-1"], /--rate must be a whole number of 0 or more/],
    ["a rate that is no number", ["--smtp", "smtp://b.de", "--rate", "schnell"], /--rate must be a whole number of 0 or more, not 'schnell'/],
    ["a limit of 0", ["--smtp", "smtp://b.de", "--limit", "0"], /--limit must be a whole number of 1 or more/],
    ["not an SMTP URL", ["--smtp", "https://mail.example.de"], /--smtp must look like smtp:\/\/user@host:587/],
    ["a sender that is no address", ["--smtp", "smtp://kasse@b.de", "--from", "Kasse"], /--from 'Kasse' is not one e-mail address/],
    ["no sender and a login that is no address", ["--smtp", "smtp://kasse@b.de"], /Give the sender with --from ADDRESS/],
    ["two archive addresses", ["--smtp", "smtp://kasse%40tsv.de@b.de", "--archive-bcc", "a@b.de, c@d.de"], /--archive-bcc 'a@b.de, c@d.de' is not one e-mail address/],
    ["a --ca file that is not a certificate", ["--smtp", "smtp://kasse%40tsv.de@b.de", "--ca", __filename], /holds no certificate/],
    ["a --ca file that does not exist", ["--smtp", "smtp://kasse%40tsv.de@b.de", "--ca", "/nicht/da.pem"], /Cannot read the certificate file '\/nicht\/da\.pem': no such file/],
  ])("usage error: %s (exit 2)", async (_name, args, message) => {
    const scenario = writeScenario(people(1));
    const run = await rundmail(["send", ...scenario.args, ...args], testEnv());
    expect(run.stderr).toMatch(message);
    expect(run.status).toBe(2);
  });

  test("send's options are unknown to check", async () => {
    const scenario = writeScenario(people(1));
    const run = await rundmail(["check", ...scenario.args, "--smtp", "smtp://a@b.de"], testEnv());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown option '--smtp'");
  });
});
