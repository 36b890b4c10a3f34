/** What a preview draws: displayed text and effective fill of every cell in each sheet's used area. */
import { MAX_COLS, rectAddress, type Rect } from "./address";
import { cellAt } from "./cells";
import { evaluateCf } from "./cfEval";
import { displayText, type CellValue } from "./input";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type Font, type SheetModel } from "./model";
/** What a snapshot needs of the workbook model (the model imports this file: no import back). */
interface SnapshotSource {
  readonly sheets: readonly SheetModel[];
  readonly activeSheet: SheetModel | undefined;
  selectedAddress(): string | undefined;
}

export interface SnapshotCell {
  address: string;
  value: CellValue | "";
  /** The text Excel would show ("67%" for 0.67 in "0%"); "" for a formula whose value nobody supplied. */
  text: string;
  formula?: string;
  /** The cell's own fill, replaced by the fill of a conditional format whose formula is TRUE. */
  fill?: string;
  font: Font;
  horizontalAlignment?: string;
  wrapText?: boolean;
  /** Ids of the conditional formats applied to this cell. */
  conditionalFormats?: string[];
}

export interface SheetSnapshot {
  name: string;
  visibility: string;
  protected: boolean;
  active: boolean;
  /** The used area (values or formats), or null for an empty sheet. */
  used: string | null;
  top: number;
  left: number;
  rows: SnapshotCell[][];
  merges: string[];
  /** Points, one per column / row of the used area. */
  columnWidths: number[];
  rowHeights: number[];
}

export interface WorkbookSnapshotView {
  sheets: SheetSnapshot[];
  selection?: string;
}

function usedArea(sheet: SheetModel): Rect | undefined {
  let r: Rect | undefined;
  const extend = (row: number, col: number) => {
    if (!r) r = { top: row, left: col, bottom: row, right: col };
    else {
      r.top = Math.min(r.top, row);
      r.left = Math.min(r.left, col);
      r.bottom = Math.max(r.bottom, row);
      r.right = Math.max(r.right, col);
    }
  };
  for (const k of sheet.cells.keys()) extend(Math.floor(k / MAX_COLS), k % MAX_COLS);
  for (const m of sheet.merges) {
    extend(m.top, m.left);
    extend(m.bottom, m.right);
  }
  return r;
}

function sheetSnapshot(model: SnapshotSource, sheet: SheetModel, decimal: string): SheetSnapshot {
  const area = usedArea(sheet);
  const lookup = (r: number, c: number) => {
    const cell = cellAt(sheet, r, c);
    if (cell?.formula !== undefined && cell.value === "") return undefined; // unknown without a computed value
    return cell?.value ?? "";
  };
  const rows: SnapshotCell[][] = [];
  if (area) {
    for (let r = area.top; r <= area.bottom; r++) {
      const line: SnapshotCell[] = [];
      for (let c = area.left; c <= area.right; c++) {
        const cell = cellAt(sheet, r, c);
        const f = cell?.format ?? {};
        let fill = f.fill;
        const font: Font = { ...f.font };
        const applied: string[] = [];
        // Higher priority first: a property set by a higher-priority format is not overridden by a lower one.
        const taken = new Set<string>();
        for (const cf of sheet.cfs) {
          if (cf.type !== "Custom" || !cf.rule.formula) continue;
          if (r < cf.rect.top || r > cf.rect.bottom || c < cf.rect.left || c > cf.rect.right) continue;
          if (evaluateCf(cf.rule.formula, cf.rect.top, cf.rect.left, r, c, lookup) !== true) continue;
          applied.push(cf.id);
          if (cf.format.fill !== undefined && !taken.has("fill")) {
            fill = cf.format.fill;
            taken.add("fill");
          }
          for (const [k, v] of Object.entries(cf.format.font)) {
            if (v === undefined || taken.has(`font.${k}`)) continue;
            (font as Record<string, unknown>)[k] = v;
            taken.add(`font.${k}`);
          }
          if (cf.stopIfTrue) break;
        }
        const value = cell?.value ?? "";
        line.push({
          address: rectAddress({ top: r, left: c, bottom: r, right: c }),
          value,
          text: displayText(value, cell?.numberFormat ?? "General", decimal),
          ...(cell?.formula !== undefined ? { formula: cell.formula } : {}),
          ...(fill !== undefined ? { fill } : {}),
          font,
          ...(f.horizontalAlignment !== undefined ? { horizontalAlignment: f.horizontalAlignment } : {}),
          ...(f.wrapText !== undefined ? { wrapText: f.wrapText } : {}),
          ...(applied.length > 0 ? { conditionalFormats: applied } : {}),
        });
      }
      rows.push(line);
    }
  }
  const span = (from: number, to: number, map: Map<number, number>, dflt: number) =>
    Array.from({ length: Math.max(0, to - from + 1) }, (_x, i) => map.get(from + i) ?? dflt);
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    protected: sheet.protected,
    active: model.activeSheet === sheet,
    used: area ? rectAddress(area) : null,
    top: area?.top ?? 0,
    left: area?.left ?? 0,
    rows,
    merges: sheet.merges.map((m) => rectAddress(m)),
    columnWidths: area ? span(area.left, area.right, sheet.columnWidths, DEFAULT_COLUMN_WIDTH) : [],
    rowHeights: area ? span(area.top, area.bottom, sheet.rowHeights, DEFAULT_ROW_HEIGHT) : [],
  };
}

export function snapshotWorkbook(model: SnapshotSource, decimal: string): WorkbookSnapshotView {
  const selection = model.selectedAddress();
  return { sheets: model.sheets.map((s) => sheetSnapshot(model, s, decimal)), ...(selection ? { selection } : {}) };
}
