/**
 * A PaneServices that records every call and answers with realistic results: the demo plan's findings
 * (README), a consolidation of three agencies, attainment for 2025. Any command can be made to fail, or be held
 * pending until the test releases it.
 */
import { type Finding, finding } from "../../src/domain/findings";
import type { Lang } from "../../src/domain/messages";
import { findingKey, type FindingReview, OPEN } from "../../src/domain/review";
import type { LogEntry } from "../../src/sheet/store/reviewStore";
import type { RemovalOutcome } from "../../src/usecases/removeInserted";
import type { AttainmentView, ChosenReportFile, ConflictChoice, ConflictView, DecisionRequest, TrackerView, Diagnostics, Outcome, PaneError, PaneServices, PaneSettings, UserEdit, ValidateRequest, ValidationView } from "../../src/taskpane/services";

export type CommandName =
  | "insertAppendix"
  | "insertExample"
  | "validate"
  | "clearHighlights"
  | "writeReviewSheet"
  | "insertAgencyForm"
  | "consolidate"
  | "consolidateFiles"
  | "writeAttainment"
  | "decide"
  | "commandLog"
  | "removeInserted";

export interface Call {
  readonly name: CommandName | "selectCell" | "saveSettings";
  readonly args: readonly unknown[];
}

export const PLAN_TABLES: ValidationView["tables"] = [
  { sheet: "Phụ lục", range: "A7:F14", title: "1. Kế hoạch tăng trưởng chỉ tiêu giai đoạn 2023 - 2025", years: [2023, 2024, 2025] },
  { sheet: "Phụ lục", range: "A17:G23", title: "2. Kế hoạch tăng trưởng chỉ tiêu giai đoạn 2026 - 2030", years: [2026, 2027, 2028, 2029, 2030] },
];

/**
 * How the check read the plan's first table (its years, a heading inside it, a row it could not match, where it
 * ended) and why it refused the budget beside it.
 */
export const PLAN_READINGS: NonNullable<ValidationView["readings"]> = [
  {
    sheet: "Phụ lục",
    range: "A7:F14",
    taken: "target",
    reasons: ["indicator_rows"],
    explanation: {
      labelColumn: { cell: "B7", named: true },
      columns: [
        { cell: "A7", text: "STT", read: "stt" },
        { cell: "B7", text: "Nội dung chỉ tiêu", read: "label" },
        { cell: "C7", text: "Năm 2023", read: "year" },
        { cell: "D7", text: "Năm 2024", read: "year" },
        { cell: "E7", text: "Mục tiêu năm 2025", read: "year" },
        { cell: "F7", text: "Thực hiện năm 2022", read: "not_read" },
      ],
      years: [
        { cell: "C7", text: "Năm 2023", year: 2023, read: "year" },
        { cell: "D7", text: "Năm 2024", year: 2024, read: "year" },
        { cell: "E7", text: "Mục tiêu năm 2025", year: 2025, read: "year" },
      ],
      rows: [
        { row: 8, cell: "B8", label: "Cơ quan báo chí đưa nội dung lên các nền tảng số", read: "indicator", indicator: "platforms", evidence: ["dua noi dung len cac nen tang so"], standard: true },
        { row: 9, cell: "B9", label: "Ứng dụng trí tuệ nhân tạo", read: "indicator", indicator: "analytics_ai", evidence: ["tri tue nhan tao"], standard: false },
        { row: 10, cell: "B10", label: "3. Nguồn nhân lực, an toàn thông tin", read: "heading" },
        { row: 12, cell: "B12", label: "Đào tạo, bồi dưỡng kỹ năng chuyển đổi số", read: "indicator", indicator: "training", evidence: ["dao tao", "chuyen doi so"], standard: false },
        { row: 13, cell: "B13", label: "ATTT cấp độ 3", read: "indicator", indicator: "security_level3", evidence: ["attt cap do 3"], standard: false },
        { row: 14, cell: "B14", label: "Số người dùng ứng dụng báo chí", read: "unknown" },
      ],
      end: { row: 15, reason: "blank_row" },
    },
  },
  {
    sheet: "Phụ lục",
    range: "H7:K10",
    taken: "refused",
    reasons: ["money_words", "large_values", "no_indicator_row"],
    explanation: {
      labelColumn: { cell: "H7", named: true },
      columns: [
        { cell: "H7", text: "Nội dung", read: "label" },
        { cell: "I7", text: "Năm 2023", read: "year" },
        { cell: "J7", text: "Năm 2024", read: "year" },
        { cell: "K7", text: "Năm 2025", read: "year" },
      ],
      years: [
        { cell: "I7", text: "Năm 2023", year: 2023, read: "year" },
        { cell: "J7", text: "Năm 2024", year: 2024, read: "year" },
        { cell: "K7", text: "Năm 2025", year: 2025, read: "year" },
      ],
      rows: [
        { row: 8, cell: "H8", label: "Kinh phí chuyển đổi số (triệu đồng)", read: "unknown" },
        { row: 9, cell: "H9", label: "Ngân sách tỉnh", read: "unknown" },
      ],
      end: { row: 10, reason: "total_row" },
    },
  },
];

