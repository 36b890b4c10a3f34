/**
 * The state of a findings tree and the Next/Previous walk through it, as Excel's Error Checking does: each step
 * selects the next finding's cell in the workbook, opens the rows above it and marks it as current in the list.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Finding } from "../../domain/findings";
import { findingKey } from "../../domain/review";
import { usePane } from "../shell/PaneContext";
import { whereOf } from "./FindingItem";
import type { FindingGroup } from "./groupFindings";
import { EMPTY_TREE, type FindingPlace, findingPlaces, reveal, type TreeState } from "./treeRows";

export interface FindingList {
  readonly state: TreeState;
  setState(s: TreeState): void;
  readonly activeKey: string | null;
  setActive(key: string): void;
  readonly currentKey: string | null;
  /** Selects the finding's cell and makes it current. */
  open(f: Finding, key: string): void;
  /** Findings that have a cell, and where the current one is among them (-1 before the first step). */
  readonly total: number;
  readonly position: number;
  step(delta: 1 | -1): void;
}

export function useFindingList(groups: readonly FindingGroup[]): FindingList {
  const { services, runner } = usePane();
  const [state, setState] = useState<TreeState>(EMPTY_TREE);
  const [activeKey, setActive] = useState<string | null>(null);
  const [currentKey, setCurrent] = useState<string | null>(null);
  const all = useMemo(() => findingPlaces(groups), [groups]);
  const places = useMemo(() => all.filter((p) => p.finding.cell !== ""), [all]);

  // A new list (a decision, a new check, another filter): a finding's row key is its position, so the tab stop and
  // the current mark follow their finding to its new row, and go when it has gone (a decision must not drop the
  // focus of the row it was made on).
  const before = useRef(all);
  useEffect(() => {
    const old = before.current;
    before.current = all;
    const follow = (key: string | null): string | null => followFinding(key, old, all);
    setCurrent(follow);
    setActive(follow);
  }, [all]);

  const open = useCallback(
    (f: Finding, key: string) => {
      if (!f.cell) return;
      setCurrent(key);
      services.selectCell(f.sheet, f.cell).catch(() => runner.fail((tx) => tx.selectFailed(whereOf(f))));
    },
    [services, runner],
  );

  const position = places.findIndex((p) => p.key === currentKey);
  const step = (delta: 1 | -1): void => {
    const next = places[position < 0 ? (delta > 0 ? 0 : places.length - 1) : position + delta];
    if (!next) return;
    setState((s) => reveal(groups, s, next));
    setActive(next.key);
    open(next.finding, next.key);
  };

  return { state, setState, activeKey, setActive, currentKey, open, total: places.length, position, step };
}

/** The key of the row now showing the finding that `key` showed; a group's or folded rule's key is kept. */
function followFinding(key: string | null, old: readonly FindingPlace[], now: readonly FindingPlace[]): string | null {
  const was = old.find((p) => p.key === key);
  if (!was) return key;
  const id = findingKey(was.finding);
  return now.find((p) => findingKey(p.finding) === id)?.key ?? null;
}
