// The pane's services for a component rendered on its own in Jest: the real strings, engine and file store, and no
// Outlook, gateways or run store behind them (a component that reaches for one of those is not under test here).
import { startRun } from "../../src/core/run";
import type { Lang } from "../../src/i18n";
import type { PaneServices } from "../../src/taskpane/context";
import { createFileStore } from "../../src/taskpane/files/fileStore";
import { STRINGS } from "../../src/taskpane/strings";

export function paneServices(lang: Lang): PaneServices {
  return {
    lang,
    t: STRINGS[lang],
    host: null,
    gatewayProvider: () => [],
    startRun,
    fileStore: createFileStore(),
    download: () => undefined,
    openRunStore: () => Promise.reject(new Error("none")),
  };
}
