import { createStandIn, installStandIn, type Worksheet } from "../../src/standin";
import { onSheet, rejection } from "./support";

describe("protection", () => {
  it("refuses any write to a protected sheet with AccessDenied, after applying what came before", async () => {
    const s = createStandIn();
    s.model.addSheet("Mở").addSheet("Khoá", { A1: "gốc" }).protectSheet("Khoá");
    const err = await rejection(
      s.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Mở").getRange("A1").values = [["đã ghi"]];
        ctx.workbook.worksheets.getItem("Khoá").getRange("A1").format.fill.color = "#FF0000";
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("AccessDenied");
    expect(s.model.values("Mở", "A1")).toEqual([["đã ghi"]]);
    expect(s.model.cell("Khoá", "A1").fill).toBeUndefined();
    for (const write of [
      (ws: Worksheet) => void (ws.getRange("A1").values = [["x"]]),
      (ws: Worksheet) => ws.getRange("A1:B1").merge(),
      (ws: Worksheet) => void ws.getRange("A1").conditionalFormats.add("Custom"),
      (ws: Worksheet) => void (ws.getRange("A1").dataValidation.rule = { decimal: { formula1: 0, formula2: 1, operator: "Between" } }),
    ]) {
      expect((await rejection(onSheet(s, "Khoá", async (ws) => write(ws)))).code).toBe("AccessDenied");
    }
    expect(s.model.values("Khoá", "A1")).toEqual([["gốc"]]);
  });

  it("lets values into cells unlocked before protecting, never a locked cell nor a format; protecting twice fails", async () => {
    const s = createStandIn();
    s.model.addSheet("Biểu mẫu", { A1: "Năm" });
    await onSheet(s, "Biểu mẫu", async (ws, ctx) => {
      ws.getRange("A2:B2").setCellProperties([[{ format: { protection: { locked: false } } }, { format: { protection: { locked: false } } }]]);
      ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
      await ctx.sync();
    });
    await onSheet(s, "Biểu mẫu", async (ws) => void (ws.getRange("A2:B2").values = [[2026, "Báo A"]]));
    expect(s.model.values("Biểu mẫu", "A2:B2")).toEqual([[2026, "Báo A"]]);
    const locked = await onSheet(s, "Biểu mẫu", async (ws, ctx) => {
      const p = ws.getRange("A1:A2").getCellProperties({ format: { protection: { locked: true } } });
      await ctx.sync();
      return p.value.map((r) => (r[0]?.format as { protection?: { locked?: boolean } } | undefined)?.protection?.locked);
    });
    expect(locked).toEqual([true, false]);
    for (const write of [
      (ws: Worksheet) => void (ws.getRange("A1:A2").values = [["x"], [1]]),
      (ws: Worksheet) => void (ws.getRange("A2").numberFormat = [["0"]]),
      (ws: Worksheet) => ws.protection.protect(),
    ]) {
      expect((await rejection(onSheet(s, "Biểu mẫu", async (ws) => write(ws)))).code).toMatch(/AccessDenied|InvalidOperation/);
    }
    expect(s.model.values("Biểu mẫu", "A1")).toEqual([["Năm"]]);
  });

  it("lets a protected sheet be read", async () => {
    const s = createStandIn();
    s.model.addSheet("Khoá", { A1: "gốc" }).protectSheet("Khoá");
    const values = await onSheet(s, "Khoá", async (ws, ctx) => {
      const r = ws.getRange("A1").load("values");
      await ctx.sync();
      return r.values;
    });
    expect(values).toEqual([["gốc"]]);
  });

  it("refuses to add, delete or rename sheets when the workbook structure is protected", async () => {
    const s = createStandIn();
    s.model.addSheet("Một").addSheet("Hai").protectWorkbook();
    expect((await rejection(s.Excel.run(async (ctx) => void ctx.workbook.worksheets.add("Ba")))).code).toBe("AccessDenied");
    expect((await rejection(onSheet(s, "Hai", async (ws) => ws.delete()))).code).toBe("AccessDenied");
    expect((await rejection(onSheet(s, "Hai", async (ws) => void (ws.name = "Hai mới")))).code).toBe("AccessDenied");
    expect(s.model.sheetNames()).toEqual(["Một", "Hai"]);
    const isProtected = await s.Excel.run(async (ctx) => {
      const p = ctx.workbook.protection.load("protected");
      await ctx.sync();
      return p.protected;
    });
    expect(isProtected).toBe(true);
  });
});

describe("cell-edit mode", () => {
  it("fails a batch with InvalidOperationInCellEditMode while the user edits a cell", async () => {
    const s = createStandIn();
    s.model.addSheet("Trang").startCellEdit();
    const err = await rejection(onSheet(s, "Trang", async (ws) => void (ws.getRange("A1").values = [[1]])));
    expect(err.code).toBe("InvalidOperationInCellEditMode");
    expect(s.model.values("Trang", "A1")).toEqual([[""]]);
  });

  it("waits for the edit to end with delayForCellEdit", async () => {
    const s = createStandIn();
    s.model.addSheet("Trang").startCellEdit();
    let done = false;
    const run = s.Excel.run({ delayForCellEdit: true }, async (ctx) => {
      ctx.workbook.worksheets.getItem("Trang").getRange("A1").values = [[1]];
      await ctx.sync();
      done = true;
    });
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(done).toBe(false);
    expect(s.model.values("Trang", "A1")).toEqual([[""]]);
    s.model.endCellEdit();
    await run;
    expect(done).toBe(true);
    expect(s.model.values("Trang", "A1")).toEqual([[1]]);
  });
});

describe("events", () => {
  it("fires onChanged after the add-in's sync with triggerSource ThisLocalAddin, and for user edits with Unknown", async () => {
    const s = createStandIn();
    s.model.addSheet("Trang").addSheet("Khác");
    const seen: unknown[] = [];
    await s.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e) => void seen.push(e));
      await ctx.sync();
    });
    await onSheet(s, "Trang", async (ws) => void (ws.getRange("B2:C3").values = [[1, 2], [3, 4]]));
    await s.model.settleEvents();
    s.model.userEdit("Khác", "A1", "gõ tay");
    await s.model.settleEvents();
    const trang = s.model.sheet("Trang").id;
    const khac = s.model.sheet("Khác").id;
    expect(seen).toEqual([
      { type: "WorksheetChanged", worksheetId: trang, address: "B2:C3", changeType: "RangeEdited", source: "Local", triggerSource: "ThisLocalAddin" },
      { type: "WorksheetChanged", worksheetId: khac, address: "A1", changeType: "RangeEdited", source: "Local", triggerSource: "Unknown" },
    ]);
  });

  it("registers a handler only at sync", async () => {
    const s = createStandIn();
    s.model.addSheet("Trang");
    const seen: string[] = [];
    await s.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Trang").onChanged.add(async (e) => void seen.push(e.address));
      s.model.userEdit("Trang", "A1", 1);
      await s.model.settleEvents();
      expect(seen).toEqual([]);
      await ctx.sync();
    });
    s.model.userEdit("Trang", "A2", 2);
    await s.model.settleEvents();
    expect(seen).toEqual(["A2"]);
  });

  it("suppresses events after context.runtime.enableEvents = false, until set back to true", async () => {
    const s = createStandIn();
    s.model.addSheet("Trang");
    const seen: string[] = [];
    await s.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e) => void seen.push(e.address));
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Trang").getRange("A1").values = [["trước"]];
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem("Trang").getRange("A2").values = [["tắt"]];
      await ctx.sync();
    });
    s.model.userEdit("Trang", "A3", "người dùng khi tắt");
    await s.Excel.run(async (ctx) => {
      const rt = ctx.runtime.load("enableEvents");
      await ctx.sync();
      expect(rt.enableEvents).toBe(false);
      ctx.runtime.enableEvents = true;
      ctx.workbook.worksheets.getItem("Trang").getRange("A4").values = [["bật lại"]];
    });
    await s.model.settleEvents();
    expect(seen).toEqual(["A1", "A4"]);
  });

  it("removes a handler through its EventHandlerResult at sync", async () => {
    const s = createStandIn();
    s.model.addSheet("Trang");
    const seen: string[] = [];
    await s.Excel.run(async (ctx) => {
      const h = ctx.workbook.worksheets.onChanged.add(async (e) => void seen.push(e.address));
      await ctx.sync();
      h.remove();
      await ctx.sync();
    });
    s.model.userEdit("Trang", "A1", 1);
    await s.model.settleEvents();
    expect(seen).toEqual([]);
  });

  it("omits triggerSource below ExcelApi 1.14", async () => {
    const s = createStandIn({ apiVersion: "1.13" });
    s.model.addSheet("Trang");
    const seen: Array<Record<string, unknown>> = [];
    await s.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e) => void seen.push({ ...e }));
      await ctx.sync();
    });
    s.model.userEdit("Trang", "A1", 1);
    await s.model.settleEvents();
    expect(seen[0]).not.toHaveProperty("triggerSource");
  });
});

