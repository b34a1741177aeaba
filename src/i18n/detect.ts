// Which language a person asked for, from a language tag ("de-AT", "de_DE.UTF-8", "en") — as Outlook reports its
// display language and as POSIX locale variables are written. One rule for the CLI and the task pane.
import { DEFAULT_LANG, isLang, type Lang } from "./languages";

/** The tag's primary language if Rundmail speaks it, else the default. "C", "POSIX" and "" mean the default. */
export function languageFromTag(tag: string | undefined): Lang {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_.@]/)[0];
  return isLang(primary) ? primary : DEFAULT_LANG;
}

/**
 * The CLI's language from the environment: the first variable that is set wins, in POSIX's order of precedence
 * (LC_ALL over LC_MESSAGES over LANG), with RUNDMAIL_LANG before them all.
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  return languageFromTag(env["RUNDMAIL_LANG"] || env["LC_ALL"] || env["LC_MESSAGES"] || env["LANG"] || "");
}
