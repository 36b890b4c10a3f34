/**
 * Headings inside a target table: rows with a label and no figures that name no indicator ("I. NHÓM CHỈ TIÊU VỀ
 * NỀN TẢNG SỐ", "1. Nhóm chỉ tiêu ...", "3. Nguồn nhân lực, an toàn thông tin", in any case). They are structure:
 * no finding, and the table goes on below them (RULES.md version 2).
 */
import { fold } from "../domain/text";
import { matchIndicator } from "./indicatorMatch";

/**
 * Topic words of a heading: a group of indicators ("Nguồn nhân lực", "Hạ tầng số", "Chỉ tiêu chung"), never one
 * indicator of its own. A row without figures that names one of them is a heading even when it shares words with
 * an indicator ("an toàn thông tin").
 */
const TOPICS = /\b(nhom|nguon nhan luc|nhan luc|ha tang( so)?|linh vuc|chi tieu chung|muc tieu chung|chi tieu cu the|chi tieu rieng|chi tieu khac|chi tieu cua tinh|chi tieu dac thu|cac chi tieu|human resources|infrastructure|general targets)\b/;

/**
 * A heading by its shape alone, figures aside: Roman-numbered and naming no indicator, "Nhóm ..." or "Phần ..."
 * after any numbering, in capitals (and Roman-numbered or naming no indicator), or naming a topic.
 */
export function isHeadingText(stt: string, label: string): boolean {
  if (stt === "" && label === "") return false;
  // The same blank-figure rows (headings, unfilled indicators) recur on every sheet of a workbook: judge each
  // once, by label and then number, without building a key.
  let byStt = HEADINGS.get(label);
  if (byStt === undefined) {
    if (HEADINGS.size >= 20_000) HEADINGS.clear();
    byStt = new Map();
    HEADINGS.set(label, byStt);
  }
  let heading = byStt.get(stt);
  if (heading === undefined) {
    heading = computeIsHeading(stt, label);
    byStt.set(stt, heading);
  }
  return heading;
}

const HEADINGS = new Map<string, Map<string, boolean>>();

function computeIsHeading(stt: string, label: string): boolean {
  const text = `${stt} ${label}`.trim();
  if (text === "" || /\d{4}/.test(text)) return false;
  const words = fold(text).split(" ");
  const first = words[0] ?? "";
  const roman = /^(i{1,3}|iv|v|vi{1,3}|ix|x)$/.test(first) && /^\s*[IVX]{1,4}\b/.test(text);
  // The words after any numbering ("I.", "1", "A.", "a)"): "Nhóm ..." names a group whatever its case.
  let k = 0;
  while (k < words.length - 1 && /^(\d{1,2}|i{1,3}|iv|v|vi{1,3}|ix|x|[a-d])$/.test(words[k] ?? "")) k++;
  const head = words[k];
  // "Phần" (part), not "phân" of "Phân tích dữ liệu": the two fold alike, so the marks decide.
  if (head === "nhom" || head === "group" || (head === "phan" && /(?:^|\s)phần(?:\s|$)/iu.test(text))) return true;
  if (TOPICS.test(fold(label)) && !TRAINING_OR_SECURITY_FIGURE.test(fold(label))) return true;
  const letters = text.replace(/[^\p{L}]/gu, "");
  const capitals = letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const names = matchIndicator(label) !== null;
  return (roman && !names) || (capitals && (roman || !names));
}

/**
 * A row that states one indicator's own target in its words names no topic, even with a topic word in it
 * ("Nhân lực báo chí được đào tạo, bồi dưỡng ..." is the training indicator; "... cấp độ 3 trở lên" security).
 */
const TRAINING_OR_SECURITY_FIGURE = /\b(duoc dao tao|dao tao boi duong|boi duong kien thuc|cap do 3|trained)\b/;