describe("requirement sets", () => {
  it("supports up to ExcelApi 1.14 by default, so notes fail with ApiNotFound", async () => {
    const s = createStandIn();
    s.model.addSheet("Trang");
    expect(s.Office.context.requirements.isSetSupported("ExcelApi", "1.14")).toBe(true);
    expect(s.Office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    const err = await rejection(onSheet(s, "Trang", async (ws) => void ws.notes.add("A1", "ghi chú")));
    expect(err.code).toBe("ApiNotFound");
    expect(s.model.notes("Trang")).toEqual([]);
  });

  it("adds, reads and deletes notes on a 1.18 host", async () => {
    const s = createStandIn({ apiVersion: "1.18" });
    s.model.addSheet("Kế hoạch");
    expect(s.Office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(true);
    await s.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Kế hoạch").notes.add("C8", "trên 65%");
      ctx.workbook.notes.add("'Kế hoạch'!D8", "ghi chú 2");
      await ctx.sync();
      const note = ctx.workbook.worksheets.getItem("Kế hoạch").notes.getItemOrNullObject("C8").load("content");
      const none = ctx.workbook.worksheets.getItem("Kế hoạch").notes.getItemOrNullObject("E8");
      await ctx.sync();
      expect(note.content).toBe("trên 65%");
      expect(none.isNullObject).toBe(true);
      note.delete();
    });
    expect(s.model.notes("Kế hoạch")).toEqual([{ address: "D8", content: "ghi chú 2" }]);
  });
});

