/**
 * `npm run preview`: the real task pane, running the real use cases and Office adapter, against the in-memory Excel
 * stand-in, with the workbook drawn beside it — so anyone without Excel (on Linux, say) can try every button.
 */
import { createRoot } from "react-dom/client";
import { createStandIn, installStandIn } from "../standin";
import { createServices, officeBindings } from "../taskpane/compositionRoot";
import { renderPane } from "../taskpane/renderPane";
import { withComputedValues } from "./computedValues";
import { SEED_SHEET, seedCells } from "./seed";
import { WorkbookView } from "./WorkbookView";

const standin = createStandIn({ apiVersion: "1.14", platform: "OfficeOnline" });
standin.model.addSheet(SEED_SHEET, seedCells());
standin.model.select(SEED_SHEET, "A1");
installStandIn(window as unknown as typeof globalThis, standin);
(window as unknown as { __standin: typeof standin }).__standin = standin;

const book = document.getElementById("workbook");
const pane = document.getElementById("pane");

/** The widths Excel gives a task pane: desktop 320–350 px, the web 350 px (up to 500 when widened). */
const PANE_WIDTHS = [320, 350, 450] as const;

function PaneWidth() {
  const initial = Number(new URLSearchParams(location.search).get("pane")) || 350;
  const set = (w: number): void => document.documentElement.style.setProperty("--pane-width", `${w}px`);
  set(initial);
  return (
    <label>
      Ngăn tác vụ · pane:{" "}
      <select defaultValue={String(initial)} onChange={(e) => set(Number(e.currentTarget.value))}>
        {[...new Set([...PANE_WIDTHS, initial])].map((w) => (
          <option key={w} value={w}>
            {w} px
          </option>
        ))}
      </select>
    </label>
  );
}

if (book && pane) {
  createRoot(book).render(
    <>
      <div className="banner">
        Xem trước: ngăn PressDX thật chạy trên một Excel mô phỏng trong bộ nhớ (bấm đúp vào ô để gõ). · Preview: the real pane on an
        in-memory Excel stand-in (double-click a cell to type).
        <PaneWidth />
      </div>
      <WorkbookView standin={standin} />
    </>,
  );
  const bindings = officeBindings();
  renderPane(pane, createServices({ ...bindings, port: withComputedValues(bindings.port, standin), workbookName: "Sổ làm việc xem trước" }));
}
