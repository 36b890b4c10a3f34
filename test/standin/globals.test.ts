/**
 * The stand-in installed as globals and driven through the @types/office-js signatures, as the Office adapter will
 * drive it: a name or member that differs from Office.js fails to type-check or fails here.
 */
import { createStandIn, installStandIn, type StandIn } from "../../src/standin";

let standin: StandIn;

beforeEach(() => {
  standin = createStandIn({ apiVersion: "1.18" });
  standin.model.addSheet("Kế hoạch", { A7: "STT", B7: "Nội dung chỉ tiêu", C7: "Kế hoạch năm 2023", C8: { value: 0.67, numberFormat: "0%" } });
  installStandIn(globalThis, standin);
});

afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g["Excel"];
  delete g["Office"];
  delete g["OfficeExtension"];
});

describe("the stand-in through the Office.js type declarations", () => {
  it("reads a whole workbook the way the adapter plans to", async () => {
    const info = await Office.onReady();
    expect(info.host).toBe(Office.HostType.Excel);
    const read = await Excel.run(async (context: Excel.RequestContext) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id,items/position,items/visibility,items/protection/protected");
      await context.sync();
      const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,rowCount,columnCount"));
      await context.sync();
      const blocks = used.map((u, i) =>
        u.isNullObject ? null : sheets.items[i]!.getRangeByIndexes(u.rowIndex, u.columnIndex, u.rowCount, u.columnCount).load("values,formulas,numberFormat,valueTypes"),
      );
      const merges = used.map((u) => (u.isNullObject ? null : u.getMergedAreasOrNullObject().load("areaCount,address")));
      const names = context.workbook.names.load("items/name,items/formula,items/type,items/visible");
      await context.sync();
      return {
        sheets: sheets.items.map((s) => [s.name, s.position, s.visibility, s.protection.protected]),
        values: blocks.map((b) => b?.values),
        formats: blocks.map((b) => b?.numberFormat),
        merged: merges.map((m) => m?.isNullObject),
        names: names.items.length,
      };
    });
    expect(read.sheets).toEqual([["Kế hoạch", 0, "Visible", false]]);
    expect(read.values).toEqual([
      [
        ["STT", "Nội dung chỉ tiêu", "Kế hoạch năm 2023"],
        ["", "", 0.67],
      ],
    ]);
    expect(read.formats[0]![1]).toEqual(["General", "General", "0%"]);
    expect(read.merged).toEqual([true]);
    expect(read.names).toBe(0);
  });

  it("writes a table with formats, validation, a conditional format, a name, a note, a chart and settings", async () => {
    await Excel.run({ delayForCellEdit: true }, async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.runtime.enableEvents = false;
      const ws = context.workbook.worksheets.getItemOrNullObject("Kết quả");
      await context.sync();
      const sheet = ws.isNullObject ? context.workbook.worksheets.add("Kết quả") : ws;
      const block = sheet.getRange("A1:C3");
      block.numberFormat = [
        ["@", "@", "@"],
        ["@", "0%", "0%"],
        ["@", "0%", "0%"],
      ];
      block.values = [
        ["Chỉ tiêu", "Mục tiêu", "Thực hiện"],
        ["Nền tảng số", 0.67, 1],
        ["Doanh thu", 0.33, 0.333],
      ];
      const header = sheet.getRange("A1:C1");
      header.format.font.bold = true;
      header.format.fill.color = "#D9E1F2";
      header.format.horizontalAlignment = Excel.HorizontalAlignment.center;
      header.format.borders.getItem(Excel.BorderIndex.edgeBottom).style = Excel.BorderLineStyle.continuous;
      sheet.getRange("A:A").format.columnWidth = 160;
      sheet.getRange("B2:C3").dataValidation.rule = { decimal: { formula1: 0, formula2: 1, operator: Excel.DataValidationOperator.between } };
      const cf = sheet.getRange("D2:D3").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=D2="Đạt"';
      cf.custom.format.fill.color = "#C6EFCE";
      sheet.getRange("D2:D3").formulas = [['=IF(C2>=B2,"Đạt","Chưa đạt")'], ['=IF(C3>=B3,"Đạt","Chưa đạt")']];
      context.workbook.names.add("PressDX_Attain_1", sheet.getRange("A1:D3"));
      sheet.notes.add("B3", "33% cơ quan báo chí tăng doanh thu 20%");
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange("A1:C3"), Excel.ChartSeriesBy.columns);
      chart.name = "PressDX_Chart_1";
      chart.setPosition("F2", "M18");
      context.workbook.settings.add("pressdx.version", 1);
      sheet.pageLayout.orientation = Excel.PageOrientation.landscape;
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      context.runtime.enableEvents = true;
      await context.sync();
    });
    const m = standin.model;
    expect(m.sheetNames()).toEqual(["Kế hoạch", "Kết quả"]);
    expect(m.values("Kết quả", "A2:C2")).toEqual([["Nền tảng số", 0.67, 1]]);
    expect(m.cell("Kết quả", "B1")).toMatchObject({ fill: "#D9E1F2", horizontalAlignment: "Center", font: { bold: true } });
    expect(m.cell("Kết quả", "D2")).toMatchObject({ formula: '=IF(C2>=B2,"Đạt","Chưa đạt")', value: "" });
    expect(m.columnWidth("Kết quả", "A")).toBe(160);
    expect(m.validations("Kết quả").map((v) => v.address)).toEqual(["B2:C3"]);
    expect(m.conditionalFormats("Kết quả")).toMatchObject([{ address: "D2:D3", formula: '=D2="Đạt"', fill: "#C6EFCE" }]);
    expect(m.namedItems()).toMatchObject([{ name: "PressDX_Attain_1", formula: "='Kết quả'!$A$1:$D$3" }]);
    expect(m.notes("Kết quả")).toEqual([{ address: "B3", content: "33% cơ quan báo chí tăng doanh thu 20%" }]);
    expect(m.charts("Kết quả")).toMatchObject([{ name: "PressDX_Chart_1", position: { start: "F2", end: "M18" } }]);
    expect(m.settingsObject()).toEqual({ "pressdx.version": 1 });
    expect(m.pageLayout("Kết quả").orientation).toBe("Landscape");
  });

  it("rejects with an OfficeExtension.Error the adapter can branch on", async () => {
    standin.model.startCellEdit();
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Kế hoạch").getRange("A1").values = [["x"]];
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect((error as OfficeExtension.Error).code).toBe(Excel.ErrorCodes.invalidOperationInCellEditMode);
  });
});
