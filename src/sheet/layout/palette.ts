/** Colours shared by every layout, so a finding looks the same in highlights, the review sheet and the pane. */
import type { Severity } from "../../domain/findings";

export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: "FFC7CE",
  warning: "FFEB9C",
  info: "DDEBF7",
};

export const SEVERITY_FONT: Readonly<Record<Severity, string>> = {
  error: "9C0006",
  warning: "9C5700",
  info: "1F4E78",
};

export const HEADER_FILL = "D9E1F2";

export const SEVERITY_LABEL_VI: Readonly<Record<Severity, string>> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Lưu ý",
};
