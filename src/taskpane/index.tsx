/**
 * Task-pane entry: waits for Office, then renders the pane. The composition root that wires the real use cases
 * arrives with the add-in issue; until then the pane runs on `unwiredServices`, whose commands change nothing.
 */
import { renderPane } from "./renderPane";
import { unwiredServices } from "./unwiredServices";

function render(platform: string): void {
  const el = document.getElementById("root");
  if (!el) return;
  renderPane(el, unwiredServices(platform));
}

if (typeof Office !== "undefined") void Office.onReady((info) => render(String(info.platform ?? "Office")));
else render("browser");
