import { createStandIn } from "../../src/standin";
import { onSheet, rejection } from "./support";

function book() {
  const s = createStandIn();
  s.model.addSheet("Kế hoạch", { C8: 0.5, C9: "67%", D8: 0.7 }).addSheet("Báo cáo");
  return s;
}

describe("conditional formats", () => {
  it("adds a custom format, reads it back by load path, and deletes it", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws, ctx) => {
      const cf = ws.getRange("C8:E13").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=ISTEXT(C8)';
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9C0006";
      cf.custom.format.font.bold = true;
      await ctx.sync();
      const list = ws.getRange("D10").conditionalFormats.load("items/type,items/id,items/priority,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color");
      const count = ws.getRange("A1").conditionalFormats.getCount();
      await ctx.sync();
      expect(count.value).toBe(0);
      expect(list.items).toHaveLength(1);
      const [item] = list.items;
      expect([item!.type, item!.priority, item!.customOrNullObject.rule.formula, item!.customOrNullObject.format.fill.color]).toEqual(["Custom", 0, "=ISTEXT(C8)", "#FFC7CE"]);
      const range = item!.getRange().load("address");
      await ctx.sync();
      expect(range.address).toBe("'Kế hoạch'!C8:E13");
      item!.delete();
    });
    expect(s.model.conditionalFormats("Kế hoạch")).toEqual([]);
  });

  it("gives a null customOrNullObject for another type, and fails custom on it", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws, ctx) => {
      const cf = ws.getRange("C8:C9").conditionalFormats.add("CellValue");
      cf.cellValue.rule = { formula1: "0.5", operator: "LessThan" };
      cf.cellValue.format.fill.color = "#FFEB9C";
      const other = cf.customOrNullObject.load("rule/formula");
      await ctx.sync();
      expect(other.isNullObject).toBe(true);
      expect(other.rule.formula).toBeNull();
      cf.custom.load("rule/formula");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  it("puts a new format on top and clears every format intersecting a range", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws) => {
      ws.getRange("C8:C9").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
      ws.getRange("D8").conditionalFormats.add("Custom").custom.rule.formula = "=FALSE";
    });
    expect(s.model.conditionalFormats("Kế hoạch").map((c) => [c.address, c.priority, c.formula])).toEqual([
      ["D8", 0, "=FALSE"],
      ["C8:C9", 1, "=TRUE"],
    ]);
    await onSheet(s, "Kế hoạch", async (ws) => ws.getRange("C9:C20").conditionalFormats.clearAll());
    expect(s.model.conditionalFormats("Kế hoạch").map((c) => c.address)).toEqual(["D8"]);
  });
});

describe("data validation", () => {
  it("writes a decimal rule with prompt and alert, and reads it back", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws, ctx) => {
      const dv = ws.getRange("C8:E13").dataValidation;
      dv.clear();
      dv.rule = { decimal: { formula1: 0, formula2: 1, operator: "Between" } };
      dv.prompt = { showPrompt: true, title: "Tỷ lệ", message: "Nhập từ 0% đến 100%" };
      dv.errorAlert = { showAlert: true, style: "Stop", title: "Sai", message: "Ngoài 0–100%" };
      dv.ignoreBlanks = true;
      const back = ws.getRange("D9").dataValidation.load("type,rule,prompt,errorAlert,ignoreBlanks");
      await ctx.sync();
      expect(back.type).toBe("Decimal");
      expect(back.rule).toEqual({ decimal: { formula1: 0, formula2: 1, operator: "Between" } });
      expect(back.prompt).toEqual({ showPrompt: true, title: "Tỷ lệ", message: "Nhập từ 0% đến 100%" });
    });
    expect(s.model.validations("Kế hoạch")).toEqual([
      {
        address: "C8:E13",
        rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" } },
        prompt: { showPrompt: true, title: "Tỷ lệ", message: "Nhập từ 0% đến 100%" },
        errorAlert: { showAlert: true, style: "Stop", title: "Sai", message: "Ngoài 0–100%" },
        ignoreBlanks: true,
      },
    ]);
  });

  it("refuses a Between rule without formula2, two kinds at once, and a prompt title over 32 characters", async () => {
    const s = book();
    const bad: Array<Record<string, unknown>> = [
      { rule: { decimal: { formula1: 0, operator: "Between" } } },
      { rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" }, list: { inCellDropDown: true, source: "Có,Không" } } },
      { prompt: { showPrompt: true, title: "x".repeat(33), message: "" } },
    ];
    for (const change of bad) {
      const err = await rejection(onSheet(s, "Kế hoạch", async (ws) => void Object.assign(ws.getRange("C8").dataValidation, change)));
      expect(err.code).toBe("InvalidArgument");
    }
    expect(s.model.validations("Kế hoạch")).toEqual([]);
  });

  it("accepts a list rule and clears it", async () => {
    const s = book();
    await onSheet(s, "Báo cáo", async (ws) => void (ws.getRange("C2:C5").dataValidation.rule = { list: { inCellDropDown: true, source: "Có,Không" } }));
    expect(s.model.validations("Báo cáo")[0]).toMatchObject({ address: "C2:C5", rule: { list: { inCellDropDown: true, source: "Có,Không" } } });
    await onSheet(s, "Báo cáo", async (ws) => ws.getRange("C:C").dataValidation.clear());
    expect(s.model.validations("Báo cáo")).toEqual([]);
  });
});

