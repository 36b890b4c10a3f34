/**
 * Attainment: beside each target table, the province's actual figure, the ratio to the target and the status for
 * every indicator and year with a target, as live formulas over the agency tables (AGENCY_FORM.md).
 *
 * - Several agency tables (sheets of one workbook) are all used: each formula sums over every table. An agency-year
 *   reported in two rows (in one table or across tables) is refused, since a formula cannot merge rows; the
 *   message points at `pressdx consolidate`, which writes one merged table.
 * - The engine's values are computeActual/assess over the tables read as the formulas read them
 *   (sheet/attainmentReading), so each written cell's value equals what Excel or LibreOffice compute.
 * - Cells are written only where the sheet is empty or already the tool's (inside a PressDX_Attain_* name from an
 *   earlier run): a block whose place beside its table holds data goes further right or to a sheet of its own
 *   (./attainPlacement). Re-running finds each block where it went and gives the same cells, formulas and values.
 */
import { type AttainmentReport, computeActual, judgeAttainment, type Status } from "../domain/agency/attainment";
import { consolidateReports } from "../domain/agency/consolidate";
import type { AppendixTable } from "../domain/appendix";
import { compareFindings, type Finding } from "../domain/findings";
import type { IndicatorId } from "../domain/indicators";
import { readTargets, type TargetReading } from "../domain/rules/targets";
import type { WorkbookPort } from "../ports/workbookPort";
import { parseA1, parseRange, rangeA1, type RangeRef } from "../sheet/a1";
import { findAgencyTables } from "../sheet/agencyForm";
import { readAsFormulas } from "../sheet/attainmentReading";
import type { WorkbookSnapshot } from "../sheet/grid";
import { actualFormula, agencyRanges, type AgencyRanges, reportingFormula } from "../sheet/layout/attainmentFormulas";
import { SUCCESSOR_HEADER } from "../sheet/layout/mergedTable";
import { findLineageTables } from "../sheet/lineageForm";
import { type AttainKind, type BlockRowInput, layoutAttainmentBlock } from "../sheet/layout/attainmentLayout";
import { layoutAttainmentSheet } from "../sheet/layout/attainmentSheet";
import type { SheetPatch } from "../sheet/patch";
import { findAppendixTables } from "../sheet/recogniseAppendix";
import { type Placed, placeBlock } from "./attainPlacement";
import { ownSheet } from "./checkWorkbook";
import { fail, ok, type Result } from "./result";
import { nameTarget, OWNED_SHEET_NAMES, ownedSheet } from "./owned";
import { updating } from "./writing";

export const ATTAIN_NAME_PREFIX = "PressDX_Attain_";
/** Marks the sheet of its own a block went to when there was no room beside its table (one per table). */
export const ATTAIN_SHEET_PREFIX = "PressDX_AttainSheet_";

/** Excel refuses a formula longer than 8,192 characters (the leading "=" included) and "repairs" the file. */
export const EXCEL_FORMULA_LIMIT = 8192;

export interface AttainRequest {
  /** The workbook's file name, put into findings' sources. */
  readonly file?: string;
}

export type AttainStatus = Status;

/** A written cell with the engine's value: a fraction for shares, the status text, null when blank. */
export interface AttainCell {
  readonly sheet: string;
  readonly cell: string;
  /** null for the count of agencies reporting a year (after mergers). */
  readonly indicator: IndicatorId | null;
  readonly year: number;
  readonly kind: AttainKind;
  readonly value: number | string | null;
  readonly formula: string | null;
}

export interface AttainRow {
  readonly indicator: IndicatorId;
  readonly year: number;
  readonly target: number;
  readonly threshold: number | null;
  readonly numerator: number;
  readonly denominator: number;
  readonly actual: number | null;
  readonly ratio: number | null;
  readonly status: AttainStatus;
}

