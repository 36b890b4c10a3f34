/** Range.conditionalFormats (1.6): the conditional formats that intersect the range; custom and cell-value rules. */
import { intersect, type Rect } from "./address";
import { color } from "./format";
import { ErrorCodes, fail } from "./errors";
import { formulaProblem } from "./input";
import type { ConditionalFormatModel, SheetModel } from "./model";
import { Range, type RangeTarget } from "./range";
import { ClientCollection, ClientObject, type ClientResult, type Exec, type Props } from "./runtime";

export const CF_TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

/**
 * Rules Excel cannot read: the rule or format of a cell-value rule that shares cells with another cell-value rule
 * (office-js #6827), or of a rule that duplicates another — same type, cells and condition (#6835). Reading them
 * fails the sync; so does reaching one by position (`getItemAt`, #5222).
 */
export function unreadable(sheet: SheetModel, cf: ConditionalFormatModel): boolean {
  return sheet.cfs.some(
    (o) =>
      o !== cf &&
      intersect(o.rect, cf.rect) &&
      ((o.type === "CellValue" && cf.type === "CellValue") || (o.type === cf.type && sameRect(o.rect, cf.rect) && JSON.stringify(o.rule) === JSON.stringify(cf.rule))),
  );
}

const sameRect = (a: Rect, b: Rect): boolean => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/** The props with every read checked first: an unreadable rule fails the sync as Excel's does. */
function checkedReads(props: Props<CfTarget>): Props<CfTarget> {
  return Object.fromEntries(
    Object.entries(props).map(([k, def]) => {
      const get = def.get;
      return [k, get ? { ...def, get: (t: CfTarget, e: Exec) => (unreadable(t.sheet, t.cf) ? fail(ErrorCodes.generalException, "An internal error has occurred.") : get(t, e)) } : def];
    }),
  );
}

function alive(t: CfTarget): CfTarget {
  if (!t.sheet.cfs.includes(t.cf)) fail(ErrorCodes.itemNotFound, "The conditional format no longer exists.");
  return t;
}

declare module "./range" {
  interface Range {
    /** The conditional formats that meet the range, 1.6 (added here: range.ts does not import this file). */
    readonly conditionalFormats: ConditionalFormatCollection;
  }
}
Object.defineProperty(Range.prototype, "conditionalFormats", {
  get(this: Range): ConditionalFormatCollection {
    return this._child("conditionalFormats", () => new ConditionalFormatCollection(this.context, (e) => this._resolve(e), { parent: this, name: "conditionalFormats" }));
  },
});

export class ConditionalFormatCollection extends ClientCollection<RangeTarget, ConditionalFormat> {
  protected override _since(): string {
    return "1.6";
  }
  protected override _itemTargets(t: RangeTarget): unknown[] {
    return t.sheet.cfs.filter((cf) => intersect(cf.rect, t.rect)).map((cf) => ({ sheet: t.sheet, cf }));
  }
  protected override _makeItem(target: (e: Exec) => unknown): ConditionalFormat {
    return new ConditionalFormat(this.context, (e) => alive(target(e) as CfTarget), { parent: this, name: "item" });
  }

  /** A new format takes the top priority (0), as in Excel. */
  add(type: string): ConditionalFormat {
    return this._method(
      new ConditionalFormat(
        this.context,
        (e) => {
          const t = this._need(e);
          e.writable(t.sheet);
          if (!CF_TYPES.includes(type)) fail(ErrorCodes.invalidArgument, `"${type}" is not a conditional format type.`);
          const cf: ConditionalFormatModel = { id: e.model._nextId("{CF-"), type, rect: { ...t.rect }, stopIfTrue: false, rule: {}, format: { font: {} } };
          cf.id += "}";
          t.sheet.cfs.unshift(cf);
          return { sheet: t.sheet, cf };
        },
        { parent: this, name: "add", args: [type] },
      ),
    );
  }

  getItem(id: string): ConditionalFormat {
    return this._method(
      new ConditionalFormat(
        this.context,
        (e) => {
          const t = this._need(e);
          const cf = t.sheet.cfs.find((c) => c.id === id && intersect(c.rect, t.rect));
          if (!cf) fail(ErrorCodes.itemNotFound, `No conditional format with id ${id}.`);
          return { sheet: t.sheet, cf };
        },
        { parent: this, name: "getItem", args: [id] },
      ),
    );
  }

  getItemAt(index: number): ConditionalFormat {
    return this._method(
      new ConditionalFormat(
        this.context,
        (e) => {
          const t = this._need(e);
          const cf = t.sheet.cfs.filter((c) => intersect(c.rect, t.rect))[index];
          if (!cf || unreadable(t.sheet, cf)) fail(ErrorCodes.itemNotFound, "Item Not Found.");
          return { sheet: t.sheet, cf };
        },
        { parent: this, name: "getItemAt", args: [index] },
      ),
    );
  }

  getCount(): ClientResult<number> {
    return this._result("getCount", [], (e) => {
      const t = this._need(e);
      return t.sheet.cfs.filter((c) => intersect(c.rect, t.rect)).length;
    });
  }

