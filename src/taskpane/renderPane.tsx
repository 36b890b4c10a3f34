/** Renders the pane into an element, themed as Office; the composition root supplies the services. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import type { PaneServices } from "./services";

export function renderPane(el: HTMLElement, services: PaneServices): Root {
  const root = createRoot(el);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} />
    </FluentProvider>,
  );
  return root;
}
