/** The extra fields of a zip header (APPNOTE 4.5): id, length, data, one after another. */
import { concat, EMPTY, u16 } from "./bytes";

export const ZIP64_EXTRA = 0x0001;

/** The fields of an extra block, in order; a field running past the block ends the walk. */
export function* extraFields(extra: Uint8Array): Generator<{ readonly id: number; readonly data: Uint8Array }> {
  let e = 0;
  while (e + 4 <= extra.length) {
    const id = u16(extra, e);
    const len = u16(extra, e + 2);
    if (e + 4 + len > extra.length) return;
    yield { id, data: extra.subarray(e + 4, e + 4 + len) };
    e += 4 + len;
  }
}

/** The extra block without its zip64 field (a writer adds its own), or empty when the block does not parse. */
export function extraWithoutZip64(extra: Uint8Array): Uint8Array {
  if (extra.length === 0) return extra;
  const kept: Uint8Array[] = [];
  let length = 0;
  for (const field of extraFields(extra)) {
    length += 4 + field.data.length;
    if (field.id !== ZIP64_EXTRA) kept.push(extra.subarray(length - 4 - field.data.length, length));
  }
  return length === extra.length ? concat(kept) : EMPTY;
}
