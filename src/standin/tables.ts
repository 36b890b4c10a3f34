/** Excel tables (ListObjects), as far as the add-in meets them: workbook.tables (1.1) with names and ranges. */
import { ErrorCodes, fail } from "./errors";
import type { SheetModel, TableModel, WorkbookState } from "./model";
import { Range } from "./range";
import { ClientCollection, ClientObject, type Exec, type Props } from "./runtime";

export type { TableModel };

interface TableTarget {
  readonly sheet: SheetModel;
  readonly table: TableModel;
}

function live(t: TableTarget): TableTarget {
  if (!t.sheet.tables.includes(t.table)) fail(ErrorCodes.itemNotFound, `The table ${t.table.name} no longer exists.`);
  return t;
}

export class TableCollection extends ClientCollection<WorkbookState, Table> {
  protected override _itemTargets(m: WorkbookState): unknown[] {
    return m.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }
  protected override _makeItem(target: (e: Exec) => unknown): Table {
    return new Table(this.context, (e) => live(target(e) as TableTarget), { parent: this, name: "item" });
  }
}

const PROPS: Props<TableTarget> = {
  name: { get: (t) => t.table.name },
};

export class Table extends ClientObject<TableTarget> {
  protected override _props(): Props<TableTarget> {
    return PROPS;
  }
  get name(): string {
    return this._get("name");
  }
  /** The whole table, header row included. */
  getRange(): Range {
    return this._method(
      new Range(
        this.context,
        (e) => {
          const t = live(this._need(e));
          return { sheet: t.sheet, rect: { ...t.table.rect } };
        },
        { parent: this, name: "getRange" },
      ),
    );
  }
}
