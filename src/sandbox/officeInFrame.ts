// The sandbox's office.js: taskpane-sandbox.html loads this script where taskpane.html loads Microsoft's office.js.
// It installs the simulated Office.js, backed by the sandbox page's SimulatedMailbox, and the simulated
// nested-app-authentication bridge with the Graph endpoint of the local emulator (same origin, under /graph), so
// that MSAL and the Graph gateway run unchanged and nothing leaves the machine. Opened on its own (no sandbox around
// it) it installs nothing, and the task pane behaves as outside Office.
import { createFakeOffice } from "./fakeOffice";
import { installNaaBridge } from "./naaBridge";
import { sandboxHostOf } from "./sandboxGlobal";

const host = window.parent !== window ? sandboxHostOf(window.parent) : undefined;
if (host !== undefined) {
  (window as unknown as { Office: unknown }).Office = createFakeOffice(host.mailbox, { latencyMs: host.latencyMs });
  // Consent lives in the page's mailbox, so that it survives a reload of the task pane within the sandbox session.
  installNaaBridge(window, { session: host.mailbox, origin: location.origin });
}
