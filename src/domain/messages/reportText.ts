/** Agency-report messages both locales share the logic of: a conflict names two sources, two figures and the one kept. */
import { type FigureValue, formatFigure } from "../agency/figureText";
import { AGENCY_FIELDS, type AgencyField } from "../agency/report";
import type { Finding } from "../findings";

/** A conflict in words: both sources, both figures as the field is written, and which one the merged table kept. */
export function conflictText(f: Finding, lang: "vi" | "en"): string {
  const o = f.operands ?? {};
  const field = String(o["field"] ?? "") as AgencyField;
  const known = (AGENCY_FIELDS as readonly string[]).includes(field);
  const fmt = (v: unknown): string =>
    known ? formatFigure(field, v as FigureValue, lang) : v === null || v === undefined ? (lang === "vi" ? "(trống)" : "(blank)") : `“${String(v)}”`;
  const here = String(o["here"] ?? "");
  const other = String(o["other"] ?? "");
  const kept = String(o["kept"] ?? "");
  const keptValue = kept === here ? f.value : kept === other ? f.expected : undefined;
  const keptFigure = keptValue === undefined ? "" : ` (${fmt(keptValue)})`;
  if (lang === "en") {
    const why =
      o["by"] === "choice"
        ? "as chosen"
        : o["by"] === "stale_choice"
          ? `the first file by name: the stored choice “${String(o["choice"] ?? "")}” names no report any more`
          : "the first file by name";
    return `${f.agency ?? ""} ${f.year ?? ""} is reported twice with different figures, column “${String(o["column"] ?? "")}”: ${fmt(f.value)} in ${here}, ${fmt(f.expected)} in ${other}. The merged table keeps ${kept}${keptFigure} (${why}).`;
  }
  const why =
    o["by"] === "choice"
      ? "theo lựa chọn đã lưu"
      : o["by"] === "stale_choice"
        ? `tệp đứng trước theo tên; lựa chọn đã lưu “${String(o["choice"] ?? "")}” không còn khớp báo cáo nào`
        : "tệp đứng trước theo tên";
  return `${f.agency ?? ""}${f.year === null ? "" : ` năm ${f.year}`} được báo cáo hai lần với số liệu khác nhau ở cột “${String(o["column"] ?? "")}”: ${fmt(f.value)} ở ${here}, ${fmt(f.expected)} ở ${other}. Bảng tổng hợp giữ số liệu của ${kept}${keptFigure} (${why}).`;
}
