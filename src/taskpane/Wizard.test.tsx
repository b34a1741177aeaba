// The list of steps as a screen reader names it. The buttons' accessible names are worked out from the rendered
// markup as browsers do for a button (aria-label first, else its text without aria-hidden parts): a circled number
// beside the label must not make "1Recipients".
import { parseDocument } from "htmlparser2";
import { isTag, type AnyNode, type Element } from "domhandler";
import { findAll, textContent } from "domutils";
import { renderToStaticMarkup } from "react-dom/server";
import type { Lang } from "../i18n";
import { App } from "./App";
import { STEPS } from "./state/wizard";
import { STRINGS } from "./strings";

function accessibleName(element: Element): string {
  const label = element.attribs["aria-label"];
  if (label !== undefined) return label.trim();
  const visible = (node: AnyNode): string =>
    isTag(node) ? (node.attribs["aria-hidden"] === "true" ? "" : node.children.map(visible).join("")) : textContent(node);
  return visible(element).replace(/\s+/g, " ").trim();
}

function stepButtons(lang: Lang): Element[] {
  const document = parseDocument(renderToStaticMarkup(<App environment={{ lang, theme: "light" }} host={null} />));
  const nav = findAll((e) => e.name === "nav" && e.attribs["aria-label"] === STRINGS[lang].stepsLabel, document.children)[0];
  if (nav === undefined) throw new Error("no list of steps");
  return findAll((e) => e.name === "button", nav.children);
}

test.each<[Lang, readonly string[]]>([
  ["en", ["Step 1: Recipients", "Step 2: Message", "Step 3: Attachments", "Step 4: Review", "Step 5: Create"]],
  ["de", ["Schritt 1: Empfänger", "Schritt 2: Nachricht", "Schritt 3: Anhänge", "Schritt 4: Prüfen", "Schritt 5: Erstellen"]],
])("%s: each step button is named with its number and its step, apart", (lang, names) => {
  const buttons = stepButtons(lang);
  expect(buttons.map(accessibleName)).toEqual(names);
  // The visible label is part of the name (WCAG 2.5.3, label in name), so speech input finds the button by it.
  STEPS.forEach((step, i) => expect(accessibleName(buttons[i] as Element)).toContain(STRINGS[lang].steps[step]));
  // The words on the button, number included, stay apart ("1 Recipients", never "1Recipients"), and they appear in
  // the name in the same order, as axe's label-content-name-mismatch checks in the browser tests.
  const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  buttons.forEach((button, i) => {
    const shown = words(textContent(button));
    expect(shown).toEqual([String(i + 1), ...words(STRINGS[lang].steps[STEPS[i] ?? "recipients"])]);
    expect(words(accessibleName(button)).join(" ")).toContain(shown.join(" "));
  });
  // Only the current step says so.
  expect(buttons.map((b) => b.attribs["aria-current"] ?? null)).toEqual(["step", null, null, null, null]);
});