  /** Removes every conditional format that intersects the range (whole formats: they are not cut to the remainder). */
  clearAll(): void {
    this._queue("clearAll", [], (e) => {
      const t = this._need(e);
      e.writable(t.sheet);
      t.sheet.cfs = t.sheet.cfs.filter((c) => !intersect(c.rect, t.rect));
    });
  }
}

function writeCf(t: CfTarget, exec: Exec, change: (cf: ConditionalFormatModel) => void): void {
  alive(t);
  exec.writable(t.sheet);
  change(t.cf);
}

const CF_PROPS: Props<CfTarget> = {
  id: { get: (t) => t.cf.id },
  type: { get: (t) => t.cf.type },
  priority: {
    get: (t) => t.sheet.cfs.indexOf(t.cf),
    set: (t, v, exec) =>
      writeCf(t, exec, (cf) => {
        if (typeof v !== "number" || !Number.isInteger(v) || v < 0) fail(ErrorCodes.invalidArgument, "priority must be a whole number ≥ 0.");
        const list = t.sheet.cfs.filter((c) => c !== cf);
        list.splice(Math.min(v, list.length), 0, cf);
        t.sheet.cfs = list;
      }),
  },
  stopIfTrue: {
    get: (t) => t.cf.stopIfTrue,
    set: (t, v, exec) => writeCf(t, exec, (cf) => (cf.stopIfTrue = v === true)),
  },
};

export class ConditionalFormat extends ClientObject<CfTarget> {
  protected override _props(): Props<CfTarget> {
    return CF_PROPS;
  }
  protected override _navs(): readonly string[] {
    return ["custom", "customOrNullObject", "cellValue", "cellValueOrNullObject"];
  }
  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }
  get priority(): number {
    return this._get("priority");
  }
  set priority(v: number) {
    this._set("priority", v);
  }
  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this._set("stopIfTrue", v);
  }

  private _typed<C extends ClientObject<CfTarget>>(name: string, type: string, orNull: boolean, Kind: new (...a: ConstructorParameters<typeof ConditionalFormatRuleHolder>) => C): C {
    return this._child(
      name,
      () =>
        new Kind(
          this.context,
          (e) => {
            const t = this._resolve(e);
            if (t === null) return null;
            alive(t);
            if (t.cf.type === type) return t;
            if (orNull) return null;
            return fail(ErrorCodes.invalidOperation, `This conditional format is of type ${t.cf.type}, not ${type}.`);
          },
          { parent: this, name },
        ),
    );
  }
  get custom(): ConditionalFormatRuleHolder {
    return this._typed("custom", "Custom", false, ConditionalFormatRuleHolder);
  }
  get customOrNullObject(): ConditionalFormatRuleHolder {
    return this._typed("customOrNullObject", "Custom", true, ConditionalFormatRuleHolder);
  }
  get cellValue(): ConditionalCellValueFormat {
    return this._typed("cellValue", "CellValue", false, ConditionalCellValueFormat);
  }
  get cellValueOrNullObject(): ConditionalCellValueFormat {
    return this._typed("cellValueOrNullObject", "CellValue", true, ConditionalCellValueFormat);
  }

  delete(): void {
    this._queue("delete", [], (e) => {
      const t = this._need(e);
      if (t.cf.undeletable) fail(ErrorCodes.generalException, "An internal error has occurred.");
      writeCf(t, e, (cf) => (t.sheet.cfs = t.sheet.cfs.filter((c) => c !== cf)));
    });
  }
  getRange(): Range {
    return this._method(new Range(this.context, (e) => ({ sheet: this._need(e).sheet, rect: { ...this._need(e).cf.rect } }), { parent: this, name: "getRange" }));
  }
  getRangeOrNullObject(): Range {
    return this._method(
      new Range(
        this.context,
        (e) => {
          const t = this._resolve(e);
          return t ? { sheet: t.sheet, rect: { ...t.cf.rect } } : null;
        },
        { parent: this, name: "getRangeOrNullObject" },
      ),
    );
  }
}

/** `custom` / `cellValue`: a rule and a format. */
export class ConditionalFormatRuleHolder extends ClientObject<CfTarget> {
  protected override _props(): Props<CfTarget> {
    return {};
  }
  protected override _navs(): readonly string[] {
    return ["rule", "format"];
  }
  get rule(): ConditionalFormatRule {
    return this._child("rule", () => new ConditionalFormatRule(this.context, (e) => this._resolve(e), { parent: this, name: "rule" }));
  }
  get format(): ConditionalRangeFormat {
    return this._child("format", () => new ConditionalRangeFormat(this.context, (e) => this._resolve(e), { parent: this, name: "format" }));
  }
}

const CELL_VALUE_PROPS: Props<CfTarget> = checkedReads({
  rule: {
    get: (t) => ({ ...t.cf.rule }),
    set: (t, v, exec) =>
      writeCf(t, exec, (cf) => {
        const r = (v ?? {}) as { formula1?: unknown; formula2?: unknown; operator?: unknown };
        if (r.formula1 === undefined || typeof r.operator !== "string") fail(ErrorCodes.invalidArgument, "A cell-value rule needs formula1 and operator.");
        cf.rule = { formula1: String(r.formula1), operator: r.operator, ...(r.formula2 !== undefined ? { formula2: String(r.formula2) } : {}) };
      }),
  },
});