describe("named items", () => {
  it("adds a name for a range with its sheet quoted and absolute, and refuses a duplicate or invalid name", async () => {
    const s = book();
    await s.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Kế hoạch").getRange("M4:AB12");
      ctx.workbook.names.add("PressDX_Attain_1", range, "khối kết quả");
      await ctx.sync();
      const names = ctx.workbook.names.load("items/name,items/formula,items/type,items/visible");
      await ctx.sync();
      expect(names.items.map((n) => [n.name, n.formula, n.type, n.visible])).toEqual([["PressDX_Attain_1", "='Kế hoạch'!$M$4:$AB$12", "Range", true]]);
      const back = ctx.workbook.names.getItemOrNullObject("pressdx_attain_1").getRangeOrNullObject().load("address");
      const missing = ctx.workbook.names.getItemOrNullObject("Không_có");
      await ctx.sync();
      expect(back.address).toBe("'Kế hoạch'!M4:AB12");
      expect(missing.isNullObject).toBe(true);
    });
    for (const name of ["PressDX_Attain_1", "A1", "có khoảng trắng", "1abc"]) {
      const err = await rejection(s.Excel.run(async (ctx) => void ctx.workbook.names.add(name, "='Kế hoạch'!$A$1")));
      expect(err.code).toBe("InvalidArgument");
    }
    expect(s.model.namedItems().map((n) => n.name)).toEqual(["PressDX_Attain_1"]);
  });

  it("keeps sheet-scoped names apart and deletes names", async () => {
    const s = book();
    await s.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Báo cáo").names.add("Bảng", "='Báo cáo'!$A$1:$C$3");
      ctx.workbook.names.add("Bảng", "=3");
      await ctx.sync();
      const wb = ctx.workbook.names.getItem("Bảng").load("type,scope");
      await ctx.sync();
      expect([wb.type, wb.scope]).toEqual(["Integer", "Workbook"]);
      wb.delete();
    });
    expect(s.model.namedItems()).toEqual([]);
    expect(s.model.namedItems("Báo cáo")).toEqual([{ name: "Bảng", formula: "='Báo cáo'!$A$1:$C$3", comment: "", visible: true }]);
  });
});

describe("settings", () => {
  it("adds, reads, replaces and deletes settings", async () => {
    const s = book();
    await s.Excel.run(async (ctx) => {
      ctx.workbook.settings.add("pressdx.preset", { id: "thai-binh", agencies: 3 });
      const missing = ctx.workbook.settings.getItemOrNullObject("không có");
      const got = ctx.workbook.settings.getItemOrNullObject("pressdx.preset").load("value");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(got.value).toEqual({ id: "thai-binh", agencies: 3 });
      ctx.workbook.settings.add("pressdx.lang", "vi");
      ctx.workbook.settings.add("pressdx.lang", "en");
    });
    expect(s.model.settingsObject()).toEqual({ "pressdx.preset": { id: "thai-binh", agencies: 3 }, "pressdx.lang": "en" });
    await s.Excel.run(async (ctx) => ctx.workbook.settings.getItem("pressdx.lang").delete());
    expect(Object.keys(s.model.settingsObject())).toEqual(["pressdx.preset"]);
    expect((await rejection(s.Excel.run(async (ctx) => ctx.workbook.settings.getItem("pressdx.lang").delete()))).code).toBe("ItemNotFound");
  });
});

