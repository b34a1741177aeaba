// The compose gateway: one Outlook compose window per draft (displayNewMessageFormAsync through MailboxHost), for
// short lists without files. No setup, but no draft id comes back and no local file can be attached, so it is
// offered only where composeSuitable says so; here every limit is checked again, per message.
import { privacyBreach } from "../../core/privacy/privacy";
import { rowMessage } from "../../core/run/messages";
import { reasonOf } from "../../core/run/reason";
import type { CreateResult, DraftGateway, OutgoingDraft } from "../../core/run/types";
import type { Lang } from "../../i18n";
import type { MailboxHost } from "../../office/mailboxHost";
import { composeLimitBreach } from "./composeLimits";

export interface ComposeGatewayOptions {
  readonly host: Pick<MailboxHost, "displayNewMessage">;
  readonly lang: Lang;
}

export function createComposeGateway(options: ComposeGatewayOptions): DraftGateway & { readonly id: "compose" } {
  const { host, lang } = options;
  const failed = (code: Parameters<typeof rowMessage>[0], params: Record<string, string | number> = {}, transient = false): CreateResult => ({
    status: "failed",
    transient,
    code,
    message: rowMessage(code, lang, params),
  });

  return {
    id: "compose",
    // One window at a time: the user sees each one open, and Outlook is not flooded.
    concurrency: 1,
    async create(draft: OutgoingDraft, signal?: AbortSignal): Promise<CreateResult> {
      const breach = privacyBreach(draft);
      if (breach !== null) return failed("privacy-rule", { breach });
      if (draft.attachments.length > 0) return failed("compose-no-attachments", { count: draft.attachments.length });
      // MailboxHost's form has no Bcc, and the archive copy must never land in Cc where the recipient would see it.
      if (draft.bcc.length > 0) return failed("compose-no-bcc", { address: draft.bcc.join(", ") });
      const limit = composeLimitBreach(draft);
      if (limit !== null) return failed(limit.code, limit.params ?? {});
      if (signal?.aborted) return failed("run-cancelled", {}, true);
      try {
        await host.displayNewMessage({ to: draft.to, cc: [...draft.cc], subject: draft.subject, htmlBody: draft.html });
      } catch (error) {
        // Office reported a failure, so no window opened. Not retried: a second attempt that did open one would
        // put two windows for one person in front of the user.
        return failed("compose-failed", { reason: reasonOf(error) });
      }
      return { status: "created", ref: null };
    },
  };
}