export const PLAN_FINDINGS: readonly Finding[] = [
  finding({
    code: "target.unreachable_share",
    sheet: "Phụ lục",
    cell: "D8",
    indicator: "platforms",
    year: 2024,
    value: 0.6,
    operands: { share: 0.6, agencies: 3, lowerK: 1, lower: 1 / 3, upperK: 2, upper: 2 / 3 },
  }),
  finding({ code: "figure.stored_as_text", sheet: "Phụ lục", cell: "E8", indicator: "platforms", year: 2025, value: "67%", operands: { share: 0.67 } }),
  finding({ code: "figure.not_a_number", sheet: "Phụ lục", cell: "C9", indicator: "analytics_ai", year: 2023, value: "4O%" }),
  finding({ code: "figure.out_of_range", sheet: "Phụ lục", cell: "D12", indicator: "training", year: 2024, value: 1.2, operands: { share: 1.2 } }),
  finding({
    code: "target.below_national",
    sheet: "Phụ lục",
    cell: "E12",
    indicator: "training",
    year: 2025,
    value: 0.9,
    expected: 1,
    operands: { share: 0.9, national: 1, decision: "781/QĐ-BTTTT" },
  }),
  finding({
    code: "indicator.label_differs",
    sheet: "Phụ lục",
    cell: "B13",
    indicator: "security_level3",
    year: null,
    value: "ATTT cấp độ 3",
    expected: "Cơ quan báo chí điện tử đạt an toàn thông tin cấp độ 3",
  }),
  finding({
    code: "target.decreasing",
    sheet: "Phụ lục",
    cell: "C20",
    indicator: "converged_newsroom",
    year: 2026,
    value: 1 / 3,
    expected: 2 / 3,
    operands: { part: "share", current: 1 / 3, previous: 2 / 3, previousYear: 2025 },
  }),
];

export const REPORT_FINDINGS: readonly Finding[] = [
  finding({
    code: "report.trained_exceeds_staff",
    sheet: "Báo cáo",
    cell: "K7",
    indicator: null,
    year: 2025,
    value: 21,
    agency: "Tạp chí Văn nghệ",
    operands: { trained: 21, staff: 18 },
  }),
  finding({ code: "report.missing_year", sheet: "Báo cáo", cell: "A9", indicator: null, year: 2024, value: null, agency: "Đài PT-TH Minh Sơn", operands: { reported: "2023, 2025" } }),
];

