/**
 * codec.ts for the pane: the same contract over fflate (measured against the browser's DecompressionStream, see
 * docs/decisions.md) and TextDecoder. webpack.config.js puts this module in codec.ts's place in the pane's build.
 */
import { Inflate } from "fflate";
import { concat } from "./bytes";

export { crc32 } from "./crc32Table";

/** Thrown by inflateWhole when the data inflates past `max` bytes. */
export class InflatedTooFar extends Error {}

/**
 * Input fed to the inflater at a time: fflate inflates all it is given in one go, so feeding it in small steps is what
 * bounds the memory a zip bomb can take before the limit is seen (deflate expands at most about 1,000 times).
 */
const STEP = 16 * 1024;

export function inflateWhole(data: Uint8Array, max: number): Uint8Array {
  const out: Uint8Array[] = [];
  let length = 0;
  const inflate = new Inflate((chunk) => {
    length += chunk.length;
    if (length > max) throw new InflatedTooFar();
    out.push(chunk);
  });
  feed(inflate, data, STEP);
  return concat(out);
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

function feed(inflate: Inflate, data: Uint8Array, step: number): void {
  if (data.length === 0) inflate.push(data, true);
  for (let at = 0; at < data.length; at += step) inflate.push(data.subarray(at, at + step), at + step >= data.length);
}

const UTF8 = new TextDecoder("utf-8");

export function utf8Whole(bytes: Uint8Array, start: number): string {
  return UTF8.decode(bytes.subarray(start));
}
