// The sandbox page: a simulated Outlook (compose window and the windows add-ins open) beside the real task pane,
// which runs in a frame on the simulated Office.js. For trying Rundmail without Outlook and for end-to-end tests.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { SandboxApp } from "./SandboxApp";
import { saveClientId, SANDBOX_CLIENT_ID } from "./sandboxClientId";
import { installSandboxHost } from "./sandboxGlobal";
import { seedMailbox } from "./seed";
import { SimulatedMailbox } from "./simulatedMailbox";

const params = new URLSearchParams(location.search);
// sandbox.html?mode=read starts with the pane opened on the template in Sent Items (read mode); the page's
// "Rundmail opened on" setting switches later.
const mailbox = new SimulatedMailbox(params.get("mode") === "read" ? { mode: "read" } : {});
// A little latency, as a real Outlook has: answers never arrive in the same tick.
installSandboxHost(window, { mailbox, latencyMs: 30 });
// Graph works out of the box: the add-in starts registered (the page's settings can take the id away).
saveClientId(mailbox, SANDBOX_CLIENT_ID);

// The page opens on an empty message, as Outlook does; "Load the example" fills it. sandbox.html?example opens with
// the example already in the message when the task pane first looks (a link to the tour, and the tests' start).
const startWithExample = params.has("example");
const loadExample = () => seedMailbox(mailbox);

const container = document.getElementById("root");
if (container !== null) {
  createRoot(container).render(
    <StrictMode>
      <SandboxApp mailbox={mailbox} loadExample={loadExample} startWithExample={startWithExample} />
    </StrictMode>,
  );
}
