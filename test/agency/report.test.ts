import { parseNumberCell, parseYesNo } from "../../src/domain/agency/report";

describe("parseYesNo", () => {
  it.each(["Có", "có", " CÓ ", "co", "CO", "c", "C", "x", "X", "✓", "✔", "1", "yes", "Yes", "y", "true", "TRUE", "C ó"])(
    "reads %p as yes",
    (v) => expect(parseYesNo(v)).toBe(true),
  );
  it.each(["Không", "không", "KHÔNG", "khong", " Khong ", "k", "K", "ko", "0", "no", "NO", "n", "false", "False"])(
    "reads %p as no",
    (v) => expect(parseYesNo(v)).toBe(false),
  );
  it("reads numbers and booleans as Excel holds them", () => {
    expect(parseYesNo(1)).toBe(true);
    expect(parseYesNo(0)).toBe(false);
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo(false)).toBe(false);
  });
  it("reads a blank cell as null", () => {
    expect(parseYesNo(null)).toBeNull();
    expect(parseYesNo(undefined)).toBeNull();
    expect(parseYesNo("   ")).toBeNull();
  });
  it.each(["có lẽ", "đang làm", "2", "?", "-"])("rejects %p", (v) => expect(parseYesNo(v)).toBe("invalid"));
  it("rejects other numbers and error values", () => {
    expect(parseYesNo(2)).toBe("invalid");
    expect(parseYesNo({ error: "#N/A" })).toBe("invalid");
  });
});

describe("parseNumberCell", () => {
  it.each([
    [12, 12],
    ["12", 12],
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["1.500", 1500],
    ["1.234.567,8", 1234567.8],
    ["1,234.5", 1234.5],
    [" 2 000 ", 2000],
    ["-3", -3],
  ])("reads %p as %p", (v, n) => expect(parseNumberCell(v)).toBe(n));
  it("reads blanks as null and words as invalid", () => {
    expect(parseNumberCell("")).toBeNull();
    expect(parseNumberCell(null)).toBeNull();
    expect(parseNumberCell("mười")).toBe("invalid");
    expect(parseNumberCell("12 người")).toBe("invalid");
    expect(parseNumberCell(true)).toBe("invalid");
  });
});

