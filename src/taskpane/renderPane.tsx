/**
 * Renders the pane into an element, themed as Office; the composition root supplies the services. The announcer
 * gives the pane a live region, so notices and progress are read out by screen readers (Fluent's MessageBar and
 * `useAnnounce` say nothing without one).
 */
import { AriaLiveAnnouncer, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import type { PaneServices } from "./services";
import { installPaneCss } from "./shell/paneCss";

export function renderPane(el: HTMLElement, services: PaneServices): Root {
  installPaneCss(el.ownerDocument);
  const root = createRoot(el);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <AriaLiveAnnouncer>
        <App services={services} />
      </AriaLiveAnnouncer>
    </FluentProvider>,
  );
  return root;
}
