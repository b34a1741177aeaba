import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import type { Lang } from "../../i18n";
import { PaneContext } from "../context";
import type { ZipRefusal } from "../files/zip";
import { ZipNotes, type ZipNote } from "./ZipNotes";
import { paneServices } from "../../../test/support/paneServices";

function words(notes: readonly ZipNote[], lang: Lang): string {
  const services = paneServices(lang);
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={services}>
        <ZipNotes notes={notes} />
      </PaneContext.Provider>
    </FluentProvider>,
  );
  return html.replace(/<style[^>]*>.*?<\/style>/gs, " ").replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ");
}

const refused = (...list: ZipRefusal[]): ZipNote => ({ zip: "Rechnungen.zip", contents: { ok: true, files: [], refused: list } });

describe("ZipNotes: which file of a ZIP was refused, and why, in the user's language", () => {
  test.each<[string, Lang, ZipNote, readonly string[]]>([
    ["a bomb's file, en", "en", refused({ name: "Rechnung_1.pdf", kind: "too-large" }), ["1 file in Rechnungen.zip was not taken", "“Rechnung_1.pdf” unpacks to more than 150 MB"]],
    ["a bomb's file, de", "de", refused({ name: "Rechnung_1.pdf", kind: "too-large" }), ["1 Datei aus Rechnungen.zip nicht übernommen", "„Rechnung_1.pdf“ ist entpackt größer als 150 MB"]],
    [
      "every other reason, en",
      "en",
      refused(
        { name: "../x.pdf", kind: "unsafe-path" },
        { name: "a.pdf", kind: "duplicate" },
        { name: "b.pdf", kind: "encrypted" },
        { name: "c.pdf", kind: "unsupported" },
        { name: "d.pdf", kind: "damaged" },
      ),
      ["5 files in Rechnungen.zip were not taken", "leads out of the archive", "more than once", "encrypted", "cannot read", "damaged"],
    ],
    [
      "every other reason, de",
      "de",
      refused(
        { name: "../x.pdf", kind: "unsafe-path" },
        { name: "a.pdf", kind: "duplicate" },
        { name: "b.pdf", kind: "encrypted" },
        { name: "c.pdf", kind: "unsupported" },
        { name: "d.pdf", kind: "damaged" },
      ),
      ["5 Dateien aus Rechnungen.zip nicht übernommen", "aus dem Archiv hinausführt", "mehrmals", "verschlüsselt", "nicht lesen kann", "beschädigt"],
    ],
    ["too large as a whole, en", "en", { zip: "Bombe.zip", contents: { ok: false, problem: "too-large-total", name: "d.pdf" } }, ["Rundmail took nothing from Bombe.zip", "(from “d.pdf” on) to more than 500 MB", "choose the folder instead"]],
    ["too large as a whole, de", "de", { zip: "Bombe.zip", contents: { ok: false, problem: "too-large-total", name: null } }, ["Rundmail hat nichts aus Bombe.zip übernommen", "ergibt es mehr als 500 MB", "den Ordner"]],
    ["not a ZIP, en", "en", { zip: "Liste.csv", contents: { ok: false, problem: "not-zip", reason: "no ZIP directory at its end" } }, ["Liste.csv could not be opened as a ZIP archive. It is not a ZIP"]],
  ])("%s", (_name, lang, note, shown) => {
    const text = words([note], lang);
    for (const part of shown) expect(text).toContain(part);
    // The English reason for the log never reaches a German user, nor anyone.
    expect(text).not.toContain("no ZIP directory");
  });

  test("a ZIP of 1,000 refused files lists eight and counts the rest", () => {
    const many = refused(...Array.from({ length: 1000 }, (_, i): ZipRefusal => ({ name: `f${i}.pdf`, kind: "duplicate" })));
    const text = words([many], "en");
    expect(text.match(/more than once/g)).toHaveLength(8);
    expect(text).toContain("…and 992 more.");
  });

  test("a ZIP taken whole says nothing here", () => {
    expect(words([{ zip: "ok.zip", contents: { ok: true, files: [], refused: [] } }], "en").trim()).toBe("");
  });
});
