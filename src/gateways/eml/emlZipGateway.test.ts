import { strFromU8, unzipSync } from "fflate";
import { simpleParser, type AddressObject } from "mailparser";
import Papa from "papaparse";
import { addr, draft, planned, render } from "../../../test/support/runFixtures";
import { startRun } from "../../core/run/startRun";
import type { OutgoingAttachment, OutgoingDraft } from "../../core/run/types";
import { createEmlZipGateway, type EmlZipGatewayOptions } from "./emlZipGateway";

const pdf = (seed: number, size: number): Uint8Array => Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed) % 256);
const file = (name: string, bytes: Uint8Array, contentType?: string): OutgoingAttachment => ({
  name,
  size: bytes.length,
  bytes: async () => bytes,
  ...(contentType ? { contentType } : {}),
});
const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));

function gateway(over: Partial<EmlZipGatewayOptions> = {}) {
  const delivered: { zip: Uint8Array; name: string }[] = [];
  const g = createEmlZipGateway({
    lang: "en",
    deliver: (zip, name) => {
      delivered.push({ zip, name });
    },
    now: () => new Date(Date.UTC(2026, 10, 28, 10, 15)),
    ...over,
  });
  const files = (): Record<string, Uint8Array> => {
    const last = delivered.at(-1);
    if (!last) throw new Error("nothing delivered");
    return unzipSync(last.zip);
  };
  return { g, delivered, files };
}

const reportOf = (files: Record<string, Uint8Array>, delimiter = ","): string[][] => {
  const bytes = files["report.csv"];
  if (!bytes) throw new Error("no report.csv");
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for umlauts
  return Papa.parse<string[]>(strFromU8(bytes.subarray(3)), { delimiter, skipEmptyLines: true }).data;
};

