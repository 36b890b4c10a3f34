/**
 * Findings as a tree (WAI-ARIA tree pattern): one tab stop, the arrow keys move between rows, Right and Left open
 * and close a table or a folded rule, Home and End jump, Enter or Space selects a finding's cell (or opens a row).
 * Rows are flat (aria-level, aria-setsize, aria-posinset), as Fluent's FlatTree does, so each row's accessible
 * name is its own text.
 */
import { Badge } from "@fluentui/react-components";
import { type KeyboardEvent, useEffect, useRef } from "react";
import type { Finding } from "../../domain/findings";
import { usePane } from "../shell/PaneContext";
import { FindingActions } from "./FindingActions";
import { CHECK_TEXTS } from "./checkTexts";
import { FindingItem, whereOf } from "./FindingItem";
import type { FindingGroup } from "./groupFindings";
import { SEVERITY_BADGE_COLOR, SEVERITY_STRIPE, severityLabel } from "./severity";
import { type Row, showMore, toggle, type TreeState, visibleRows } from "./treeRows";

export interface FindingTreeProps {
  readonly groups: readonly FindingGroup[];
  readonly state: TreeState;
  onState(next: TreeState): void;
  /** The row with the tab stop; the first row when null or gone. */
  readonly activeKey: string | null;
  onActive(key: string): void;
  /** The finding whose cell was last selected from the list (marked as current). */
  readonly currentKey: string | null;
  /** Selects a finding's cell in the workbook. */
  onOpen(finding: Finding, key: string): void;
  /** Whether a finding's cell is in this workbook (default: when it has one); others select nothing. */
  opens?(finding: Finding): boolean;
  readonly label: string;
  /** A line under a group's heading (the sheet and range of a table). */
  subheading?(group: FindingGroup): string | null;
}

export function FindingTree(props: FindingTreeProps) {
  const t = CHECK_TEXTS[usePane().lang];
  const rows = visibleRows(props.groups, props.state);
  const opens = (f: Finding): boolean => f.cell !== "" && (props.opens?.(f) ?? true);
  const active = rows.find((r) => r.key === props.activeKey)?.key ?? rows[0]?.key ?? null;
  const container = useRef<HTMLDivElement>(null);
  // The row to focus once rendered, when the keyboard moved the tab stop.
  const focusNext = useRef<string | null>(null);

  const rowEl = (key: string | null): HTMLElement | undefined =>
    [...(container.current?.querySelectorAll<HTMLElement>("[data-row]") ?? [])].find((el) => el.dataset["row"] === key);

  useEffect(() => {
    const key = focusNext.current;
    if (key === null) return;
    focusNext.current = null;
    rowEl(key)?.focus();
  });

  // The finding Next or Previous selected is scrolled into view (jsdom has no scrolling).
  useEffect(() => {
    rowEl(props.currentKey)?.scrollIntoView?.({ block: "nearest" });
  }, [props.currentKey]);

  if (rows.length === 0) return null;

  const moveTo = (row: Row | undefined): void => {
    if (!row) return;
    focusNext.current = row.key;
    props.onActive(row.key);
  };
  const activate = (row: Row): void => {
    props.onActive(row.key);
    if (row.kind === "finding") {
      if (opens(row.finding)) props.onOpen(row.finding, row.key);
    }
    else if (row.kind === "more") props.onState(showMore(props.state, row));
    else props.onState(toggle(props.state, row.key));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const el = e.target as HTMLElement;
    // Keys on a control inside a row (a finding's actions) are that control's.
    if (el.getAttribute("role") !== "treeitem") return;
    const i = rows.findIndex((r) => r.key === el.dataset["row"]);
    const row = rows[i];
    if (!row) return;
    const open = (row.kind === "group" || row.kind === "bundle") && row.expanded;
    const closed = (row.kind === "group" || row.kind === "bundle") && !row.expanded;
    const handled: Record<string, () => void> = {
      ArrowDown: () => moveTo(rows[i + 1]),
      ArrowUp: () => moveTo(rows[i - 1]),
      Home: () => moveTo(rows[0]),
      End: () => moveTo(rows[rows.length - 1]),
      ArrowRight: () => (closed ? props.onState(toggle(props.state, row.key)) : open ? moveTo(rows[i + 1]) : undefined),
      ArrowLeft: () => (open ? props.onState(toggle(props.state, row.key)) : moveTo(rows.find((r) => r.key === row.parents[row.parents.length - 1]))),
      Enter: () => activate(row),
      " ": () => activate(row),
    };
    const act = handled[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };

  return (
    <div ref={container} role="tree" aria-label={props.label} className="pdx-tree" onKeyDown={onKeyDown}>
      {rows.map((row) => {
        const expandable = row.kind === "group" || row.kind === "bundle";
        const stripe = row.kind === "finding" ? SEVERITY_STRIPE[row.finding.severity] : row.kind === "bundle" ? SEVERITY_STRIPE[row.bundle.severity] : undefined;
        return (
          <div
            key={row.key}
            data-row={row.key}
            role="treeitem"
            aria-level={row.level}
            aria-setsize={row.setsize}
            aria-posinset={row.posinset}
            aria-expanded={expandable ? row.expanded : undefined}
            aria-current={row.key === props.currentKey ? "true" : undefined}
            tabIndex={row.key === active ? 0 : -1}
            title={row.kind === "finding" && opens(row.finding) ? t.goToCell(whereOf(row.finding)) : undefined}
            className="pdx-tree-row"
            style={stripe ? { borderLeftColor: stripe } : undefined}
            onClick={(e) => {
              // A click on a control inside the row is that control's.
              if ((e.target as HTMLElement).closest("button, a, input, select, textarea") === null) activate(row);
            }}
          >
            <span className="pdx-chevron" aria-hidden="true">
              {expandable ? (row.expanded ? "▾" : "▸") : ""}
            </span>
            <RowText row={row} subheading={props.subheading} active={row.key === active} />
          </div>
        );
      })}
    </div>
  );
}

function RowText({ row, subheading, active }: { row: Row; subheading: FindingTreeProps["subheading"]; active: boolean }) {
  const t = CHECK_TEXTS[usePane().lang];
  if (row.kind === "finding") return <FindingItem finding={row.finding} actions={<FindingActions finding={row.finding} interactive={active} />} />;
  if (row.kind === "more") return <span className="pdx-more">{t.showMore(row.next, row.left)}</span>;
  if (row.kind === "group") {
    const sub = subheading?.(row.group) ?? null;
    return (
      <span className="pdx-tree-text">
        <span>
          {row.group.heading} <span className="pdx-muted">({t.findingCount(row.group.count)})</span>
        </span>
        {sub && <span className="pdx-caption pdx-muted">{sub}</span>}
      </span>
    );
  }
  const b = row.bundle;
  return (
    <span className="pdx-tree-text">
      <span>
        <Badge appearance="tint" color={SEVERITY_BADGE_COLOR[b.severity]} size="small">
          {severityLabel(b.severity, t)}
        </Badge>{" "}
        {t.bundleLabel(b.code, b.findings.length, b.years)}
      </span>
    </span>
  );
}
