/** Defined names (workbook.names 1.1, add 1.4; worksheet.names 1.4). */
import { parseRect, quoteSheetName, rectAddress, splitSheet } from "./address";
import { ErrorCodes, fail } from "./errors";
import { SheetModel, type NamedItemModel, type WorkbookState } from "./model";
import { Range, type RangeTarget } from "./range";
import { ClientCollection, ClientObject, type ClientResult, type Exec, type Props, type RequestContext, type AnyProxy } from "./runtime";

type Owner = WorkbookState | SheetModel;

const listOf = (o: Owner): NamedItemModel[] => o.names;

/** Excel's rule: a letter, "_" or "\" first; letters, digits, "_", "." after; not a cell reference; not R or C. */
export function validName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[rc]$/i.test(name)) return false;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) && parseRect(name)) return false;
  if (/^[Rr][0-9]*[Cc][0-9]*$/.test(name)) return false;
  return true;
}

/** The sheet and rectangle a name's formula refers to, when it is a plain reference. */
export function referenceOf(formula: string, model: WorkbookState): RangeTarget | undefined {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  if (!text.includes("!")) return undefined;
  const { sheet, local } = splitSheet(text);
  const s = sheet === undefined ? undefined : model._sheet(sheet);
  const rect = parseRect(local);
  return s && rect ? { sheet: s, rect } : undefined;
}

function typeOf(formula: string, model: WorkbookState): string {
  if (referenceOf(formula, model)) return "Range";
  const text = formula.replace(/^=/, "");
  if (text.includes("#REF!")) return "Error";
  if (/^".*"$/.test(text)) return "String";
  if (/^-?\d+$/.test(text)) return "Integer";
  if (/^-?\d*\.\d+$/.test(text)) return "Double";
  if (/^(TRUE|FALSE)$/i.test(text)) return "Boolean";
  return "String";
}

interface NameTarget {
  owner: Owner;
  item: NamedItemModel;
}

function live(t: NameTarget): NameTarget {
  if (!listOf(t.owner).includes(t.item)) fail(ErrorCodes.itemNotFound, `The name ${t.item.name} no longer exists.`);
  return t;
}

export class NamedItemCollection extends ClientCollection<Owner, NamedItem> {
  constructor(
    context: RequestContext,
    resolver: (exec: Exec) => Owner | null,
    creation: { parent?: AnyProxy; name: string },
    private readonly since: string,
  ) {
    super(context, resolver, creation);
  }
  protected override _since(): string {
    return this.since;
  }
  protected override _itemTargets(o: Owner): unknown[] {
    return listOf(o).map((item) => ({ owner: o, item }));
  }
  protected override _makeItem(target: (e: Exec) => unknown): NamedItem {
    return new NamedItem(this.context, (e) => live(target(e) as NameTarget), { parent: this, name: "item" });
  }

  /** Fails with InvalidArgument when the name is taken (in this scope) or not a valid name. */
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    return this._method(
      new NamedItem(
        this.context,
        (e) => {
          e.requires("1.4", "names.add");
          const o = this._need(e);
          if (!validName(name)) fail(ErrorCodes.invalidArgument, `"${name}" is not a valid name.`);
          if (listOf(o).some((n) => n.name.toLowerCase() === name.toLowerCase())) fail(ErrorCodes.invalidArgument, `The name ${name} already exists.`);
          let formula: string;
          if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
          else {
            const t = reference._need(e);
            formula = `=${quoteSheetName(t.sheet.name)}!${rectAddress(t.rect, true)}`;
          }
          const item: NamedItemModel = { name, formula, comment: comment ?? "", visible: true };
          listOf(o).push(item);
          return { owner: o, item };
        },
        { parent: this, name: "add", args: [name, reference, comment ?? ""] },
      ),
    );
  }

  private _find(name: string, orNull: boolean): NamedItem {
    return this._method(
      new NamedItem(
        this.context,
        (e) => {
          const o = this._need(e);
          const item = listOf(o).find((n) => n.name.toLowerCase() === name.toLowerCase());
          if (item) return { owner: o, item };
          return orNull ? null : fail(ErrorCodes.itemNotFound, `The name ${name} doesn't exist.`);
        },
        { parent: this, name: orNull ? "getItemOrNullObject" : "getItem", args: [name] },
      ),
    );
  }
  getItem(name: string): NamedItem {
    return this._find(name, false);
  }
  getItemOrNullObject(name: string): NamedItem {
    return this._find(name, true);
  }
  getCount(): ClientResult<number> {
    return this._result("getCount", [], (e) => listOf(this._need(e)).length);
  }
}

const PROPS: Props<NameTarget> = {
  name: { get: (t) => t.item.name },
  formula: {
    get: (t) => t.item.formula,
    set: (t, v) => {
      if (typeof v !== "string" || v === "") fail(ErrorCodes.invalidArgument, "A name's formula is text.");
      live(t).item.formula = v.startsWith("=") ? v : `=${v}`;
    },
  },
  type: { get: (t, e) => typeOf(t.item.formula, e.model) },
  value: { get: (t) => t.item.formula.replace(/^=/, "") },
  visible: { get: (t) => t.item.visible, set: (t, v) => (live(t).item.visible = v === true) },
  comment: { get: (t) => t.item.comment, set: (t, v) => (live(t).item.comment = String(v)) },
  scope: { get: (t) => (t.owner instanceof SheetModel ? "Worksheet" : "Workbook") },
};

export class NamedItem extends ClientObject<NameTarget> {
  protected override _props(): Props<NameTarget> {
    return PROPS;
  }
  get name(): string {
    return this._get("name");
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._set("formula", v);
  }
  get type(): string {
    return this._get("type");
  }
  get value(): string {
    return this._get("value");
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v);
  }
  get comment(): string {
    return this._get("comment");
  }
  set comment(v: string) {
    this._set("comment", v);
  }
  get scope(): string {
    return this._get("scope");
  }
  delete(): void {
    this._queue("delete", [], (e) => {
      const t = live(this._need(e));
      const list = listOf(t.owner);
      list.splice(list.indexOf(t.item), 1);
    });
  }
  getRange(): Range {
    return this._method(
      new Range(this.context, (e) => referenceOf(this._need(e).item.formula, e.model) ?? fail(ErrorCodes.invalidOperation, "The name does not refer to a range."), { parent: this, name: "getRange" }),
    );
  }
  getRangeOrNullObject(): Range {
    return this._method(
      new Range(
        this.context,
        (e) => {
          const t = this._resolve(e);
          return t ? (referenceOf(t.item.formula, e.model) ?? null) : null;
        },
        { parent: this, name: "getRangeOrNullObject" },
      ),
    );
  }
}