describe("createEmlZipGateway", () => {
  test("one .eml per draft, each with exactly one To, its own attachment byte for byte, umlauts intact", async () => {
    const { g, delivered, files } = gateway();
    const anna = pdf(1, 70_000);
    const jurgen = pdf(2, 1234);
    expect(await g.create(draft(2, { to: addr("anna@example.de"), toName: "Anna Müller", attachments: [file("Rechnung_1001.pdf", anna)], subject: "Grüße – März" }))).toEqual({
      status: "created",
      ref: "0002_anna@example.de.eml",
    });
    await g.create(
      draft(3, {
        to: addr("jürgen@müller.de"),
        cc: [addr("eltern@example.de")],
        bcc: [addr("archiv@verein.de")],
        attachments: [file("2026/Übersicht Jürgen.pdf", jurgen)],
        html: "<p>Sehr geehrter Herr Müller, Straße</p>",
      }),
    );
    expect(g.fileCount).toBe(2);
    expect(delivered).toHaveLength(0); // nothing before finish
    await g.finish?.({ outcomes: [], cancelled: false });
    expect(delivered.map((d) => d.name)).toEqual(["rundmail-drafts.zip"]);

    const zip = files();
    expect(Object.keys(zip).sort()).toEqual(["0002_anna@example.de.eml", "0003_jürgen@müller.de.eml", "report.csv"]);

    const first = await simpleParser(Buffer.from(zip["0002_anna@example.de.eml"] ?? new Uint8Array()));
    expect(addresses(first.to)).toEqual(["anna@example.de"]);
    expect(addresses(first.cc)).toEqual([]);
    expect(first.subject).toBe("Grüße – März");
    expect(first.headers.get("x-unsent")).toBe("1");
    expect(first.attachments).toHaveLength(1);
    expect(first.attachments[0]?.filename).toBe("Rechnung_1001.pdf");
    expect(new Uint8Array(first.attachments[0]?.content ?? [])).toEqual(anna);

    const secondRaw = strFromU8(zip["0003_jürgen@müller.de.eml"] ?? new Uint8Array());
    expect(secondRaw).toMatch(/^To: jürgen@xn--mller-kva\.de\r$/m);
    expect(secondRaw).toMatch(/^Date: Sat, 28 Nov 2026 10:15:00 \+0000\r$/m);
    const second = await simpleParser(secondRaw);
    expect(addresses(second.to)).toEqual(["jürgen@müller.de"]); // written as xn--mller-kva.de, read back
    expect(addresses(second.cc)).toEqual(["eltern@example.de"]);
    expect(addresses(second.bcc)).toEqual(["archiv@verein.de"]); // a draft shows its Bcc to its author
    expect(second.html).toContain("Herr Müller, Straße");
    expect(second.attachments[0]?.filename).toBe("Übersicht Jürgen.pdf"); // no folder in an attachment's name
    expect(new Uint8Array(second.attachments[0]?.content ?? [])).toEqual(jurgen);
  });

  test.each<[string, Partial<OutgoingDraft>]>([
    ["two Cc", { cc: [addr("a@x.de"), addr("b@x.de")] }],
    ["two Bcc", { bcc: [addr("a@x.de"), addr("b@x.de")] }],
    ["a semicolon-joined To", { to: addr("a@x.de;b@x.de") }],
    ["header injection in To", { to: addr("a@x.de\r\nBcc: everyone@x.de") }],
  ])("refuses %s: nothing goes into the ZIP", async (_name, over) => {
    const { g, files } = gateway();
    expect(await g.create(draft(2, { to: addr("a@x.de"), ...over }))).toMatchObject({ status: "failed", transient: false, code: "privacy-rule" });
    await g.finish?.({ outcomes: [], cancelled: false });
    expect(Object.keys(files())).toEqual(["report.csv"]);
  });

  test("an unreadable attachment fails its row only", async () => {
    const { g } = gateway({ lang: "de" });
    const broken: OutgoingAttachment = { name: "Rechnung.pdf", size: 1, bytes: () => Promise.reject(new Error("NotReadableError")) };
    expect(await g.create(draft(2, { to: addr("a@x.de"), attachments: [broken] }))).toEqual({
      status: "failed",
      transient: false,
      code: "run-attachment-unreadable",
      message: "Die Datei 'Rechnung.pdf' konnte nicht gelesen werden (NotReadableError). Wählen Sie die Datei erneut und wiederholen Sie diese Zeile.",
    });
    expect(await g.create(draft(3, { to: addr("b@x.de") }))).toMatchObject({ status: "created" });
  });

  test("an aborted create adds nothing and may be retried", async () => {
    const { g } = gateway();
    const controller = new AbortController();
    controller.abort();
    expect(await g.create(draft(2, { to: addr("a@x.de") }), controller.signal)).toMatchObject({ status: "failed", transient: true, code: "run-cancelled" });
    expect(g.fileCount).toBe(0);
  });

  test("a file name is never used twice, whatever the address holds", async () => {
    const { g, files } = gateway();
    await g.create(draft(2, { to: addr("a<b@x.de") }));
    await g.create(draft(2, { to: addr("a>b@x.de"), key: "other" }));
    await g.finish?.({ outcomes: [], cancelled: false });
    expect(Object.keys(files()).sort()).toEqual(["0002_a_b@x.de.eml", "0002_a_b@x.de_2.eml", "report.csv"]);
  });

  test.each<[string, number | undefined, string]>([
    ["default width", undefined, "0002_a@x.de.eml"],
    ["wider", 6, "000002_a@x.de.eml"],
    ["nonsense width", Number.NaN, "0002_a@x.de.eml"],
    ["zero width", 0, "2_a@x.de.eml"],
  ])("row numbers in file names: %s", async (_name, rowWidth, expected) => {
    const { g } = gateway(rowWidth === undefined ? {} : { rowWidth });
    expect(await g.create(draft(2, { to: addr("a@x.de") }))).toMatchObject({ ref: expected });
  });

  test("after finish, a late draft is refused and the ZIP is not made twice", async () => {
    const { g, delivered } = gateway();
    await g.finish?.({ outcomes: [], cancelled: false });
    await g.finish?.({ outcomes: [], cancelled: false });
    expect(delivered).toHaveLength(1);
    expect(await g.create(draft(2, { to: addr("a@x.de") }))).toMatchObject({ status: "failed", code: "eml-finished" });
  });

  test("a deliver that fails makes finish reject (the run reports it)", async () => {
    const { g } = gateway({ deliver: () => Promise.reject(new Error("download blocked")) });
    await expect(g.finish?.({ outcomes: [], cancelled: false })).rejects.toThrow("download blocked");
  });
});

