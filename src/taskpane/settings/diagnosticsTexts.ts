/**
 * The texts of Settings › Diagnostics (Diagnostics.tsx: for a support request, so they may name API sets) and the
 * Settings tab's other lines about the Excel the pane runs in: which Excel it is and what it lacks. In both languages,
 * loaded with the Settings tab rather than with the first screen (its budget: test/e2e/pane.e2e.ts,
 * docs/decisions.md "Bundle size").
 */
import type { Lang } from "../../domain/messages";
import { num } from "../../domain/messages/format";

const n = (v: number): string => num(v, "vi");
const e = (v: number): string => num(v, "en");
const plural = (c: number, one: string, many: string): string => `${e(c)} ${c === 1 ? one : many}`;

const vi = {
  platformNames: { PC: "Excel cho Windows", Mac: "Excel cho Mac", OfficeOnline: "Excel trên web", iOS: "Excel cho iPad" } as Readonly<Record<string, string>>,
  hostLabel: (platform: string) => `Đang chạy trên: ${platform}`,
  notesUnsupported: "Phiên bản Excel này chưa hỗ trợ ghi chú ô: ghi chú của chỉ tiêu (ví dụ “trên 65%”) hiện thành lời nhắc khi chọn ô.",
  diagnosticsHeading: "Chẩn đoán",
  diagnosticsHint: "Gửi phần này kèm khi báo lỗi: Excel nào, bộ API nào, và lệnh vừa chạy tốn bao nhiêu.",
  diagnosticsHost: "Ứng dụng",
  diagnosticsPlatform: "Nền tảng",
  diagnosticsVersion: "Phiên bản Office",
  diagnosticsApiSets: "Bộ API ExcelApi",
  diagnosticsLastCommand: "Lệnh gần nhất",
  diagnosticsNoCommand: "chưa chạy lệnh nào",
  diagnosticsCommand: (name: string, ok: boolean, ms: number, syncs: number) => `${name} (${ok ? "xong" : "lỗi"}): ${n(ms)} ms, ${n(syncs)} lượt gửi tới Excel`,
  diagnosticsBytes: (read: string, written: string, largest: string) => `đã đọc ≈ ${read}, đã ghi ≈ ${written} (yêu cầu lớn nhất ≈ ${largest})`,
  diagnosticsCopy: "Sao chép thông tin chẩn đoán",
  diagnosticsCopied: "Đã sao chép thông tin chẩn đoán.",
  diagnosticsCopyFailed: "Không sao chép được; hãy chọn và sao chép đoạn văn bản dưới đây.",
};

export type DiagnosticsTexts = typeof vi;

const en: DiagnosticsTexts = {
  platformNames: { PC: "Excel for Windows", Mac: "Excel for Mac", OfficeOnline: "Excel on the web", iOS: "Excel for iPad" },
  hostLabel: (platform: string) => `Running on: ${platform}`,
  notesUnsupported: "This version of Excel has no cell notes: the targets' notes (such as “trên 65%”) show as the cells' input messages instead.",
  diagnosticsHeading: "Diagnostics",
  diagnosticsHint: "Send this along when reporting a problem: which Excel, which API sets, and what the last command cost.",
  diagnosticsHost: "Host",
  diagnosticsPlatform: "Platform",
  diagnosticsVersion: "Office version",
  diagnosticsApiSets: "ExcelApi sets",
  diagnosticsLastCommand: "Last command",
  diagnosticsNoCommand: "none run yet",
  diagnosticsCommand: (name: string, ok: boolean, ms: number, syncs: number) => `${name} (${ok ? "done" : "failed"}): ${e(ms)} ms, ${plural(syncs, "round trip", "round trips")} to Excel`,
  diagnosticsBytes: (read: string, written: string, largest: string) => `read ≈ ${read}, written ≈ ${written} (largest request ≈ ${largest})`,
  diagnosticsCopy: "Copy the diagnostics",
  diagnosticsCopied: "Diagnostics copied.",
  diagnosticsCopyFailed: "Could not copy; select and copy the text below.",
};

export const DIAGNOSTICS_TEXTS: Readonly<Record<Lang, DiagnosticsTexts>> = { vi, en };
