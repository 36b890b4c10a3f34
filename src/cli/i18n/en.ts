/** The command line's texts in English (--lang en); the same keys as vi.ts. */
import { STATUS } from "../../domain/agency/attainment";
import { indicator } from "../../domain/indicators";
import type { CliTexts } from "./types";

export const en: CliTexts = {
  severity: { error: "ERROR", warning: "WARNING", info: "INFO" },

  validating: (file) => `Validating ${file}`,
  recognised: (n) => `Recognised ${n} target table(s).`,
  noFindings: "No findings.",
  total: (s) => `Total: ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info.`,
  accepted: (n) => `${n} accepted by the reviewer.`,
  changes: (c) => `Since the previous check: ${c.fixed} fixed, ${c.added} new, ${c.unchanged} unchanged.`,
  acceptedMark: "— ACCEPTED",
  reopenedMark: "— REOPENED (the value changed since it was accepted)",
  sheetSkipped: (file, sheet, reason) => `${file}: sheet “${sheet}” skipped, not checked: ${reason}`,
  highlightedWritten: (out) => `Highlighted copy written: ${out}`,

  consolidating: "Consolidating agency reports",
  filesRead: (n) => `Read ${n} file(s):`,
  sourceRead: (s) => `${s.sheets} sheet(s), ${s.tables} report table(s), ${s.rows} row(s) with figures`,
  unreadable: "unreadable",
  merged: (n, s) => `Merged ${n} report(s) (agency × year): ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info.`,
  mergedWritten: (out, merged, review) => `Merged workbook written: ${out} (sheets “${merged}” and “${review}”)`,
  provinceConsolidated: (name) => `Province consolidated: ${name}`,
  trackerHeading: "Collection tracker:",
  trackerYear: (year, reported, missing, conflicting) =>
    [`Year ${year}: ${reported} reported`, ...(missing.length > 0 ? [`missing: ${missing.join(", ")}`] : []), ...(conflicting.length > 0 ? [`conflicting: ${conflicting.join(", ")}`] : [])].join(" · "),

  attainment: (file) => `Attainment: ${file}`,
  attainHeaders: ["Indicator", "Year", "Target", "Actual", "Ratio", "Status"],
  writtenTo: (where, name) => `written to ${where} (${name})`,
  movedRight: (column) => `to the right of the data beside the table, from column ${column}`,
  ownSheet: (sheet) => `on a sheet of its own, “${sheet}”, as there is no free room beside the table`,
  indicator: (id) => indicator(id).nameEn,
  status: (s) => ({ [STATUS.met]: "met", [STATUS.notMet]: "not met", [STATUS.none]: "—" })[s],
  noFiguresYet: (years) => `No report figures yet for ${years}: the cells hold formulas that compute once the reports have figures.`,
  agencyReports: "Agency reports",
  written: (out) => `Written: ${out}`,

  inserted: (preset, periods, sheet, range, out) => `Inserted the target tables (${preset}; ${periods}) into “${sheet}”!${range} → ${out}`,
  helpTitle: "pressdx — press digital-transformation targets (Decision 348/QĐ-TTg) in .xlsx files",
  demoSteps: [
    "1. Insert the two standard target tables (preset national)",
    "2. Validate the tables just inserted",
    "3. Validate the sample plan of Minh Sơn province (mistakes on purpose)",
    "4. Consolidate the reports of 3 press agencies into the plan",
    "5. Write attainment (live formulas) beside the target tables",
  ],
  demoOutcome: (ok, folder) => `${ok ? "The results are as expected." : "THE RESULTS ARE NOT AS EXPECTED."} Open the files in ${folder}/:`,
  demoFiles: {
    reviewed: "flagged cells coloured, a “Kiểm tra” sheet listing every finding",
    merged: "a “Tổng hợp báo cáo” table naming the source of every row",
    attained: "“Thực hiện”, “Tỷ lệ đạt”, “Đánh giá” as formulas, and a target/actual chart",
  },
};
