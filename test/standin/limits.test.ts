/**
 * Where the stand-in is as hard as Excel, not kinder: the documented limits and the open bugs an add-in must live
 * with (each named by its source), so that code passing here does not fail in a real Excel for them.
 */
import { createStandIn, EntryRefused, MAX_MERGED_AREAS, type StandIn } from "../../src/standin";
import { onSheet, rejection } from "./support";

function book(options: Parameters<typeof createStandIn>[0] = {}): StandIn {
  const s = createStandIn({ apiVersion: "1.18", ...options });
  s.model.addSheet("Trang", {});
  return s;
}

describe("merged areas (Range.getMergedAreasOrNullObject)", () => {
  it("fails past 512 areas in the range, and answers a range of 512", async () => {
    const s = book();
    const sheet = s.model.sheet("Trang");
    for (let i = 0; i < 600; i++) sheet.merges.push({ top: i * 2, left: 0, bottom: i * 2 + 1, right: 0 });
    const tooMany = await rejection(
      onSheet(s, "Trang", async (ws, ctx) => {
        ws.getRange("A1:A1200").getMergedAreasOrNullObject().load("areaCount");
        await ctx.sync();
      }),
    );
    expect(tooMany.code).toBe("GeneralException");
    const count = await onSheet(s, "Trang", async (ws, ctx) => {
      const areas = ws.getRange(`A1:A${MAX_MERGED_AREAS * 2}`).getMergedAreasOrNullObject();
      areas.load("areaCount");
      await ctx.sync();
      return areas.areaCount;
    });
    expect(count).toBe(512);
  });

  it("answers only the areas whose top-left cell is in the range (office-js #3611)", async () => {
    const s = book();
    s.model.sheet("Trang").merges.push({ top: 1, left: 1, bottom: 4, right: 3 }); // B2:D5
    const found = await onSheet(s, "Trang", async (ws, ctx) => {
      const inside = ws.getRange("C3:E6").getMergedAreasOrNullObject();
      const corner = ws.getRange("B2:B2").getMergedAreasOrNullObject();
      inside.load("areaCount");
      corner.load("areaCount");
      await ctx.sync();
      return [inside.isNullObject, corner.isNullObject ? 0 : corner.areaCount];
    });
    expect(found).toEqual([true, 1]);
  });
});

describe("conditional formats Excel cannot read or delete", () => {
  it("fails to read the rule of two cell-value rules on one cell (#6827) and of a duplicated rule (#6835); custom rules on one cell read", async () => {
    const s = book();
    s.model.addUserRule("Trang", "A1:A5", { type: "CellValue", operator: "GreaterThan", formula1: "10" }, "#FF0000");
    s.model.addUserRule("Trang", "A3", { type: "CellValue", operator: "LessThan", formula1: "2" }, "#00FF00");
    const read = (address: string) =>
      onSheet(s, "Trang", async (ws, ctx) => {
        const rules = ws.getRange(address).conditionalFormats;
        rules.load("items/type,items/cellValueOrNullObject/rule");
        await ctx.sync();
        return rules.items.length;
      });
    expect((await rejection(read("A1:A5"))).code).toBe("GeneralException");
    // Types and ids alone are read: that is how an add-in can tell what is there.
    const types = await onSheet(s, "Trang", async (ws, ctx) => {
      const rules = ws.getRange("A1:A5").conditionalFormats;
      rules.load("items/id,items/type");
      await ctx.sync();
      return rules.items.map((r) => r.type);
    });
    expect(types).toEqual(["CellValue", "CellValue"]);

    const t = book();
    t.model.addUserRule("Trang", "B1:B3", { type: "Custom", formula: "=B1>1" }, "#FF0000");
    t.model.addUserRule("Trang", "B1:B3", { type: "Custom", formula: "=B1>1" }, "#FF0000");
    t.model.addUserRule("Trang", "C1:C3", { type: "Custom", formula: "=C1>1" }, "#FF0000");
    t.model.addUserRule("Trang", "C1:C3", { type: "Custom", formula: "=C1<0" }, "#00FF00");
    const readCustom = (address: string) =>
      onSheet(t, "Trang", async (ws, ctx) => {
        const rules = ws.getRange(address).conditionalFormats;
        rules.load("items/custom/rule/formula");
        await ctx.sync();
        return rules.items.map((r) => r.custom.rule.formula);
      });
    expect((await rejection(readCustom("B1:B3"))).code).toBe("GeneralException");
    await expect(readCustom("C1:C3")).resolves.toEqual(["=C1>1", "=C1<0"]);
  });

  it("does not reach such a rule by position (#5222), but by its id; and a rule Excel refuses to delete fails the sync", async () => {
    const s = book();
    const first = s.model.addUserRule("Trang", "A1", { type: "CellValue", operator: "Between", formula1: "1" }, "#0000FF");
    s.model.addUserRule("Trang", "A1", { type: "CellValue", operator: "Between", formula1: "3" }, "#FF0000");
    const byPosition = await rejection(
      onSheet(s, "Trang", async (ws, ctx) => {
        ws.getRange().conditionalFormats.getItemAt(0).delete();
        await ctx.sync();
      }),
    );
    expect(byPosition.code).toBe("ItemNotFound");
    await onSheet(s, "Trang", async (ws, ctx) => {
      ws.getRange().conditionalFormats.getItem(first).delete();
      await ctx.sync();
    });
    expect(s.model.conditionalFormats("Trang")).toHaveLength(1);
    const last = s.model.conditionalFormats("Trang")[0]?.id ?? "";
    s.model.refuseDelete("Trang", last);
    const refused = await rejection(
      onSheet(s, "Trang", async (ws, ctx) => {
        ws.getRange().conditionalFormats.getItem(last).delete();
        await ctx.sync();
      }),
    );
    expect(refused.code).toBe("GeneralException");
  });
});

