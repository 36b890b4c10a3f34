/**
 * The worksheet's elements outside its rows that a patch touches (cols, mergeCells, conditional formats,
 * validations, page setup, dimension), each edited in place or created at its CT_Worksheet position in the part's
 * own prefix. Every function takes the part's text (without its rows) and gives it back changed; elements are found
 * with the package scanner, like every part.
 */
import { parseRange, rangeA1, type RangeRef } from "../../../sheet/a1";
import type { ConditionalFormatSpec, DataValidationSpec } from "../../../sheet/patch";
import { markedFormula, ownerOfFormula } from "../../ownership";
import { eachElement, editTag, escAttr, escText, insertChild, type Node, outline, root, setAttrs, shifted, splice, type XmlWhere } from "./xmlEdit";

/** CT_Worksheet's children in schema order: a new element goes before the first present one ranked after it. */
export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF",
  "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
] as const;

/** A worksheet's text without its rows, the prefix its elements are written with ("x:" or ""), and its name. */
export interface Outer {
  readonly xml: string;
  readonly p: string;
  readonly where: XmlWhere;
}

const child = (o: Outer, name: string): Node | undefined => root(o.xml, o.where).children.find((c) => c.name === name);
const insert = (o: Outer, name: string, fragment: string): string => insertChild(o.xml, o.where, WORKSHEET_ORDER, name, fragment);

export function setColumnWidth(o: Outer, col: number, chars: number): string {
  const cols = outline(o.xml, o.where, 3).children.find((c) => c.name === "cols");
  const n = col + 1;
  const mine = `<${o.p}col min="${n}" max="${n}" width="${chars}" customWidth="1"/>`;
  if (!cols) return insert(o, "cols", `<${o.p}cols>${mine}</${o.p}cols>`);
  const inner: string[] = [];
  let placed = false;
  for (const c of cols.children) {
    const text = o.xml.slice(c.start, c.end);
    const min = Number(c.attrs.min ?? 0);
    const max = Number(c.attrs.max ?? min);
    if (max < n || min > n) {
      if (!placed && min > n) {
        inner.push(mine);
        placed = true;
      }
      inner.push(text);
      continue;
    }
    // Split the span around the column; the column keeps the span's other settings (style, hidden…).
    const at = (changes: Record<string, string>): string => setAttrs(text, shifted(c, c.start), changes);
    if (min < n) inner.push(at({ min: String(min), max: String(n - 1) }));
    inner.push(at({ min: String(n), max: String(n), width: String(chars), customWidth: "1" }));
    if (max > n) inner.push(at({ min: String(n + 1), max: String(max) }));
    placed = true;
  }
  if (!placed) inner.push(mine);
  return splice(o.xml, cols.start, cols.end, `<${cols.qname}>${inner.join("")}</${cols.qname}>`);
}

/** Adds merges not already there (compared normalised). */
export function addMerges(o: Outer, ranges: readonly string[]): string {
  const el = outline(o.xml, o.where, 3).children.find((c) => c.name === "mergeCells");
  const have = new Set((el?.children ?? []).map((c) => normal(c.attrs.ref ?? "")));
  const add: string[] = [];
  for (const m of ranges) {
    const ref = normal(m);
    if (have.has(ref)) continue;
    have.add(ref);
    add.push(`<${o.p}mergeCell ref="${ref}"/>`);
  }
  if (add.length === 0) return o.xml;
  if (!el) return insert(o, "mergeCells", `<${o.p}mergeCells count="${add.length}">${add.join("")}</${o.p}mergeCells>`);
  const inner = el.innerStart === el.end ? "" : o.xml.slice(el.innerStart, el.innerEnd);
  const tag = editTag(o.xml.slice(el.start, el.innerStart), o.where, { count: String(have.size) });
  return splice(o.xml, el.start, el.end, `${tag}${inner}${add.join("")}</${el.qname}>`);
}

/** Removes the tool's conditional-format rules of these owners; a block left without rules goes. */
export function removeOwnedFormats(o: Outer, owners: ReadonlySet<string>): string {
  let xml = o.xml;
  // worksheet → conditionalFormatting → cfRule → formula
  const blocks = outline(xml, o.where, 4).children.filter((c) => c.name === "conditionalFormatting");
  for (const b of [...blocks].reverse()) {
    const rules = b.children.filter((c) => c.name === "cfRule");
    const gone = rules.filter((r) => {
      const f = r.children.find((c) => c.name === "formula");
      const owner = f ? ownerOfFormula(f.text) : null;
      return owner !== null && owners.has(owner);
    });
    if (gone.length === 0) continue;
    let kept = xml.slice(b.start, b.end);
    for (const r of [...gone].reverse()) kept = splice(kept, r.start - b.start, r.end - b.start, "");
    xml = splice(xml, b.start, b.end, gone.length === rules.length ? "" : kept);
  }
  return xml;
}

