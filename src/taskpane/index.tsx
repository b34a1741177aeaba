// Entry point of the task pane: wait for Office (if present), then render in the host's language and theme.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { DEFAULT_ENVIRONMENT, readHostEnvironment, type HostEnvironment } from "../office/hostEnvironment";
import { App } from "./App";

function render(environment: HostEnvironment): void {
  const container = document.getElementById("root");
  if (container === null) return;
  document.documentElement.lang = environment.lang;
  createRoot(container).render(
    <StrictMode>
      <App environment={environment} />
    </StrictMode>,
  );
}

readHostEnvironment().then(render, () => render(DEFAULT_ENVIRONMENT));
