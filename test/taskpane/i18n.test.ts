import { en } from "../../src/taskpane/i18n/en";
import { vi } from "../../src/taskpane/i18n/vi";
import { formatNumber, formatPercent } from "../../src/taskpane/i18n";

describe("the pane's texts", () => {
  it("have the same keys in Vietnamese and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it.each(Object.keys(vi))("give %s a non-empty text of the same kind in both languages", (key) => {
    const v = vi[key as keyof typeof vi];
    const e = en[key as keyof typeof en];
    expect(typeof e).toBe(typeof v);
    if (typeof v === "string") expect(v.trim()).not.toBe("");
    if (typeof e === "string") expect(e.trim()).not.toBe("");
    if (typeof v === "object") expect(Object.keys(e).sort()).toEqual(Object.keys(v).sort());
  });

  it("write percents and numbers the way each language does", () => {
    expect(formatPercent(2 / 3, "vi")).toBe("66,7%");
    expect(formatPercent(2 / 3, "en")).toBe("66.7%");
    expect(formatNumber(1234.5, "vi")).toBe("1.234,5");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
  });

  it("count in English with singular and plural", () => {
    expect(en.countErrors(1)).toBe("1 error");
    expect(en.countErrors(3)).toBe("3 errors");
    expect(vi.countErrors(3)).toBe("3 lỗi");
  });
});
