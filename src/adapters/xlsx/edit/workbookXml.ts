/**
 * The workbook part under edit: its sheets (name → part through the relationships), workbook-scoped defined
 * names, the structure lock, the calculation settings; adding a sheet; dropping the calculation chain.
 */
import { relativeTarget, resolveTarget } from "../ooxml";
import type { PackageEdit } from "./packageEdit";
import { blankWorksheet, R_NS } from "./sheetXml";
import { escAttr, escText, insertChild, type Node, outline, prefixOf, root, setAttrs, splice, type XmlWhere } from "./xmlEdit";

const WORKBOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "appProtection", "workbookProtection", "bookViews", "sheets", "functionGroups",
  "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes",
  "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
];
const REL_TYPE = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
};
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export interface SheetRef {
  readonly name: string;
  readonly part: string;
}

export class WorkbookXml {
  private constructor(
    private readonly edit: PackageEdit,
    readonly part: string,
    private xml: string,
    readonly sheets: SheetRef[],
  ) {
    this.where = edit.where(part);
  }

  private readonly where: XmlWhere;

  static async open(edit: PackageEdit): Promise<WorkbookXml> {
    const office = (await edit.rels("")).find((r) => r.type.endsWith("/officeDocument"));
    const part = office ? resolveTarget("", office.target) : "xl/workbook.xml";
    const xml = await edit.mustText(part);
    const rels = new Map((await edit.rels(part)).map((r) => [r.id, r]));
    const sheets: SheetRef[] = [];
    const list = outline(xml, edit.where(part), 3).children.find((c) => c.name === "sheets");
    if (list) {
      for (const s of list.children) {
        if (s.name !== "sheet") continue;
        const rel = rels.get(rid(s) ?? "");
        if (rel && rel.type.endsWith("/worksheet") && !rel.external) sheets.push({ name: s.attrs.name ?? "", part: resolveTarget(part, rel.target) });
      }
    }
    return new WorkbookXml(edit, part, xml, sheets);
  }

  sheet(name: string): SheetRef | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** Excel refuses to add or remove sheets while the workbook's structure is locked. */
  get structureLocked(): boolean {
    const el = this.child("workbookProtection");
    const v = el?.attrs.lockStructure;
    return v === "1" || v === "true";
  }

  /** A macro workbook: its main part is declared macro-enabled, or it holds a VBA project. */
  async isMacroEnabled(): Promise<boolean> {
    const type = await this.edit.contentType(this.part);
    if (type?.includes("macroEnabled")) return true;
    return (await this.edit.rels(this.part)).some((r) => r.type.endsWith("/vbaProject"));
  }

  /** Appends a new, empty worksheet after the others. */
  async addSheet(name: string): Promise<SheetRef> {
    const part = this.edit.freeName("xl/worksheets/sheet", ".xml");
    this.edit.set(part, blankWorksheet());
    await this.edit.setContentType(part, WORKSHEET_TYPE);
    const id = await this.edit.addRel(this.part, REL_TYPE.worksheet, relativeTarget(this.part, part));
    const list = outline(this.xml, this.where, 3).children.find((c) => c.name === "sheets");
    const ids = (list?.children ?? []).map((c) => Number(c.attrs.sheetId)).filter((n) => Number.isInteger(n));
    const p = this.prefix();
    const el = `<${p}sheet xmlns:r="${R_NS}" name="${escAttr(name)}" sheetId="${Math.max(0, ...ids) + 1}" r:id="${id}"/>`;
    if (list) this.xml = splice(this.xml, list.start, list.end, insertChild(this.xml.slice(list.start, list.end), this.where, [], "sheet", el));
    else this.xml = insertChild(this.xml, this.where, WORKBOOK_ORDER, "sheets", `<${p}sheets>${el}</${p}sheets>`);
    const ref = { name, part };
    this.sheets.push(ref);
    return ref;
  }

  /** Points a workbook-scoped name at `ref` ("'Sheet'!$A$1"): an existing one is re-pointed, else one is added. */
  setName(name: string, ref: string): void {
    this.removeName(name);
    const p = this.prefix();
    const el = `<${p}definedName name="${escAttr(name)}">${escText(ref)}</${p}definedName>`;
    const names = this.child("definedNames");
    if (names) this.xml = splice(this.xml, names.start, names.end, insertChild(this.xml.slice(names.start, names.end), this.where, [], "definedName", el));
    else this.xml = insertChild(this.xml, this.where, WORKBOOK_ORDER, "definedNames", `<${p}definedNames>${el}</${p}definedNames>`);
  }

