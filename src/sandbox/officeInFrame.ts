// The sandbox's office.js: taskpane-sandbox.html loads this script where taskpane.html loads Microsoft's office.js.
// It installs the simulated Office.js, backed by the sandbox page's SimulatedMailbox. Opened on its own (no sandbox
// around it) it installs nothing, and the task pane behaves as outside Office.
import { createFakeOffice } from "./fakeOffice";
import { sandboxHostOf } from "./sandboxGlobal";

const host = window.parent !== window ? sandboxHostOf(window.parent) : undefined;
if (host !== undefined) {
  (window as unknown as { Office: unknown }).Office = createFakeOffice(host.mailbox, { latencyMs: host.latencyMs });
}
