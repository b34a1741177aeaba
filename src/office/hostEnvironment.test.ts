import {
  DEFAULT_ENVIRONMENT,
  environmentFromContext,
  readHostEnvironment,
  relativeLuminance,
  themeFromBackground,
} from "./hostEnvironment";

// The display language → Lang rule is src/i18n/detect's, tested there.
test.each([
  // Outlook's own body backgrounds (light, classic dark grey, black) and odd inputs.
  ["#FFFFFF", "light"],
  ["#fafafa", "light"],
  ["#F3F2F1", "light"],
  ["#808080", "light"],
  ["#5a5a5a", "dark"],
  ["#292929", "dark"],
  ["#1F1F1F", "dark"],
  ["#000", "dark"],
  ["000000", "dark"],
  ["not a colour", "light"],
  ["", "light"],
  [undefined, "light"],
] as const)("body background %p → %p theme", (background, theme) => {
  expect(themeFromBackground(background)).toBe(theme);
});

test("relative luminance of black, white and an invalid colour", () => {
  expect(relativeLuminance("#000000")).toBe(0);
  expect(relativeLuminance("#fff")).toBeCloseTo(1, 10);
  expect(relativeLuminance("#12345")).toBeUndefined();
});

test("a German Outlook in dark mode", () => {
  expect(environmentFromContext({ displayLanguage: "de-DE", officeTheme: { bodyBackgroundColor: "#292929" } })).toEqual({
    lang: "de",
    theme: "dark",
  });
});

test("an Outlook without officeTheme (before Mailbox 1.14) is light", () => {
  expect(environmentFromContext({ displayLanguage: "en-GB" })).toEqual({ lang: "en", theme: "light" });
});

test("without Office.js the task pane is English and light", async () => {
  expect(environmentFromContext(undefined)).toBe(DEFAULT_ENVIRONMENT);
  await expect(readHostEnvironment()).resolves.toEqual({ lang: "en", theme: "light" });
});

test("with Office.js it waits for onReady before reading the context", async () => {
  const calls: string[] = [];
  const fakeOffice = {
    onReady: async () => {
      calls.push("onReady");
      return { host: null, platform: null };
    },
    get context() {
      calls.push("context");
      return { displayLanguage: "de-AT", officeTheme: { bodyBackgroundColor: "#1f1f1f" } };
    },
  };
  (globalThis as unknown as { Office: unknown }).Office = fakeOffice;
  try {
    await expect(readHostEnvironment()).resolves.toEqual({ lang: "de", theme: "dark" });
    expect(calls).toEqual(["onReady", "context"]);
  } finally {
    delete (globalThis as unknown as { Office?: unknown }).Office;
  }
});
