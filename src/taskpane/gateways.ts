// The gateways the add-in offers (src/gateways/choice.ts decides which suit this Outlook and this plan), put into
// the shape the steps use: a label in the user's words and a way to create one. The gateways' code (the .eml
// composer, the ZIP writer) loads only when a draft is first created, not when the pane opens.
import type { CreateResult, DraftGateway, OutgoingDraft, RunSummary } from "../core/run/types";
import { availableGateways, type GatewayChoice } from "../gateways/choice";
import type { Capabilities, MailboxHost } from "../office/mailboxHost";
import type { GatewayOption, GatewayProvider } from "./services";
import { STRINGS } from "./strings";

const NOTHING: Capabilities = {
  readTemplate: false,
  attachmentContent: false,
  insertIntoBody: false,
  insertIntoSubject: false,
  newMessageForm: false,
  missing: {},
};

/** A gateway whose code is loaded on its first use; it behaves as the one it loads. */
export function lazyGateway(id: DraftGateway["id"], concurrency: number, load: () => Promise<DraftGateway>): DraftGateway {
  let loaded: Promise<DraftGateway> | null = null;
  const gateway = (): Promise<DraftGateway> => (loaded ??= load());
  return {
    id,
    concurrency,
    async create(draft: OutgoingDraft, signal?: AbortSignal): Promise<CreateResult> {
      return (await gateway()).create(draft, signal);
    },
    async finish(summary: RunSummary): Promise<void> {
      // A run that never created anything never loaded the gateway: there is nothing to hand over.
      if (loaded === null) return;
      await (await gateway()).finish?.(summary);
    },
  };
}

/** The gateways of Outlook (or of a plain browser, where only the .eml download works). */
export function officeGateways(host: MailboxHost | null, download: (name: string, data: Blob) => void): GatewayProvider {
  return ({ plan, table, lang }) => {
    const t = STRINGS[lang];
    const capabilities = host?.capabilities ?? { ...NOTHING, missing: { newMessageForm: t.noOutlook } };
    const create = (id: GatewayChoice): DraftGateway => {
      switch (id) {
        case "eml":
          return lazyGateway("eml", 1, async () => {
            const [{ createEmlZipGateway }, { skippedRows }] = await Promise.all([
              import("../gateways/eml/emlZipGateway"),
              import("../gateways/eml/reportCsv"),
            ]);
            return createEmlZipGateway({
              lang,
              deliver: (zip, fileName) => download(fileName, new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" })),
              skipped: plan !== null && table !== null ? skippedRows(plan, table) : [],
            });
          });
        case "compose":
          return lazyGateway("compose", 1, async () => {
            if (host === null) throw new Error(t.noOutlook);
            const { createComposeGateway } = await import("../gateways/compose/composeGateway");
            return createComposeGateway({ host, lang });
          });
        case "graph":
          throw new Error(t.gatewayNames.graph);
      }
    };
    return availableGateways(capabilities, plan ?? { drafts: [] }, lang).map(
      (option): GatewayOption => ({
        id: option.id,
        label: t.gatewayNames[option.id],
        available: option.available,
        reason: option.reason,
        create: () => create(option.id),
      }),
    );
  };
}