describe("payload limits and counting", () => {
  // 20,000 rows of about 300 bytes: 6 MB of JSON.
  const bigRows = (n: number) => Array.from({ length: n }, (_x, i) => [`dòng ${i} `.padEnd(300, "x"), i]);

  it("counts syncs and request/response bytes, and resets", async () => {
    const s = createStandIn();
    s.model.addSheet("Trang", { A1: "abc" });
    await onSheet(s, "Trang", async (ws, ctx) => {
      ws.getRange("A1").load("values");
      await ctx.sync();
      await ctx.sync(); // nothing queued: no round trip
    });
    expect(s.model.stats.syncs).toBe(1);
    expect(s.model.stats.batches).toHaveLength(1);
    // As Excel answers Office.js: the loaded values in PascalCase, and the reference it keeps to the range it made.
    const response = '{"Results":[{"ActionId":1,"Value":{"Values":[["abc"]]}},{"ActionId":1,"Value":{"_ReferenceId":"{00000000-0000-0000-0000-000000000000}"}}]}';
    expect(s.model.stats.responseBytes).toBe(response.length);
    expect(s.model.stats.requestBytes).toBeGreaterThan(0);
    s.model.stats.reset();
    expect([s.model.stats.syncs, s.model.stats.requestBytes, s.model.stats.responseBytes]).toEqual([0, 0, 0]);
  });

  it("on the web, rejects a request over 5 MB and applies nothing of it", async () => {
    const s = createStandIn({ platform: "OfficeOnline" });
    s.model.addSheet("Trang");
    const err = await rejection(
      onSheet(s, "Trang", async (ws) => {
        ws.getRange("C1").values = [["trước"]];
        ws.getRange("A1:B20000").values = bigRows(20000);
      }),
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(s.model.values("Trang", "C1")).toEqual([[""]]);
  });

  it("on the web, rejects a response over 5 MB; on the desktop the same read succeeds", async () => {
    for (const platform of ["OfficeOnline", "PC"] as const) {
      const s = createStandIn({ platform });
      s.model.addSheet("Trang");
      await onSheet(s, "Trang", async (ws) => void (ws.getRange("A1:B10000").values = bigRows(10000)));
      await onSheet(s, "Trang", async (ws) => void (ws.getRange("A10001:B20000").values = bigRows(10000)));
      const read = onSheet(s, "Trang", async (ws, ctx) => {
        const r = ws.getRange("A1:B20000").load("values");
        await ctx.sync();
        return r.values.length;
      });
      if (platform === "PC") await expect(read).resolves.toBe(20000);
      else expect((await rejection(read)).code).toBe("ResponsePayloadSizeLimitExceeded");
    }
  });
});

describe("Office globals", () => {
  it("answers onReady with the configured platform and installs Excel, Office and OfficeExtension", async () => {
    const s = createStandIn({ platform: "Mac" });
    await expect(s.Office.onReady()).resolves.toEqual({ host: "Excel", platform: "Mac" });
    expect(s.Office.context.displayLanguage).toBe("vi-VN");
    const target = {} as typeof globalThis;
    installStandIn(target, s);
    const g = target as unknown as Record<string, unknown>;
    expect(g["Excel"]).toBe(s.Excel);
    expect(g["Office"]).toBe(s.Office);
    expect(g["OfficeExtension"]).toBe(s.OfficeExtension);
  });

  it("throws OfficeExtension.Error instances with code, message and debugInfo", async () => {
    const s = createStandIn();
    s.model.addSheet("Trang");
    const err = await rejection(s.Excel.run(async (ctx) => void ctx.workbook.worksheets.getItem("X").load("name")));
    expect(err).toBeInstanceOf(s.OfficeExtension.Error);
    expect(err.code).toBe(s.OfficeExtension.ErrorCodes.itemNotFound);
    expect(err.debugInfo).toMatchObject({ code: "ItemNotFound" });
    expect(err.message).toContain("X");
    expect(s.Excel.ChartType.columnClustered).toBe("ColumnClustered");
    expect(s.Excel.ConditionalFormatType.custom).toBe("Custom");
  });
});
