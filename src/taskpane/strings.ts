// Every text the task pane shows, in English and German. Sentence case, in the user's words.
import type { Lang } from "../core/types";

export interface TaskpaneStrings {
  readonly title: string;
  readonly summary: string;
  readonly comingTitle: string;
  readonly comingBody: string;
  readonly cliHint: string;
}

export const STRINGS: Readonly<Record<Lang, TaskpaneStrings>> = {
  en: {
    title: "Rundmail",
    summary:
      "Rundmail turns the message you are writing into one personal draft per recipient, each with that recipient's own attachment, so no one sees anyone else's address.",
    comingTitle: "Coming soon",
    comingBody: "The step-by-step flow in Outlook is still being built.",
    cliHint: "Meanwhile, use the rundmail command on your computer:",
  },
  de: {
    title: "Rundmail",
    summary:
      "Rundmail macht aus der Nachricht, die Sie gerade schreiben, einen persönlichen Entwurf je Empfänger, jeweils mit dessen eigenem Anhang – niemand sieht die Adresse eines anderen.",
    comingTitle: "Bald verfügbar",
    comingBody: "Der geführte Ablauf in Outlook entsteht gerade.",
    cliHint: "Bis dahin können Sie den Befehl rundmail auf Ihrem Computer verwenden:",
  },
};

/** Shown verbatim in both languages: it is a command, not prose. */
export const CLI_EXAMPLE = "npx rundmail check --recipients mitglieder.csv --template rechnung.html";
