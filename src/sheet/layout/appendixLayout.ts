/**
 * The standard appendix tables (2023–2025, 2026–2030) laid out as the Thái Bình plan does, pre-filled from a
 * preset. Both tables share one column grid: STT, label, as many year columns as the longest period, then the
 * unit. A shorter period's unit cell is merged across the spare year columns so the right edges line up.
 *
 * Rows from `top`: title, preset line, blank; then per table: title, header, one row per indicator, and a
 * blank row before the next table.
 */
import { indicator, type IndicatorId } from "../../domain/indicators";
import type { Preset, PresetFigure } from "../../domain/presets";
import { PERIODS, type Period } from "../../domain/units";
import { a1, rangeA1 } from "../a1";
import type { CellStyle, CellWrite, DataValidationSpec, SheetPatch } from "../patch";
import {
  APPENDIX_TITLE_VI,
  compoundRevenueVi,
  LABEL_HEADER_VI,
  REVENUE_PROMPT,
  SHARE_ERROR,
  SHARE_PROMPT,
  shareFormat,
  SOURCE_PREFIX_VI,
  STT_HEADER_VI,
  tableTitleVi,
  UNIT_HEADER_VI,
  yearHeaderVi,
} from "./appendixText";
import { HEADER_FILL } from "./palette";
import { linesFor, rowHeight } from "./rowHeight";

export interface AppendixLayoutOptions {
  readonly sheet: string;
  readonly preset: Preset;
  readonly periods: readonly Period[];
  /** 0-based position of the top-left cell (the title). */
  readonly top: number;
  readonly left: number;
  readonly createSheet?: boolean;
  /** Figures as a planner typed them, in place of the preset's (the pane's worked example): kept exactly as given. */
  readonly typed?: readonly TypedFigure[];
}

export interface TypedFigure {
  readonly indicator: IndicatorId;
  readonly year: number;
  readonly value: string | number;
}

/** Column widths in characters: STT, label, each year, unit. */
const WIDTH = { stt: 6, label: 48, year: 13, unit: 45 } as const;
/** Rows above the first table: title, preset line, blank. */
const HEAD_ROWS = 3;

const BODY: CellStyle = { border: true, vertical: "middle" };
const HEADER: CellStyle = { ...BODY, fill: HEADER_FILL, font: { bold: true }, horizontal: "center", wrap: true };
const CENTRED: CellStyle = { ...BODY, horizontal: "center" };
const WRAPPED: CellStyle = { ...BODY, horizontal: "left", wrap: true };

/** Periods in calendar order, each once. */
function orderedPeriods(periods: readonly Period[]): Period[] {
  return (Object.keys(PERIODS) as Period[]).filter((p) => periods.includes(p));
}

function columnCount(periods: readonly Period[]): number {
  return 3 + Math.max(0, ...periods.map((p) => PERIODS[p].length));
}

/** How many rows and columns `layoutAppendix` writes, so a caller can find free space first. */
export function appendixFootprint(preset: Preset, periods: readonly Period[]): { rows: number; cols: number } {
  const ps = orderedPeriods(periods);
  if (ps.length === 0) return { rows: 0, cols: 0 };
  const tables = ps.length * (2 + preset.indicators.length) + (ps.length - 1);
  return { rows: HEAD_ROWS + tables, cols: columnCount(ps) };
}

export function layoutAppendix(opts: AppendixLayoutOptions): SheetPatch {
  const periods = orderedPeriods(opts.periods);
  if (periods.length === 0) throw new Error("layoutAppendix: no period to lay out");
  const { top, left, preset } = opts;
  const cols = columnCount(periods);
  const out = new PatchBuilder(left, cols);

  out.banner(top, APPENDIX_TITLE_VI, { font: { bold: true, size: 14 }, horizontal: "center", vertical: "middle" });
  out.banner(top + 1, SOURCE_PREFIX_VI + preset.nameVi, { font: { italic: true }, horizontal: "center", vertical: "middle" });
  // The source is the engineers' provenance line (in English); a note keeps it without cluttering the sheet.
  out.notes.push({ address: a1(top + 1, left), text: preset.source });

  let row = top + HEAD_ROWS;
  periods.forEach((period, index) => {
    row = layoutTable(out, preset, period, index, row, opts.typed ?? []) + 1;
  });

  return {
    sheet: opts.sheet,
    ...(opts.createSheet ? { createSheet: true, print: { landscape: true, fitToWidth: true } } : {}),
    cells: out.cells,
    merges: out.merges,
    columnWidths: out.columnWidths(),
    rowHeights: out.rowHeights,
    validations: out.validations,
    notes: out.notes,
  };
}