/** A revenue typed a thousand times smaller in a supplement, and a head count that differs. */
export const CONFLICTS: readonly ConflictView[] = [
  {
    key: "dai pt-th minh son|2025|revenue",
    agency: "Đài PT-TH Minh Sơn",
    year: 2025,
    column: "Doanh thu năm báo cáo (triệu đồng)",
    candidates: [
      { source: "Sổ làm việc này › Báo cáo › dòng 8", figure: "21.350 triệu đồng" },
      { source: "Sổ làm việc này › Báo cáo bổ sung › dòng 4", figure: "2.135 triệu đồng" },
    ],
    kept: "Sổ làm việc này › Báo cáo › dòng 8",
    by: "default",
  },
  {
    key: "tap chi van nghe|2025|staff",
    agency: "Tạp chí Văn nghệ",
    year: 2025,
    column: "Tổng số lãnh đạo, PV, BTV",
    candidates: [
      { source: "Sổ làm việc này › Báo cáo › dòng 7", figure: "18 người" },
      { source: "Sổ làm việc này › Báo cáo bổ sung › dòng 5", figure: "22 người" },
    ],
    kept: "Sổ làm việc này › Báo cáo bổ sung › dòng 5",
    by: "choice",
  },
];

/** Four agencies, 2023 and 2024: one has not sent its 2024 report, one gave two revenues for 2024. */
export const TRACKER: TrackerView = {
  years: [
    { year: 2023, expected: 4, reported: 4, missing: [], conflicting: [] },
    { year: 2024, expected: 4, reported: 3, missing: ["Tạp chí Văn nghệ"], conflicting: ["Đài PT-TH Minh Sơn"] },
  ],
};

export const ATTAINMENT: AttainmentView = {
  tables: [
    {
      sheet: "Phụ lục",
      range: "A7:F14",
      block: "H7:S14",
      chartYear: 2025,
      rows: [
        { indicator: "platforms", year: 2025, target: 0.67, threshold: null, numerator: 3, denominator: 3, actual: 1, ratio: 1 / 0.67, status: "Đạt" },
        { indicator: "revenue", year: 2025, target: 0.33, threshold: 0.2, numerator: 1, denominator: 3, actual: 1 / 3, ratio: 1.01, status: "Đạt" },
        { indicator: "training", year: 2025, target: 1, threshold: null, numerator: 212, denominator: 266, actual: 212 / 266, ratio: 212 / 266, status: "Chưa đạt" },
        { indicator: "analytics_ai", year: 2024, target: 0.33, threshold: null, numerator: 0, denominator: 0, actual: null, ratio: null, status: "—" },
        { indicator: "university_curriculum", year: 2025, target: 1, threshold: null, numerator: 0, denominator: 0, actual: null, ratio: null, status: "—" },
        { indicator: "security_level3", year: 2025, target: 1, threshold: null, numerator: 0, denominator: 0, actual: null, ratio: null, status: "—" },
      ],
    },
  ],
  findings: [REPORT_FINDINGS[0] as Finding],
  reportedYears: [2023, 2025],
};

export class FakeServices implements PaneServices {
  host = { platform: "PC", notesSupported: true };
  readonly calls: Call[] = [];
  /** Commands that answer with this error instead of their result. */
  readonly failures = new Map<CommandName, PaneError>();
  /** Commands that stay pending until `release()`. */
  readonly held = new Set<CommandName>();
  settings: PaneSettings = { lang: "vi", agencies: 3, defaultPreset: "national", revalidateOnEdit: false, introDone: true };
  validation: ValidationView = { tables: PLAN_TABLES, findings: PLAN_FINDINGS, highlighted: 7, unhighlighted: [], readings: PLAN_READINGS };
  private readonly listeners = new Set<(edit: UserEdit) => void>();
  private pending: (() => void)[] = [];

  /** How many edit listeners are subscribed now. */
  get editListeners(): number {
    return this.listeners.size;
  }

  /** The user edits the workbook (a cell of the plan's first table unless told otherwise). */
  userEdits(edit: UserEdit = { sheet: "Phụ lục", address: "C9", cellsOnly: true }): void {
    for (const l of [...this.listeners]) l(edit);
  }

  release(): void {
    const p = this.pending;
    this.pending = [];
    p.forEach((resolve) => resolve());
  }

