import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { createFakeHost } from "../../test/support/fakeHost";
import { App } from "./App";
import { STEPS } from "./state/wizard";
import { STRINGS } from "./strings";

/** The rendered text with the few entities React writes turned back into characters. */
function renderedText(html: string): string {
  return html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

test.each([
  { environment: { lang: "en", theme: "light" }, background: webLightTheme.colorNeutralBackground1 },
  { environment: { lang: "de", theme: "dark" }, background: webDarkTheme.colorNeutralBackground1 },
] as const)("renders the $environment.lang pane in the $environment.theme theme", ({ environment, background }) => {
  const html = renderedText(renderToStaticMarkup(<App environment={environment} />));
  const text = STRINGS[environment.lang];
  expect(html).toContain(`>${text.title}</h1>`);
  for (const step of STEPS) expect(html).toContain(`>${text.steps[step]}<`);
  expect(html).toContain(text.recipientsIntro);
  expect(html).toContain(text.pasteLabel);
  expect(html).toContain(`--colorNeutralBackground1: ${background};`);
});

test("the host's language and theme win over the environment's", () => {
  const host = createFakeHost({ lang: "de", theme: "dark" });
  const html = renderedText(renderToStaticMarkup(<App environment={{ lang: "en", theme: "light" }} host={host} />));
  expect(html).toContain(STRINGS.de.recipientsIntro);
  expect(html).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1};`);
});

test("outside Outlook the attached list is not offered, and the pane says why", () => {
  const html = renderedText(renderToStaticMarkup(<App environment={{ lang: "en", theme: "light" }} host={null} />));
  expect(html).toContain(STRINGS.en.noOutlook);
});

test("an Outlook that cannot read attachments says why", () => {
  const host = createFakeHost({ missing: { attachmentContent: "This Outlook is too old." } });
  const html = renderedText(renderToStaticMarkup(<App environment={{ lang: "en", theme: "light" }} host={host} />));
  expect(html).toContain("This Outlook is too old.");
});

/** Texts whose values are not numbers and words: called with these instead. */
const SAMPLE_ARGS: Readonly<Record<string, readonly unknown[]>> = { ".emptyFieldRows": [[{ row: 3, fields: ["Ort"] }], 7], ".namedByRows": [[3, 5], 7] };

/** Every text of one language, flattened: functions are called with sample values. */
function texts(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") return [[path, String((value as (...a: unknown[]) => unknown)(...(SAMPLE_ARGS[path] ?? [3, 7, "x"])))]];
  if (Array.isArray(value) || (typeof value === "object" && value !== null)) {
    return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
  }
  throw new Error(`${path} is neither text nor a function`);
}

test("English and German have the same strings, none empty", () => {
  const en = texts(STRINGS.en);
  const de = texts(STRINGS.de);
  expect(de.map(([path]) => path)).toEqual(en.map(([path]) => path));
  for (const [path, value] of [...en, ...de]) expect([path, value.trim()]).not.toEqual([path, ""]);
});