export function addConditionalFormat(o: Outer, cf: ConditionalFormatSpec, dxfId: number): string {
  // Priorities are shared by every rule of the sheet, the extension list's (x14:cfRule) included.
  let max = 0;
  eachElement(o.xml, o.where, (name, attrs) => {
    const n = name === "cfRule" ? Number(attrs.get("priority")) : NaN;
    if (Number.isInteger(n) && n > max) max = n;
  });
  const ref = rangeA1(parseRange(cf.range));
  const p = o.p;
  const rule = `<${p}cfRule type="expression" dxfId="${dxfId}" priority="${max + 1}"><${p}formula>${escText(markedFormula(cf.owner, cf.formula))}</${p}formula></${p}cfRule>`;
  return insert(o, "conditionalFormatting", `<${p}conditionalFormatting sqref="${ref}">${rule}</${p}conditionalFormatting>`);
}

/** Adds a validation; the cells it covers leave the rules they had, so rules never pile up on a cell. */
export function addValidation(o: Outer, v: DataValidationSpec): string {
  const target = parseRange(v.range);
  const el = child(o, "dataValidations");
  const rule = validationXml(o.p, v, rangeA1(target));
  if (!el) return insert(o, "dataValidations", `<${o.p}dataValidations count="1">${rule}</${o.p}dataValidations>`);
  let text = o.xml.slice(el.start, el.end);
  const rules = root(text, o.where).children.filter((c) => c.name === "dataValidation");
  for (const r of [...rules].reverse()) {
    const sqref = (r.attrs.sqref ?? "").split(/\s+/).filter(Boolean);
    const left = sqref.flatMap((s) => subtract(parseRange(s), target).map(rangeA1));
    if (left.join(" ") === sqref.map((s) => rangeA1(parseRange(s))).join(" ")) continue;
    text = left.length === 0 ? splice(text, r.start, r.end, "") : setAttrs(text, r, { sqref: left.join(" ") });
  }
  const after = root(text, o.where);
  text = setAttrs(text, after.element, { count: String(after.children.filter((c) => c.name === "dataValidation").length + 1) });
  return splice(o.xml, el.start, el.end, insertChild(text, o.where, [], "dataValidation", rule));
}

/** A4, the paper of Vietnamese administrative documents; landscape or not; one page wide. */
export function setPrint(o: Outer, print: { readonly landscape: boolean; readonly fitToWidth: boolean }): string {
  const setup = { orientation: print.landscape ? "landscape" : "portrait", paperSize: "9", ...(print.fitToWidth ? { fitToWidth: "1", fitToHeight: "0" } : {}) };
  const page = child(o, "pageSetup");
  const xml = page ? setAttrs(o.xml, page, setup) : insert(o, "pageSetup", `<${o.p}pageSetup${Object.entries(setup).map(([k, v]) => ` ${k}="${escAttr(v)}"`).join("")}/>`);
  if (!print.fitToWidth) return xml;
  const next = { ...o, xml };
  const sheetPr = outline(xml, o.where, 3).children.find((c) => c.name === "sheetPr");
  if (!sheetPr) return insert(next, "sheetPr", `<${o.p}sheetPr><${o.p}pageSetUpPr fitToPage="1"/></${o.p}sheetPr>`);
  const text = xml.slice(sheetPr.start, sheetPr.end);
  const inner = root(text, o.where);
  const pr = inner.children.find((c) => c.name === "pageSetUpPr");
  // CT_SheetPr: tabColor, outlinePr, pageSetUpPr.
  const edited = pr ? setAttrs(text, pr, { fitToPage: "1" }) : insertChild(text, o.where, ["tabColor", "outlinePr", "pageSetUpPr"], "pageSetUpPr", `<${o.p}pageSetUpPr fitToPage="1"/>`);
  return splice(xml, sheetPr.start, sheetPr.end, edited);
}

/**
 * Protects the sheet as Excel's Review › Protect Sheet does without a password: locked cells refuse edits, and
 * column widths and row heights may still be changed (formatColumns/formatRows "0" allow them).
 */
export function protectSheet(o: Outer): string {
  const attrs = { sheet: "1", objects: "1", scenarios: "1", formatColumns: "0", formatRows: "0" };
  const el = child(o, "sheetProtection");
  return el ? setAttrs(o.xml, el, attrs) : insert(o, "sheetProtection", `<${o.p}sheetProtection${Object.entries(attrs).map(([k, v]) => ` ${k}="${escAttr(v)}"`).join("")}/>`);
}

