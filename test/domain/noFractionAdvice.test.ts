// The tool never suggests typing a fraction such as "2/3" into a cell (RULES.md version 2; issue 16 item 7): Excel
// stores it as a date. No finding message in either language, no input prompt or stop alert of the inserted cells,
// no text of the pane and no line of its help page gives one; only the message about a date says what Excel did.
import fs from "node:fs";
import path from "node:path";
import { ALL_FINDING_CODES, finding } from "../../src/domain/findings";
import { renderMessage } from "../../src/domain/messages";
import { REVENUE_PROMPT, SHARE_ERROR, SHARE_PROMPT } from "../../src/sheet/layout/appendixText";
import { en } from "../../src/taskpane/i18n/en";
import { vi } from "../../src/taskpane/i18n/vi";

/** A small fraction as typed: "2/3", "1 / 3", "33/100"; not a year pair ("2016/2019") nor a decision number ("348/QĐ"). */
const FRACTION = /(?<![\d/])\d{1,2}\s*\/\s*\d{1,3}(?![\d/])/;

/** Operands every message may quote, with shares that are thirds (the case that tempts a "2/3" example). */
const OPERANDS = {
  share: 2 / 3, upper: 0.7, current: 1 / 3, previous: 2 / 3, previousYear: 2024, national: 0.7, threshold: 0.2, decision: "348/QĐ-TTg",
  agencies: 3, lowerK: 1, lower: 1 / 3, upperK: 2, denominator: "agencies", reason: "not_consecutive", years: "2023, 2024, 2026",
  missing: "threshold", part: "share", rows: 6, range: "A1:D5", reasons: "indicator_rows", column: "Năm", other: "b.xlsx › Sheet1 › dòng 4",
  trained: 21, staff: 18, reported: "2023, 2025", length: 40000, limit: 32767, qualifier: "more_than",
};

describe("no text of the tool gives a fraction to type", () => {
  it.each(ALL_FINDING_CODES)("the %s message, in Vietnamese and English", (code) => {
    const f = finding({ code, sheet: "Phụ lục", cell: "C5", indicator: "platforms", year: 2024, value: "67%", expected: 0.7, operands: OPERANDS, agency: "Báo Minh Sơn", file: "a.xlsx" });
    for (const lang of ["vi", "en"] as const) expect([lang, renderMessage(f, lang)]).toEqual([lang, expect.not.stringMatching(FRACTION)]);
  });

  it("says what Excel did when a share cell holds a date, and suggests a percentage", () => {
    const f = finding({ code: "figure.not_a_number", sheet: "Phụ lục", cell: "C5", indicator: "platforms", year: 2024, value: 46083, operands: { reason: "date", date: "02/03/2026", typed: "2/3", meant: 2 / 3 } });
    expect(renderMessage(f, "vi")).toContain("Excel đã đổi “2/3” gõ vào ô thành ngày");
    expect(renderMessage(f, "vi")).toContain("ví dụ 66,7%");
    expect(renderMessage(f, "en")).toContain("Excel turned “2/3” typed into the cell into a date");
  });

  it("in the inserted share cells' input prompt and stop alert, and the revenue cells' prompt", () => {
    for (const text of [SHARE_PROMPT.title, SHARE_PROMPT.message, SHARE_ERROR.title, SHARE_ERROR.message, REVENUE_PROMPT.message]) {
      expect(text).not.toMatch(FRACTION);
    }
  });

  it("in the pane's texts, in both languages", () => {
    for (const [lang, texts] of [["vi", vi], ["en", en]] as const) {
      for (const [key, text] of Object.entries(texts)) {
        const shown = typeof text === "function" ? text.toString() : String(text);
        expect([lang, key, FRACTION.test(shown)]).toEqual([lang, key, false]);
      }
    }
  });

  it("in the pane's help page", () => {
    const html = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/help.html"), "utf8").replace(/<[^>]*>/g, " ");
    expect(html).not.toMatch(FRACTION);
  });
});
