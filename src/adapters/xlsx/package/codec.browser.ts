/**
 * codec.ts for the pane: the same contract over fflate (measured against the browser's DecompressionStream, see
 * docs/decisions.md) and TextDecoder. webpack.config.js puts this module in codec.ts's place in the pane's build.
 */
import { Inflate, inflateSync } from "fflate";

export { crc32 } from "./crc32Table";

/** Thrown by inflateWhole when the data inflates past `max` bytes. */
export class InflatedTooFar extends Error {}

/**
 * Input fed to the streaming inflater at a time: fflate inflates all it is given in one go, so feeding it in small
 * steps is what bounds the memory a large part takes between chunks.
 */
const STEP = 16 * 1024;

/**
 * In one call into a buffer of `max` bytes (the part's declared size and one byte more): fflate writes nothing past
 * its end, so a part that inflates further fills it and is told by its length, and memory never passes `max`.
 * About 20 times faster than a stream per part on report-sized parts (bench/paneInflate.ts).
 */
export function inflateWhole(data: Uint8Array, max: number): Uint8Array {
  const out = inflateSync(data, { out: new Uint8Array(max) });
  if (out.length >= max) throw new InflatedTooFar();
  return out;
}

export async function* inflateChunks(data: Uint8Array, step: number): AsyncGenerator<Uint8Array> {
  let ready: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => void ready.push(chunk));
  const size = Math.min(step, STEP);
  for (let at = 0; at < data.length || at === 0; at += size) {
    inflate.push(data.subarray(at, at + size), at + size >= data.length);
    for (const chunk of ready) yield chunk;
    ready = [];
    if (data.length === 0) break;
  }
}

const UTF8 = new TextDecoder("utf-8");

export function utf8Whole(bytes: Uint8Array, start: number): string {
  return UTF8.decode(bytes.subarray(start));
}