  callsOf(name: Call["name"]): Call[] {
    return this.calls.filter((c) => c.name === name);
  }

  insertAppendix(req: Parameters<PaneServices["insertAppendix"]>[0], lang: Lang) {
    return this.answer("insertAppendix", [req, lang], { sheet: "Phụ lục", range: "A1:G30" });
  }
  validate(req: Parameters<PaneServices["validate"]>[0], lang: Lang, signal?: AbortSignal) {
    const reviews = this.validation.findings.map((f) => this.decisions.get(findingKey(f)) ?? OPEN);
    return this.answer("validate", [req, lang], this.decisions.size === 0 ? this.validation : { ...this.validation, reviews }, signal);
  }
  insertExample(lang: Lang) {
    return this.answer("insertExample", [lang], { sheet: "Ví dụ", range: "A1:H22" });
  }
  /** Decisions as the workbook would keep them, by finding key. */
  readonly decisions = new Map<string, FindingReview>();
  log: LogEntry[] = [{ at: "07/12/2026 06:18", command: "insert", wrote: "Phụ lục!A1:F22" }];
  removal: RemovalOutcome = { removed: [{ kind: "table", where: "Phụ lục!A1:F22" }, { kind: "highlights", where: "Phụ lục" }], kept: [] };
  decide(req: ValidateRequest & { decision: DecisionRequest }, lang: Lang) {
    const d = req.decision;
    if ("accept" in d) this.decisions.set(findingKey(d.accept), { status: "accepted", reason: d.reason, at: "07/12/2026 06:20" });
    else if ("reopen" in d) this.decisions.delete(findingKey(d.reopen));
    else this.decisions.clear();
    const reviews = this.validation.findings.map((f) => this.decisions.get(findingKey(f)) ?? OPEN);
    return this.answer("decide", [req, lang], { ...this.validation, reviews, changes: null });
  }
  commandLog(lang: Lang) {
    return this.answer("commandLog", [lang], [...this.log].reverse());
  }
  removeInserted(req: { dryRun: boolean }, lang: Lang) {
    return this.answer("removeInserted", [req, lang], this.removal);
  }
  clearHighlights(lang: Lang) {
    return this.answer("clearHighlights", [lang], { cleared: 7 });
  }
  writeReviewSheet(req: { agencies: number | null }, lang: Lang) {
    return this.answer("writeReviewSheet", [req, lang], { sheet: "Kiểm tra" });
  }
  selectCell(sheet: string, cell: string): Promise<void> {
    this.calls.push({ name: "selectCell", args: [sheet, cell] });
    return Promise.resolve();
  }
  insertAgencyForm(req: Parameters<PaneServices["insertAgencyForm"]>[0], lang: Lang) {
    return this.answer("insertAgencyForm", [req, lang], { sheet: "Báo cáo", range: "A1:L2" });
  }
  /** The conflicts the consolidation reports, each choice applied as the workbook would store it. */
  conflicts: readonly ConflictView[] = CONFLICTS;
  consolidate(lang: Lang, choice?: ConflictChoice) {
    if (choice) this.conflicts = this.conflicts.map((c) => (c.key === choice.key ? { ...c, kept: choice.source, by: "choice" as const } : c));
    const args = choice ? [lang, choice] : [lang];
    return this.answer("consolidate", args, { sheet: "Tổng hợp báo cáo", reports: 3, findings: REPORT_FINDINGS, conflicts: this.conflicts, tracker: TRACKER });
  }
  /** The choice stored by the last "keep this figure" on a files' conflict. */
  fileChoice: ConflictChoice | null = null;
  /**
   * A chosen file named ".xls" or "hong-…" is unreadable (an old Excel file, a damaged one); the others give one
   * report each, the first two readable ones a revenue that differs (a choice kept as the workbook would store it),
   * and the first one a finding at its own cell B7.
   */
  consolidateFiles(files: readonly ChosenReportFile[], lang: Lang, progress: (file: number, total: number) => void, signal?: AbortSignal, choice?: ConflictChoice) {
    // The first file's progress is told at once; a held command stays there (the real one stops between files).
    if (files.length > 0) progress(1, files.length);
    const unreadable = files.filter((f) => /\.xls$|^hong-/.test(f.name)).map((f) => ({ file: f.name, reason: "tệp Excel 97–2003 (.xls) cũ; hãy mở bằng Excel và lưu lại dưới dạng .xlsx" }));
    // As the engine reports them: a whole-file finding per unreadable file (no sheet, no cell), before the others.
    const whole = unreadable.map((u) => finding({ code: "source.unreadable", sheet: "", cell: "", indicator: null, year: null, value: null, file: u.file, operands: { reason: u.reason } }));
    const read = files.filter((f) => !unreadable.some((u) => u.file === f.name)).map((f) => f.name);
    if (choice) this.fileChoice = choice;
    const sources = read.slice(0, 2).map((name, i) => ({ source: `${name} › Báo cáo › dòng 3`, figure: i === 0 ? "21.000 triệu đồng" : "21.350 triệu đồng" }));
    const first = sources[0]?.source ?? "";
    const chosen = this.fileChoice && sources.some((c) => c.source === this.fileChoice?.source) ? this.fileChoice.source : null;
    const conflicts: ConflictView[] =
      sources.length < 2 ? [] : [{ key: "bao minh son|2024|revenue", agency: "Báo Minh Sơn", year: 2024, column: "Doanh thu năm báo cáo (triệu đồng)", candidates: sources, kept: chosen ?? first, by: chosen ? "choice" : "default" }];
    const own = read[0] ? [finding({ code: "report.row_skipped", sheet: "Báo cáo", cell: "B7", indicator: null, year: null, value: "Tổng cộng", file: read[0], agency: "Báo Minh Sơn" })] : [];
    const value = { sheet: "Tổng hợp báo cáo", reports: read.length, files: files.length, findings: [...whole, ...own, ...REPORT_FINDINGS], unreadable, conflicts, tracker: TRACKER };
    const args = choice ? [files.map((f) => f.name), lang, choice] : [files.map((f) => f.name), lang];
    return this.answer("consolidateFiles", args, value, signal, "Đã hủy đọc tệp; sổ làm việc không thay đổi.");
  }
  writeAttainment(lang: Lang) {
    return this.answer("writeAttainment", [lang], ATTAINMENT);
  }
  loadSettings(): Promise<PaneSettings> {
    return Promise.resolve(this.settings);
  }
  saveSettings(s: PaneSettings): Promise<void> {
    this.calls.push({ name: "saveSettings", args: [s] });
    this.settings = s;
    return Promise.resolve();
  }
  onUserEdit(listener: (edit: UserEdit) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** What the diagnostics section shows. */
  diagnosticsInfo: Diagnostics = {
    host: "Excel",
    platform: "PC",
    version: "16.0.19127.20000",
    apiSets: [
      { version: "1.14", supported: true },
      { version: "1.18", supported: true },
      { version: "1.20", supported: false },
    ],
    lastCommand: { command: "validate", ok: true, ms: 840, syncs: 3, bytesRead: 212_344, bytesWritten: 7_480, largestWrite: 7_480 },
  };
  diagnostics(): Diagnostics {
    return this.diagnosticsInfo;
  }

  private async answer<T>(name: CommandName, args: readonly unknown[], value: T, signal?: AbortSignal, cancelled = "Đã hủy kiểm tra."): Promise<Outcome<T>> {
    this.calls.push({ name, args });
    if (this.held.has(name)) {
      // A held command ends when released, or (as the real check does at its next pace) when cancelled.
      await new Promise<void>((resolve) => {
        this.pending.push(resolve);
        signal?.addEventListener("abort", () => resolve());
      });
    }
    if (signal?.aborted) return { ok: false, error: { code: "cancelled", message: cancelled, nothingChanged: true } };
    const error = this.failures.get(name);
    return error ? { ok: false, error } : { ok: true, value };
  }
}
