// The gateways the add-in offers (src/gateways/choice.ts decides which suit this Outlook and this plan), put into
// the shape the steps use: a label in the user's words and a way to create one. The gateways' code (the .eml
// composer, the ZIP writer, Graph and MSAL) loads only when a draft is first created, not when the pane opens.
import type { CreateResult, DraftGateway, GatewayCall, LookUpResult, OutgoingDraft, RunSummary } from "../core/run/types";
import { reasonOf } from "../core/run/reason";
import type { MergePlan } from "../core/plan";
import type { SkippedRow } from "../core/report/skippedRows";
import type { Issue, Table } from "../core/types";
import { availableGateways, type GatewayChoice } from "../gateways/choice";
import { CLIENT_ID_SETTING, parseClientId, resolveClientId } from "../gateways/graph/clientId";
import type { TokenError, TokenSource } from "../gateways/graph/token";
import { graphEndpoint } from "../office/graphEndpoint";
import type { Capabilities, MailboxHost } from "../office/mailboxHost";
import type { GatewayOption, GatewayProvider, RunMode, SentMessage } from "./services";
import { STRINGS } from "./strings";

interface GraphSignIn {
  readonly tokens: TokenSource;
  readonly TokenError: typeof TokenError;
}

const NOTHING: Capabilities = {
  readTemplate: false,
  attachmentContent: false,
  insertIntoBody: false,
  insertIntoSubject: false,
  newMessageForm: false,
  nestedAppAuth: false,
  missing: {},
};

/** Graph takes at most 4 concurrent requests per mailbox (DESIGN.md). */
const GRAPH_CONCURRENCY = 4;

/**
 * A gateway whose code is loaded on its first use; it behaves as the one it loads. lookUp is always forwarded: a
 * resumed run asks it before anything is created, and a loaded gateway without one rejects, which the run takes
 * as "cannot tell" — exactly what it does for a gateway that has no lookUp at all.
 */
export function lazyGateway(id: DraftGateway["id"], concurrency: number, load: () => Promise<DraftGateway>): DraftGateway {
  let loaded: Promise<DraftGateway> | null = null;
  const gateway = (): Promise<DraftGateway> => {
    // A load that failed (offline, not configured) is tried again next time rather than remembered.
    loaded ??= load().catch((error: unknown) => {
      loaded = null;
      throw error;
    });
    return loaded;
  };
  return {
    id,
    concurrency,
    async create(draft: OutgoingDraft, signal?: AbortSignal, call?: GatewayCall): Promise<CreateResult> {
      let inner: DraftGateway;
      try {
        inner = await gateway();
      } catch (error) {
        // Nothing reached the mailbox: a clear failure, not "may have been created".
        return { status: "failed", transient: false, code: "run-gateway-unavailable", message: reasonOf(error) };
      }
      // The run's call carries its throttle gate: without it Graph's own retries would not wait with the run.
      return inner.create(draft, signal, call);
    },
    async lookUp(key: string, signal?: AbortSignal, call?: GatewayCall): Promise<LookUpResult> {
      const inner = await gateway();
      if (inner.lookUp === undefined) throw new Error(`the ${id} gateway cannot look into the mailbox`);
      return inner.lookUp(key, signal, call);
    },
    async finish(summary: RunSummary): Promise<void> {
      // A run that never created anything never loaded the gateway: there is nothing to hand over.
      if (loaded === null) return;
      await (await gateway()).finish?.(summary);
    },
  };
}

/** The client id Graph uses here: the one saved in the add-in's settings, else the one built in; null if neither. */
export function configuredClientId(host: MailboxHost | null): string | null {
  let buildTime: string | undefined;
  try {
    // Written out in full: webpack's DefinePlugin replaces exactly this expression at build time. A build without
    // it has no `process` in the browser: no built-in id then, rather than a pane that fails to open.
    buildTime = process.env.RUNDMAIL_GRAPH_CLIENT_ID;
  } catch {
    buildTime = undefined;
  }
  let saved: unknown;
  try {
    saved = host?.settings.get(CLIENT_ID_SETTING);
  } catch {
    // A host whose settings cannot be read has no saved id; the built-in one may still do.
  }
  return resolveClientId(saved, buildTime);
}

/**
 * The gateways of Outlook (or of a plain browser, where only the .eml download works). `onSettingsChanged` is
 * called after the user saved a client id, so that the pane asks again which gateways are available.
 */
