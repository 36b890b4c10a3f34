/** Range.format and its fill, font and borders. */
import type { Rect } from "./address";
import { forEachPosition, uniform, updateFormat, ensureCell, dropIfBlank } from "./cells";
import { normalizeColor } from "./colors";
import { ErrorCodes, fail } from "./errors";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_FONT, DEFAULT_ROW_HEIGHT, type Border, type BorderSide, type CellFormat, type Font, type RangeTarget } from "./model";
import { ClientObject, type Exec, type Props } from "./runtime";

export function color(v: unknown): string {
  const c = normalizeColor(v);
  if (c === undefined) fail(ErrorCodes.invalidArgument, `"${String(v)}" is not a colour.`);
  return c;
}

const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];

function oneOf(v: unknown, allowed: string[], what: string): string {
  if (typeof v !== "string" || !allowed.includes(v)) fail(ErrorCodes.invalidArgument, `"${String(v)}" is not a valid ${what}.`);
  return v;
}

function sizes(map: Map<number, number>, from: number, to: number, dflt: number): number | null {
  let result: number | null = null;
  for (let i = from; i <= to; i++) {
    const v = map.get(i) ?? dflt;
    if (result === null) result = v;
    else if (result !== v) return null;
  }
  return result;
}

function positive(v: unknown, what: string): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) fail(ErrorCodes.invalidArgument, `${what} must be a number of points.`);
  return v;
}

/** Applies one cell-level format object (as in setCellProperties or a whole-range write) to a rectangle. */
export function applyFormat(t: RangeTarget, f: Record<string, unknown>): void {
  const { sheet, rect } = t;
  if ("columnWidth" in f) {
    const w = positive(f["columnWidth"], "columnWidth");
    for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, w);
  }
  if ("rowHeight" in f) {
    const h = positive(f["rowHeight"], "rowHeight");
    for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, h);
  }
  const fill = f["fill"] as { color?: unknown } | undefined;
  const font = f["font"] as Record<string, unknown> | undefined;
  const borders = f["borders"] as Record<string, Record<string, unknown>> | undefined;
  const fillColor = fill?.color !== undefined ? color(fill.color) : undefined;
  const fontChange = font ? fontPatch(font) : undefined;
  const h = f["horizontalAlignment"] !== undefined ? oneOf(f["horizontalAlignment"], H_ALIGN, "horizontal alignment") : undefined;
  const v = f["verticalAlignment"] !== undefined ? oneOf(f["verticalAlignment"], V_ALIGN, "vertical alignment") : undefined;
  const wrap = f["wrapText"];
  if (wrap !== undefined && typeof wrap !== "boolean") fail(ErrorCodes.invalidArgument, "wrapText must be true or false.");
  const protection = f["protection"] as { locked?: unknown } | undefined;
  const locked = protection?.locked;
  if (locked !== undefined && typeof locked !== "boolean") fail(ErrorCodes.invalidArgument, "protection.locked must be true or false.");
  const sides: Array<[BorderSide, Border | null]> = [];
  for (const [name, b] of Object.entries(borders ?? {})) {
    const side = CELL_SIDES[name];
    if (!side) fail(ErrorCodes.invalidArgument, `"${name}" is not a border.`);
    sides.push([side, borderValue(undefined, b)]);
  }
  if (fillColor === undefined && !fontChange && h === undefined && v === undefined && wrap === undefined && locked === undefined && sides.length === 0) return;
  updateFormat(sheet, rect, (cf) => {
    if (fillColor !== undefined) cf.fill = fillColor;
    if (fontChange) cf.font = { ...cf.font, ...fontChange };
    if (h !== undefined) cf.horizontalAlignment = h;
    if (v !== undefined) cf.verticalAlignment = v;
    if (wrap !== undefined) cf.wrapText = wrap as boolean;
    if (locked !== undefined) cf.locked = locked as boolean;
    for (const [side, b] of sides) setSide(cf, side, b);
  });
}

