/**
 * A plan of a province that no longer exists (Thái Bình, merged into Hưng Yên on 1 July 2025) still validates as it
 * did, with a lineage table beside it; its agencies' reports consolidate into it; a new province's consolidation takes
 * them in too.
 */
import { MemoryWorkbook } from "../../src/adapters/memory";
import { PRESETS } from "../../src/domain/presets";
import { layoutLineageForm } from "../../src/sheet/lineageForm";
import { insertAppendix } from "../../src/usecases/insertAppendix";
import { validateWorkbook } from "../../src/usecases/validateWorkbook";

async function thaiBinhPlan(withLineage: boolean): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  const r = await insertAppendix(book, { sheet: "Phụ lục", preset: PRESETS["thai-binh"], periods: ["2023-2025"] });
  if (!r.ok) throw new Error(r.error.code);
  if (withLineage) {
    const form = layoutLineageForm({ sheet: "Sáp nhập", createSheet: true });
    await book.apply([{ ...form, cells: [...form.cells, { address: "B6", value: "Thái Bình" }, { address: "C6", value: "Hưng Yên" }] }]);
  }
  return book;
}

describe("a plan of a former province", () => {
  it("validates exactly as before, a lineage table beside it changing nothing", async () => {
    const plain = await validateWorkbook(await thaiBinhPlan(false));
    const merged = await validateWorkbook(await thaiBinhPlan(true));
    expect(plain.tables).toHaveLength(1);
    expect(merged.tables.map((t) => t.range)).toEqual(plain.tables.map((t) => t.range));
    expect(merged.findings).toEqual(plain.findings);
    expect(plain.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
