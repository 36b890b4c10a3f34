import { createStandIn } from "../../src/standin";
import { onSheet, rejection } from "./support";

function book() {
  const s = createStandIn();
  s.model.addSheet("Kế hoạch", { A1: "giữ", B1: "giữ", A2: 1, B2: 2 });
  return s;
}

describe("writing values", () => {
  it("leaves a cell unchanged for null and clears it for an empty string", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws) => {
      ws.getRange("A1:B2").values = [
        [null, "mới"],
        ["", null],
      ] as unknown[][];
    });
    expect(s.model.values("Kế hoạch", "A1:B2")).toEqual([
      ["giữ", "mới"],
      ["", 2],
    ]);
  });

  it("takes text as typed input: numbers, percents, booleans; keeps it as text in a text-formatted cell", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws) => {
      ws.getRange("F1").numberFormat = [["@"]];
      ws.getRange("C1:G1").values = [["0012", "67%", "true", "0012", "'0012"]];
    });
    expect(s.model.values("Kế hoạch", "C1:G1")).toEqual([[12, 0.67, true, "0012", "0012"]]);
    expect(s.model.cell("Kế hoạch", "D1").numberFormat).toBe("0%");
  });

  it("turns a fraction typed as text into a date, as Excel does, unless the cell is text-formatted", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws) => {
      ws.getRange("D1").numberFormat = [["@"]];
      ws.getRange("C1:E1").values = [["3/15/2025", "2/3", "13/40"]];
    });
    expect(s.model.cell("Kế hoạch", "C1")).toMatchObject({ value: 45731, numberFormat: "m/d/yyyy" });
    expect(s.model.values("Kế hoạch", "D1:E1")).toEqual([["2/3", "13/40"]]);
  });

  it("refuses a formula written with the local ';' separator or unbalanced, in cells and rules", async () => {
    const s = book();
    for (const formula of ["=IF(A2>0;1;0)", "=SUM(A1:A2", '="Đạt'])
      expect((await rejection(onSheet(s, "Kế hoạch", async (ws) => void (ws.getRange("C1").formulas = [[formula]])))).code).toBe("InvalidArgument");
    const rule = rejection(onSheet(s, "Kế hoạch", async (ws) => void (ws.getRange("C1").conditionalFormats.add("Custom").custom.rule.formula = '=IF(A1="x";TRUE)')));
    expect((await rule).code).toBe("InvalidArgument");
    await onSheet(s, "Kế hoạch", async (ws) => void (ws.getRange("C1:C2").formulas = [["=SUM({1,2;3,4})"], ["=COUNTIF('Báo cáo (1)'!A:A,\"a;b\")"]]));
    expect(s.model.cell("Kế hoạch", "C2").formula).toBe("=COUNTIF('Báo cáo (1)'!A:A,\"a;b\")");
  });

  it("refuses text longer than a cell holds", async () => {
    const s = book();
    const err = await rejection(onSheet(s, "Kế hoạch", async (ws) => void (ws.getRange("C1").values = [["x".repeat(32768)]])));
    expect(err.code).toBe("InvalidArgument");
  });

  it("applies a single value to every cell of the range", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws) => {
      ws.getRange("C3:D4").numberFormat = "0.0%" as unknown as string[][];
    });
    expect(s.model.cell("Kế hoạch", "D4").numberFormat).toBe("0.0%");
  });

  it("fails a number format array of the wrong shape with InvalidArgument at sync", async () => {
    const s = book();
    const err = await rejection(onSheet(s, "Kế hoạch", async (ws) => void (ws.getRange("A1:B1").numberFormat = [["0%"], ["0%"]])));
    expect(err.code).toBe("InvalidArgument");
  });

  it("stores formulas without computing them, until a test supplies the value", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws) => {
      ws.getRange("C2").formulas = [["=A2+B2"]];
    });
    expect(s.model.cell("Kế hoạch", "C2")).toMatchObject({ value: "", formula: "=A2+B2" });
    s.model.setComputedValue("Kế hoạch", "C2", 3);
    await onSheet(s, "Kế hoạch", async (ws, ctx) => {
      const r = ws.getRange("A2:C2").load("values,formulas,valueTypes");
      await ctx.sync();
      expect(r.values).toEqual([[1, 2, 3]]);
      expect(r.formulas).toEqual([[1, 2, "=A2+B2"]]);
      expect(r.valueTypes).toEqual([["Double", "Double", "Double"]]);
    });
  });

  it("addresses whole columns, whole rows, indexes and the navigation helpers", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws, ctx) => {
      const cols = ws.getRange("C:E").load("address,rowCount,columnIndex");
      const rows = ws.getRange("5:9").load("address,columnCount,rowIndex");
      const byIndex = ws.getRangeByIndexes(1, 0, 1, 2).load("address,values");
      const cell = ws.getRange("B2:D4").getCell(1, 1).load("address");
      const offset = ws.getRange("A1").getOffsetRange(2, 3).load("address");
      const resized = ws.getRange("A1").getResizedRange(1, 2).load("address");
      const cut = ws.getRange("A1:C3").getIntersectionOrNullObject("B2:E5").load("address");
      const none = ws.getRange("A1").getIntersectionOrNullObject("C3");
      const sheet = ws.getRange("A1").worksheet.load("name");
      await ctx.sync();
      expect([cols.address, cols.rowCount, cols.columnIndex]).toEqual(["'Kế hoạch'!C:E", 1048576, 2]);
      expect([rows.address, rows.columnCount, rows.rowIndex]).toEqual(["'Kế hoạch'!5:9", 16384, 4]);
      expect([byIndex.address, byIndex.values]).toEqual(["'Kế hoạch'!A2:B2", [[1, 2]]]);
      expect([cell.address, offset.address, resized.address, cut.address]).toEqual(["'Kế hoạch'!C3", "'Kế hoạch'!D3", "'Kế hoạch'!A1:C2", "'Kế hoạch'!B2:C3"]);
      expect(none.isNullObject).toBe(true);
      expect(sheet.name).toBe("Kế hoạch");
    });
  });

  it("answers null values past 5,000,000 cells instead of throwing", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws, ctx) => {
      const big = ws.getRange("A1:E1000001").load("values,cellCount");
      const under = ws.getRange("A1:B2").load("values");
      await ctx.sync();
      expect(big.cellCount).toBe(5000005);
      expect(big.values).toBeNull();
      expect(under.values).toEqual([
        ["giữ", "giữ"],
        [1, 2],
      ]);
    });
  });

  it("clears contents, formats or everything", async () => {
    const s = book();
    s.model.addSheet("Xoá", { A1: { value: 1, numberFormat: "0%", fill: "#FF0000" }, B1: { value: 2, fill: "#00FF00" } });
    await onSheet(s, "Xoá", async (ws) => {
      ws.getRange("A1").clear("Contents");
      ws.getRange("B1").clear("Formats");
    });
    expect(s.model.cell("Xoá", "A1")).toMatchObject({ value: "", numberFormat: "0%", fill: "#FF0000" });
    expect(s.model.cell("Xoá", "B1")).toMatchObject({ value: 2, numberFormat: "General" });
    expect(s.model.cell("Xoá", "B1").fill).toBeUndefined();
  });
});

