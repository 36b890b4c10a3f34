import { createStandIn, type StandIn } from "../../src/standin";
import { rejection } from "./support";

function plan(options = {}): StandIn {
  const s = createStandIn(options);
  s.model.addSheet("Kế hoạch", { A1: "STT", B1: "Chỉ tiêu", C2: { value: 0.67, numberFormat: "0%" }, D2: "=C2*2" });
  s.model.addSheet("Báo cáo");
  return s;
}


describe("proxies and the request queue", () => {
  it("throws PropertyNotLoaded when a property is read without load", async () => {
    const { Excel } = plan();
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Kế hoạch").getRange("C2");
      await ctx.sync();
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("throws when a loaded property is read before the sync, and answers after it", async () => {
    const { Excel } = plan();
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Kế hoạch").getRange("A1:C2").load("values,address,rowCount,numberFormat");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const pending = ctx.sync();
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await pending;
      expect(range.values).toEqual([
        ["STT", "Chỉ tiêu", ""],
        ["", "", 0.67],
      ]);
      expect(range.address).toBe("'Kế hoạch'!A1:C2");
      expect(range.rowCount).toBe(2);
      expect(range.numberFormat).toEqual([
        ["General", "General", "General"],
        ["General", "General", "0%"],
      ]);
    });
  });

  it("runs queued operations in order at sync, so a write is invisible to the model until then", async () => {
    const { Excel, model } = plan();
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Báo cáo");
      sheet.getRange("A1:B1").values = [["Năm", 2025]];
      const back = sheet.getRange("A1:B1").load("values");
      expect(model.values("Báo cáo", "A1:B1")).toEqual([["", ""]]);
      await ctx.sync();
      expect(back.values).toEqual([["Năm", 2025]]);
    });
    expect(model.values("Báo cáo", "A1:B1")).toEqual([["Năm", 2025]]);
  });

  it("syncs what is still queued when the batch returns", async () => {
    const { Excel, model } = plan();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Báo cáo").getRange("A1").values = [["x"]];
    });
    expect(model.values("Báo cáo", "A1")).toEqual([["x"]]);
  });

  it("refuses a batch that does not return a promise", async () => {
    const { Excel } = plan();
    const run = Excel.run as unknown as (f: () => void) => Promise<void>;
    expect((await rejection(run(() => undefined))).code).toBe("RunMustReturnPromise");
  });

  it("gives ClientResult values only after sync", async () => {
    const { Excel } = plan();
    await Excel.run(async (ctx) => {
      const count = ctx.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await ctx.sync();
      expect(count.value).toBe(2);
    });
  });

  it("loads named properties of objects through navigation paths", async () => {
    const { Excel, model } = plan();
    model.protectSheet("Báo cáo");
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Báo cáo").load("name,position,protection/protected");
      await ctx.sync();
      expect(sheet.name).toBe("Báo cáo");
      expect(sheet.position).toBe(1);
      expect(sheet.protection.protected).toBe(true);
      expect(() => sheet.visibility).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("refuses to queue on a context whose run has finished", async () => {
    const { Excel } = plan();
    let range: { values: unknown[][] } | undefined;
    await Excel.run(async (ctx) => {
      range = ctx.workbook.worksheets.getItem("Báo cáo").getRange("A1");
      await ctx.sync();
    });
    expect(() => (range!.values = [[1]])).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
  });
});

describe("request contexts", () => {
  it("refuses an object of another context as an argument", async () => {
    const { Excel } = plan();
    await Excel.run(async (outer) => {
      const range = outer.workbook.worksheets.getItem("Kế hoạch").getRange("A1");
      await Excel.run(async (inner) => {
        expect(() => inner.workbook.names.add("Khác", range)).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
      });
    });
  });
});

