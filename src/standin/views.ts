/**
 * A worksheet's AutoFilter (ExcelApi 1.9) and frozen panes (1.7): where they lie, never what they filter (rows are
 * never hidden here). One filter per sheet, as in Excel; a new one replaces the old.
 */
import type { Rect } from "./address";
import { ErrorCodes, fail } from "./errors";
import type { SheetModel } from "./model";
import { Range } from "./range";
import { ClientObject, type Exec, type Props } from "./runtime";

function rectOf(range: Range | string, sheet: SheetModel, exec: Exec): Rect {
  if (typeof range === "string") return exec.model._rect(sheet, range);
  const t = range._need(exec);
  if (t.sheet !== sheet) fail(ErrorCodes.invalidArgument, "The range is on another sheet.");
  return t.rect;
}

const FILTER_PROPS: Props<SheetModel> = { enabled: { get: (s) => s.autoFilter !== null } };

export class AutoFilter extends ClientObject<SheetModel> {
  protected override _props(): Props<SheetModel> {
    return FILTER_PROPS;
  }
  protected override _since(): string {
    return "1.9";
  }
  get enabled(): boolean {
    return this._get("enabled");
  }
  /** Criteria are not modelled: the filter's range is. */
  apply(range: Range | string): void {
    this._queue("apply", [range], (e) => {
      const s = this._need(e);
      e.writable(s);
      const r = rectOf(range, s, e);
      if (r.top === r.bottom) fail(ErrorCodes.invalidArgument, "An AutoFilter needs a header row and rows below it.");
      s.autoFilter = r;
    });
  }
  remove(): void {
    this._queue("remove", [], (e) => {
      const s = this._need(e);
      e.writable(s);
      s.autoFilter = null;
    });
  }
  getRangeOrNullObject(): Range {
    return this._method(
      new Range(this.context, (e) => {
        const s = this._need(e);
        return s.autoFilter ? { sheet: s, rect: s.autoFilter } : null;
      }, { parent: this, name: "getRangeOrNullObject" }),
    );
  }
}

export class WorksheetFreezePanes extends ClientObject<SheetModel> {
  protected override _props(): Props<SheetModel> {
    return {};
  }
  protected override _since(): string {
    return "1.7";
  }
  freezeRows(count?: number): void {
    this._queue("freezeRows", [count ?? 1], (e) => this.freeze(e, count ?? 1, 0));
  }
  freezeColumns(count?: number): void {
    this._queue("freezeColumns", [count ?? 1], (e) => this.freeze(e, 0, count ?? 1));
  }
  /** Freezes the rows above and the columns left of the range's bottom-right corner's next cell, as Excel does. */
  freezeAt(range: Range | string): void {
    this._queue("freezeAt", [range], (e) => {
      const r = rectOf(range, this._need(e), e);
      this.freeze(e, r.bottom + 1, r.right + 1);
    });
  }
  unfreeze(): void {
    this._queue("unfreeze", [], (e) => (this._need(e).frozen = { rows: 0, cols: 0 }));
  }
  private freeze(e: Exec, rows: number, cols: number): void {
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) fail(ErrorCodes.invalidArgument, "Bad count of rows or columns to freeze.");
    this._need(e).frozen = { rows, cols };
  }
}
