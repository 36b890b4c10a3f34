/** Notes (ExcelApi 1.18): on a host below it, every use fails at sync with ApiNotFound, as on perpetual Office. */
import { splitSheet } from "./address";
import { colOf, key, rowOf } from "./cells";
import { ErrorCodes, fail } from "./errors";
import { SheetModel, type NoteModel, type WorkbookState } from "./model";
import { Range } from "./range";
import { ClientCollection, ClientObject, type ClientResult, type Exec, type Props } from "./runtime";

type Owner = WorkbookState | SheetModel;

interface NoteTarget {
  sheet: SheetModel;
  key: number;
  note: NoteModel;
}

function live(t: NoteTarget): NoteTarget {
  if (t.sheet.notes.get(t.key) !== t.note) fail(ErrorCodes.itemNotFound, "The note no longer exists.");
  return t;
}

/** The one cell a note address names: on a sheet's collection, local or on that sheet; on the workbook's, qualified. */
function cellOf(owner: Owner, cellAddress: Range | string, exec: Exec): { sheet: SheetModel; key: number } {
  let sheet: SheetModel;
  let rect;
  if (typeof cellAddress === "string") {
    const { sheet: named } = splitSheet(cellAddress);
    if (owner instanceof SheetModel) sheet = owner;
    else {
      if (named === undefined) fail(ErrorCodes.invalidArgument, `"${cellAddress}" must name its sheet (Sheet1!A1).`);
      sheet = owner._sheet(named) ?? fail(ErrorCodes.itemNotFound, `The worksheet '${named}' doesn't exist.`);
    }
    rect = exec.model._rect(sheet, cellAddress);
  } else {
    const t = cellAddress._need(exec);
    sheet = t.sheet;
    rect = t.rect;
    if (owner instanceof SheetModel && owner !== sheet) fail(ErrorCodes.invalidArgument, "The cell is on another sheet.");
  }
  if (rect.top !== rect.bottom || rect.left !== rect.right) fail(ErrorCodes.invalidArgument, "A note belongs to a single cell.");
  return { sheet, key: key(rect.top, rect.left) };
}

export class NoteCollection extends ClientCollection<Owner, Note> {
  protected override _since(): string {
    return "1.18";
  }
  protected override _itemTargets(o: Owner): unknown[] {
    const sheets = o instanceof SheetModel ? [o] : o.sheets;
    return sheets.flatMap((sheet) => [...sheet.notes].map(([k, note]) => ({ sheet, key: k, note })));
  }
  protected override _makeItem(target: (e: Exec) => unknown): Note {
    return new Note(this.context, (e) => live(target(e) as NoteTarget), { parent: this, name: "item" });
  }
  add(cellAddress: Range | string, content: string): Note {
    return this._method(
      new Note(
        this.context,
        (e) => {
          const { sheet, key: k } = cellOf(this._need(e), cellAddress, e);
          e.writable(sheet);
          if (sheet.notes.has(k)) fail(ErrorCodes.invalidArgument, "The cell already has a note.");
          const note = { content: String(content), author: "" };
          sheet.notes.set(k, note);
          return { sheet, key: k, note };
        },
        { parent: this, name: "add", args: [cellAddress, content] },
      ),
    );
  }
  private _find(cellAddress: Range | string, orNull: boolean): Note {
    return this._method(
      new Note(
        this.context,
        (e) => {
          const { sheet, key: k } = cellOf(this._need(e), cellAddress, e);
          const note = sheet.notes.get(k);
          if (note) return { sheet, key: k, note };
          return orNull ? null : fail(ErrorCodes.itemNotFound, "The cell has no note.");
        },
        { parent: this, name: orNull ? "getItemOrNullObject" : "getItem", args: [cellAddress] },
      ),
    );
  }
  getItem(key: Range | string): Note {
    return this._find(key, false);
  }
  getItemOrNullObject(key: Range | string): Note {
    return this._find(key, true);
  }
  getCount(): ClientResult<number> {
    return this._result("getCount", [], (e) => this._itemTargets(this._need(e)).length);
  }
}

const PROPS: Props<NoteTarget> = {
  content: {
    get: (t) => t.note.content,
    set: (t, v, exec) => {
      live(t);
      exec.writable(t.sheet);
      t.note.content = String(v);
    },
  },
  authorName: { get: (t) => t.note.author },
};

export class Note extends ClientObject<NoteTarget> {
  protected override _props(): Props<NoteTarget> {
    return PROPS;
  }
  protected override _since(): string {
    return "1.18";
  }
  get content(): string {
    return this._get("content");
  }
  set content(v: string) {
    this._set("content", v);
  }
  get authorName(): string {
    return this._get("authorName");
  }
  delete(): void {
    this._queue("delete", [], (e) => {
      const t = live(this._need(e));
      e.writable(t.sheet);
      t.sheet.notes.delete(t.key);
    });
  }
  getLocation(): Range {
    return this._method(
      new Range(
        this.context,
        (e) => {
          const t = this._need(e);
          const r = rowOf(t.key);
          const c = colOf(t.key);
          return { sheet: t.sheet, rect: { top: r, left: c, bottom: r, right: c } };
        },
        { parent: this, name: "getLocation" },
      ),
    );
  }
}