  /** Removes a workbook-scoped name (sheet-scoped names of the same name are other names, and stay). */
  removeName(name: string): void {
    const names = this.child("definedNames");
    if (!names) return;
    let text = this.xml.slice(names.start, names.end);
    const lower = name.toLowerCase();
    const gone = root(text, this.where).children.filter((c) => c.name === "definedName" && (c.attrs.name ?? "").toLowerCase() === lower && c.attrs.localSheetId === undefined);
    if (gone.length === 0) return;
    for (const g of [...gone].reverse()) text = splice(text, g.start, g.end, "");
    this.xml = splice(this.xml, names.start, names.end, root(text, this.where).children.length === 0 ? "" : text);
  }

  /**
   * A sheet's state ("hidden", "veryHidden"; visible drops the attribute). A hidden sheet cannot stay the active tab,
   * so the view moves to the first visible one (Excel refuses to open a workbook showing a hidden sheet otherwise).
   */
  setSheetState(name: string, state: "visible" | "hidden" | "veryHidden"): void {
    const list = root(this.xml, this.where).children.find((c) => c.name === "sheets");
    if (!list) return;
    const text = this.xml.slice(list.start, list.end);
    const items = root(text, this.where).children.filter((c) => c.name === "sheet");
    const index = items.findIndex((c) => (c.attrs.name ?? "").toLowerCase() === name.toLowerCase());
    const el = items[index];
    if (!el) return;
    this.xml = splice(this.xml, list.start, list.end, setAttrs(text, el, { state: state === "visible" ? undefined : state }));
    if (state === "visible") return;
    const views = root(this.xml, this.where).children.find((c) => c.name === "bookViews");
    if (!views) return;
    const viewsText = this.xml.slice(views.start, views.end);
    const now = root(this.xml, this.where).children.find((c) => c.name === "sheets");
    const listed = now ? root(this.xml.slice(now.start, now.end), this.where).children.filter((c) => c.name === "sheet") : [];
    const shown = listed.findIndex((c) => c.attrs.state === undefined || c.attrs.state === "visible");
    let edited = viewsText;
    for (const v of root(viewsText, this.where).children.filter((c) => c.name === "workbookView").reverse()) {
      const active = Number(v.attrs.activeTab ?? 0);
      const first = Number(v.attrs.firstSheet ?? 0);
      const changes: Record<string, string> = {};
      if (active === index && shown >= 0) changes.activeTab = String(shown);
      if (first === index && shown >= 0) changes.firstSheet = String(shown);
      if (Object.keys(changes).length > 0) edited = setAttrs(edited, v, changes);
    }
    this.xml = splice(this.xml, views.start, views.end, edited);
  }

  /**
   * Takes the sheet's `<sheet>` out: names scoped to it go, later sheets' scoped names and the views' active and first
   * tabs are renumbered (they count `<sheet>` elements).
   */
  removeSheetEntry(name: string): void {
    const list = root(this.xml, this.where).children.find((c) => c.name === "sheets");
    if (!list) return;
    const text = this.xml.slice(list.start, list.end);
    const items = root(text, this.where).children.filter((c) => c.name === "sheet");
    const index = items.findIndex((c) => (c.attrs.name ?? "").toLowerCase() === name.toLowerCase());
    const el = items[index];
    if (!el) return;
    this.xml = splice(this.xml, list.start, list.end, splice(text, el.start, el.end, ""));
    const names = root(this.xml, this.where).children.find((c) => c.name === "definedNames");
    if (names) {
      let t = this.xml.slice(names.start, names.end);
      for (const n of [...root(t, this.where).children].reverse()) {
        const local = n.attrs.localSheetId;
        if (n.name !== "definedName" || local === undefined) continue;
        const i = Number(local);
        if (i === index) t = splice(t, n.start, n.end, "");
        else if (i > index) t = splice(t, n.start, n.end, setAttrs(t.slice(n.start, n.end), root(t.slice(n.start, n.end), this.where).element, { localSheetId: String(i - 1) }));
      }
      this.xml = splice(this.xml, names.start, names.end, root(t, this.where).children.length === 0 ? "" : t);
    }
    const views = root(this.xml, this.where).children.find((c) => c.name === "bookViews");
    if (views) {
      let t = this.xml.slice(views.start, views.end);
      for (const v of [...root(t, this.where).children].reverse()) {
        if (v.name !== "workbookView") continue;
        const changes: Record<string, string> = {};
        for (const attr of ["activeTab", "firstSheet"]) {
          const at = Number(v.attrs[attr] ?? 0);
          if (at > index || (at === index && at === items.length - 1 && at > 0)) changes[attr] = String(at - 1);
        }
        if (Object.keys(changes).length > 0) t = setAttrs(t, v, changes);
      }
      this.xml = splice(this.xml, views.start, views.end, t);
    }
    const i = this.sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
    if (i >= 0) this.sheets.splice(i, 1);
  }