/** Merges that overlap `r` undone, and validations taken off its cells (see SheetXml.clearRange). */
export function clearRange(o: Outer, r: RangeRef): string {
  let xml = o.xml;
  const merges = outline(xml, o.where, 3).children.find((c) => c.name === "mergeCells");
  if (merges) {
    const gone = merges.children.filter((m) => {
      try {
        const a = parseRange(m.attrs.ref ?? "");
        return !(a.right < r.left || a.left > r.right || a.bottom < r.top || a.top > r.bottom);
      } catch {
        return false;
      }
    });
    if (gone.length > 0) {
      const left = merges.children.filter((c) => c.name === "mergeCell").length - gone.length;
      let text = xml.slice(merges.start, merges.end);
      for (const m of [...gone].reverse()) text = splice(text, m.start - merges.start, m.end - merges.start, "");
      xml = splice(xml, merges.start, merges.end, left <= 0 ? "" : setAttrs(text, shifted(merges, merges.start), { count: String(left) }));
    }
  }
  const dv = outline(xml, o.where, 3).children.find((c) => c.name === "dataValidations");
  if (dv) {
    let text = xml.slice(dv.start, dv.end);
    let count = 0;
    for (const v of [...dv.children].reverse()) {
      if (v.name !== "dataValidation") continue;
      const sqref = (v.attrs.sqref ?? "").split(/\s+/).filter(Boolean);
      const left = sqref.flatMap((q) => subtract(parseRange(q), r).map(rangeA1));
      if (left.join(" ") === sqref.map((q) => rangeA1(parseRange(q))).join(" ")) {
        count++;
        continue;
      }
      if (left.length === 0) text = splice(text, v.start - dv.start, v.end - dv.start, "");
      else {
        text = setAttrs(text, shifted(v, dv.start), { sqref: left.join(" ") });
        count++;
      }
    }
    xml = splice(xml, dv.start, dv.end, count === 0 ? "" : setAttrs(text, shifted(dv, dv.start), { count: String(count) }));
  }
  return xml;
}

/** The dimension grown to cover `bounds` (an unreadable one is replaced by them); a part without one keeps none. */
export function updateDimension(o: Outer, bounds: RangeRef): string {
  const dim = child(o, "dimension");
  if (!dim) return o.xml;
  let ref = bounds;
  try {
    const old = parseRange(dim.attrs.ref ?? "");
    ref = { top: Math.min(old.top, ref.top), left: Math.min(old.left, ref.left), bottom: Math.max(old.bottom, ref.bottom), right: Math.max(old.right, ref.right) };
  } catch {
    // An unreadable dimension is replaced by what the writes cover.
  }
  return setAttrs(o.xml, dim, { ref: rangeA1(ref) });
}

function normal(range: string): string {
  try {
    return rangeA1(parseRange(range));
  } catch {
    return range;
  }
}

/** The parts of `r` outside `cut`, as up to four rectangles. */
export function subtract(r: RangeRef, cut: RangeRef): RangeRef[] {
  if (cut.bottom < r.top || cut.top > r.bottom || cut.right < r.left || cut.left > r.right) return [r];
  const out: RangeRef[] = [];
  if (r.top < cut.top) out.push({ ...r, bottom: cut.top - 1 });
  if (r.bottom > cut.bottom) out.push({ ...r, top: cut.bottom + 1 });
  const top = Math.max(r.top, cut.top);
  const bottom = Math.min(r.bottom, cut.bottom);
  if (r.left < cut.left) out.push({ top, bottom, left: r.left, right: cut.left - 1 });
  if (r.right > cut.right) out.push({ top, bottom, left: cut.right + 1, right: r.right });
  return out;
}

function validationXml(p: string, v: DataValidationSpec, sqref: string): string {
  const attrs: Array<[string, string]> = [];
  if (v.type !== "any") attrs.push(["type", v.type]);
  let formulas = "";
  if (v.type === "list") {
    formulas = `<${p}formula1>${escText(`"${(v.list ?? []).map((s) => s.replace(/"/g, '""')).join(",")}"`)}</${p}formula1>`;
  } else if (v.type === "decimal" || v.type === "whole") {
    if (v.min !== undefined && v.max !== undefined) {
      attrs.push(["operator", "between"]);
      formulas = `<${p}formula1>${v.min}</${p}formula1><${p}formula2>${v.max}</${p}formula2>`;
    } else if (v.min !== undefined) {
      attrs.push(["operator", "greaterThanOrEqual"]);
      formulas = `<${p}formula1>${v.min}</${p}formula1>`;
    } else if (v.max !== undefined) {
      attrs.push(["operator", "lessThanOrEqual"]);
      formulas = `<${p}formula1>${v.max}</${p}formula1>`;
    }
  }
  if (v.allowBlank) attrs.push(["allowBlank", "1"]);
  if (v.prompt) attrs.push(["showInputMessage", "1"]);
  if (v.error) attrs.push(["showErrorMessage", "1"]);
  if (v.error) attrs.push(["errorTitle", v.error.title], ["error", v.error.message]);
  if (v.prompt) attrs.push(["promptTitle", v.prompt.title], ["prompt", v.prompt.message]);
  attrs.push(["sqref", sqref]);
  return `<${p}dataValidation${attrs.map(([k, val]) => ` ${k}="${escAttr(val)}"`).join("")}>${formulas}</${p}dataValidation>`;
}