describe("formats", () => {
  it("writes fill, font, alignment, wrap, sizes in points and borders, and reads them back", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws, ctx) => {
      const r = ws.getRange("A1:B2");
      r.format.fill.color = "#ffeb9c";
      r.format.font.bold = true;
      r.format.font.underline = "Single";
      r.format.font.color = "#9C5700";
      r.format.horizontalAlignment = "Center";
      r.format.wrapText = true;
      r.format.columnWidth = 120;
      r.format.rowHeight = 30;
      r.format.borders.getItem("EdgeBottom").style = "Continuous";
      r.format.borders.getItem("EdgeBottom").weight = "Medium";
      const back = r.format.load("columnWidth,rowHeight,horizontalAlignment,wrapText,fill/color,font/bold,font/name");
      const edge = r.format.borders.getItem("EdgeBottom").load("style,weight,color");
      await ctx.sync();
      expect(back.fill.color).toBe("#FFEB9C");
      expect(back.font.bold).toBe(true);
      expect(back.font.name).toBe("Calibri");
      expect([back.columnWidth, back.rowHeight, back.horizontalAlignment, back.wrapText]).toEqual([120, 30, "Center", true]);
      expect([edge.style, edge.weight, edge.color]).toEqual(["Continuous", "Medium", "#000000"]);
    });
    const b2 = s.model.cell("Kế hoạch", "B2");
    expect(b2).toMatchObject({ fill: "#FFEB9C", horizontalAlignment: "Center", wrapText: true });
    expect(b2.font).toMatchObject({ bold: true, underline: "Single", color: "#9C5700" });
    expect(b2.borders.bottom).toEqual({ style: "Continuous", weight: "Medium", color: "#000000" });
    expect(s.model.cell("Kế hoạch", "B1").borders.bottom).toBeUndefined();
    expect(s.model.columnWidth("Kế hoạch", "B")).toBe(120);
    expect(s.model.rowHeight("Kế hoạch", 2)).toBe(30);
    expect(s.model.columnWidth("Kế hoạch", "C")).toBe(48);
  });

  it("sets widths on whole columns but refuses per-cell formats there, which it does not model", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws) => void (ws.getRange("C:E").format.columnWidth = 90));
    expect(s.model.columnWidth("Kế hoạch", "E")).toBe(90);
    const err = await rejection(onSheet(s, "Kế hoạch", async (ws) => void (ws.getRange("C:C").format.fill.color = "#FF0000")));
    expect(err.code).toBe("GeneralException");
    expect(err.message).toContain("whole columns");
  });

  it("reads null for a format that differs across the range, and white for no fill", async () => {
    const s = book();
    s.model.addSheet("Trộn", { A1: { value: 1, fill: "#FF0000" }, A2: 2 });
    await onSheet(s, "Trộn", async (ws, ctx) => {
      const mixed = ws.getRange("A1:A2").format.fill.load("color");
      const blank = ws.getRange("C3").format.fill.load("color");
      await ctx.sync();
      expect(mixed.color).toBeNull();
      expect(blank.color).toBe("#FFFFFF");
    });
  });

  it("clears a fill", async () => {
    const s = book();
    s.model.addSheet("Tô", { A1: { value: 1, fill: "#FF0000" } });
    await onSheet(s, "Tô", async (ws) => ws.getRange("A1").format.fill.clear());
    expect(s.model.cell("Tô", "A1").fill).toBeUndefined();
  });

  it("sets cell properties per cell, leaving cells given {} unchanged, and reads them per cell", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws, ctx) => {
      const r = ws.getRange("A1:B1");
      r.format.fill.color = "#0000FF";
      r.setCellProperties([[{ format: { fill: { color: "#FFC7CE" }, font: { color: "#9C0006", bold: true } } }, {}]]);
      const props = r.getCellProperties({ format: { fill: { color: true }, font: { bold: true } } });
      await ctx.sync();
      expect(props.value).toEqual([[{ format: { fill: { color: "#FFC7CE" }, font: { bold: true } } }, { format: { fill: { color: "#0000FF" }, font: { bold: false } } }]]);
    });
  });

  it("fails setCellProperties of the wrong shape, and on a host below 1.9", async () => {
    const s = book();
    expect((await rejection(onSheet(s, "Kế hoạch", async (ws) => ws.getRange("A1:B1").setCellProperties([[{}]])))).code).toBe("InvalidArgument");
    const old = createStandIn({ apiVersion: "1.8" });
    old.model.addSheet("S");
    expect((await rejection(onSheet(old, "S", async (ws) => ws.getRange("A1").setCellProperties([[{}]])))).code).toBe("ApiNotFound");
  });
});

