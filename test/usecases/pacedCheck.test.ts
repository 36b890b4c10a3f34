/**
 * The pane's check paces itself: it awaits the caller's `pace` before each sheet and before writing, so the page can
 * paint in between, and a `pace` that throws cancels the check with nothing written.
 */
import { MemoryWorkbook } from "../../src/adapters/memory";
import { PRESETS } from "../../src/domain/presets";
import { layoutAppendix } from "../../src/sheet/layout/appendixLayout";
import { checkWorkbook } from "../../src/usecases/checkWorkbook";

async function book(sheets: number): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  for (let i = 0; i < sheets; i++) {
    await wb.apply([layoutAppendix({ sheet: `Tỉnh ${i + 1}`, preset: PRESETS.national, periods: ["2023-2025"], top: 0, left: 0, createSheet: true })]);
    await wb.apply([{ sheet: `Tỉnh ${i + 1}`, cells: [{ address: "C6", value: 1.5 }] }]);
  }
  return wb;
}

describe("a paced check", () => {
  it("awaits the pace before each sheet and before writing, and finds what an unpaced check finds", async () => {
    const wb = await book(3);
    let paces = 0;
    const paced = await checkWorkbook(wb, { highlight: true, pace: async () => void paces++ });
    const plain = await checkWorkbook(wb, { highlight: true });
    // One before each of the three sheets, one before the rules run, one before the write.
    expect(paces).toBe(5);
    if (!paced.ok || !plain.ok) throw new Error("check failed");
    expect(paced.value.report.findings).toEqual(plain.value.report.findings);
    expect(paced.value.highlighted).toBe(3);
  });

  it("writes nothing when the pace throws (the user cancelled), whenever it throws", async () => {
    for (const at of [1, 3, 5]) {
      const wb = await book(3);
      let paces = 0;
      const cancelled = new Error("cancelled");
      await expect(
        checkWorkbook(wb, {
          highlight: true,
          pace: async () => {
            if (++paces === at) throw cancelled;
          },
        }),
      ).rejects.toBe(cancelled);
      expect([at, ["Tỉnh 1", "Tỉnh 2", "Tỉnh 3"].flatMap((s) => wb.conditionalFormats(s))]).toEqual([at, []]);
    }
  });
});