/** Lays out one table from `row`; returns the row after its last indicator. */
function layoutTable(out: PatchBuilder, preset: Preset, period: Period, index: number, row: number, typed: readonly TypedFigure[]): number {
  const years = PERIODS[period];
  const yearCol = (i: number): number => out.left + 2 + i;
  const unitCol = yearCol(years.length);

  out.banner(row, tableTitleVi(period, index), { font: { bold: true }, horizontal: "left", vertical: "middle" });
  row++;

  out.put(row, out.left, STT_HEADER_VI, HEADER);
  out.put(row, out.left + 1, LABEL_HEADER_VI, HEADER);
  years.forEach((y, i) => out.put(row, yearCol(i), yearHeaderVi(y, i), HEADER));
  out.putUnit(row, unitCol, UNIT_HEADER_VI, HEADER);
  out.rowHeights.push({ row, points: rowHeight(2) });
  row++;

  const first = row;
  preset.indicators.forEach((id, k) => {
    const ind = indicator(id);
    out.put(row, out.left, k + 1, CENTRED);
    out.put(row, out.left + 1, ind.labelVi, WRAPPED);
    let lines = Math.max(linesFor(ind.labelVi, WIDTH.label), linesFor(ind.unitVi, WIDTH.unit));
    years.forEach((y, i) => {
      const fig = preset.targets[id]?.[y];
      const mine = typed.find((t) => t.indicator === id && t.year === y);
      const cell = mine ? { address: a1(row, yearCol(i)), value: mine.value, style: { ...CENTRED, numberFormat: "0%" } } : figureCell(a1(row, yearCol(i)), ind.compound, fig);
      out.cells.push(cell);
      if (typeof cell.value === "string") lines = Math.max(lines, linesFor(cell.value, WIDTH.year));
      if (fig?.note) out.notes.push({ address: cell.address, text: fig.note });
    });
    out.putUnit(row, unitCol, ind.unitVi, WRAPPED);
    out.rowHeights.push({ row, points: rowHeight(lines) });
    row++;
  });

  out.validations.push(...figureValidations(preset.indicators, first, yearCol(0), yearCol(years.length - 1)));
  return row;
}

/** A figure cell: a number with a percent format, the compound revenue text, or blank. */
function figureCell(address: string, compound: boolean, fig: PresetFigure | undefined): CellWrite {
  if (!fig) return { address, value: null, style: compound ? CENTRED : { ...CENTRED, numberFormat: "0%" } };
  if (compound && fig.threshold !== undefined && fig.share > 0) {
    return { address, value: compoundRevenueVi(fig.share, fig.threshold), style: { ...CENTRED, wrap: true } };
  }
  return { address, value: fig.share, style: { ...CENTRED, numberFormat: shareFormat(fig.share) } };
}

/**
 * Decimal 0–1 on every share cell, one rule per run of consecutive share rows; the compound revenue row gets a
 * prompt-only rule ("any") because its figure is text.
 */
function figureValidations(ids: readonly IndicatorId[], first: number, from: number, to: number): DataValidationSpec[] {
  const out: DataValidationSpec[] = [];
  const range = (r0: number, r1: number): string => rangeA1({ top: r0, left: from, bottom: r1, right: to });
  let runStart: number | null = null;
  ids.forEach((id, k) => {
    const row = first + k;
    const compound = indicator(id).compound;
    if (!compound && runStart === null) runStart = row;
    if (compound || k === ids.length - 1) {
      const runEnd = compound ? row - 1 : row;
      if (runStart !== null) out.push(shareRule(range(runStart, runEnd)));
      runStart = null;
    }
    if (compound) out.push({ range: range(row, row), type: "any", allowBlank: true, prompt: REVENUE_PROMPT });
  });
  return out;
}

function shareRule(range: string): DataValidationSpec {
  return { range, type: "decimal", min: 0, max: 1, allowBlank: true, prompt: SHARE_PROMPT, error: SHARE_ERROR };
}

/** Collects the writes of one layout; knows the column grid so tables line up. */
class PatchBuilder {
  readonly cells: CellWrite[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Array<{ row: number; points: number }> = [];
  readonly validations: DataValidationSpec[] = [];
  readonly notes: Array<{ address: string; text: string }> = [];

  constructor(
    readonly left: number,
    readonly cols: number,
  ) {}

  get right(): number {
    return this.left + this.cols - 1;
  }

  put(row: number, col: number, value: string | number | null, style: CellStyle): void {
    this.cells.push({ address: a1(row, col), value, style });
  }

  /** A line across the whole table width. */
  banner(row: number, text: string, style: CellStyle): void {
    this.put(row, this.left, text, { ...style, wrap: false });
    this.merges.push(rangeA1({ top: row, left: this.left, bottom: row, right: this.right }));
  }

  /** The unit cell, merged to the right edge when this table has fewer year columns than the widest. */
  putUnit(row: number, col: number, text: string, style: CellStyle): void {
    this.put(row, col, text, style);
    if (col < this.right) {
      // Merged-away cells get the style too, so the borders of the merged area are drawn everywhere.
      for (let c = col + 1; c <= this.right; c++) this.cells.push({ address: a1(row, c), style });
      this.merges.push(rangeA1({ top: row, left: col, bottom: row, right: this.right }));
    }
  }

  columnWidths(): Array<{ col: number; chars: number }> {
    const widths = [WIDTH.stt, WIDTH.label, ...Array.from({ length: this.cols - 3 }, () => WIDTH.year as number), WIDTH.unit];
    return widths.map((chars, i) => ({ col: this.left + i, chars }));
  }
}
