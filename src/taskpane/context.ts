// What every step may use besides the wizard's state: the language, Outlook (or null), the ways of creating drafts,
// the run engine, and the bytes of picked files. Given once by App, so a step never imports Office or a gateway.
import { createContext, useContext } from "react";
import type { Lang } from "../i18n";
import type { MailboxHost } from "../office/mailboxHost";
import type { FileStore } from "./files/fileStore";
import type { RunStore } from "./run/indexedDbLedger";
import type { GatewayProvider, StartRun } from "./services";
import type { TaskpaneStrings } from "./strings";

export interface PaneServices {
  readonly lang: Lang;
  readonly t: TaskpaneStrings;
  readonly host: MailboxHost | null;
  readonly gatewayProvider: GatewayProvider;
  /** The run engine; absent: src/core/run's, loaded with the run's code when a run first starts. */
  readonly startRun?: StartRun;
  readonly fileStore: FileStore;
  /** Opens where runs are kept across reloads (IndexedDB); rejects where that cannot be, and runs stay in memory. */
  readonly openRunStore: () => Promise<RunStore>;
  /** Offers a file for download (the report, say). */
  readonly download: (name: string, data: Blob) => void;
}

export const PaneContext = createContext<PaneServices | null>(null);

export function usePane(): PaneServices {
  const services = useContext(PaneContext);
  if (services === null) throw new Error("usePane outside PaneContext");
  return services;
}

export function downloadInBrowser(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is only needed for it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