describe("setCellProperties on the web (office-js #2564)", () => {
  it("fails past 80,000 cells in Excel on the web, not on the desktop", async () => {
    const write = (s: StandIn, rows: number) =>
      onSheet(s, "Trang", async (ws, ctx) => {
        const props = Array.from({ length: rows }, () => Array.from({ length: 100 }, () => ({ format: { font: { bold: true } } })));
        ws.getRangeByIndexes(0, 0, rows, 100).setCellProperties(props);
        await ctx.sync();
      });
    expect((await rejection(write(book({ platform: "OfficeOnline", payloadLimits: false }), 900))).code).toBe("GeneralException");
    await expect(write(book({ platform: "OfficeOnline", payloadLimits: false }), 800)).resolves.toBeUndefined();
    await expect(write(book({ platform: "PC" }), 900)).resolves.toBeUndefined();
  });
});

describe("notes and typed entries", () => {
  it("counts a cell with a note in the used range of formats (not of values)", async () => {
    const s = book();
    s.model.userEdit("Trang", "A1", "x");
    s.model.addNote("Trang", "D9", "ghi chú của người dùng");
    const [values, all] = await onSheet(s, "Trang", async (ws, ctx) => {
      const v = ws.getUsedRangeOrNullObject(true);
      const a = ws.getUsedRangeOrNullObject(false);
      v.load("address");
      a.load("address");
      await ctx.sync();
      return [v.address, a.address];
    });
    expect(values).toBe("Trang!A1");
    expect(all).toBe("Trang!A1:D9");
  });

  it("refuses a typed entry that breaks a Stop validation, as Excel does; takes it pasted", async () => {
    const s = book();
    await onSheet(s, "Trang", async (ws, ctx) => {
      const dv = ws.getRange("C6").dataValidation;
      dv.rule = { decimal: { formula1: 0, formula2: 1, operator: "Between" } };
      dv.errorAlert = { showAlert: true, style: "Stop", title: "Tỷ lệ", message: "Từ 0% đến 100%." };
      await ctx.sync();
    });
    expect(() => s.model.userEdit("Trang", "C6", "150%")).toThrow(EntryRefused);
    expect(() => s.model.userEdit("Trang", "C6", "4O%")).toThrow("Từ 0% đến 100%.");
    expect(s.model.cell("Trang", "C6").value).toBe("");
    s.model.userEdit("Trang", "C6", "67%");
    expect(s.model.cell("Trang", "C6").value).toBe(0.67);
    s.model.userPaste("Trang", "C6", 1.5);
    expect(s.model.cell("Trang", "C6").value).toBe(1.5);
  });
});
