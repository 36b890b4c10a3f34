/**
 * The parts of a read Excel may refuse for one item among many, read apart (./isolate.ts): merged areas in blocks
 * (more than 512 areas in one range fail), and the formulas of conditional formats (reading the rule of some rules
 * throws: office-js #6827, #6835). A rule that cannot be read is not known to be the tool's: it is left alone and
 * counted, so the pane can say so.
 */
import { ownerOfFormula } from "../ownership";
import type { Block } from "./blocks";
import { readIsolated } from "./isolate";

/** Reads per sync at most: each is a few hundred bytes of request. */
export const READS_PER_SYNC = 1_000;

type MergeBlock = { readonly sheet: number; readonly block: Block };

/** Queues the read of one block's merged areas; the returned function files them under the sheet after the sync. */
export function queueMerges(item: MergeBlock, sheetAt: (i: number) => Excel.Worksheet | undefined, out: Map<number, string[]>): () => void {
  const { sheet, block } = item;
  const areas = sheetAt(sheet)?.getRangeByIndexes(block.row, block.col, block.rows, block.cols).getMergedAreasOrNullObject();
  areas?.load("areas/items/address");
  return () => {
    if (!areas || areas.isNullObject) return;
    const list = out.get(sheet) ?? [];
    list.push(...areas.areas.items.map((a) => a.address));
    out.set(sheet, list);
  };
}

/** The merged areas' addresses per sheet index, each block read whole or halved until it can be. */
export async function readMerges(
  context: Excel.RequestContext,
  blocks: readonly MergeBlock[],
  sheetAt: (i: number) => Excel.Worksheet | undefined,
  out = new Map<number, string[]>(),
): Promise<Map<number, string[]>> {
  await inChunks(blocks, (chunk) =>
    readIsolated(context, chunk, {
      queue: (item) => queueMerges(item, sheetAt, out),
      split: ({ sheet, block }) => halves(block)?.map((b) => ({ sheet, block: b })) ?? null,
      giveUp: (_item, e) => {
        throw e;
      },
    }),
  );
  return out;
}

export interface RuleRead {
  /** The tool's rules per sheet index. */
  readonly owned: Map<number, Array<{ owner: string; id: string }>>;
  /** Rules Excel could not read, per sheet index. */
  readonly unreadable: Map<number, number>;
}

/** The formulas of the custom rules (their types already loaded), each rule Excel cannot read counted apart. */
export async function readRuleFormulas(
  context: Excel.RequestContext,
  sheets: ReadonlyArray<{ readonly ws: Excel.Worksheet; readonly rules: Excel.ConditionalFormatCollection }>,
): Promise<RuleRead> {
  const owned = new Map<number, Array<{ owner: string; id: string }>>();
  const unreadable = new Map<number, number>();
  const items = sheets.flatMap(({ rules }, sheet) => rules.items.filter((r) => r.type === "Custom").map((r) => ({ sheet, id: r.id })));
  await inChunks(items, (chunk) =>
    readIsolated(context, chunk, {
      queue: ({ sheet, id }) => {
        const rule = sheets[sheet]?.ws.getRange().conditionalFormats.getItem(id).custom.rule;
        rule?.load("formula");
        return () => {
          const owner = rule ? ownerOfFormula(rule.formula ?? "") : null;
          if (owner === null) return;
          const list = owned.get(sheet) ?? [];
          list.push({ owner, id });
          owned.set(sheet, list);
        };
      },
      split: () => null,
      giveUp: ({ sheet }) => void unreadable.set(sheet, (unreadable.get(sheet) ?? 0) + 1),
    }),
  );
  return { owned, unreadable };
}

async function inChunks<T>(items: readonly T[], read: (chunk: readonly T[]) => Promise<void>): Promise<void> {
  if (items.length === 0) return;
  await read(items.slice(0, READS_PER_SYNC));
  return inChunks(items.slice(READS_PER_SYNC), read);
}

/** A block cut in two (rows first), or null for a single cell. */
function halves(b: Block): Block[] | null {
  if (b.rows > 1) {
    const top = Math.ceil(b.rows / 2);
    return [
      { ...b, rows: top },
      { ...b, row: b.row + top, rows: b.rows - top },
    ];
  }
  if (b.cols > 1) {
    const left = Math.ceil(b.cols / 2);
    return [
      { ...b, cols: left },
      { ...b, col: b.col + left, cols: b.cols - left },
    ];
  }
  return null;
}
