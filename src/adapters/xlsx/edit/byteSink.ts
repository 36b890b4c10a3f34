/**
 * UTF-8 output written straight into a buffer, taken in chunks. A merged table is half a million cells of short
 * ASCII pieces ("<c r=", "B4017", "43235"): building each cell as a string and the strings into batches made
 * hundreds of megabytes of intermediate strings for 30 MB of XML; writing the pieces' bytes makes none.
 */
export class ByteSink {
  private buf: Buffer;
  private pos = 0;

  constructor(private readonly chunk: number) {
    this.buf = Buffer.allocUnsafe(chunk);
  }

  /** Bytes written since the last take. */
  get length(): number {
    return this.pos;
  }

  /** Appends a text as UTF-8: short ASCII texts byte by byte, the rest by Buffer's encoder. */
  text(s: string): void {
    const n = s.length;
    if (n <= 32) {
      this.room(n);
      const buf = this.buf;
      let pos = this.pos;
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) return this.utf8(s);
        buf[pos++] = c;
      }
      this.pos = pos;
      return;
    }
    this.utf8(s);
  }

  /** Appends a non-negative integer's decimal digits (callers check: 0 ≤ n < 2^53). */
  digits(n: number): void {
    this.room(16);
    if (n < 10) {
      this.buf[this.pos++] = 48 + n;
      return;
    }
    let end = this.pos;
    for (let m = n; m >= 1; m = Math.floor(m / 10)) end++;
    this.pos = end;
    for (let m = n; m >= 1; m = Math.floor(m / 10)) this.buf[--end] = 48 + (m % 10);
  }

  /** The bytes written since the last take, in a buffer of their own; writing goes on in a new one. */
  take(): Buffer {
    const out = this.buf.subarray(0, this.pos);
    this.buf = Buffer.allocUnsafe(this.chunk);
    this.pos = 0;
    return out;
  }

  private utf8(s: string): void {
    this.room(s.length * 3);
    this.pos += this.buf.write(s, this.pos, "utf8");
  }

  /** Makes room for `n` more bytes, moving what is written into a larger buffer when the chunk is full. */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }
}
