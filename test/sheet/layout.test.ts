import { INDICATORS } from "../../src/domain/indicators";
import { PRESETS } from "../../src/domain/presets";
import { a1, parseRange } from "../../src/sheet/a1";
import { appendixFootprint, layoutAppendix } from "../../src/sheet/layout/appendixLayout";
import { compoundRevenueVi, percentTextVi, shareFormat } from "../../src/sheet/layout/appendixText";
import type { CellWrite, SheetPatch } from "../../src/sheet/patch";

const BOTH = ["2023-2025", "2026-2030"] as const;

function cellMap(patch: SheetPatch): Map<string, CellWrite> {
  return new Map(patch.cells.map((c) => [c.address, c]));
}

describe("appendix layout", () => {
  const tb = layoutAppendix({ sheet: "Phụ lục", preset: PRESETS["thai-binh"], periods: BOTH, top: 0, left: 0, createSheet: true });
  const cells = cellMap(tb);
  const v = (addr: string): unknown => cells.get(addr)?.value;
  const fmt = (addr: string): string | undefined => cells.get(addr)?.style?.numberFormat;

  it("writes the title, the preset line and the numbered table titles", () => {
    expect(v("A1")).toBe("PHỤ LỤC CHỈ TIÊU CHUYỂN ĐỔI SỐ BÁO CHÍ");
    expect(v("A2")).toContain(PRESETS["thai-binh"].nameVi);
    expect(v("A4")).toBe("1. Kế hoạch tăng trưởng chỉ tiêu giai đoạn 2023 - 2025");
    // Table 1: title row 4, header 5, six rows 6–11, blank 12; table 2 title on row 13.
    expect(v("A13")).toBe("2. Kế hoạch tăng trưởng chỉ tiêu giai đoạn 2026 - 2030");
    expect(tb.createSheet).toBe(true);
  });

  it("writes the header rows of both periods on the same column grid", () => {
    expect(["A5", "B5", "C5", "D5", "E5", "F5"].map(v)).toEqual([
      "STT",
      "Nội dung chỉ tiêu",
      "Kế hoạch năm 2023",
      "Kế hoạch năm 2024",
      "Mục tiêu năm 2025",
      "Đơn vị đo lường",
    ]);
    expect(["A14", "B14", "C14", "D14", "E14", "F14", "G14", "H14"].map(v)).toEqual([
      "STT",
      "Nội dung chỉ tiêu",
      "Kế hoạch năm 2026",
      "Kế hoạch năm 2027",
      "Mục tiêu năm 2028",
      "Mục tiêu năm 2029",
      "Mục tiêu năm 2030",
      "Đơn vị đo lường",
    ]);
    // The shorter table's unit column spans the spare year columns, so right edges line up.
    expect(tb.merges).toContain("F5:H5");
    expect(tb.merges).toContain("F6:H6");
    expect(tb.merges).not.toContain("H14");
    expect(cells.get("A5")?.style).toMatchObject({ font: { bold: true }, horizontal: "center", border: true });
    expect(cells.get("A5")?.style?.fill).toMatch(/^[0-9A-F]{6}$/);
  });

  it("numbers the rows and writes labels and units from the catalogue", () => {
    const rows = PRESETS["thai-binh"].indicators;
    rows.forEach((id, k) => {
      const ind = INDICATORS.find((i) => i.id === id);
      expect(v(`A${6 + k}`)).toBe(k + 1);
      expect(v(`B${6 + k}`)).toBe(ind?.labelVi);
      expect(v(`F${6 + k}`)).toBe(ind?.unitVi);
      expect(v(`H${15 + k}`)).toBe(ind?.unitVi);
    });
    expect(cells.get("B6")?.style?.wrap).toBe(true);
  });

  it("writes shares as numbers with a percent format that shows thirds to one decimal", () => {
    expect(v("C6")).toBeCloseTo(2 / 3);
    expect(fmt("C6")).toBe("0.0%");
    expect(v("C7")).toBe(0);
    expect(fmt("C7")).toBe("0%");
    expect(v("C10")).toBe(0.4);
    expect(fmt("C10")).toBe("0%");
    expect(v("G15")).toBe(1);
    expect(fmt("G15")).toBe("0%");
  });

  it("writes the revenue row in its compound form, a zero share as the number 0", () => {
    expect(v("C9")).toBe(0);
    expect(fmt("C9")).toBe("0%");
    expect(v("D9")).toBe("33% cơ quan báo chí tăng doanh thu 10%");
    expect(v("E9")).toBe("33% cơ quan báo chí tăng doanh thu 20%");
    expect(v("G18")).toBe("67% cơ quan báo chí tăng doanh thu 20%");
  });

  it("leaves blank, percent-formatted cells for the years the preset is silent on", () => {
    // Training and security for 2026–2030 are cut off in the Thái Bình source.
    expect(cells.has("C19")).toBe(true);
    expect(v("C19")).toBeNull();
    expect(fmt("C19")).toBe("0%");
  });

  it("puts a decimal 0–1 rule with a Vietnamese prompt on every share cell, and a prompt only on revenue", () => {
    const rules = tb.validations ?? [];
    const decimal = rules.filter((r) => r.type === "decimal");
    expect(decimal.map((r) => r.range)).toEqual(["C6:E8", "C10:E11", "C15:G17", "C19:G20"]);
    for (const r of decimal) {
      expect(r).toMatchObject({ min: 0, max: 1, allowBlank: true });
      expect(r.prompt?.message).toContain("từ 0% đến 100%");
      expect(r.error?.message).toBeTruthy();
    }
    const revenue = rules.filter((r) => r.type === "any");
    expect(revenue.map((r) => r.range)).toEqual(["C9:E9", "C18:G18"]);
    expect(revenue[0]?.prompt?.message).toContain("cơ quan báo chí tăng doanh thu");
  });

  it("sets readable column widths and row heights", () => {
    expect(tb.columnWidths?.map((w) => w.col)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(tb.columnWidths?.[1]?.chars).toBeGreaterThan(30);
    const heightOf = (row: number): number | undefined => tb.rowHeights?.find((h) => h.row === row)?.points;
    expect(heightOf(7)).toBeGreaterThan(30); // the long converged-newsroom label wraps
  });

  it("writes a preset's wording as a note on its cell", () => {
    const st = layoutAppendix({ sheet: "S", preset: PRESETS["soc-trang"], periods: ["2023-2025"], top: 0, left: 0 });
    expect(st.notes).toContainEqual({ address: "E6", text: "Kế hoạch ghi: trên 65%" });
    expect(st.createSheet).toBeUndefined();
  });

  it("has a footprint that covers every write, wherever the table is placed", () => {
    for (const preset of Object.values(PRESETS)) {
      for (const periods of [["2023-2025"], ["2026-2030"], BOTH] as const) {
        const size = appendixFootprint(preset, periods);
        const patch = layoutAppendix({ sheet: "S", preset, periods, top: 4, left: 2 });
        const refs = [...patch.cells.map((c) => c.address), ...(patch.merges ?? [])].map(parseRange);
        expect(Math.min(...refs.map((r) => r.top))).toBe(4);
        expect(Math.min(...refs.map((r) => r.left))).toBe(2);
        expect(Math.max(...refs.map((r) => r.bottom))).toBe(4 + size.rows - 1);
        expect(Math.max(...refs.map((r) => r.right))).toBe(2 + size.cols - 1);
      }
    }
  });

  it("lays out the national preset with all seven rows and 2026–2029 blank", () => {
    const p = layoutAppendix({ sheet: "S", preset: PRESETS.national, periods: BOTH, top: 0, left: 0 });
    const m = cellMap(p);
    expect(m.get("C6")?.value).toBe(0.3);
    expect(m.get("C9")?.value).toBe("5% cơ quan báo chí tăng doanh thu 5%");
    // Table 2 starts at row 4 + 2 + 7 + 1 = 14 (title), header 15, rows 16–22.
    expect(m.get(a1(15, 2))?.value).toBeNull();
    expect(m.get("G16")?.value).toBe(1);
    expect(m.get("G19")?.value).toBe("50% cơ quan báo chí tăng doanh thu 20%");
  });

  it("refuses an empty list of periods", () => {
    expect(() => layoutAppendix({ sheet: "S", preset: PRESETS.blank, periods: [], top: 0, left: 0 })).toThrow(/no period/);
  });
});

describe("percent text", () => {
  it.each([
    [1 / 3, "33%", "0.0%"],
    [2 / 3, "67%", "0.0%"],
    [0.335, "33,5%", "0.0%"],
    [0.2, "20%", "0%"],
    [1, "100%", "0%"],
  ])("shows %p as %s in text and %s as a format", (share, text, format) => {
    expect(percentTextVi(share)).toBe(text);
    expect(shareFormat(share)).toBe(format);
  });

  it("writes the Lâm Đồng compound figure with a comma decimal", () => {
    expect(compoundRevenueVi(0.335, 0.2)).toBe("33,5% cơ quan báo chí tăng doanh thu 20%");
  });
});
