/**
 * The stand-in's workbook drawn as a spreadsheet beside the pane: sheet tabs, row and column headings, each cell's
 * displayed text and effective fill (its own, or a conditional format's), the selection. Click a cell to select it;
 * double-click (or Enter) to type into it, as a user would in Excel.
 */
import { useEffect, useState, type KeyboardEvent } from "react";
import { a1, colName, parseRange } from "../sheet/a1";
import { EntryRefused, type SheetSnapshot, type StandIn, type WorkbookSnapshotView } from "../standin";

export function WorkbookView({ standin }: { readonly standin: StandIn }) {
  const [view, setView] = useState<WorkbookSnapshotView>(() => standin.model.snapshot());
  const [tab, setTab] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ address: string; text: string } | null>(null);
  // Excel's answer to an entry its validation refuses: the alert's title and message (nothing is written).
  const [refused, setRefused] = useState<{ title: string; message: string } | null>(null);
  useEffect(() => standin.model.onChange(() => setView(standin.model.snapshot())), [standin]);

  // As in Excel, hidden sheets have no tab (the tool's very hidden store among them).
  const shown = view.sheets.filter((s) => s.visibility === "Visible");
  const active = shown.find((s) => s.name === tab) ?? shown.find((s) => s.active) ?? shown[0];
  if (!active) return <p>—</p>;
  const selected = view.selection?.split("!").pop()?.split(":")[0] ?? "";

  const commit = (address: string, text: string): void => {
    try {
      standin.model.userEdit(active.name, address, typed(text));
      setRefused(null);
    } catch (e) {
      if (!(e instanceof EntryRefused)) throw e;
      setRefused({ title: e.title, message: e.message });
    }
    setEditing(null);
  };

  return (
    <section className="workbook" aria-label="Workbook (Excel stand-in)">
      <div className="tabs" role="tablist" aria-label="Sheets">
        {shown.map((s) => (
          <button key={s.name} role="tab" aria-selected={s.name === active.name} onClick={() => setTab(s.name)}>
            {s.name}
            {s.protected ? " 🔒" : ""}
          </button>
        ))}
      </div>
      {refused && (
        <div role="alert" className="refused">
          <strong>{refused.title}</strong> {refused.message}{" "}
          <button onClick={() => setRefused(null)}>OK</button>
        </div>
      )}
      <div className="grid-scroll">
        <Grid sheet={active} selected={selected} editing={editing} setEditing={setEditing} commit={commit} select={(a) => standin.model.select(active.name, a)} />
      </div>
    </section>
  );
}

/** What Excel makes of a typed text: a number, a percent as a fraction, or the text itself. */
function typed(text: string): string | number {
  const t = text.trim().replace(/\s/g, "");
  const percent = /^(-?\d+(?:[.,]\d+)?)%$/.exec(t);
  if (percent) return Number((percent[1] ?? "").replace(",", ".")) / 100;
  if (/^-?\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(",", "."));
  return text;
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
  // Points to pixels, as Excel draws at 100%.
  const widthOf = (c: number) => ((sheet.columnWidths[c - sheet.left] ?? 48) * 4) / 3;
  const heightOf = (r: number) => ((sheet.rowHeights[r - sheet.top] ?? 15) * 4) / 3;
  // A merged area is drawn as its top-left cell spanning the area; the cells it covers are not drawn.
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const r = parseRange(m);
    spans.set(a1(r.top, r.left), { rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 });
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) covered.add(a1(row, col));
  }
  const onKey = (e: KeyboardEvent<HTMLInputElement>, address: string) => {
    if (e.key === "Enter") commit(address, e.currentTarget.value);
    if (e.key === "Escape") setEditing(null);
  };
  return (
    <table className="grid" data-sheet={sheet.name}>
      <colgroup>
        <col style={{ width: 36 }} />
        {Array.from({ length: cols }, (_, c) => (
          <col key={c} style={{ width: widthOf(c) }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c}>
              {colName(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r} style={{ height: heightOf(r) }}>
            <th>{r + 1}</th>
            {Array.from({ length: cols }, (_, c) => {
              const address = a1(r, c);
              if (covered.has(address)) return null;
              const span = spans.get(address);
              const cell = cellOf(r, c);
              const isEditing = editing?.address === address;
              return (
                <td
                  key={c}
                  data-address={address}
                  colSpan={span?.cols}
                  rowSpan={span?.rows}
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