/** `cellValue`: its rule is one object {formula1, formula2?, operator}. */
export class ConditionalCellValueFormat extends ClientObject<CfTarget> {
  protected override _props(): Props<CfTarget> {
    return CELL_VALUE_PROPS;
  }
  protected override _navs(): readonly string[] {
    return ["format"];
  }
  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(v: Record<string, unknown>) {
    this._set("rule", v);
  }
  get format(): ConditionalRangeFormat {
    return this._child("format", () => new ConditionalRangeFormat(this.context, (e) => this._resolve(e), { parent: this, name: "format" }));
  }
}

const RULE_PROPS: Props<CfTarget> = checkedReads({
  formula: {
    get: (t) => t.cf.rule.formula ?? "",
    set: (t, v, exec) =>
      writeCf(t, exec, (cf) => {
        if (typeof v !== "string" || v.trim() === "") fail(ErrorCodes.invalidArgument, "The rule's formula is missing.");
        const problem = formulaProblem(v);
        if (problem) fail(ErrorCodes.invalidArgument, `The rule's formula ${v} has ${problem}.`);
        cf.rule.formula = v;
      }),
  },
  formulaLocal: { get: (t) => t.cf.rule.formula ?? "" },
  formula1: { get: (t) => t.cf.rule.formula1 ?? "" },
  formula2: { get: (t) => t.cf.rule.formula2 ?? "" },
  operator: { get: (t) => t.cf.rule.operator ?? "" },
});

/** For custom rules `formula`; for cell-value rules `formula1`, `formula2`, `operator` (set as `rule = {...}` there). */
export class ConditionalFormatRule extends ClientObject<CfTarget> {
  protected override _props(): Props<CfTarget> {
    return RULE_PROPS;
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._set("formula", v);
  }
  get formulaLocal(): string {
    return this._get("formulaLocal");
  }
}

const FORMAT_PROPS: Props<CfTarget> = checkedReads({
  numberFormat: {
    get: (t) => t.cf.format.numberFormat ?? null,
    set: (t, v, exec) => writeCf(t, exec, (cf) => (cf.format.numberFormat = String(v))),
  },
});

export class ConditionalRangeFormat extends ClientObject<CfTarget> {
  protected override _props(): Props<CfTarget> {
    return FORMAT_PROPS;
  }
  protected override _navs(): readonly string[] {
    return ["fill", "font"];
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(v: string) {
    this._set("numberFormat", v);
  }
  get fill(): ConditionalRangeFill {
    return this._child("fill", () => new ConditionalRangeFill(this.context, (e) => this._resolve(e), { parent: this, name: "fill" }));
  }
  get font(): ConditionalRangeFont {
    return this._child("font", () => new ConditionalRangeFont(this.context, (e) => this._resolve(e), { parent: this, name: "font" }));
  }
}

const FILL_PROPS: Props<CfTarget> = checkedReads({
  color: {
    get: (t) => t.cf.format.fill ?? null,
    set: (t, v, exec) => writeCf(t, exec, (cf) => (cf.format.fill = color(v))),
  },
});

export class ConditionalRangeFill extends ClientObject<CfTarget> {
  protected override _props(): Props<CfTarget> {
    return FILL_PROPS;
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  clear(): void {
    this._queue("clear", [], (e) => writeCf(this._need(e), e, (cf) => delete cf.format.fill));
  }
}

const fontProp = (k: "bold" | "italic" | "strikethrough") => ({
  get: (t: CfTarget) => t.cf.format.font[k] ?? null,
  set: (t: CfTarget, v: unknown, exec: Exec) =>
    writeCf(t, exec, (cf) => {
      if (typeof v !== "boolean") fail(ErrorCodes.invalidArgument, `font.${k} must be true or false.`);
      cf.format.font[k] = v;
    }),
});

const FONT_PROPS: Props<CfTarget> = checkedReads({
  bold: fontProp("bold"),
  italic: fontProp("italic"),
  strikethrough: fontProp("strikethrough"),
  color: {
    get: (t) => t.cf.format.font.color ?? null,
    set: (t, v, exec) => writeCf(t, exec, (cf) => (cf.format.font.color = color(v))),
  },
  underline: {
    get: (t) => t.cf.format.font.underline ?? null,
    set: (t, v, exec) => writeCf(t, exec, (cf) => (cf.format.font.underline = String(v))),
  },
});

export class ConditionalRangeFont extends ClientObject<CfTarget> {
  protected override _props(): Props<CfTarget> {
    return FONT_PROPS;
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._set("bold", v);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._set("italic", v);
  }
  get strikethrough(): boolean {
    return this._get("strikethrough");
  }
  set strikethrough(v: boolean) {
    this._set("strikethrough", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  get underline(): string {
    return this._get("underline");
  }
  set underline(v: string) {
    this._set("underline", v);
  }
}
