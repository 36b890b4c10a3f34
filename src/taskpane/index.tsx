/**
 * Task-pane entry: waits for Office, then renders the pane over the composition root's services. Opened outside
 * Excel (a browser on its own), it says where it runs instead of failing.
 */
import { createServices, officeBindings } from "./compositionRoot";
import { renderPane } from "./renderPane";

function start(): void {
  const el = document.getElementById("root");
  if (!el) return;
  if (typeof Excel === "undefined") {
    el.innerHTML =
      '<p style="font-family: Segoe UI, sans-serif; padding: 16px">PressDX Planner chạy trong Excel: hãy mở nó từ thẻ Trang đầu của Excel. · PressDX Planner runs inside Excel: open it from Excel\'s Home tab.</p>';
    return;
  }
  renderPane(el, createServices(officeBindings()));
}

if (typeof Office !== "undefined") void Office.onReady(() => start());
else start();
