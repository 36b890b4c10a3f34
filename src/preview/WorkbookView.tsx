/**
 * The stand-in's workbook drawn as a spreadsheet beside the pane: sheet tabs, row and column headings, each cell's
 * displayed text and effective fill (its own, or a conditional format's), the selection. Click a cell to select it;
 * double-click (or Enter) to type into it, as a user would in Excel.
 */
import { useEffect, useState, type KeyboardEvent } from "react";
import { a1, colName } from "../sheet/a1";
import type { SheetSnapshot, StandIn, WorkbookSnapshotView } from "../standin";

export function WorkbookView({ standin }: { readonly standin: StandIn }) {
  const [view, setView] = useState<WorkbookSnapshotView>(() => standin.model.snapshot());
  const [tab, setTab] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ address: string; text: string } | null>(null);
  useEffect(() => standin.model.onChange(() => setView(standin.model.snapshot())), [standin]);

  const active = view.sheets.find((s) => s.name === tab) ?? view.sheets.find((s) => s.active) ?? view.sheets[0];
  if (!active) return <p>—</p>;
  const selected = view.selection?.split("!").pop()?.split(":")[0] ?? "";

  const commit = (address: string, text: string): void => {
    const n = Number(text.replace(",", "."));
    const value = text.trim() === "" ? "" : /^-?\d+([.,]\d+)?$/.test(text.trim()) ? n : text;
    standin.model.userEdit(active.name, address, value);
    setEditing(null);
  };

  return (
    <section className="workbook" aria-label="Workbook (Excel stand-in)">
      <div className="tabs" role="tablist" aria-label="Sheets">
        {view.sheets.map((s) => (
          <button key={s.name} role="tab" aria-selected={s.name === active.name} onClick={() => setTab(s.name)}>
            {s.name}
            {s.protected ? " 🔒" : ""}
          </button>
        ))}
      </div>
      <div className="grid-scroll">
        <Grid sheet={active} selected={selected} editing={editing} setEditing={setEditing} commit={commit} select={(a) => standin.model.select(active.name, a)} />
      </div>
    </section>
  );
}

interface GridProps {
  readonly sheet: SheetSnapshot;
  readonly selected: string;
  readonly editing: { address: string; text: string } | null;
  setEditing(e: { address: string; text: string } | null): void;
  commit(address: string, text: string): void;
  select(address: string): void;
}

function Grid({ sheet, selected, editing, setEditing, commit, select }: GridProps) {
  const rows = Math.max(sheet.rows.length + sheet.top, 30);
  const cols = Math.max((sheet.rows[0]?.length ?? 0) + sheet.left, 12);
  const cellOf = (r: number, c: number) => sheet.rows[r - sheet.top]?.[c - sheet.left];
  const widthOf = (c: number) => sheet.columnWidths[c - sheet.left] ?? 48;
  const onKey = (e: KeyboardEvent<HTMLInputElement>, address: string) => {
    if (e.key === "Enter") commit(address, e.currentTarget.value);
    if (e.key === "Escape") setEditing(null);
  };
  return (
    <table className="grid" data-sheet={sheet.name}>
      <thead>
        <tr>
          <th />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c} style={{ minWidth: (widthOf(c) * 4) / 3 }}>
              {colName(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r}>
            <th>{r + 1}</th>
            {Array.from({ length: cols }, (_, c) => {
              const address = a1(r, c);
              const cell = cellOf(r, c);
              const isEditing = editing?.address === address;
              return (
                <td
                  key={c}
                  data-address={address}
                  className={address === selected ? "selected" : undefined}
                  style={{
                    background: cell?.fill ?? undefined,
                    fontWeight: cell?.font.bold ? 600 : undefined,
                    color: cell?.font.color && cell.font.color !== "#000000" ? cell.font.color : undefined,
                    textAlign: cell?.horizontalAlignment === "Center" ? "center" : cell?.horizontalAlignment === "Right" || typeof cell?.value === "number" ? "right" : undefined,
                    whiteSpace: cell?.wrapText ? "normal" : "nowrap",
                  }}
                  title={cell?.formula ?? undefined}
                  onClick={() => select(address)}
                  onDoubleClick={() => setEditing({ address, text: cell?.value === undefined || cell.value === "" ? "" : String(cell.value) })}
                >
                  {isEditing ? (
                    <input aria-label={`${sheet.name}!${address}`} autoFocus defaultValue={editing.text} onKeyDown={(e) => onKey(e, address)} onBlur={(e) => commit(address, e.currentTarget.value)} />
                  ) : (
                    cell?.text || (cell?.formula ? `=${cell.formula.replace(/^=/, "")}` : "")
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
