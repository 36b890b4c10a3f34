/**
 * The pane's texts. That both languages have the same keys, of the same kinds, is the type checker's job (en.ts is
 * typed by vi.ts); these are what it cannot see.
 */
import { formatNumber, formatPercent } from "../../src/taskpane/i18n";
import { en } from "../../src/taskpane/i18n/en";
import { vi } from "../../src/taskpane/i18n/vi";

/** Every text of a locale, functions called with sample figures (1 and 2, so singular and plural both show). */
function allTexts(texts: Record<string, unknown>): string[] {
  return Object.values(texts).flatMap((v) => {
    if (typeof v === "string") return [v];
    if (typeof v === "function") return [1, 2].map((k) => String((v as (...a: unknown[]) => unknown)(k, k, k, k, k)));
    return Object.values(v as Record<string, string>);
  });
}

describe("the pane's texts", () => {
  it("are never empty, never name an API outside the diagnostics, and never speak as the user in Vietnamese", () => {
    for (const t of [...allTexts(vi), ...allTexts(en)]) expect([t, t.trim().length > 0]).toEqual([t, true]);
    // Settings › Diagnostics is for a support request, where the API sets are the point; nothing else names one.
    const shown = (texts: Record<string, unknown>): string[] => allTexts(Object.fromEntries(Object.entries(texts).filter(([k]) => !k.startsWith("diagnostics"))));
    expect([...shown(vi), ...shown(en)].filter((t) => /ExcelApi|Office\.js|\bAPI\b/.test(t))).toEqual([]);
    expect(allTexts(vi).filter((t) => /(^|\s)tôi(\s|$)/i.test(t))).toEqual([]);
  });

  it("write percents and numbers the way each language does", () => {
    expect(formatPercent(2 / 3, "vi")).toBe("66,7%");
    expect(formatPercent(2 / 3, "en")).toBe("66.7%");
    expect(formatNumber(1234.5, "vi")).toBe("1.234,5");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
  });

  it("count in English with singular and plural", () => {
    expect(en.checkSummary(1, 1, 2, 0, 1)).toBe("Checked 1 target table: 1 error, 2 warnings, 0 notes. Highlighted 1 cell.");
    expect([en.countErrors(2), en.countWarnings(1), en.countInfos(0)]).toEqual(["2 errors", "1 warning", "0 notes"]);
    expect(en.bundleLabel("figure.blank", 31, [2026, 2027, 2028, 2029])).toBe("31 cells with no target, 2026–2029");
    expect(en.navPosition(null, 1)).toBe("1 cell to review");
    expect(vi.checkSummary(2, 3, 32, 0, null)).toBe("Đã kiểm tra 2 bảng chỉ tiêu: 3 lỗi, 32 cảnh báo, 0 lưu ý.");
  });

  it("fold a rule the pane has no name for into a plain count", () => {
    expect(vi.bundleLabel("some.new_rule", 4, [2023, 2025])).toBe("4 vấn đề cùng loại, 2023, 2025");
    expect(vi.bundleLabel("figure.blank", 31, [2026, 2027, 2028, 2029])).toBe("31 ô chưa có chỉ tiêu, 2026–2029");
  });
});
