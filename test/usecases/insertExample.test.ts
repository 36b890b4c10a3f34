/** The pane's worked example: the national tables on a sheet of their own, and a check finds each typed mistake. */
import { MemoryWorkbook } from "../../src/adapters/memory";
import { checkWorkbook } from "../../src/usecases/checkWorkbook";
import { EXAMPLE_SHEET, insertExample } from "../../src/usecases/insertExample";

describe("the worked example", () => {
  it("is inserted on a new sheet, never over the user's, and a check finds its three mistakes where they were typed", async () => {
    const wb = new MemoryWorkbook([{ name: EXAMPLE_SHEET, cells: { A1: { value: "của người dùng" } } }]);
    const r = await insertExample(wb);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.sheet).toBe(`${EXAMPLE_SHEET} (2)`);
    expect(wb.cell(EXAMPLE_SHEET, "A1")?.value).toBe("của người dùng");
    const checked = await checkWorkbook(wb, { highlight: false });
    if (!checked.ok) throw new Error(checked.error.code);
    const found = checked.value.report.findings
      .filter((f) => ["figure.out_of_range", "figure.not_a_number", "target.decreasing"].includes(f.code))
      .map((f) => [f.code, f.indicator, f.year, f.value]);
    expect(found).toEqual([
      ["figure.out_of_range", "platforms", 2024, 1.5],
      ["figure.not_a_number", "analytics_ai", 2023, "4O%"],
      ["target.decreasing", "converged_newsroom", 2026, 0.6],
    ]);
  });
});
