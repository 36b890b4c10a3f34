import { finding } from "../../src/domain/findings";
import { groupBySheet, groupByTable } from "../../src/taskpane/validate/groupFindings";

const tables = [
  { sheet: "Phụ lục", range: "A7:F14" },
  { sheet: "Phụ lục", range: "A17:G23" },
];
const names = { table: (t: { range: string } | null) => (t ? t.range : "other"), indicator: (id: string | null) => id ?? "none" };

describe("grouping findings", () => {
  it("puts each finding under the table whose range holds its cell, in sheet order, others last", () => {
    const fs = [
      finding({ code: "target.decreasing", sheet: "Phụ lục", cell: "C20", indicator: "platforms", year: 2026, value: 0.5 }),
      finding({ code: "figure.blank", sheet: "Phụ lục", cell: "D9", indicator: "analytics_ai", year: 2024, value: null }),
      finding({ code: "figure.blank", sheet: "Phụ lục", cell: "C8", indicator: "platforms", year: 2023, value: null }),
      finding({ code: "figure.blank", sheet: "Khác", cell: "C8", indicator: "platforms", year: 2023, value: null }),
      finding({ code: "figure.blank", sheet: "Phụ lục", cell: "D8", indicator: "platforms", year: 2024, value: null }),
    ];
    const groups = groupByTable(fs, tables, names);
    expect(groups.map((g) => g.heading)).toEqual(["A7:F14", "A17:G23", "other"]);
    expect(groups[0]?.sections.map((s) => [s.heading, s.findings.map((f) => f.cell)])).toEqual([
      ["platforms", ["C8", "D8"]],
      ["analytics_ai", ["D9"]],
    ]);
    expect(groups[2]?.sections[0]?.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Khác!C8"]);
  });

  it("leaves out tables without findings", () => {
    const fs = [finding({ code: "figure.blank", sheet: "Phụ lục", cell: "C18", indicator: "platforms", year: 2026, value: null })];
    expect(groupByTable(fs, tables, names).map((g) => g.heading)).toEqual(["A17:G23"]);
  });

  it("groups report findings by sheet, then by agency", () => {
    const fs = [
      finding({ code: "report.negative", sheet: "BC", cell: "E4", indicator: null, year: 2024, value: -1, agency: "Báo B" }),
      finding({ code: "report.negative", sheet: "BC", cell: "E3", indicator: null, year: 2024, value: -2, agency: "Báo A" }),
      finding({ code: "report.negative", sheet: "BC", cell: "F5", indicator: null, year: 2024, value: -3, agency: "Báo A" }),
    ];
    const groups = groupBySheet(fs, (f) => f.agency ?? "?");
    expect(groups.map((g) => [g.heading, g.sections.map((s) => [s.heading, s.findings.map((f) => f.cell)])])).toEqual([
      ["BC", [["Báo A", ["E3", "F5"]], ["Báo B", ["E4"]]]],
    ]);
  });
});