export function officeGateways(
  host: MailboxHost | null,
  download: (name: string, data: Blob) => void,
  onSettingsChanged: () => void = () => undefined,
): GatewayProvider {
  // One token source per client id and mode for the pane's life, so that a token fetched while the user reads the
  // Create step (warmUp), or by an earlier run or test draft, serves the next run too. MSAL keeps it in memory only.
  const tokenSources = new Map<string, Promise<GraphSignIn>>();
  const signIn = (clientId: string, mode: RunMode): Promise<GraphSignIn> => {
    const key = `${clientId} ${mode}`;
    let source = tokenSources.get(key);
    if (source === undefined) {
      source = import("../gateways/graph/token").then(({ createNaaTokenSource, GRAPH_SCOPES, TokenError }) => ({
        // Sending asks for Mail.Send as well; drafts never do, so a drafts-only registration keeps working.
        tokens: createNaaTokenSource({ clientId, scopes: GRAPH_SCOPES[mode] }),
        TokenError,
      }));
      // A chunk that failed to load (offline) is tried again next time rather than remembered.
      source.catch(() => tokenSources.delete(key));
      tokenSources.set(key, source);
    }
    return source;
  };
  return ({ plan, table, lang, excludedRows }) => {
    const t = STRINGS[lang];
    const capabilities = host?.capabilities ?? {
      ...NOTHING,
      missing: { newMessageForm: t.noOutlook, nestedAppAuth: t.noOutlook },
    };
    const clientId = configuredClientId(host);
    const create = (id: GatewayChoice, mode: RunMode, onSent: ((sent: SentMessage) => void) | undefined, sendAt: number | undefined): DraftGateway => {
      switch (id) {
        case "eml":
          return lazyGateway("eml", 1, async () => {
            const [{ createEmlZipGateway }, { skippedRows }] = await Promise.all([
              import("../gateways/eml/emlZipGateway"),
              import("../core/report/skippedRows"),
            ]);
            return createEmlZipGateway({
              lang,
              deliver: (zip, fileName) => download(fileName, new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" })),
              skipped: plan !== null && table !== null ? withExcluded(skippedRows(plan, table), plan, table, excludedRows, t.excludedByYou) : [],
            });
          });
        case "compose":
          return lazyGateway("compose", 1, async () => {
            if (host === null) throw new Error(t.noOutlook);
            const { createComposeGateway } = await import("../gateways/compose/composeGateway");
            return createComposeGateway({ host, lang });
          });
        case "graph":
          return lazyGateway("graph", GRAPH_CONCURRENCY, async () => {
            if (clientId === null) throw new Error(t.clientIdMissing);
            const [{ createGraphGateway }, { tokens, TokenError }] = await Promise.all([
              import("../gateways/graph/graphGateway"),
              signIn(clientId, mode),
            ]);
            // A sign-in problem reaches the report in the user's language (TokenError's message is English).
            const inLang = (error: unknown): never => {
              throw error instanceof TokenError ? new Error(error.reason(lang)) : error;
            };
            return createGraphGateway({
              baseUrl: graphEndpoint(),
              getToken: () => tokens.getToken().catch(inLang),
              refreshToken: () => tokens.getToken({ forceRefresh: true }).catch(inLang),
              lang,
              mode,
              ...(mode === "send" && sendAt !== undefined ? { sendAt } : {}),
              ...(onSent === undefined ? {} : { onSent: ({ at, recipients }) => onSent({ at, recipients }) }),
            });
          });
      }
    };
    const configure = async (value: string): Promise<void> => {
      const parsed = parseClientId(value);
      if (parsed === null) throw new Error(t.clientIdInvalid);
      if (host === null) throw new Error(t.noOutlook);
      await host.settings.set(CLIENT_ID_SETTING, parsed);
      onSettingsChanged();
    };
    return availableGateways(capabilities, plan ?? { drafts: [] }, lang, { clientId }).map(
      (option): GatewayOption => ({
        ...option,
        label: t.gatewayNames[option.id],
        ...(option.id === "graph" ? { canSend: true } : {}),
        ...(option.remedy === "client-id" && host !== null ? { configure } : {}),
        create: (mode: RunMode = "drafts", onSent?: (sent: SentMessage) => void, sendAt?: number) =>
          create(option.id, option.id === "graph" ? mode : "drafts", onSent, sendAt),
        ...(option.id === "graph" && option.available && clientId !== null
          ? {
              warmUp: (mode: RunMode) => {
                void import("../gateways/graph/graphGateway").catch(() => undefined);
                // Silent only: a sign-in that needs the user waits for the click on Create, as before.
                void signIn(clientId, mode)
                  .then(({ tokens }) => tokens.getToken({ interactive: false }))
                  .catch(() => undefined);
              },
            }
          : {}),
      }),
    );
  };
}

/** The rows the plan skipped and the rows the user left out, in row order: every row of the list is in the report. */
export function withExcluded(
  skipped: readonly SkippedRow[],
  plan: MergePlan,
  table: Table,
  excludedRows: ReadonlyMap<number, readonly Issue[]> | undefined,
  excludedByYou: string,
): SkippedRow[] {
  if (excludedRows === undefined || excludedRows.size === 0) return [...skipped];
  const emailIndex = plan.emailColumn === null ? -1 : table.columns.indexOf(plan.emailColumn);
  const excluded = table.rows
    .filter((r) => excludedRows.has(r.row))
    .map((r): SkippedRow => {
      const errors = (excludedRows.get(r.row) ?? []).filter((i) => i.severity === "error").map((i) => i.message);
      return { row: r.row, address: emailIndex < 0 ? "" : (r.cells[emailIndex] ?? "").trim(), reason: [excludedByYou, ...errors].join(" — "), excluded: true };
    });
  return [...skipped, ...excluded].sort((a, b) => a.row - b.row);
}
