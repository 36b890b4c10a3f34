/**
 * A token the scanner could not finish within the chunks seen so far: its pieces are kept as they come and each new
 * chunk is searched only for the token's end (with the last characters of the one before, for a terminator split
 * between chunks), so a token of any length costs time linear in its length; and its length is capped.
 */

type Kind = "text" | "comment" | "CDATA section" | "processing instruction" | "end tag" | "start tag";

const TERMINATOR: Readonly<Record<Exclude<Kind, "start tag">, string>> = {
  text: "<",
  comment: "-->",
  "CDATA section": "]]>",
  "processing instruction": "?>",
  "end tag": ">",
};

export class LongToken {
  private readonly kind: Kind;
  private readonly pieces: string[];
  private length: number;
  /** The last characters seen, for a terminator split between chunks. */
  private tail: string;
  /** In a start tag: the quote of the attribute value being read (0 outside values). */
  private quote = 0;

  /** `head`: the token so far, from its first character. */
  constructor(
    head: string,
    private readonly cap: number,
    private readonly tooLong: (what: string) => never,
  ) {
    this.kind = kindOf(head);
    this.pieces = [head];
    this.length = head.length;
    this.tail = head.slice(-2);
    if (this.kind === "start tag") this.quote = quoteAfter(head, 0, 0).quote;
    this.check();
  }

  /** What the token is, for a message ("a comment"). */
  what(): string {
    if (this.kind === "start tag" && this.quote !== 0) return "an attribute value";
    return this.kind === "end tag" ? "an end tag" : `a ${this.kind}`;
  }

  /** Takes the next chunk: the token's text with the whole chunk once the token's end is in it, else null. */
  feed(chunk: string): string | null {
    const end = this.endIn(chunk);
    this.pieces.push(chunk);
    if (end < 0) {
      this.length += chunk.length;
      this.tail = chunk.length >= 2 ? chunk.slice(-2) : (this.tail + chunk).slice(-2);
      this.check();
      return null;
    }
    // Whole now: the scanner checks its length (and its values') as it reads it.
    return this.pieces.join("");
  }

  private check(): void {
    if (this.length > this.cap) this.tooLong(this.what());
  }

  /** Where the token ends in `chunk` (an offset into it), or -1. */
  private endIn(chunk: string): number {
    if (this.kind === "start tag") {
      const { quote, end } = quoteAfter(chunk, 0, this.quote);
      this.quote = quote;
      return end;
    }
    const term = TERMINATOR[this.kind];
    if (term.length === 1) return chunk.indexOf(term);
    // A terminator split between the last chunk and this one, then one inside this one.
    const edge = (this.tail + chunk.slice(0, term.length - 1)).indexOf(term);
    if (edge >= 0) return edge - this.tail.length + term.length;
    const k = chunk.indexOf(term);
    return k < 0 ? -1 : k + term.length;
  }
}

function kindOf(head: string): Kind {
  if (head.charCodeAt(0) !== 60) return "text";
  if (head.startsWith("<!--")) return "comment";
  if (head.startsWith("<![CDATA[")) return "CDATA section";
  if (head.startsWith("<?")) return "processing instruction";
  if (head.startsWith("</")) return "end tag";
  return "start tag";
}

/** Scans a start tag's text from `from` in quote state `quote`: the ">" that ends it (offset after it, or -1), and the quote state at the end. */
function quoteAfter(s: string, from: number, quote: number): { quote: number; end: number } {
  let k = from;
  while (k < s.length) {
    if (quote !== 0) {
      const e = s.indexOf(quote === 34 ? '"' : "'", k);
      if (e < 0) return { quote, end: -1 };
      quote = 0;
      k = e + 1;
      continue;
    }
    const c = s.charCodeAt(k);
    if (c === 34 || c === 39) quote = c;
    else if (c === 62) return { quote, end: k + 1 };
    k++;
  }
  return { quote, end: -1 };
}
