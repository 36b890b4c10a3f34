/**
 * A patch's cell writes as steps: values, formulas and number formats a rectangle at a time (2-D arrays, null where a
 * cell is left alone), cut into bands of rows small enough for one request; styles as range formats where a style
 * covers rectangles (./styles.ts), per cell otherwise; links as cell properties. `setCellProperties` never gets more
 * than 50,000 cells (Excel on the web fails at about 90,000: office-js #2564).
 */
import { quoteSheet } from "../../sheet/a1";
import type { CellWrite } from "../../sheet/patch";
import { rectangles, type Rect } from "./blocks";
import { callBytes, type WriteStep } from "./steps";
import { cellProperties, effectiveStyle, formatRange, planStyles, rangeCalls } from "./styles";
import { asTypedText, utf8Length } from "./units";

/** Cells per `setCellProperties` call (or any one array write). */
export const MAX_CELLS_PER_CALL = 50_000;

export function cellSteps(sheet: string, cells: readonly CellWrite[], budgetBytes: number): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const rect of rectangles(cells)) steps.push(...contentSteps(sheet, rect, budgetBytes));
  const styles = planStyles(cells);
  for (const { block, style } of styles.ranges) {
    steps.push({
      sheet,
      bytes: callBytes(rangeCalls(style, block)),
      queue: (at) => formatRange(at.sheet(sheet).getRangeByIndexes(block.row, block.col, block.rows, block.cols), style, block),
    });
  }
  const perCell = new Set(styles.perCell);
  const withProps = cells.filter((w) => perCell.has(w) || w.link);
  for (const rect of rectangles(withProps)) {
    const props = (w: CellWrite | undefined): Excel.SettableCellProperties => {
      if (!w) return {};
      const style = perCell.has(w) ? effectiveStyle(w) : null;
      const p: Excel.SettableCellProperties = style ? cellProperties(style) : {};
      // The link's text is the cell's value (written with the values); the link only points.
      return w.link ? { ...p, hyperlink: { documentReference: `${quoteSheet(w.link.sheet)}!${w.link.cell}` } } : p;
    };
    for (const band of bands(rect, budgetBytes, (line) => line.map(props))) {
      const grid = band.cells.map((line) => line.map(props));
      steps.push({
        sheet,
        bytes: callBytes(1, grid),
        queue: (at) => at.sheet(sheet).getRangeByIndexes(band.row, band.col, grid.length, grid[0]?.length ?? 0).setCellProperties(grid),
      });
    }
  }
  return steps;
}

/** Values, formulas and number formats of a rectangle, band by band. */
function contentSteps(sheet: string, rect: Rect<CellWrite>, budgetBytes: number): WriteStep[] {
  const arrays = (lines: ReadonlyArray<ReadonlyArray<CellWrite | undefined>>) => {
    const grid = <T,>(f: (w: CellWrite) => T | null): Array<Array<T | null>> => lines.map((line) => line.map((w) => (w ? f(w) : null)));
    return {
      // Number formats first: Excel shows the value through them.
      formats: grid((w) => w.style?.numberFormat ?? null),
      // A link shows its value, or the cell it points at when it has none (as the link's own text would).
      values: grid((w) => (w.formula !== undefined ? null : w.value !== undefined ? plainValue(w.value) : w.link ? w.link.cell : null)),
      formulas: grid((w) => (w.formula !== undefined ? `=${w.formula.replace(/^=/, "")}` : null)),
    };
  };
  return bands(rect, budgetBytes, (line) => Object.values(arrays([line]))).flatMap((band) => {
    const { formats, values, formulas } = arrays(band.cells);
    const used = [formats, values, formulas].filter(some);
    if (used.length === 0) return [];
    const dims = { rows: band.cells.length, cols: band.cells[0]?.length ?? 0 };
    return [
      {
        sheet,
        bytes: callBytes(used.length, ...used),
        queue: (at) => {
          const range = at.sheet(sheet).getRangeByIndexes(band.row, band.col, dims.rows, dims.cols);
          if (some(formats)) range.numberFormat = formats as unknown as string[][];
          if (some(values)) range.values = values as unknown[][];
          if (some(formulas)) range.formulas = formulas as unknown[][];
        },
      },
    ];
  });
}

const some = (g: ReadonlyArray<ReadonlyArray<unknown>>): boolean => g.some((line) => line.some((x) => x !== null));

/**
 * A rectangle cut into bands of whole rows, each under a quarter of the budget (its arrays go in one request with
 * other steps) and under MAX_CELLS_PER_CALL cells; `weigh` gives what a row sends.
 */
export function bands<T>(rect: Rect<T>, budgetBytes: number, weigh: (line: ReadonlyArray<T | undefined>) => unknown): Array<Rect<T>> {
  const width = rect.cells[0]?.length ?? 1;
  const maxRows = Math.max(1, Math.floor(MAX_CELLS_PER_CALL / width));
  const out: Array<Rect<T>> = [];
  let start = 0;
  let bytes = 0;
  rect.cells.forEach((line, r) => {
    const b = utf8Length(JSON.stringify(weigh(line)));
    if (r > start && (bytes + b > budgetBytes / 4 || r - start >= maxRows)) {
      out.push({ row: rect.row + start, col: rect.col, cells: rect.cells.slice(start, r) });
      start = r;
      bytes = 0;
    }
    bytes += b;
  });
  out.push({ row: rect.row + start, col: rect.col, cells: rect.cells.slice(start) });
  return out;
}

/** The core's null blanks a cell; in Office.js a null would leave it unchanged, so it becomes "". */
function plainValue(v: string | number | boolean | null): string | number | boolean {
  if (v === null) return "";
  return typeof v === "string" ? asTypedText(v) : v;
}
