// Whether the compose gateway suits a plan: each draft opens a window the user must send or save by hand, and a
// window cannot take files from the computer or (through MailboxHost) a Bcc. So: at most COMPOSE_MAX_ROWS drafts —
// twenty windows is already a chore; beyond it the .eml download is kinder — none with attachments, none with Bcc.
import type { PlannedDraft } from "../../core/plan";
import type { Lang } from "../../i18n";
import { COMPOSE_TEXTS } from "./composeTexts";

export const COMPOSE_MAX_ROWS = 20;

export interface Suitability {
  readonly ok: boolean;
  /** Why not, in the user's language; null when ok. */
  readonly reason: string | null;
}


export function composeSuitable(plan: { readonly drafts: readonly PlannedDraft[] }, lang: Lang): Suitability {
  const { drafts } = plan;
  const t = COMPOSE_TEXTS[lang];
  if (drafts.length === 0) return { ok: false, reason: t.empty };
  if (drafts.length > COMPOSE_MAX_ROWS) return { ok: false, reason: t.tooMany(drafts.length, COMPOSE_MAX_ROWS) };
  if (drafts.some((d) => d.attachments.length > 0)) return { ok: false, reason: t.attachments };
  if (drafts.some((d) => d.bcc.length > 0)) return { ok: false, reason: t.bcc };
  return { ok: true, reason: null };
}
