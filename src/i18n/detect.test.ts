import { languageFromEnv, languageFromTag } from "./detect";

// One rule for Outlook's display language and the POSIX locale variables.
test.each([
  ["de-DE", "de"],
  ["de-AT", "de"],
  ["DE-ch", "de"],
  ["de", "de"],
  ["de_DE.UTF-8", "de"],
  ["de_AT@euro", "de"],
  ["en-US", "en"],
  ["fr-FR", "en"],
  ["dea", "en"],
  ["C.UTF-8", "en"],
  ["POSIX", "en"],
  ["", "en"],
  [undefined, "en"],
] as const)("language tag %p → %p", (tag, lang) => {
  expect(languageFromTag(tag)).toBe(lang);
});

test.each([
  [{ LANG: "de_DE.UTF-8" }, "de"],
  [{ LANG: "de_DE.UTF-8", LC_ALL: "en_GB.UTF-8" }, "en"],
  [{ LANG: "en_GB.UTF-8", LC_MESSAGES: "de_DE.UTF-8" }, "de"],
  [{ LC_ALL: "", LANG: "de_DE.UTF-8" }, "de"],
  [{ LANG: "de_DE.UTF-8", RUNDMAIL_LANG: "en" }, "en"],
  [{}, "en"],
] as const)("environment %p → %p", (env, lang) => {
  expect(languageFromEnv(env)).toBe(lang);
});
