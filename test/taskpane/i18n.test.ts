/**
 * The pane's texts. That both languages have the same keys, of the same kinds, is the type checker's job within a
 * module (en is typed by vi); these are what it cannot see: the keys of the records inside (command names, kinds),
 * that every text module is here, that no text lives in two modules, and what the texts say.
 */
import fs from "node:fs";
import path from "node:path";
import type { Lang } from "../../src/domain/messages";
import { formatNumber, formatPercent } from "../../src/taskpane/i18n";
import { en } from "../../src/taskpane/i18n/en";
import { REPORT_TEXTS } from "../../src/taskpane/i18n/reports";
import { vi } from "../../src/taskpane/i18n/vi";
import { reportFilesTexts } from "../../src/taskpane/reports/reportFilesTexts";
import { DIAGNOSTICS_TEXTS } from "../../src/taskpane/settings/diagnosticsTexts";
import { CHECK_TEXTS } from "../../src/taskpane/validate/checkTexts";
import { READING_TEXTS } from "../../src/taskpane/validate/readingTexts";
import { REVIEW_TEXTS } from "../../src/taskpane/validate/reviewTexts";

type Module = Readonly<Record<Lang, Record<string, unknown>>>;

/** Every module of the pane's texts, by its file under src/taskpane: the first screen's and those loaded with a tab. */
const MODULES: Readonly<Record<string, Module>> = {
  "i18n/vi.ts": { vi, en },
  "i18n/reports.ts": REPORT_TEXTS,
  "reports/reportFilesTexts.ts": { vi: reportFilesTexts("vi"), en: reportFilesTexts("en") },
  "settings/diagnosticsTexts.ts": DIAGNOSTICS_TEXTS,
  "validate/checkTexts.ts": CHECK_TEXTS,
  "validate/readingTexts.ts": READING_TEXTS,
  "validate/reviewTexts.ts": REVIEW_TEXTS,
};

/** Every text of a locale, functions called with sample figures (1 and 2, so singular and plural both show). */
function allTexts(texts: Record<string, unknown>): string[] {
  return Object.values(texts).flatMap((v) => {
    if (typeof v === "string") return [v];
    if (typeof v === "function") return [1, 2].map((k) => String((v as (...a: unknown[]) => unknown)(k, k, k, k, k)));
    return Object.values(v as Record<string, string>);
  });
}

/** Each key with the kind of its value; a record's keys too ("commandNames.insert"). */
function shape(texts: Record<string, unknown>): string[] {
  return Object.entries(texts)
    .flatMap(([k, v]) => (typeof v === "object" && v !== null ? Object.keys(v).map((x) => `${k}.${x}: ${typeof (v as Record<string, unknown>)[x]}`) : [`${k}: ${typeof v}`]))
    .sort();
}

const inEveryModule = (lang: Lang): string[] => Object.values(MODULES).flatMap((m) => allTexts(m[lang]));

describe("the pane's texts", () => {
  it("are all in the modules this test reads: the first screen's (i18n/) and each *Texts.ts loaded with its tab", () => {
    const dir = path.resolve(__dirname, "../../src/taskpane");
    const files = (d: string): string[] =>
      fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : [path.relative(dir, path.join(d, e.name)).split(path.sep).join("/")]));
    const textFiles = files(dir).filter((f) => /Texts\.ts$/.test(f) || /^i18n\/(?!index\.ts$|years\.ts$)/.test(f));
    const listed = Object.keys(MODULES).flatMap((f) => (f === "i18n/vi.ts" ? [f, "i18n/en.ts"] : [f]));
    expect(textFiles.sort()).toEqual(listed.sort());
  });

  it("have every key in both languages, the keys of their records too, with values of the same kind", () => {
    for (const [file, m] of Object.entries(MODULES)) expect([file, shape(m.en)]).toEqual([file, shape(m.vi)]);
  });

  it("live in one module each, so a text moved to its tab's module is not left behind in another", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, m] of Object.entries(MODULES))
      for (const key of Object.keys(m.vi)) {
        const other = seen.get(key);
        if (other) twice.push(`${key}: ${other} and ${file}`);
        seen.set(key, file);
      }
    expect(twice).toEqual([]);
  });

  it("are never empty, never name an API outside the diagnostics, and never speak as the user in Vietnamese", () => {
    for (const t of [...inEveryModule("vi"), ...inEveryModule("en")]) expect([t, t.trim().length > 0]).toEqual([t, true]);
    // Settings › Diagnostics is for a support request, where the API sets are the point; nothing else names one.
    const shown = (texts: Record<string, unknown>): string[] => allTexts(Object.fromEntries(Object.entries(texts).filter(([k]) => !k.startsWith("diagnostics"))));
    const all = Object.values(MODULES).flatMap((m) => [...shown(m.vi), ...shown(m.en)]);
    expect(all.filter((t) => /ExcelApi|Office\.js|\bAPI\b/.test(t))).toEqual([]);
    expect(inEveryModule("vi").filter((t) => /(^|\s)tôi(\s|$)/i.test(t))).toEqual([]);
  });

  it("write percents and numbers the way each language does", () => {
    expect(formatPercent(2 / 3, "vi")).toBe("66,7%");
    expect(formatPercent(2 / 3, "en")).toBe("66.7%");
    expect(formatNumber(1234.5, "vi")).toBe("1.234,5");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
  });

  it("count in English with singular and plural", () => {
    expect(CHECK_TEXTS.en.checkSummary(1, 1, 2, 0, 1)).toBe("Checked 1 target table: 1 error, 2 warnings, 0 notes. Highlighted 1 cell.");
    expect([CHECK_TEXTS.en.countErrors(2), CHECK_TEXTS.en.countWarnings(1), CHECK_TEXTS.en.countInfos(0)]).toEqual(["2 errors", "1 warning", "0 notes"]);
    expect(CHECK_TEXTS.en.bundleLabel("figure.blank", 31, [2026, 2027, 2028, 2029])).toBe("31 cells with no target, 2026–2029");
    expect(CHECK_TEXTS.en.navPosition(null, 1)).toBe("1 cell to review");
    expect(CHECK_TEXTS.vi.checkSummary(2, 3, 32, 0, null)).toBe("Đã kiểm tra 2 bảng chỉ tiêu: 3 lỗi, 32 cảnh báo, 0 lưu ý.");
  });

  it("fold a rule the pane has no name for into a plain count", () => {
    expect(CHECK_TEXTS.vi.bundleLabel("some.new_rule", 4, [2023, 2025])).toBe("4 vấn đề cùng loại, 2023, 2025");
    expect(CHECK_TEXTS.vi.bundleLabel("figure.blank", 31, [2026, 2027, 2028, 2029])).toBe("31 ô chưa có chỉ tiêu, 2026–2029");
  });
});
