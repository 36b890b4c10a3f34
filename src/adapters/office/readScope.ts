/**
 * The read of a scope (WorkbookPort's `UpdateOptions.scope`): one range of one sheet, its merged areas, and the
 * tool's conditional formats that meet it, in one sync — what a re-check of one table after an edit needs, a few
 * kilobytes where the whole workbook would be megabytes. The rule formulas are read apart if Excel fails on them
 * (as in ./read.ts).
 */
import { parseRange, rangeA1 } from "../../sheet/a1";
import type { Grid } from "../../sheet/grid";
import type { ReadScope } from "../../ports/workbookPort";
import { cellsOf, type ReadState, rulesAsLoaded, stripSheet } from "./read";
import { readRuleFormulas, type RuleRead } from "./readParts";
import { utf8Length } from "./units";

export async function readScope(context: Excel.RequestContext, scope: ReadScope): Promise<ReadState> {
  const area = parseRange(scope.range);
  const block = { row: area.top, col: area.left, rows: area.bottom - area.top + 1, cols: area.right - area.left + 1 };
  // One handle to read the sheet's name and protection, one to reach its cells (the linter tracks loads per handle).
  const sheet = context.workbook.worksheets.getItem(scope.sheet);
  sheet.load("name,protection/protected");
  const ws = context.workbook.worksheets.getItem(scope.sheet);
  const range = ws.getRangeByIndexes(block.row, block.col, block.rows, block.cols);
  range.load("values,formulas,numberFormat,valueTypes");
  const merged = range.getMergedAreasOrNullObject();
  merged.load("areas/items/address");
  const rules = rulesOf(ws.getRange(scope.range));
  rules.load("items/id,items/type,items/customOrNullObject/rule/formula");
  let read: RuleRead;
  try {
    await context.sync();
    read = rulesAsLoaded([{ rules }]);
  } catch (e) {
    // A rule Excel cannot read (office-js #6827, #6835) fails the whole sync: read again without the formulas,
    // then each rule's formula apart.
    if (/PayloadSizeLimitExceeded/.test((e as { code?: string }).code ?? "")) throw e;
    range.load("values,formulas,numberFormat,valueTypes");
    merged.load("areas/items/address");
    sheet.load("name,protection/protected");
    const lean = rulesOf(ws.getRange(scope.range));
    lean.load("items/id,items/type");
    await context.sync();
    read = await readRuleFormulas(context, [{ ws, rules: lean }]);
  }
  const merges = merged.isNullObject ? [] : merged.areas.items.map((a) => parseRange(stripSheet(a.address)));
  const owned = read.owned.get(0) ?? [];
  const grid: Grid = {
    sheet: sheet.name,
    top: block.row,
    left: block.col,
    rows: cellsOf(block, { values: range.values, formulas: range.formulas, numberFormat: range.numberFormat, valueTypes: range.valueTypes }, block),
    merges: merges.map(rangeA1),
    protected: sheet.protection.protected,
    ownedFormats: [...new Set(owned.map((r) => r.owner))],
  };
  return {
    snapshot: { sheets: [grid], names: {} },
    sheets: [{ name: sheet.name, visibility: undefined, protected: sheet.protection.protected, merges, rules: owned, charts: [], notes: [] }],
    names: [],
    structureProtected: false,
    unreadableRules: (read.unreadable.get(0) ?? 0) > 0 ? [{ sheet: sheet.name, count: read.unreadable.get(0) ?? 0 }] : [],
    bytesRead: utf8Length(JSON.stringify([range.values, range.formulas, range.numberFormat, range.valueTypes])),
  };
}

/** The conditional formats that meet a range (a function: the linter takes a navigation off a variable for a read). */
function rulesOf(range: Excel.Range): Excel.ConditionalFormatCollection {
  return range.conditionalFormats;
}
