import { createStandIn } from "../../src/standin";
import { evaluateCf } from "../../src/standin/cfEval";
import { displayText } from "../../src/standin/input";
import { onSheet } from "./support";

describe("displayed text", () => {
  it("applies percent, fixed and General formats", () => {
    expect(displayText(0.667, "0%")).toBe("67%");
    expect(displayText(0.3333, "0.0%")).toBe("33.3%");
    expect(displayText(0.3333, "0.0%", ",")).toBe("33,3%");
    expect(displayText(12.6, "0")).toBe("13");
    expect(displayText(1234567, "#,##0")).toBe("1,234,567");
    expect(displayText(0.1 + 0.2, "General")).toBe("0.3");
    expect(displayText(true, "General")).toBe("TRUE");
    expect(displayText("Đạt", "0%")).toBe("Đạt");
  });
});

describe("conditional format formulas", () => {
  const cells: Record<string, string | number> = { "0,0": "Đạt", "1,0": "Chưa đạt", "0,1": 5, "1,1": "" };
  const lookup = (r: number, c: number) => cells[`${r},${c}`] ?? "";

  it("evaluates the simple forms relative to the format's top-left cell", () => {
    expect(evaluateCf('=A1="Đạt"', 0, 0, 0, 0, lookup)).toBe(true);
    expect(evaluateCf('=A1="Đạt"', 0, 0, 1, 0, lookup)).toBe(false);
    expect(evaluateCf('=$A$1="Đạt"', 0, 0, 1, 0, lookup)).toBe(true);
    expect(evaluateCf('=A1<>"Đạt"', 0, 0, 1, 0, lookup)).toBe(true);
    expect(evaluateCf("=AND(TRUE,OR(FALSE,TRUE))", 0, 0, 0, 0, lookup)).toBe(true);
    expect(evaluateCf('=ISTEXT("x")', 0, 0, 0, 0, lookup)).toBe(true);
    expect(evaluateCf("=ISTEXT(B1)", 0, 0, 0, 0, lookup)).toBe(false);
    expect(evaluateCf("=B1>3", 0, 0, 0, 0, lookup)).toBe(true);
  });

  it("answers unknown for anything else", () => {
    expect(evaluateCf("=SUM(A1:A3)>1", 0, 0, 0, 0, lookup)).toBeUndefined();
    expect(evaluateCf("=A1", 0, 0, 0, 0, lookup)).toBeUndefined();
    expect(evaluateCf('=IF(A1="Đạt",TRUE)', 0, 0, 0, 0, lookup)).toBeUndefined();
  });
});

describe("snapshot for drawing", () => {
  it("shows displayed text, formulas and the fill a TRUE conditional format gives", async () => {
    const s = createStandIn();
    s.model.addSheet("Kết quả", { A1: "Đánh giá", A2: "Đạt", A3: "Chưa đạt", B2: { value: 0.667, numberFormat: "0.0%" }, C2: { value: 1, fill: "#DDDDDD" } });
    await onSheet(s, "Kết quả", async (ws) => {
      const ok = ws.getRange("A2:A3").conditionalFormats.add("Custom");
      ok.custom.rule.formula = '=A2="Đạt"';
      ok.custom.format.fill.color = "#C6EFCE";
      const unknown = ws.getRange("C2").conditionalFormats.add("Custom");
      unknown.custom.rule.formula = "=C2>SUM(B:B)";
      unknown.custom.format.fill.color = "#FF0000";
      ws.getRange("D2").formulas = [["=B2*2"]];
    });
    const [sheet] = s.model.snapshot().sheets;
    expect(sheet!.used).toBe("A1:D3");
    const byAddress = Object.fromEntries(sheet!.rows.flat().map((c) => [c.address, c]));
    expect(byAddress["A2"]).toMatchObject({ text: "Đạt", fill: "#C6EFCE" });
    expect(byAddress["A3"]!.fill).toBeUndefined();
    expect(byAddress["B2"]!.text).toBe("66.7%");
    expect(byAddress["C2"]!.fill).toBe("#DDDDDD");
    expect(byAddress["D2"]).toMatchObject({ text: "", formula: "=B2*2" });
  });

  it("calls onChange listeners after each sync and user edit", async () => {
    const s = createStandIn();
    s.model.addSheet("Trang");
    let calls = 0;
    const stop = s.model.onChange(() => calls++);
    await onSheet(s, "Trang", async (ws) => void (ws.getRange("A1").values = [[1]]));
    s.model.userEdit("Trang", "A2", 2);
    stop();
    s.model.userEdit("Trang", "A3", 3);
    expect(calls).toBe(2);
  });
});