export interface AttainTable {
  readonly sheet: string;
  /** The target table's range and title. */
  readonly range: string;
  readonly title: string | null;
  /** Where the block is: its sheet (the table's, or one of its own), range and defined name. */
  readonly blockSheet: string;
  readonly block: string;
  readonly name: string;
  /** Beside the table; further right, past the user's data beside it; or on a sheet of its own. */
  readonly placed: Placed;
  readonly chartYear: number | null;
  readonly rows: readonly AttainRow[];
}

export interface AttainOutcome {
  readonly tables: readonly AttainTable[];
  /** The actual, ratio and status cells (the CLI's --json). */
  readonly cells: readonly AttainCell[];
  /** Every value cell the tool wrote, target, threshold and chart data included. */
  readonly written: readonly AttainCell[];
  /** The agency tables' findings, and the cells the formulas cannot read. */
  readonly findings: readonly Finding[];
  /** The years some agency reported, ascending: a row of any other year is blank because nobody reported it yet. */
  readonly reportedYears: readonly number[];
}

export async function writeAttainment(port: WorkbookPort, req: AttainRequest = {}): Promise<Result<AttainOutcome>> {
  return updating(port, (snapshot) => {
    const planned = planAttainment(snapshot, req);
    if (!planned.ok) return { patches: [], result: planned };
    const { patches, ...outcome } = planned.value;
    return { patches, result: ok(outcome) };
  });
}

