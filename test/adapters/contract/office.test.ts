/**
 * The port contract run against the Office adapter over the Excel stand-in (src/standin), twice: with the stand-in's
 * own globals, and with Microsoft's Office.js library as the globals, its requests answered by the stand-in
 * (test/support/officeClient.ts) — so the adapter's calls also pass the real client's rules. Inspection reads the
 * stand-in's model: widths come back from points to characters.
 */
import { OfficeWorkbook } from "../../../src/adapters/office";
import { ownerOfFormula, unmarkedFormula } from "../../../src/adapters/ownership";
import { pointsToChars } from "../../../src/adapters/office/units";
import { a1, parseRange, rangeA1 } from "../../../src/sheet/a1";
import { createStandIn, installStandIn, type StandIn } from "../../../src/standin";
import { MAX_COLS } from "../../../src/standin/address";
import { installOfficeClient } from "../../support/officeClient";
import { describePortContract, type SheetState, type WorkbookState } from "./portContract";

const round = (x: number): number => Math.round(x * 10) / 10;
const hex = (c: string | undefined): string | null => (c && /^#[0-9A-Fa-f]{6}$/.test(c) ? c.slice(1).toUpperCase() : null);

function inspect(standin: StandIn): WorkbookState {
  const m = standin.model;
  const sheets = m.sheetNames().map((name): SheetState => {
    const s = m.sheet(name);
    const cells: SheetState["cells"] = {};
    const fills: Record<string, string> = {};
    const links: Record<string, string> = {};
    const unlocked: string[] = [];
    for (const key of s.cells.keys()) {
      const address = a1(Math.floor(key / MAX_COLS), key % MAX_COLS);
      const c = m.cell(name, address);
      const fmt = c.numberFormat !== "General" ? { numberFormat: c.numberFormat } : {};
      if (c.formula) cells[address] = { formula: c.formula.replace(/^=/, ""), ...fmt };
      else if (c.value !== "" && c.value !== null) cells[address] = { value: c.value, ...fmt };
      if (c.fill && hex(c.fill)) fills[address] = hex(c.fill) as string;
      if (s.cells.get(key)?.format?.locked === false) unlocked.push(address);
      if (c.hyperlink?.documentReference) links[address] = c.hyperlink.documentReference.replace(/^'(.*)'!/, "$1!");
    }
    const validations: SheetState["validations"] = {};
    const notes: Record<string, string> = {};
    for (const [key, v] of s.validations) {
      const address = a1(Math.floor(key / MAX_COLS), key % MAX_COLS);
      const type = v.rule ? (Object.keys(v.rule)[0] ?? "any") : "any";
      // Without ExcelApi 1.18 a note is the cell's prompt: a prompt-only rule titled "Ghi chú".
      if (!v.rule && v.prompt?.title === "Ghi chú" && v.prompt.message) notes[address] = v.prompt.message;
      else validations[address] = { type: { wholeNumber: "whole" }[type] ?? type, ...(v.prompt?.message ? { prompt: v.prompt.message } : {}) };
    }
    for (const n of m.notes(name)) notes[n.address] = n.content;
    const widths: Record<number, number> = {};
    for (const [col, points] of s.columnWidths) widths[col] = round(pointsToChars(points));
    const heights: Record<number, number> = {};
    for (const [row, points] of s.rowHeights) heights[row] = round(points);
    return {
      name,
      cells,
      fills,
      merges: m.merges(name),
      widths,
      heights,
      validations,
      rules: m.conditionalFormats(name).map((cf) => {
        const formula = cf.formula ?? "";
        return { owner: ownerOfFormula(formula), range: cf.address, formula: unmarkedFormula(formula), fill: hex(cf.fill) };
      }),
      charts: m.charts(name).map((c) => ({ name: c.name, title: c.title })),
      notes,
      links,
      protected: s.protected,
      unlocked: unlocked.sort(),
      visibility: ({ Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as Record<string, string>)[s.visibility] ?? s.visibility,
      autoFilter: s.autoFilter ? rangeA1(s.autoFilter) : null,
      frozen: { ...s.frozen },
    };
  });
  const names: Record<string, string> = {};
  for (const n of standin.model.namedItems()) names[n.name] = n.formula.replace(/^=/, "");
  return { sheets, names };
}

const CLIENTS = [
  { client: "stand-in", apiVersion: "1.14" },
  { client: "stand-in", apiVersion: "1.18" },
  // Microsoft's library (1.1.110) predates the notes API: it is run at 1.14.
  { client: "Office.js library", apiVersion: "1.14" },
] as const;
for (const { client, apiVersion } of CLIENTS) describePortContract({
  name: `Office.js at ExcelApi ${apiVersion} (${client === "stand-in" ? "the stand-in's globals" : "Microsoft's library over the stand-in"})`,
  async make(sheets, names = {}) {
    const standin = createStandIn({ apiVersion });
    for (const s of sheets) {
      standin.model.addSheet(
        s.name,
        Object.fromEntries(
          Object.entries(s.cells).map(([address, c]) => [
            address,
            {
              ...(c.formula ? { formula: c.formula } : {}),
              ...(c.value !== null && typeof c.value !== "object" ? { value: c.value } : {}),
              ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
              ...(s.fills?.[address] ? { fill: `#${s.fills[address]}` } : {}),
            },
          ]),
        ),
      );
      const sheet = standin.model.sheet(s.name);
      for (const m of s.merges ?? []) sheet.merges.push(parseRange(m));
      for (const r of s.userRules ?? []) {
        sheet.cfs.push({ id: `user-${r.range}`, type: "Custom", rect: parseRange(r.range), stopIfTrue: false, rule: { formula: `=${r.formula}` }, format: { fill: `#${r.fill}`, font: {} } });
      }
      if (s.protected) standin.model.protectSheet(s.name);
    }
    for (const [name, ref] of Object.entries(names)) standin.model.names.push({ name, formula: `=${ref}`, comment: "", visible: true });
    if (client === "stand-in") installStandIn(globalThis, standin);
    else installOfficeClient(standin);
    return { port: new OfficeWorkbook({ notes: apiVersion === "1.18" }), inspect: async () => inspect(standin) };
  },
});
