import { validateAppendix } from "../../src/domain/rules";
import type { Finding, FindingCode } from "../../src/domain/findings";
import { renderMessage } from "../../src/domain/messages";
import { EARLY, LATE, table, text } from "./builders";

/** One workbook that trips every target-table rule at least once. */
function everything(): Finding[] {
  return validateAppendix(
    [
      table({
        years: [2023, 2024, 2026],
        rows: [
          { indicator: "platforms", label: "Đưa nội dung lên nền tảng số", values: [0.5, 0.3, 0.5] },
          { indicator: "analytics_ai", values: [text("4O%"), 1.2, text("66,7%")] },
          { indicator: "revenue", values: [text("15%"), text("5% cơ quan báo chí tăng doanh thu 5%"), null] },
          { indicator: null, label: "Thu phí nội dung", values: [0.1, 0.2, 0.3] },
        ],
      }),
      table({
        years: LATE,
        headerRow: 20,
        rows: [{ indicator: "revenue", values: [text("tăng doanh thu 20%"), text("50% cơ quan tăng doanh thu 20%"), text("50% cơ quan tăng doanh thu 10%"), null, null] }],
      }),
      table({ sheet: "Khác", years: EARLY, rows: [{ indicator: "converged_newsroom", values: [0.3, 0.5, 0.75] }] }),
    ],
    { agencies: 3 },
  );
}

const TARGET_CODES: readonly FindingCode[] = [
  "table.period_years",
  "figure.not_a_number",
  "figure.out_of_range",
  "revenue.incomplete",
  "figure.stored_as_text",
  "figure.blank",
  "figure.year_blank",
  "target.decreasing",
  "target.below_national",
  "revenue.threshold_below_national",
  "target.unreachable_share",
  "indicator.unknown",
  "indicator.label_differs",
];

/** Codes whose message quotes the cell as found. */
const QUOTES_VALUE: readonly FindingCode[] = [
  "table.period_years",
  "figure.not_a_number",
  "revenue.incomplete",
  "figure.stored_as_text",
  "indicator.unknown",
];
const SHARE_OPERANDS = ["share", "current", "previous", "national", "threshold", "lower", "upper"];
const PLAIN_OPERANDS = ["agencies", "lowerK", "upperK", "previousYear", "decision"];

describe("finding messages of the target rules", () => {
  const findings = everything();

  it("covers every target-table code in the scenario", () => {
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(TARGET_CODES));
  });

  describe.each(["vi", "en"] as const)("in %s", (lang) => {
    it.each(findings.map((f) => [`${f.code} at ${f.sheet}!${f.cell}`, f] as const))("renders %s with its figures", (_name, f) => {
      const message = renderMessage(f, lang);
      expect(message.trim()).not.toBe("");
      expect(message).not.toMatch(/undefined|NaN|\[object/);
      for (const [key, v] of Object.entries(f.operands ?? {})) {
        // The exact wording is pinned in messages.test.ts; here, that a share is printed as a percentage at all.
        if (SHARE_OPERANDS.includes(key) && typeof v === "number") expect(message).toMatch(/\d%/);
        if (PLAIN_OPERANDS.includes(key)) expect(message).toContain(String(v));
      }
      if (f.year !== null && f.code !== "table.period_years") expect(message).toContain(String(f.year));
      if (typeof f.value === "string" && QUOTES_VALUE.includes(f.code)) {
        expect(message).toContain(f.value);
      }
      if (f.code === "indicator.label_differs") expect(message).toContain(String(f.expected));
    });
  });
});