const CELL_SIDES: Record<string, BorderSide> = {
  top: "top",
  bottom: "bottom",
  left: "left",
  right: "right",
  diagonalDown: "diagonalDown",
  diagonalUp: "diagonalUp",
};

function setSide(cf: CellFormat, side: BorderSide, b: Border | null): void {
  const borders = (cf.borders ??= {});
  if (b === null) delete borders[side];
  else borders[side] = b;
  if (Object.keys(borders).length === 0) delete cf.borders;
}

const STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

function borderValue(old: Border | undefined, change: Record<string, unknown>): Border | null {
  const style = change["style"] !== undefined ? oneOf(change["style"], STYLES, "border style") : undefined;
  if (style === "None") return null;
  return {
    style: style ?? old?.style ?? "Continuous",
    weight: change["weight"] !== undefined ? oneOf(change["weight"], WEIGHTS, "border weight") : (old?.weight ?? "Thin"),
    color: change["color"] !== undefined ? color(change["color"]) : (old?.color ?? "#000000"),
  };
}

function fontPatch(font: Record<string, unknown>): Font {
  const out: Font = {};
  for (const [k, v] of Object.entries(font)) {
    if (k === "bold" || k === "italic" || k === "strikethrough") {
      if (typeof v !== "boolean") fail(ErrorCodes.invalidArgument, `font.${k} must be true or false.`);
      out[k] = v;
    } else if (k === "underline") out.underline = oneOf(v, ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"], "underline");
    else if (k === "color") out.color = color(v);
    else if (k === "size") out.size = positive(v, "font.size");
    else if (k === "name") {
      if (typeof v !== "string" || v === "") fail(ErrorCodes.invalidArgument, "font.name must be a font name.");
      out.name = v;
    } else fail(ErrorCodes.invalidArgument, `font.${k} is not a font property.`);
  }
  return out;
}

type Target = RangeTarget;

const FORMAT_PROPS: Props<Target> = {
  columnWidth: {
    get: (t) => sizes(t.sheet.columnWidths, t.rect.left, t.rect.right, DEFAULT_COLUMN_WIDTH),
    set: (t, v, exec) => write(t, exec, { columnWidth: v }),
  },
  rowHeight: {
    get: (t) => sizes(t.sheet.rowHeights, t.rect.top, t.rect.bottom, DEFAULT_ROW_HEIGHT),
    set: (t, v, exec) => write(t, exec, { rowHeight: v }),
  },
  // Setting true gives the range's columns (rows) Excel's standard width (height) again.
  useStandardWidth: {
    get: (t) => [...Array(t.rect.right - t.rect.left + 1).keys()].every((i) => !t.sheet.columnWidths.has(t.rect.left + i)),
    set: (t, v, exec) => {
      exec.writable(t.sheet);
      if (v === true) for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.delete(c);
    },
  },
  useStandardHeight: {
    get: (t) => [...Array(Math.min(t.rect.bottom - t.rect.top + 1, 1_048_576)).keys()].every((i) => !t.sheet.rowHeights.has(t.rect.top + i)),
    set: (t, v, exec) => {
      exec.writable(t.sheet);
      if (v === true) for (const r of [...t.sheet.rowHeights.keys()]) if (r >= t.rect.top && r <= t.rect.bottom) t.sheet.rowHeights.delete(r);
    },
  },
  horizontalAlignment: {
    get: (t) => uniform(t.sheet, t.rect, (c) => c?.format?.horizontalAlignment ?? "General"),
    set: (t, v, exec) => write(t, exec, { horizontalAlignment: v }),
  },
  verticalAlignment: {
    get: (t) => uniform(t.sheet, t.rect, (c) => c?.format?.verticalAlignment ?? "Bottom"),
    set: (t, v, exec) => write(t, exec, { verticalAlignment: v }),
  },
  wrapText: {
    get: (t) => uniform(t.sheet, t.rect, (c) => c?.format?.wrapText ?? false),
    set: (t, v, exec) => write(t, exec, { wrapText: v }),
  },
};

function write(t: Target, exec: Exec, f: Record<string, unknown>): void {
  exec.writable(t.sheet);
  applyFormat(t, f);
}

export class RangeFormat extends ClientObject<Target> {
  protected override _props(): Props<Target> {
    return FORMAT_PROPS;
  }
  protected override _navs(): readonly string[] {
    return ["fill", "font", "borders", "protection"];
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v);
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._set("rowHeight", v);
  }
  get useStandardWidth(): boolean {
    return this._get("useStandardWidth");
  }
  set useStandardWidth(v: boolean) {
    this._set("useStandardWidth", v);
  }
  get useStandardHeight(): boolean {
    return this._get("useStandardHeight");
  }
  set useStandardHeight(v: boolean) {
    this._set("useStandardHeight", v);
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._set("horizontalAlignment", v);
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this._set("verticalAlignment", v);
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._set("wrapText", v);
  }
  get fill(): RangeFill {
    return this._child("fill", () => new RangeFill(this.context, (e) => this._resolve(e), { parent: this, name: "fill" }));
  }
  get font(): RangeFont {
    return this._child("font", () => new RangeFont(this.context, (e) => this._resolve(e), { parent: this, name: "font" }));
  }
  get borders(): RangeBorderCollection {
    return this._child("borders", () => new RangeBorderCollection(this.context, (e) => this._resolve(e), { parent: this, name: "borders" }));
  }
  get protection(): FormatProtection {
    return this._child("protection", () => new FormatProtection(this.context, (e) => this._resolve(e), { parent: this, name: "protection" }));
  }
  autofitColumns(): void {
    this._queue("autofitColumns", [], (exec) => exec.writable(this._need(exec).sheet));
  }
  autofitRows(): void {
    this._queue("autofitRows", [], (exec) => exec.writable(this._need(exec).sheet));
  }
}

