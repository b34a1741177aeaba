// Whether the compose gateway suits a plan: each draft opens a window the user must send or save by hand, and a
// window cannot take files from the computer or (through MailboxHost) a Bcc. So: at most COMPOSE_MAX_ROWS drafts —
// twenty windows is already a chore; beyond it the .eml download is kinder — none with attachments, none with Bcc.
import type { PlannedDraft } from "../../core/plan";
import type { Lang } from "../../core/types";

export const COMPOSE_MAX_ROWS = 20;

export interface Suitability {
  readonly ok: boolean;
  /** Why not, in the user's language; null when ok. */
  readonly reason: string | null;
}

const REASONS = {
  empty: { en: "There are no drafts to create.", de: "Es gibt keine Entwürfe zu erstellen." },
  tooMany: {
    en: (n: number) => `Opens one window per recipient, so it is offered for up to ${COMPOSE_MAX_ROWS} recipients; this list has ${n}.`,
    de: (n: number) => `Öffnet ein Fenster je Empfänger und wird daher für bis zu ${COMPOSE_MAX_ROWS} Empfänger angeboten; diese Liste hat ${n}.`,
  },
  attachments: {
    en: "A compose window cannot take files from your computer, and these messages have attachments.",
    de: "Ein Verfassen-Fenster kann keine Dateien von Ihrem Computer übernehmen, und diese Nachrichten haben Anhänge.",
  },
  bcc: {
    en: "A compose window opened by Rundmail cannot carry your archive Bcc address.",
    de: "Ein von Rundmail geöffnetes Verfassen-Fenster kann Ihre Archiv-Bcc-Adresse nicht übernehmen.",
  },
} as const;

export function composeSuitable(plan: { readonly drafts: readonly PlannedDraft[] }, lang: Lang): Suitability {
  const { drafts } = plan;
  if (drafts.length === 0) return { ok: false, reason: REASONS.empty[lang] };
  if (drafts.length > COMPOSE_MAX_ROWS) return { ok: false, reason: REASONS.tooMany[lang](drafts.length) };
  if (drafts.some((d) => d.attachments.length > 0)) return { ok: false, reason: REASONS.attachments[lang] };
  if (drafts.some((d) => d.bcc.length > 0)) return { ok: false, reason: REASONS.bcc[lang] };
  return { ok: true, reason: null };
}
