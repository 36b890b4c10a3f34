import { MemoryWorkbook } from "../../../src/adapters/memory";

import { describePortContract, type SheetState, type WorkbookState } from "./portContract";

function inspect(wb: MemoryWorkbook): WorkbookState {
  const sheets = wb.sheetNames().map((name): SheetState => {
    const cells: SheetState["cells"] = {};
    const fills: Record<string, string> = {};
    const notes: Record<string, string> = {};
    const links: Record<string, string> = {};
    const validations: SheetState["validations"] = {};
    const widths: Record<number, number> = {};
    const heights: Record<number, number> = {};
    const unlocked: string[] = [];
    for (let row = 0; row < 60; row++) {
      for (let col = 0; col < 20; col++) {
        const a = String.fromCharCode(65 + col) + (row + 1);
        const c = wb.cell(name, a);
        if (c && ((c.value !== null && c.value !== "") || c.formula)) {
          cells[a] = {
            ...(c.formula ? { formula: c.formula } : { value: c.value }),
            ...(c.numberFormat && c.numberFormat !== "General" ? { numberFormat: c.numberFormat } : {}),
          };
        }
        if (wb.styleAt(name, a)?.locked === false) unlocked.push(a);
        const fill = wb.styleAt(name, a)?.fill;
        if (fill) fills[a] = fill;
        const note = wb.noteAt(name, a);
        if (note) notes[a] = note;
        const link = wb.linkAt(name, a);
        if (link) links[a] = `${link.sheet}!${link.cell}`;
        const v = wb.validationAt(name, a);
        if (v) validations[a] = { type: v.type, ...(v.prompt ? { prompt: v.prompt.message } : {}) };
      }
      const h = wb.rowHeight(name, row);
      if (h !== undefined) heights[row] = h;
    }
    for (let col = 0; col < 20; col++) {
      const w = wb.columnWidth(name, col);
      if (w !== undefined) widths[col] = w;
    }
    return {
      name,
      cells,
      fills,
      merges: wb.merges(name),
      widths,
      heights,
      validations,
      rules: wb.conditionalFormats(name).map((r) => ({ owner: r.owner, range: r.range, formula: r.formula, fill: r.style.fill ?? null })),
      charts: wb.charts(name).map((c) => ({ name: c.name, title: c.title })),
      notes,
      links,
      protected: wb.isProtected(name),
      unlocked: unlocked.sort(),
      visibility: wb.visibility(name) ?? "visible",
      autoFilter: wb.autoFilter(name) ?? null,
      frozen: wb.frozen(name) ?? { rows: 0, cols: 0 },
    };
  });

  return { sheets, names: wb.names() };
}

describePortContract({
  name: "memory",
  async make(sheets, names = {}) {
    const wb = new MemoryWorkbook(
      sheets.map((s) => ({
        name: s.name,
        cells: s.cells,
        ...(s.merges ? { merges: s.merges } : {}),
        ...(s.protected ? { protected: true } : {}),
        ...(s.userRules ? { userConditionalFormats: s.userRules } : {}),
        styles: Object.fromEntries(Object.entries(s.fills ?? {}).map(([a, fill]) => [a, { fill }])),
      })),
      names,
    );
    return { port: wb, inspect: async () => inspect(wb) };
  },
});

