import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { HostEnvironment } from "../office/hostEnvironment";
import type { MailboxHost } from "../office/mailboxHost";
import { downloadInBrowser, PaneContext, type PaneServices } from "./context";
import { createFileStore } from "./files/fileStore";
import { officeGateways } from "./gateways";
import type { RunStore } from "./run/indexedDbLedger";
import type { GatewayProvider, StartRun } from "./services";
import { STRINGS } from "./strings";
import { Wizard } from "./Wizard";

export interface AppProps {
  /** Language and theme known before Outlook is connected. */
  readonly environment: HostEnvironment;
  /** Outlook, once connected; null outside Outlook or until then. */
  readonly host?: MailboxHost | null;
  /** The ways of creating drafts; by default those src/gateways/choice.ts offers for this Outlook. */
  readonly gateways?: GatewayProvider;
  /** The run engine; src/core/run's by default (loaded with the run's code when a run first starts). */
  readonly startRun?: StartRun;
  /** Offers a file for download; the browser's download by default. */
  readonly download?: (name: string, data: Blob) => void;
  /** Where runs are kept across reloads; the browser's IndexedDB by default. */
  readonly openRunStore?: () => Promise<RunStore>;
}

// Loaded when the pane first asks (right after it opens), not with the pane's first script.
const openBrowserRunStore = (): Promise<RunStore> => import("./run/indexedDbLedger").then((m) => m.openRunStore());

export function App({
  environment,
  host = null,
  gateways,
  startRun,
  download = downloadInBrowser,
  openRunStore = openBrowserRunStore,
}: AppProps) {
  const lang = host?.lang ?? environment.lang;
  const theme = host?.theme ?? environment.theme;
  const [fileStore] = useState(createFileStore);
  // Bumped when the user saves a setting (the Graph client id), so the gateways are asked again.
  const [settingsRevision, setSettingsRevision] = useState(0);
  const settingsChanged = useCallback(() => setSettingsRevision((n) => n + 1), []);
  const gatewayProvider = useMemo(
    () => {
      void settingsRevision; // a new provider per revision: the Wizard's list of gateways follows it
      return gateways ?? officeGateways(host, download, settingsChanged);
    },
    [gateways, host, download, settingsChanged, settingsRevision],
  );
  const services = useMemo<PaneServices>(
    () => ({ lang, t: STRINGS[lang], host, gatewayProvider, ...(startRun === undefined ? {} : { startRun }), fileStore, download, openRunStore }),
    [lang, host, gatewayProvider, startRun, fileStore, download, openRunStore],
  );
  return (
    // No className here: Fluent copies the provider's classes onto every portal's mount node (an absolutely placed
    // layer above the pane), so a height given here covered the whole pane once a dropdown had opened. The Wizard
    // fills the pane instead.
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <PaneContext.Provider value={services}>
        <Wizard />
      </PaneContext.Provider>
    </FluentProvider>
  );
}