describe("merges", () => {
  it("merges keeping the upper-left value, lists merged areas, and unmerges", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws, ctx) => {
      ws.getRange("A1:B1").merge();
      ws.getRange("A5:C6").merge(true);
      const areas = ws.getRange("A1:D9").getMergedAreasOrNullObject().load("address,areaCount");
      const items = areas.areas.load("items/address");
      const none = ws.getRange("F1").getMergedAreasOrNullObject();
      await ctx.sync();
      expect(areas.areaCount).toBe(3);
      expect(areas.address).toBe("'Kế hoạch'!A1:B1,'Kế hoạch'!A5:C5,'Kế hoạch'!A6:C6");
      expect(items.items.map((r) => r.address)).toEqual(["'Kế hoạch'!A1:B1", "'Kế hoạch'!A5:C5", "'Kế hoạch'!A6:C6"]);
      expect(none.isNullObject).toBe(true);
    });
    expect(s.model.values("Kế hoạch", "A1:B1")).toEqual([["giữ", ""]]);
    await onSheet(s, "Kế hoạch", async (ws) => ws.getRange("A5:C6").unmerge());
    expect(s.model.merges("Kế hoạch")).toEqual(["A1:B1"]);
  });
});

describe("Excel tables", () => {
  it("lists tables with their ranges, and refuses a merge in one as Excel does", async () => {
    const s = book();
    s.model.addTable("Kế hoạch", "CoQuan", "A4:C6", ["Tên", "Loại", "Ghi chú"]);
    await onSheet(s, "Kế hoạch", async (_ws, ctx) => {
      const tables = ctx.workbook.tables.load("items/name");
      await ctx.sync();
      const range = tables.items[0]?.getRange().load("address");
      await ctx.sync();
      expect(tables.items.map((t) => t.name)).toEqual(["CoQuan"]);
      expect(range?.address).toBe("'Kế hoạch'!A4:C6");
    });
    expect(s.model.values("Kế hoạch", "A4:C4")).toEqual([["Tên", "Loại", "Ghi chú"]]);
    const e = await rejection(onSheet(s, "Kế hoạch", async (ws) => ws.getRange("A5:B5").merge()));
    expect(e.code).toBe("InvalidOperation");
    expect(s.model.merges("Kế hoạch")).toEqual([]);
  });
});

describe("hyperlinks and selection", () => {
  it("writes an internal link shown as its text, and selects a range", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws, ctx) => {
      ws.getRange("D1").hyperlink = { documentReference: "'Kế hoạch'!A2", textToDisplay: "Xem", screenTip: "đi tới" };
      ws.getRange("B2").select();
      const selected = ctx.workbook.getSelectedRange().load("address");
      const link = ws.getRange("D1").load("hyperlink");
      await ctx.sync();
      expect(selected.address).toBe("'Kế hoạch'!B2");
      expect(link.hyperlink).toEqual({ documentReference: "'Kế hoạch'!A2", textToDisplay: "Xem", screenTip: "đi tới" });
    });
    expect(s.model.cell("Kế hoạch", "D1").value).toBe("Xem");
    expect(s.model.selectedAddress()).toBe("'Kế hoạch'!B2");
  });
});
