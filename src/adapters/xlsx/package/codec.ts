/**
 * What the package reader takes from its platform: raw-deflate inflation, CRC-32 and the fast whole-part UTF-8
 * decoding. This is Node's (the command line); the pane's build replaces this module with codec.browser.ts
 * (webpack.config.js), so every other module of the reader is the same code in both.
 */
import { Readable } from "node:stream";
import zlib from "node:zlib";

export { crc32 } from "./crc32";

/** Thrown by inflateWhole when the data inflates past `max` bytes. */
export class InflatedTooFar extends Error {}

/** The data inflated in one call, giving up with InflatedTooFar past `max` bytes (the pane's at `max`: callers pass one byte more than they accept); another error when it is damaged. */
export function inflateWhole(data: Uint8Array, max: number): Uint8Array {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: max });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new InflatedTooFar();
    throw e;
  }
}

/** The data inflated in chunks of at most 64 KiB, read `step` bytes of input at a time; the caller may stop early. */
export async function* inflateChunks(data: Uint8Array, step: number): AsyncGenerator<Uint8Array> {
  const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  const source = Readable.from(slices(data, step));
  source.pipe(inflate);
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) yield chunk;
  } finally {
    source.destroy();
    inflate.destroy();
  }
}

function* slices(data: Uint8Array, step: number): Generator<Buffer> {
  const b = Buffer.from(data.buffer, data.byteOffset, data.length);
  for (let at = 0; at < b.length; at += step) yield b.subarray(at, at + step);
}

/** A whole part's UTF-8 text from `start`: Buffer's own decoding is about three times a TextDecoder's. */
export function utf8Whole(bytes: Uint8Array, start: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8", start);
}