describe("the eml ZIP through a run: report.csv lists every row", () => {
  test.each<["en" | "de", string, string[], string]>([
    ["en", ",", ["row", "address", "status", "file or reason"], "rundmail-drafts.zip"],
    ["de", ";", ["Zeile", "Adresse", "Status", "Datei oder Grund"], "rundmail-entwuerfe.zip"],
  ])("in %s", async (lang, delimiter, header, zipName) => {
    const { g, delivered, files } = gateway({
      lang,
      skipped: [
        { row: 4, address: "=HYPERLINK(\"x\")", reason: "Row 4: not an address." },
        // A row the user left out in the pane (issue 12): the CLI's word, "excluded".
        { row: 6, address: "dora(at)example.de", reason: "excluded by you", excluded: true },
      ],
    });
    const drafts = [planned(2, { to: addr("anna@example.de") }), planned(3, { to: addr("bernd@example.de") }), planned(5, { to: addr("carla@example.de") })];
    const summary = await startRun({
      runId: "run",
      drafts,
      lang,
      gateway: g,
      clock: { now: () => 0, sleep: async () => undefined },
      render: async (d) => draft(d.row, { to: d.to, ...(d.row === 3 ? { cc: [addr("x@x.de"), addr("y@x.de")] } : {}) }),
    }).done;
    expect(summary.outcomes.map((o) => o.status)).toEqual(["created", "failed", "created"]);
    expect(delivered.map((d) => d.name)).toEqual([zipName]);

    const zip = files();
    expect(Object.keys(zip).filter((n) => n.endsWith(".eml")).sort()).toEqual(["0002_anna@example.de.eml", "0005_carla@example.de.eml"]);
    const report = reportOf(zip, delimiter);
    expect(report[0]).toEqual(header);
    expect(report.slice(1).map((line) => [line[0], line[1], line[3]?.slice(0, 12)])).toEqual([
      ["2", "anna@example.de", "0002_anna@ex"],
      ["3", "bernd@example.de", lang === "de" ? "Abgelehnt: D" : "Refused: thi"],
      ["4", "'=HYPERLINK(\"x\")", "Row 4: not a"], // a formula never runs when the report is opened
      ["5", "carla@example.de", "0005_carla@e"],
      ["6", "dora(at)example.de", "excluded by "],
    ]);
    expect(report.slice(1).map((line) => line[2])).toEqual(
      lang === "de"
        ? ["Entwurf erstellt", "fehlgeschlagen", "übersprungen", "Entwurf erstellt", "ausgelassen"]
        : ["draft created", "failed", "skipped", "draft created", "excluded"],
    );
  });

  test("a cancelled run still offers what was made, and the report says which rows were cancelled", async () => {
    const { g, files } = gateway();
    const drafts = [planned(2, { to: addr("a@x.de") }), planned(3, { to: addr("b@x.de") }), planned(4, { to: addr("c@x.de") })];
    let control: ReturnType<typeof startRun> | null = null;
    control = startRun({
      runId: "run",
      drafts,
      lang: "en",
      gateway: g,
      clock: { now: () => 0, sleep: async () => undefined },
      render,
      onRow: () => control?.cancel(),
    });
    const summary = await control.done;
    expect(summary.cancelled).toBe(true);
    const report = reportOf(files());
    expect(report.slice(1).map((l) => [l[0], l[2]])).toEqual([
      ["2", "draft created"],
      ["3", "cancelled"],
      ["4", "cancelled"],
    ]);
  });
});
