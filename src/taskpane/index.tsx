// Entry point of the task pane: render at once in the host's language and theme, then connect to Outlook and render
// again with it. The pane is usable (paste a table) while Outlook is still answering.
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { DEFAULT_ENVIRONMENT, readHostEnvironment, type HostEnvironment } from "../office/hostEnvironment";
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
  // The code that talks to Outlook (the item, its attachments, settings) is a chunk of its own, fetched and started
  // while Office.js gets ready and step 1 renders: the first paint does not wait for it (issue 11, "lighter start").
  // connectToOffice answers a host that can do nothing outside Outlook; it does not reject, but a pane that stays
  // usable without it (or without its chunk) is worth one catch.
  const connecting = import("../office/connect").then(({ connectToOffice }) => connectToOffice()).catch(() => null);
  const environment = await readHostEnvironment().catch(() => DEFAULT_ENVIRONMENT);
  render(environment, null);
  const host = await connecting;
  if (host !== null) render(environment, host);
}

void start();
