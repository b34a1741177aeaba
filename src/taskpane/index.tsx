// Entry point of the task pane: render at once in the host's language and theme, then connect to Outlook and render
// again with it. The pane is usable (paste a table) while Outlook is still answering.
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { DEFAULT_ENVIRONMENT, readHostEnvironment, type HostEnvironment } from "../office/hostEnvironment";
import { connectToOffice } from "../office/connect";
import type { MailboxHost } from "../office/mailboxHost";
import { App } from "./App";

let root: Root | null = null;

function render(environment: HostEnvironment, host: MailboxHost | null): void {
  const container = document.getElementById("root");
  if (container === null) return;
  root ??= createRoot(container);
  document.documentElement.lang = host?.lang ?? environment.lang;
  root.render(
    <StrictMode>
      <App environment={environment} host={host} />
    </StrictMode>,
  );
}

async function start(): Promise<void> {
  const environment = await readHostEnvironment().catch(() => DEFAULT_ENVIRONMENT);
  render(environment, null);
  // connectToOffice answers a host that can do nothing outside Outlook; it does not reject, but a pane that
  // stays usable without it is worth one catch.
  const host = await connectToOffice().catch(() => null);
  if (host !== null) render(environment, host);
}

void start();
