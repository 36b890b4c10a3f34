/**
 * Reads that Excel may refuse for one item of many (a block with more than 512 merged areas, a conditional format
 * whose rule Excel cannot read: office-js #6827, #6835): all in one sync first, and when that sync fails, each half
 * in a sync of its own, down to the single item, which is split further (`split`) or given up (`giveUp`). A
 * workbook without such items costs one sync; one bad item costs a few more, never the command.
 */
export interface Isolated<T> {
  /** Queues the read of an item; returns what to take after the sync. */
  queue(item: T): () => void;
  /** Smaller items for one that failed alone, or null when it cannot be split. */
  split(item: T): T[] | null;
  giveUp(item: T, error: unknown): void;
}

export async function readIsolated<T>(context: Excel.RequestContext, items: readonly T[], how: Isolated<T>): Promise<void> {
  if (items.length === 0) return;
  const takes = items.map((it) => how.queue(it));
  try {
    await context.sync();
  } catch (e) {
    if (items.length > 1) {
      const half = Math.ceil(items.length / 2);
      await readIsolated(context, items.slice(0, half), how);
      return readIsolated(context, items.slice(half), how);
    }
    const only = items[0] as T;
    const parts = how.split(only);
    if (parts && parts.length > 0) return readIsolated(context, parts, how);
    how.giveUp(only, e);
    return;
  }
  for (const take of takes) take();
}