  /**
   * The hidden sheet-scoped name Excel keeps beside a sheet's AutoFilter (`_xlnm._FilterDatabase`), pointed at
   * `ref` ("'Kiểm tra'!$A$3:$L$40"); Excel and LibreOffice write it with every filter.
   */
  setFilterDatabase(sheet: string, ref: string): void {
    // localSheetId counts every <sheet>, chart sheets included.
    const list = root(this.xml, this.where).children.find((c) => c.name === "sheets");
    const all = list ? root(this.xml.slice(list.start, list.end), this.where).children.filter((c) => c.name === "sheet") : [];
    const index = all.findIndex((c) => (c.attrs.name ?? "").toLowerCase() === sheet.toLowerCase());
    if (index < 0) return;
    const p = this.prefix();
    const el = `<${p}definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${escText(ref)}</${p}definedName>`;
    const names = root(this.xml, this.where).children.find((c) => c.name === "definedNames");
    if (!names) {
      this.xml = insertChild(this.xml, this.where, WORKBOOK_ORDER, "definedNames", `<${p}definedNames>${el}</${p}definedNames>`);
      return;
    }
    let text = this.xml.slice(names.start, names.end);
    const old = root(text, this.where).children.find((c) => c.name === "definedName" && c.attrs.name === "_xlnm._FilterDatabase" && c.attrs.localSheetId === String(index));
    text = old ? splice(text, old.start, old.end, el) : insertChild(text, this.where, [], "definedName", el);
    this.xml = splice(this.xml, names.start, names.end, text);
  }

  /** Asks Excel to recalculate everything on open: the formulas written carry no trusted cached result. */
  fullCalcOnLoad(): void {
    const calc = this.child("calcPr");
    this.xml = calc ? setAttrs(this.xml, calc, { fullCalcOnLoad: "1" }) : insertChild(this.xml, this.where, WORKBOOK_ORDER, "calcPr", `<${this.prefix()}calcPr fullCalcOnLoad="1"/>`);
  }

  /**
   * Removes the calculation chain: it lists formula cells, and one that no longer matches the cells makes Excel
   * "repair" the file. Excel rebuilds it on the next save.
   */
  async dropCalcChain(): Promise<void> {
    const rels = (await this.edit.rels(this.part)).filter((r) => r.type === REL_TYPE.calcChain || r.type.endsWith("/calcChain"));
    for (const r of rels) {
      const target = resolveTarget(this.part, r.target);
      this.edit.remove(target);
      await this.edit.setContentType(target, null);
    }
    await this.edit.removeRels(this.part, new Set(rels.map((r) => r.id)));
  }

  /** Writes the part back into the package (only when it changed). */
  async save(original: string): Promise<void> {
    if (this.xml !== original) this.edit.set(this.part, this.xml);
  }

  get text(): string {
    return this.xml;
  }

  private child(name: string): Node | undefined {
    return root(this.xml, this.where).children.find((c) => c.name === name);
  }

  private prefix(): string {
    return prefixOf(root(this.xml, this.where).element);
  }
}

/** A sheet's relationship id, whatever prefix binds the relationships namespace there. */
function rid(sheet: Node): string | undefined {
  return sheet.attrList.find((a) => a.name.endsWith(":id"))?.value ?? sheet.attrs["id"];
}

export { REL_TYPE };
