// The sandbox page: a simulated Outlook (compose window and the windows add-ins open) beside the real task pane,
// which runs in a frame on the simulated Office.js. For trying Rundmail without Outlook and for end-to-end tests.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { SandboxApp } from "./SandboxApp";
import { saveClientId, SANDBOX_CLIENT_ID } from "./sandboxClientId";
import { installSandboxHost } from "./sandboxGlobal";
import { seedMailbox } from "./seed";
import { SimulatedMailbox } from "./simulatedMailbox";

// sandbox.html?mode=read starts with the pane opened on the template in Sent Items (read mode); the page's
// "Rundmail opened on" setting switches later.
const mailbox = new SimulatedMailbox(new URLSearchParams(location.search).get("mode") === "read" ? { mode: "read" } : {});
// A little latency, as a real Outlook has: answers never arrive in the same tick.
installSandboxHost(window, { mailbox, latencyMs: 30 });
// Graph works out of the box: the add-in starts registered (the page's settings can take the id away).
saveClientId(mailbox, SANDBOX_CLIENT_ID);

const container = document.getElementById("root");
if (container !== null) {
  const root = createRoot(container);
  const render = (seedProblem: readonly string[] | null) =>
    root.render(
      <StrictMode>
        <SandboxApp mailbox={mailbox} seeded={seedProblem !== null} missingSamples={seedProblem ?? []} />
      </StrictMode>,
    );
  render(null);
  // The task pane frame is shown once the message holds the samples, so that it reads them on its first look.
  seedMailbox(mailbox).then(
    (result) => render(result.failed),
    () => render(["(all samples)"]),
  );
}