const PROTECTION_PROPS: Props<Target> = {
  locked: {
    // Every cell is locked until unlocked, as in Excel.
    get: (t) => uniform(t.sheet, t.rect, (c) => c?.format?.locked ?? true),
    set: (t, v, exec) => write(t, exec, { protection: { locked: v } }),
  },
};

/** Range.format.protection (ExcelApi 1.2): whether cells stay editable once their sheet is protected. */
export class FormatProtection extends ClientObject<Target> {
  protected override _props(): Props<Target> {
    return PROTECTION_PROPS;
  }
  get locked(): boolean {
    return this._get("locked");
  }
  set locked(v: boolean) {
    this._set("locked", v);
  }
}

const FILL_PROPS: Props<Target> = {
  color: {
    // Office.js answers "#FFFFFF" for a cell without fill.
    get: (t) => uniform(t.sheet, t.rect, (c) => c?.format?.fill ?? "#FFFFFF"),
    set: (t, v, exec) => write(t, exec, { fill: { color: v } }),
  },
};

export class RangeFill extends ClientObject<Target> {
  protected override _props(): Props<Target> {
    return FILL_PROPS;
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  clear(): void {
    this._queue("clear", [], (exec) => {
      const t = this._need(exec);
      exec.writable(t.sheet);
      updateFormat(t.sheet, t.rect, (f) => delete f.fill);
    });
  }
}

const fontProp = (k: keyof typeof DEFAULT_FONT) => ({
  get: (t: Target) => uniform(t.sheet, t.rect, (c) => c?.format?.font?.[k] ?? DEFAULT_FONT[k]),
  set: (t: Target, v: unknown, exec: Exec) => write(t, exec, { font: { [k]: v } }),
});

const FONT_PROPS: Props<Target> = {
  bold: fontProp("bold"),
  italic: fontProp("italic"),
  underline: fontProp("underline"),
  color: fontProp("color"),
  size: fontProp("size"),
  name: fontProp("name"),
  strikethrough: {
    get: (t) => uniform(t.sheet, t.rect, (c) => c?.format?.font?.strikethrough ?? false),
    set: (t, v, exec) => write(t, exec, { font: { strikethrough: v } }),
  },
};

export class RangeFont extends ClientObject<Target> {
  protected override _props(): Props<Target> {
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
  get underline(): string {
    return this._get("underline");
  }
  set underline(v: string) {
    this._set("underline", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this._set("size", v);
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get strikethrough(): boolean {
    return this._get("strikethrough");
  }
  set strikethrough(v: boolean) {
    this._set("strikethrough", v);
  }
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

export class RangeBorderCollection extends ClientObject<Target> {
  protected override _props(): Props<Target> {
    return {};
  }
  getItem(index: string): RangeBorder {
    return this._method(
      new RangeBorder(
        this.context,
        (e) => {
          const t = this._need(e);
          if (!EDGES.includes(index)) fail(ErrorCodes.invalidArgument, `"${index}" is not a border index.`);
          return { ...t, index };
        },
        { parent: this, name: "getItem", args: [index] },
      ),
    );
  }
}

type BorderTarget = Target & { index: string };

/** The cells and the side of each that an edge of a range is made of. */
function edgeCells(t: BorderTarget): Array<{ rect: Rect; side: BorderSide }> {
  const { top, left, bottom, right } = t.rect;
  switch (t.index) {
    case "EdgeTop":
      return [{ rect: { top, left, bottom: top, right }, side: "top" }];
    case "EdgeBottom":
      return [{ rect: { top: bottom, left, bottom, right }, side: "bottom" }];
    case "EdgeLeft":
      return [{ rect: { top, left, bottom, right: left }, side: "left" }];
    case "EdgeRight":
      return [{ rect: { top, left: right, bottom, right }, side: "right" }];
    case "InsideHorizontal":
      return bottom > top
        ? [
            { rect: { top, left, bottom: bottom - 1, right }, side: "bottom" },
            { rect: { top: top + 1, left, bottom, right }, side: "top" },
          ]
        : [];
    case "InsideVertical":
      return right > left
        ? [
            { rect: { top, left, bottom, right: right - 1 }, side: "right" },
            { rect: { top, left: left + 1, bottom, right }, side: "left" },
          ]
        : [];
    case "DiagonalDown":
      return [{ rect: t.rect, side: "diagonalDown" }];
    default:
      return [{ rect: t.rect, side: "diagonalUp" }];
  }
}

const NO_BORDER: Border = { style: "None", weight: "Thin", color: "#000000" };

function borderProp(k: keyof Border) {
  return {
    get: (t: BorderTarget) => {
      const [first] = edgeCells(t);
      if (!first) return NO_BORDER[k];
      return uniform(t.sheet, first.rect, (c) => (c?.format?.borders?.[first.side] ?? NO_BORDER)[k]);
    },
    set: (t: BorderTarget, v: unknown, exec: Exec) => {
      exec.writable(t.sheet);
      for (const { rect, side } of edgeCells(t)) {
        forEachPosition(rect, (r, c) => {
          const cell = ensureCell(t.sheet, r, c);
          const f = (cell.format ??= {});
          setSide(f, side, borderValue(f.borders?.[side], { [k]: v }));
          if (Object.keys(f).length === 0) delete cell.format;
          dropIfBlank(t.sheet, r, c);
        });
      }
    },
  };
}

const BORDER_PROPS: Props<BorderTarget> = {
  style: borderProp("style"),
  weight: borderProp("weight"),
  color: borderProp("color"),
  sideIndex: { get: (t) => t.index },
};

export class RangeBorder extends ClientObject<BorderTarget> {
  protected override _props(): Props<BorderTarget> {
    return BORDER_PROPS;
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v);
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(v: string) {
    this._set("weight", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  get sideIndex(): string {
    return this._get("sideIndex");
  }
}