/** The pure part: what would be written, or why nothing can be. */
export function planAttainment(
  snapshot: WorkbookSnapshot,
  req: AttainRequest = {},
): Result<AttainOutcome & { readonly patches: readonly SheetPatch[] }> {
  const targetTables = snapshot.sheets.flatMap((g) => findAppendixTables(g));
  if (targetTables.length === 0) return fail("attain.no_target_table");
  // A header without rows (a form not yet filled in) reports nothing.
  // After a consolidation into this workbook, its merged table is the agencies' figures: the forms it came from
  // would count every report twice.
  const merged = ownedSheet(snapshot, OWNED_SHEET_NAMES.mergedTable);
  const agencyTables = snapshot.sheets
    .filter((g) => merged === null || g.sheet === merged)
    .flatMap((g) => findAgencyTables(g, req.file ?? ""))
    .filter((t) => t.rows.length > 0);
  if (agencyTables.length === 0) return fail("attain.no_agency_table");
  const reading = readAsFormulas(agencyTables);
  const blocker = reading.blockers[0];
  if (blocker) {
    const { code, ...operands } = blocker;
    return fail(`attain.${code}`, operands);
  }
  const ranges = agencyTables.map(agencyRanges).filter((r): r is AgencyRanges => r !== null);
  // After agency mergers (a lineage table naming agencies, or a merged table saying what each became), the block
  // counts the agencies of each year and its title says the shares are over those.
  const mergers =
    snapshot.sheets.some((g) => findLineageTables(g).some((t) => t.entries.some((e) => e.kind === "agency"))) ||
    snapshot.sheets.some((g) => g.rows.slice(0, 8).some((r) => r.some((c) => c?.value === SUCCESSOR_HEADER)));
  const findings = [...consolidateReports(agencyTables.flatMap((t) => t.rows)).findings, ...reading.findings].sort(compareFindings);

  const owned = ownedAreas(snapshot);
  const taken: Array<{ sheet: string; area: RangeRef }> = [];
  const newSheets: string[] = [];
  const patches: SheetPatch[] = [];
  const tables: AttainTable[] = [];
  const written: AttainCell[] = [];
  const reportedYears = new Set(reading.reports.map((r) => r.year));

  for (const [i, table] of targetTables.entries()) {
    const name = `${ATTAIN_NAME_PREFIX}${i + 1}`;
    const targets = readTargets(table);
    const rows = blockRows(table, targets);
    if (rows.length === 0) continue;
    const years = table.yearColumns.map((c) => c.year);
    const chartYear = [...years].reverse().find((y) => reportedYears.has(y)) ?? null;
    const thresholds = new Map<number, number>();
    for (const t of targets) if (t.indicator === "revenue" && !thresholds.has(t.year)) thresholds.set(t.year, t.threshold ?? 0);

    const base = {
      ...(mergers ? { agencies: (year: number) => reportingFormula(year, ranges) } : {}),
      sheet: table.sheet,
      name,
      headerRow: parseA1(table.yearColumns[0]?.cell ?? "A1").row,
      years,
      rows,
      thresholds,
      chartYear,
      actual: (id: IndicatorId, year: number, ref: string | null) => actualFormula(id, year, ranges, ref),
    };
    const place = placeBlock({
      snapshot,
      sheet: table.sheet,
      tableRight: parseRange(table.range).right,
      name,
      sheetName: `${ATTAIN_SHEET_PREFIX}${i + 1}`,
      owned,
      taken,
      newSheets,
      layout: (spot) =>
        spot.kind === "column" ? layoutAttainmentBlock({ ...base, left: spot.left }) : layoutAttainmentSheet({ ...base, sheet: spot.sheet, table }),
    });
    const { block } = place;
    taken.push({ sheet: place.sheet, area: block.area });
    if (place.cleanup) patches.push(place.cleanup);
    // What an earlier run of this block owns on the sheet (its rules and chart) goes before the new block comes.
    const patch: SheetPatch = { ...block.patch, removeOwned: [name, `${name}_chart`] };
    if (place.spot.kind === "sheet") {
      if (!place.spot.replace) newSheets.push(place.sheet);
      patches.push(ownSheet(patch, place.spot.replace, `${ATTAIN_SHEET_PREFIX}${i + 1}`));
    } else patches.push(patch);

    const value = engineValues(targets, reading.reports, thresholds);
    for (const p of block.cells) {
      if (p.year === null || (p.indicator === null && p.kind !== "agencies")) continue;
      written.push({ sheet: place.sheet, cell: p.address, indicator: p.indicator, year: p.year, kind: p.kind, value: value(p), formula: p.formula });
    }
    tables.push({
      sheet: table.sheet,
      range: table.range,
      title: table.title,
      blockSheet: place.sheet,
      block: rangeA1(block.area),
      placed: place.placed,
      name,
      chartYear,
      rows: targets.map((t) => ({ ...attainmentOf(t, reading.reports, thresholds), indicator: t.indicator, year: t.year })),
    });
  }
  if (tables.length === 0) return fail("attain.no_targets");
  const tooLong = written.find((c) => (c.formula?.length ?? 0) + 1 > EXCEL_FORMULA_LIMIT);
  if (tooLong) {
    return fail("attain.formula_too_long", {
      sheet: tooLong.sheet,
      cell: tooLong.cell,
      length: (tooLong.formula?.length ?? 0) + 1,
      limit: EXCEL_FORMULA_LIMIT,
      tables: agencyTables.length,
    });
  }
  const cells = written.filter((c) => c.kind === "actual" || c.kind === "ratio" || c.kind === "status");
  const years = [...reportedYears].sort((a, b) => a - b);
  return ok({ tables, cells, written, findings, reportedYears: years, patches: withCachedValues(widestColumns(patches), written) });
}

/** One row per recognised indicator row, with its readable targets. */
function blockRows(table: AppendixTable, targets: readonly TargetReading[]): BlockRowInput[] {
  return table.rows.flatMap((row) => {
    if (row.indicator === null) return [];
    const addresses = new Set(row.cells.map((c) => c.cell));
    const cells = targets.filter((t) => addresses.has(t.cell)).map((t) => ({ year: t.year, target: t.share }));
    return cells.length === 0 ? [] : [{ row: parseA1(row.labelCell).row, indicator: row.indicator, cells }];
  });
}

type Reports = readonly AttainmentReport[];