describe("charts", () => {
  it("adds a clustered column chart from a table, names, titles, places it and adjusts the value axis", async () => {
    const s = createStandIn();
    s.model.addSheet("Kết quả", { A1: "Chỉ tiêu", B1: "Mục tiêu", C1: "Thực hiện", A2: "Nền tảng số", B2: 0.67, C2: 1, A3: "Doanh thu", B3: 0.33, C3: 0.333 });
    await onSheet(s, "Kết quả", async (ws, ctx) => {
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:C3"), "Columns");
      chart.name = "PressDX_Chart_1";
      chart.title.text = "Mục tiêu và thực hiện 2025";
      chart.setPosition("E2", "L18");
      chart.axes.valueAxis.numberFormat = "0%";
      chart.axes.valueAxis.minimum = 0;
      chart.axes.valueAxis.maximum = 1;
      chart.series.getItemAt(0).format.fill.setSolidColor("#4472C4");
      await ctx.sync();
      const charts = ws.charts.load("items/name");
      const found = ws.charts.getItemOrNullObject("PressDX_Chart_1").load("name");
      const missing = ws.charts.getItemOrNullObject("Chart 9");
      const series = found.series.load("items/name");
      await ctx.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["PressDX_Chart_1"]);
      expect(missing.isNullObject).toBe(true);
      expect(series.items.map((x) => x.name)).toEqual(["Mục tiêu", "Thực hiện"]);
    });
    expect(s.model.charts("Kết quả")).toEqual([
      {
        id: expect.any(String),
        name: "PressDX_Chart_1",
        type: "ColumnClustered",
        title: "Mục tiêu và thực hiện 2025",
        titleVisible: true,
        seriesBy: "Columns",
        series: [
          { name: "Mục tiêu", values: "'Kết quả'!B2:B3", xValues: "'Kết quả'!A2:A3", color: "#4472C4" },
          { name: "Thực hiện", values: "'Kết quả'!C2:C3", xValues: "'Kết quả'!A2:A3" },
        ],
        position: { start: "E2", end: "L18" },
        valueAxis: { numberFormat: "0%", minimum: 0, maximum: 1 },
        categoryAxis: {},
      },
    ]);
  });

  it("builds series by hand and deletes a chart", async () => {
    const s = createStandIn();
    s.model.addSheet("Kết quả", { A1: 1, B1: 2 });
    await onSheet(s, "Kết quả", async (ws, ctx) => {
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:B1"));
      const extra = chart.series.add("Thêm");
      extra.setValues(ws.getRange("A1:B1"));
      extra.setXAxisValues(ws.getRange("A2:B2"));
      await ctx.sync();
      expect(s.model.charts("Kết quả")[0]!.series.at(-1)).toEqual({ name: "Thêm", values: "'Kết quả'!A1:B1", xValues: "'Kết quả'!A2:B2" });
      ws.charts.getItem("Chart 1").delete();
    });
    expect(s.model.charts("Kết quả")).toEqual([]);
  });
});

describe("page layout and application", () => {
  it("sets orientation, paper size and fit-to-pages, and loads the calculation mode", async () => {
    const s = book();
    await onSheet(s, "Kế hoạch", async (ws, ctx) => {
      ws.pageLayout.orientation = "Landscape";
      ws.pageLayout.paperSize = "A4";
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      ctx.application.suspendApiCalculationUntilNextSync();
      const app = ctx.application.load("calculationMode");
      await ctx.sync();
      expect(app.calculationMode).toBe("Automatic");
    });
    expect(s.model.pageLayout("Kế hoạch")).toEqual({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  });
});
