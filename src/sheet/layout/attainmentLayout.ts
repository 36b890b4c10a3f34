/**
 * The attainment block of a target table (pure), from column `left` (one blank column after the table's right edge,
 * unless the use case found that place taken), rows aligned with the table's indicator rows.
 *
 *   header row − 2   KẾT QUẢ THỰC HIỆN (title, merged over the year groups)
 *   header row − 1   Năm 2023 | Năm 2024 | …   (each merged over its four columns)
 *   header row       Mục tiêu | Thực hiện | Tỷ lệ đạt | Đánh giá   per year
 *   indicator rows   target (the engine's reading, a number) | actual (formula) | ratio (formula) | status (formula)
 *
 * then, after one blank column, a side panel: the chart data (indicator, target, actual for the chart's year) and
 * the revenue thresholds by year (Năm | Ngưỡng tăng doanh thu), which the revenue formulas reference. The target
 * share and the threshold are written as numbers because a formula cannot parse "67%" typed as text or
 * "33% cơ quan báo chí tăng doanh thu 20%". When the header row is too high for the two rows above it, the title
 * (and the year row) are left out and the year goes into the column headers.
 */
import { indicator, INDICATOR_IDS, type IndicatorId } from "../../domain/indicators";
import { STATUS as VERDICT } from "../../domain/agency/attainment";
import { a1, absoluteA1, rangeA1, type RangeRef } from "../a1";
import type { CellStyle, CellWrite, ChartSpec, ConditionalFormatSpec, SheetPatch } from "../patch";
import { ratioFormula, statusFormula } from "./attainmentFormulas";
import { HEADER_FILL } from "./palette";

export type AttainKind = "target" | "actual" | "ratio" | "status" | "threshold" | "chart_target" | "chart_actual" | "agencies";

export interface BlockCellInput {
  readonly year: number;
  /** The target share as a fraction. */
  readonly target: number;
}

/**
 * The actual formula of an indicator and year, given the absolute reference of the year's threshold cell
 * (revenue); null when agencies do not report the indicator (the cells stay blank, the status "—").
 */
export type ActualFormulaFn = (indicator: IndicatorId, year: number, thresholdRef: string | null) => string | null;

export interface BlockRowInput {
  /** 0-based sheet row of the indicator's row in the target table. */
  readonly row: number;
  readonly indicator: IndicatorId;
  readonly cells: readonly BlockCellInput[];
}

export interface AttainmentBlockInput {
  readonly sheet: string;
  /** Defined name covering the whole block, so a later run knows the cells are the tool's. */
  readonly name: string;
  /** 0-based row of the table's year headers, and the block's first column. */
  readonly headerRow: number;
  readonly left: number;
  readonly years: readonly number[];
  readonly rows: readonly BlockRowInput[];
  /** Revenue growth threshold by year (fractions); the panel is left out when empty. */
  readonly thresholds: ReadonlyMap<number, number>;
  readonly actual: ActualFormulaFn;
  /** Year the chart shows; no chart (nor its data) when null. */
  readonly chartYear: number | null;
  /**
   * After mergers: the formula counting the agencies that report for a year. A panel then shows the count per year
   * and says that each year's shares are over the agencies that existed that year.
   */
  readonly agencies?: (year: number) => string;
}

/** A cell the block writes, with what it holds, so the use case can pair it with the engine's value. */
export interface PlacedCell {
  readonly address: string;
  readonly kind: AttainKind;
  readonly indicator: IndicatorId | null;
  readonly year: number | null;
  readonly formula: string | null;
}

export interface AttainmentBlock {
  readonly patch: SheetPatch;
  readonly cells: readonly PlacedCell[];
  /** The rectangle the block owns (its defined name's range). */
  readonly area: RangeRef;
}

const GROUP = 4;
const KIND_HEADERS = ["Mục tiêu", "Thực hiện", "Tỷ lệ đạt", "Đánh giá"] as const;
const PERCENT = "0.0%";
export const BODY: CellStyle = { border: true, vertical: "middle" };
export const HEADER: CellStyle = { ...BODY, fill: HEADER_FILL, font: { bold: true }, horizontal: "center", wrap: true };
const NUMBER: CellStyle = { ...BODY, horizontal: "right", numberFormat: PERCENT };
const STATUS: CellStyle = { ...BODY, horizontal: "center" };
const TITLE: CellStyle = { font: { bold: true, size: 12 }, horizontal: "center", vertical: "middle" };

const STATUS_COLOURS: ReadonlyArray<readonly [string, string, string]> = [
  [VERDICT.met, "C6EFCE", "006100"],
  [VERDICT.notMet, "FFC7CE", "9C0006"],
  [VERDICT.none, "EDEDED", "595959"],
];