function attainmentOf(t: TargetReading, reports: Reports, thresholds: ReadonlyMap<number, number>): Omit<AttainRow, "indicator" | "year"> {
  const threshold = t.indicator === "revenue" ? (thresholds.get(t.year) ?? 0) : null;
  const a = computeActual(t.indicator, t.year, reports, threshold === null ? {} : { threshold });
  const { ratio, status } = judgeAttainment(a.actual, t.share);
  return { target: t.share, threshold, numerator: a.numerator, denominator: a.denominator, actual: a.actual, ratio, status };
}

/** The engine's value of each kind of cell the block writes. */
function engineValues(targets: readonly TargetReading[], reports: Reports, thresholds: ReadonlyMap<number, number>) {
  const memo = new Map<string, Omit<AttainRow, "indicator" | "year">>();
  const of = (id: IndicatorId, year: number) => {
    const key = `${id}|${year}`;
    let v = memo.get(key);
    if (!v) {
      const t = targets.find((x) => x.indicator === id && x.year === year);
      v = t ? attainmentOf(t, reports, thresholds) : undefined;
      if (v) memo.set(key, v);
    }
    return v;
  };
  return (p: { kind: AttainKind; indicator: IndicatorId | null; year: number | null }): number | string | null => {
    if (p.kind === "agencies" && p.year !== null) return reports.filter((r) => r.year === p.year).length;
    if (p.indicator === null || p.year === null) return null;
    if (p.kind === "threshold") return thresholds.get(p.year) ?? 0;
    const v = of(p.indicator, p.year);
    if (!v) return null;
    switch (p.kind) {
      case "target":
        return v.target;
      case "actual":
        return v.actual;
      case "ratio":
        return v.ratio;
      case "status":
        return v.status;
      case "chart_target":
        return v.target;
      case "chart_actual":
        // The chart shows a blank actual as 0.
        return v.actual ?? 0;
      case "agencies":
        return null;
    }
  };
}

interface OwnedArea {
  readonly name: string;
  readonly sheet: string;
  readonly area: RangeRef;
}

/** The areas earlier runs wrote, from the workbook's PressDX_Attain_* names ("'Kế hoạch'!$M$4:$AB$12"). */
function ownedAreas(snapshot: WorkbookSnapshot): OwnedArea[] {
  return Object.entries(snapshot.names).flatMap(([name, ref]) => {
    if (!name.startsWith(ATTAIN_NAME_PREFIX)) return [];
    const target = nameTarget(ref);
    return target ? [{ name, ...target }] : [];
  });
}

/**
 * Each formula cell carries the engine's value as its cached result: a file opened by a program that does not
 * recalculate shows the figures, and a preview without a formula engine can show them. Excel recomputes anyway.
 */
function withCachedValues(patches: readonly SheetPatch[], written: readonly AttainCell[]): SheetPatch[] {
  const values = new Map(written.map((c) => [`${c.sheet}\u0000${c.cell}`, c.value] as const));
  return patches.map((p) => ({
    ...p,
    cells: p.cells.map((w) => {
      const v = w.formula === undefined ? undefined : values.get(`${p.sheet}\u0000${w.address}`);
      return v === undefined || v === null ? w : { ...w, value: v };
    }),
  }));
}

/**
 * Blocks of two tables on one sheet share columns (the first block's side panel may sit over the second block's
 * year groups): give each column the widest width any block asks for, so a later block never narrows an earlier one.
 */
function widestColumns(patches: readonly SheetPatch[]): SheetPatch[] {
  const widest = new Map<string, number>();
  for (const p of patches) for (const w of p.columnWidths ?? []) {
    const key = `${p.sheet}\u0000${w.col}`;
    widest.set(key, Math.max(widest.get(key) ?? 0, w.chars));
  }
  return patches.map((p) =>
    p.columnWidths ? { ...p, columnWidths: p.columnWidths.map((w) => ({ col: w.col, chars: widest.get(`${p.sheet}\u0000${w.col}`) ?? w.chars })) } : p,
  );
}
