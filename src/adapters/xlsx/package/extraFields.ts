/** The extra fields of a zip header (APPNOTE 4.5): id, length, data, one after another. */

export const ZIP64_EXTRA = 0x0001;

/** The fields of an extra block, in order; a field running past the block ends the walk. */
export function* extraFields(extra: Buffer): Generator<{ readonly id: number; readonly data: Buffer }> {
  let e = 0;
  while (e + 4 <= extra.length) {
    const id = extra.readUInt16LE(e);
    const len = extra.readUInt16LE(e + 2);
    if (e + 4 + len > extra.length) return;
    yield { id, data: extra.subarray(e + 4, e + 4 + len) };
    e += 4 + len;
  }
}

/** The extra block without its zip64 field (a writer adds its own), or empty when the block does not parse. */
export function extraWithoutZip64(extra: Buffer): Buffer {
  if (extra.length === 0) return extra;
  const kept: Buffer[] = [];
  let length = 0;
  for (const field of extraFields(extra)) {
    length += 4 + field.data.length;
    if (field.id !== ZIP64_EXTRA) kept.push(extra.subarray(length - 4 - field.data.length, length));
  }
  return length === extra.length ? Buffer.concat(kept) : Buffer.alloc(0);
}