export const ATTAIN_TITLE_VI = "KẾT QUẢ THỰC HIỆN";
export const THRESHOLD_HEADER_VI = "Ngưỡng tăng doanh thu";
export const AGENCIES_HEADER_VI = "Số cơ quan báo chí có trong năm";
/** The title after mergers: it says over which agencies each year is counted. */
export const ATTAIN_TITLE_MERGERS_VI = "KẾT QUẢ THỰC HIỆN (mỗi năm tính trên các cơ quan báo chí có trong năm đó, theo bảng sáp nhập)";

/** Every text a block writes (headers, year labels, indicator names, statuses), to tell its cells from a user's note. */
const BLOCK_TEXTS = new Set<string>([
  ATTAIN_TITLE_VI,
  THRESHOLD_HEADER_VI,
  "Năm",
  "Chỉ tiêu",
  ...KIND_HEADERS,
  ...Object.values(VERDICT),
  ...INDICATOR_IDS.map((id) => indicator(id).shortVi),
]);

/** Whether a text is one a block writes: a label above, "Năm 2025", or "Mục tiêu 2025" when there is no year row. */
export function isBlockText(text: string): boolean {
  return BLOCK_TEXTS.has(text) || /^(?:Năm|Mục tiêu|Thực hiện|Tỷ lệ đạt|Đánh giá) \d{4}$/.test(text);
}

export function layoutAttainmentBlock(input: AttainmentBlockInput): AttainmentBlock {
  const { headerRow: h, years, left } = input;
  const hasYearRow = h >= 1;
  const hasTitle = h >= 2;
  const cells: CellWrite[] = [];
  const placed: PlacedCell[] = [];
  const merges: string[] = [];
  const conditionalFormats: ConditionalFormatSpec[] = [];
  const groupsRight = left + GROUP * years.length - 1;
  const lastRow = Math.max(h, ...input.rows.map((r) => r.row));

  const put = (row: number, col: number, w: Omit<CellWrite, "address">, p?: Omit<PlacedCell, "address" | "formula">): string => {
    const address = a1(row, col);
    cells.push({ address, ...w });
    if (p) placed.push({ address, formula: w.formula ?? null, ...p });
    return address;
  };

  if (hasTitle) {
    put(h - 2, left, { value: input.agencies ? ATTAIN_TITLE_MERGERS_VI : ATTAIN_TITLE_VI, style: TITLE });
    if (groupsRight > left) merges.push(rangeA1({ top: h - 2, left, bottom: h - 2, right: groupsRight }));
  }

  // Side panel columns: chart data, then the thresholds.
  const side = groupsRight + 2;
  const thresholdCol = input.chartYear === null ? side : side + 4;
  const thresholdRef = new Map<number, string>();
  if (input.thresholds.size > 0) {
    put(h, thresholdCol, { value: "Năm", style: HEADER });
    put(h, thresholdCol + 1, { value: THRESHOLD_HEADER_VI, style: HEADER });
    [...input.thresholds].forEach(([year, t], i) => {
      put(h + 1 + i, thresholdCol, { value: year, style: { ...STATUS, numberFormat: "0" } });
      put(h + 1 + i, thresholdCol + 1, { value: t, style: NUMBER }, { kind: "threshold", indicator: "revenue", year });
      thresholdRef.set(year, absoluteA1(h + 1 + i, thresholdCol + 1));
    });
  }

  years.forEach((year, k) => {
    const col = left + GROUP * k;
    if (hasYearRow) {
      put(h - 1, col, { value: `Năm ${year}`, style: HEADER });
      merges.push(rangeA1({ top: h - 1, left: col, bottom: h - 1, right: col + GROUP - 1 }));
    }
    KIND_HEADERS.forEach((text, i) => put(h, col + i, { value: hasYearRow ? text : `${text} ${year}`, style: HEADER }));
    const statusRows: number[] = [];
    for (const r of input.rows) {
      const c = r.cells.find((x) => x.year === year);
      if (!c) continue;
      const id = r.indicator;
      const target = put(r.row, col, { value: c.target, style: NUMBER }, { kind: "target", indicator: id, year });
      const formula = input.actual(id, year, thresholdRef.get(year) ?? null);
      if (formula === null) {
        put(r.row, col + 1, { value: null, style: NUMBER }, { kind: "actual", indicator: id, year });
        put(r.row, col + 2, { value: null, style: NUMBER }, { kind: "ratio", indicator: id, year });
        put(r.row, col + 3, { value: "—", style: STATUS }, { kind: "status", indicator: id, year });
      } else {
        const actual = put(r.row, col + 1, { formula, style: NUMBER }, { kind: "actual", indicator: id, year });
        put(r.row, col + 2, { formula: ratioFormula(actual, target), style: NUMBER }, { kind: "ratio", indicator: id, year });
        put(r.row, col + 3, { formula: statusFormula(actual, target), style: STATUS }, { kind: "status", indicator: id, year });
      }
      statusRows.push(r.row);
    }
    if (statusRows.length > 0) {
      const top = Math.min(...statusRows);
      const bottom = Math.max(...statusRows);
      const range = rangeA1({ top, left: col + 3, bottom, right: col + 3 });
      for (const [text, fill, font] of STATUS_COLOURS) {
        conditionalFormats.push({ owner: input.name, range, formula: `${a1(top, col + 3)}="${text}"`, style: { fill, font: { color: font } } });
      }
    }
  });

  const chart = chartPanel(input, side, put);
  let sideRight = input.thresholds.size > 0 ? thresholdCol + 1 : input.chartYear !== null ? side + 2 : groupsRight;
  // Two rows at most (the header row and the first indicator row), so the block never reaches lower than its table.
  const countsCol = sideRight + 2;
  if (input.agencies) {
    put(h, countsCol, { value: "Năm", style: HEADER });
    put(h + 1, countsCol, { value: AGENCIES_HEADER_VI, style: { ...BODY, wrap: true } });
    years.forEach((year, i) => {
      put(h, countsCol + 1 + i, { value: year, style: { ...HEADER, numberFormat: "0" } });
      put(h + 1, countsCol + 1 + i, { formula: input.agencies?.(year) ?? "0", style: { ...STATUS, numberFormat: "0" } }, { kind: "agencies", indicator: null, year });
    });
    sideRight = countsCol + years.length;
  }
  const panelBottom = h + Math.max(input.thresholds.size, chart.rows, input.agencies ? 1 : 0);
  const area: RangeRef = {
    top: hasTitle ? h - 2 : hasYearRow ? h - 1 : h,
    left,
    bottom: Math.max(lastRow, panelBottom),
    right: sideRight,
  };
  const charts: ChartSpec[] = chart.spec ? [{ ...chart.spec, anchor: { from: a1(area.top, sideRight + 2), cols: 8, rows: Math.max(8, area.bottom - area.top + 1) } }] : [];

  const widths = years.flatMap((_, k) => [0, 1, 2, 3].map((i) => ({ col: left + GROUP * k + i, chars: i === 3 ? 11 : 10 })));
  // The side panel: indicator names wide enough to read, the threshold header wide enough not to be cut.
  if (input.chartYear !== null) widths.push({ col: side, chars: 26 }, { col: side + 1, chars: 10 }, { col: side + 2, chars: 10 });
  if (input.thresholds.size > 0) widths.push({ col: thresholdCol, chars: 7 }, { col: thresholdCol + 1, chars: 14 });
  if (input.agencies) widths.push({ col: countsCol, chars: 18 }, ...years.map((_, i) => ({ col: countsCol + 1 + i, chars: 7 })));
  const patch: SheetPatch = {
    sheet: input.sheet,
    cells,
    merges,
    columnWidths: widths,
    conditionalFormats,
    names: [{ name: input.name, range: rangeA1(area) }],
    charts,
  };
  return { patch, cells: placed, area };
}

