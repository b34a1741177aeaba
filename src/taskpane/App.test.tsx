import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { App } from "./App";
import { CLI_EXAMPLE, STRINGS } from "./strings";

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
  expect(html).toContain(text.summary);
  expect(html).toContain(text.comingTitle);
  expect(html).toContain(CLI_EXAMPLE);
  expect(html).toContain(`--colorNeutralBackground1: ${background};`);
});

test("English and German have the same strings, none empty", () => {
  expect(Object.keys(STRINGS.de).sort()).toEqual(Object.keys(STRINGS.en).sort());
  for (const strings of [STRINGS.en, STRINGS.de]) {
    for (const value of Object.values(strings)) expect(value.trim()).not.toBe("");
  }
});
