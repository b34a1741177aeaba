// The baseline of the task pane's bundle-size and time-to-interactive figures (bench/taskpane.js): the least a Fluent UI
// v9 page can be — a FluentProvider, a heading and one Button — built exactly as the task pane is (same webpack,
// ts-loader and production settings, same page template: bench/bare-fluent/webpack.config.js).
import { Button, FluentProvider, Title1, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

const container = document.getElementById("root");
if (container !== null) {
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <Title1 as="h1">Bare Fluent UI</Title1>
        <Button appearance="primary">Choose a file</Button>
      </FluentProvider>
    </StrictMode>,
  );
}