type Put = (row: number, col: number, w: Omit<CellWrite, "address">, p?: Omit<PlacedCell, "address" | "formula">) => string;

/** Indicator short names, target and actual of the chart's year, as references to the block's cells. */
function chartPanel(input: AttainmentBlockInput, side: number, put: Put): { rows: number; spec: Omit<ChartSpec, "anchor"> | null } {
  const year = input.chartYear;
  if (year === null) return { rows: 0, spec: null };
  const k = input.years.indexOf(year);
  const col = input.left + GROUP * k;
  const h = input.headerRow;
  const entries = input.rows.filter((r) => r.cells.some((c) => c.year === year) && input.actual(r.indicator, year, null) !== null);
  if (k < 0 || entries.length === 0) return { rows: 0, spec: null };
  put(h, side, { value: "Chỉ tiêu", style: HEADER });
  put(h, side + 1, { value: "Mục tiêu", style: HEADER });
  put(h, side + 2, { value: "Thực hiện", style: HEADER });
  entries.forEach((r, i) => {
    const row = h + 1 + i;
    put(row, side, { value: indicator(r.indicator).shortVi, style: BODY });
    put(row, side + 1, { formula: a1(r.row, col), style: NUMBER }, { kind: "chart_target", indicator: r.indicator, year });
    put(row, side + 2, { formula: `IF(${a1(r.row, col + 1)}="",0,${a1(r.row, col + 1)})`, style: NUMBER }, { kind: "chart_actual", indicator: r.indicator, year });
  });
  const first = h + 1;
  const last = h + entries.length;
  const vector = (c: number): string => rangeA1({ top: first, left: c, bottom: last, right: c });
  return {
    rows: entries.length,
    spec: {
      name: `${input.name}_chart`,
      title: `Mục tiêu và thực hiện năm ${year}`,
      categories: vector(side),
      series: [
        { name: "Mục tiêu", values: vector(side + 1), color: "4472C4" },
        { name: "Thực hiện", values: vector(side + 2), color: "ED7D31" },
      ],
      percentAxis: true,
    },
  };
}
