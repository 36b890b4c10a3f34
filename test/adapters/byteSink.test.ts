/** The sheet writer's byte sink against Buffer's own encoding (texts, digits, chunks, growth), and keepsSpace against the pattern it replaced. */
import { ByteSink } from "../../src/adapters/xlsx/edit/byteSink";
import { keepsSpace } from "../../src/adapters/xlsx/edit/xmlEdit";

function written(pieces: ReadonlyArray<string | number>, chunk = 8): { bytes: Buffer; takes: number } {
  const out = new ByteSink(chunk);
  const parts: Buffer[] = [];
  for (const p of pieces) {
    if (typeof p === "number") out.digits(p);
    else out.text(p);
    if (out.length >= chunk) parts.push(out.take());
  }
  parts.push(out.take());
  return { bytes: Buffer.concat(parts), takes: parts.length };
}

describe("ByteSink", () => {
  it("writes texts as UTF-8, ASCII or not, short or long, lone surrogates as U+FFFD", () => {
    const texts = ["<c r=\"", "B4017", "Báo Thái Bình", "x".repeat(100), "Đ".repeat(40), "\ud800", "😀", "", "&amp;"];
    expect(written(texts).bytes.toString("utf8")).toBe(Buffer.from(texts.join(""), "utf8").toString("utf8"));
    expect(written(texts).bytes).toEqual(Buffer.from(texts.join(""), "utf8"));
  });

  it("writes integers as String() does, from 0 to 2^53 − 1", () => {
    const numbers = [0, 1, 9, 10, 99, 100, 43235, 1048576, 2 ** 31, 10 ** 15, Number.MAX_SAFE_INTEGER];
    expect(written(numbers.flatMap((n) => [n, ","])).bytes.toString("latin1")).toBe(numbers.map((n) => `${String(n)},`).join(""));
  });

  it("hands out each chunk in a buffer of its own, and grows one for a piece larger than a chunk", () => {
    const out = new ByteSink(4);
    out.text("abc");
    const first = out.take();
    out.text("defghijklmnop");
    const second = out.take();
    expect(first.toString()).toBe("abc");
    expect(second.toString()).toBe("defghijklmnop");
    expect(written(["ab", "cd", "ef", "gh", "ij"], 4).takes).toBe(3);
  });
});

describe("keepsSpace", () => {
  it("answers as /^\\s|\\s$|\\n/ does, on texts with every kind of space at either end or inside", () => {
    const spaces = [" ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028"];
    const texts = ["", "a", "Báo Thái Bình", "a b", "a\nb", "😀", "\ud800", ...spaces.flatMap((s) => [s, `${s}a`, `a${s}`, `a${s}b`, `${s}${s}`])];
    for (const t of texts) expect([t, keepsSpace(t)]).toEqual([t, /^\s|\s$|\n/.test(t)]);
  });
});