describe("a batch is not transactional", () => {
  it("fails a size mismatch at sync with InvalidArgument, keeps earlier operations and drops later ones", async () => {
    const { Excel, model } = plan();
    const err = await rejection(
      Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Báo cáo");
        sheet.getRange("A1").values = [["trước"]];
        sheet.getRange("A2:B2").values = [["một ô"]];
        sheet.getRange("A3").values = [["sau"]];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(err.debugInfo).toMatchObject({ code: "InvalidArgument", errorLocation: "Range.values" });
    expect(model.values("Báo cáo", "A1:A3")).toEqual([["trước"], [""], [""]]);
  });

  it("fails getItem on a missing sheet with ItemNotFound at sync", async () => {
    const { Excel, model } = plan();
    const err = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Báo cáo").getRange("A1").values = [[1]];
        ctx.workbook.worksheets.getItem("Không có").getRange("A1").values = [[2]];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("ItemNotFound");
    expect(err.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
    expect(model.values("Báo cáo", "A1")).toEqual([[1]]);
  });

  it("does not hand out loaded values of a batch that failed", async () => {
    const { Excel } = plan();
    await Excel.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem("Kế hoạch").getRange("A1").load("values");
      ctx.workbook.worksheets.getItem("Không có").load("name");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => a.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });
});

describe("OrNullObject", () => {
  it("fails a write to a null object with ItemNotFound", async () => {
    const { Excel } = plan();
    await Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Không có");
      await ctx.sync();
      missing.getRange("A1").values = [[1]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("answers isNullObject even for an object first met in a batch that failed", async () => {
    const { Excel } = plan();
    await Excel.run(async (ctx) => {
      const present = ctx.workbook.worksheets.getItemOrNullObject("Báo cáo");
      ctx.workbook.worksheets.getItem("Không có");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      present.load("name");
      await ctx.sync();
      expect(present.isNullObject).toBe(false);
    });
  });

  it("answers isNullObject after sync only, and reads a missing item's properties as null", async () => {
    const { Excel } = plan();
    await Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Không có");
      const present = ctx.workbook.worksheets.getItemOrNullObject("kế hoạch").load("name");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Kế hoạch");
    });
  });

  it("gives a null used range for an empty sheet, and the bounding area of values otherwise", async () => {
    const { Excel, model } = plan();
    model.addSheet("Định dạng", { B2: { numberFormat: "0%" }, D5: 1 });
    await Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const empty = sheets.getItem("Báo cáo").getUsedRangeOrNullObject(true);
      const used = sheets.getItem("Kế hoạch").getUsedRangeOrNullObject(true).load("address,rowCount,columnCount");
      const withFormats = sheets.getItem("Định dạng").getUsedRangeOrNullObject().load("address");
      const valuesOnly = sheets.getItem("Định dạng").getUsedRangeOrNullObject(true).load("address");
      await ctx.sync();
      expect(empty.isNullObject).toBe(true);
      expect(used.address).toBe("'Kế hoạch'!A1:D2");
      expect(withFormats.address).toBe("'Định dạng'!B2:D5");
      expect(valuesOnly.address).toBe("'Định dạng'!D5");
    });
  });
});

describe("collections", () => {
  it("exposes items only after load, with the paths asked for", async () => {
    const { Excel, model } = plan();
    model.protectSheet("Báo cáo");
    await Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name,items/position,items/protection/protected");
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.position, s.protection.protected])).toEqual([
        ["Kế hoạch", 0, false],
        ["Báo cáo", 1, true],
      ]);
      expect(() => sheets.items[0]!.visibility).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("accepts load arrays and shorthand item properties", async () => {
    const { Excel } = plan();
    await Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load(["name", "visibility"]);
      await ctx.sync();
      expect(sheets.items.map((s) => `${s.name}:${s.visibility}`)).toEqual(["Kế hoạch:Visible", "Báo cáo:Visible"]);
    });
  });

  it("adds a sheet at the end without activating it, and refuses a duplicate name", async () => {
    const { Excel, model } = plan();
    await Excel.run(async (ctx) => {
      const added = ctx.workbook.worksheets.add("Tổng hợp").load("name,position");
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      expect(added.position).toBe(2);
      expect(active.name).toBe("Kế hoạch");
    });
    const err = await rejection(Excel.run(async (ctx) => void ctx.workbook.worksheets.add("tổng hợp")));
    expect(err.code).toBe("ItemAlreadyExists");
    expect(model.sheetNames()).toEqual(["Kế hoạch", "Báo cáo", "Tổng hợp"]);
  });

  it("renames, moves and deletes sheets", async () => {
    const { Excel, model } = plan();
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Báo cáo");
      sheet.name = "Báo cáo 2025";
      sheet.position = 0;
      ctx.workbook.worksheets.add("Nháp").delete();
      await ctx.sync();
    });
    expect(model.sheetNames()).toEqual(["Báo cáo 2025", "Kế hoạch"]);
  });
});
