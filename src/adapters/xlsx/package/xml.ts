/**
 * What the package XML scanner (scanner.ts) gives its handlers: element names with their namespace prefix dropped,
 * so `x:c` (WPS, some generators) reads as `c`; attributes by qualified name, or by local name with `byLocal`; and,
 * for the editor, where each token lies in the part's text. And how a part's bytes become that text.
 */
import { WorkbookReadError } from "../readError";
import { concat, EMPTY } from "./bytes";
import { utf8Whole } from "./codec";
import { shown } from "./xmlChars";

/**
 * A start tag's attributes, read from the tag's text only when asked for: a sheet's rows and cells carry
 * attributes nobody reads (spans, ht, customHeight), and an object per element would cost more than the parse.
 * Valid only during the `open` call that receives it.
 */
export interface XmlAttributes {
  /** The value of the attribute with this qualified name ("r", "r:id"), entities decoded; undefined when absent. */
  get(qname: string): string | undefined;
  /** The value of the attribute with this local name, whatever prefix binds it (r:id may be bound to another prefix). */
  byLocal(local: string): string | undefined;
  /** Every attribute by qualified name, in a new object (tests, and rare elements). */
  toObject(): Record<string, string>;
  /** Every attribute in document order with where it is written (the editor splices by these offsets). */
  list(): XmlAttribute[];
}

export interface XmlAttribute {
  /** Qualified name as written. */
  readonly name: string;
  /** Value with entities decoded and whitespace normalised (XML 1.0 §3.3.3). */
  readonly value: string;
  /** Offset of the name's first character. */
  readonly start: number;
  /** Offset just after the closing quote. */
  readonly end: number;
}

export interface XmlHandler {
  open(name: string, attrs: XmlAttributes, selfClosing: boolean): void;
  close?(name: string): void;
  /** Character data, CDATA sections included, entities decoded and line ends normalised; a node may come in pieces. */
  text?(text: string): void;
  comment?(text: string): void;
  /** A processing instruction other than the XML declaration. */
  pi?(target: string, data: string): void;
}

/** Where the token being reported lies, as offsets into everything written to the sink so far. */
export interface XmlToken {
  /** Offset of its first character ("<" of a tag, comment, CDATA section or instruction). */
  readonly start: number;
  /** Offset just after it (a self-closing tag's close event has the tag's own span). */
  readonly end: number;
  /** The element's name as written, prefix included (open and close events). */
  readonly qname: string;
}

export interface XmlSink {
  write(chunk: string): void;
  end(): void;
  /** The token of the current event, valid during a handler call. */
  readonly at: XmlToken;
}

/** Turns a part's bytes into text, in one piece or in chunks. */
export interface PartDecoder {
  /** The whole part at once. */
  whole(bytes: Uint8Array): string;
  /** The next chunk's text (a character split between chunks comes with the next). */
  write(bytes: Uint8Array): string;
  end(): string;
}

type Encoding = "utf8" | "utf16le" | "utf16be";

/**
 * A decoder for one part, as OPC (ECMA-376 Part 2, §8.1.4) asks of readers: UTF-8 or UTF-16, told by the byte-order
 * mark or, without one, by the first characters ("<?" in either byte order); a declaration naming any other
 * encoding is refused with one line. The mark is dropped.
 */
export function partDecoder(file: string, part: string): PartDecoder {
  let encoding: Encoding | null = null;
  /** Streaming decoders keep a character split between chunks for the next one. */
  let decoder: TextDecoder | null = null;
  /** Text held until the XML declaration is whole, so its encoding can be checked. */
  let held: string | null = "";
  let start: Uint8Array = EMPTY;

  const decode = (bytes: Uint8Array, enc: Encoding, last: boolean): string => {
    // ignoreBOM: the mark was skipped by sniff(); one left after it is text.
    decoder ??= new TextDecoder(enc === "utf8" ? "utf-8" : enc === "utf16le" ? "utf-16le" : "utf-16be", { ignoreBOM: true });
    return decoder.decode(bytes, { stream: !last });
  };
  const checked = (text: string, last: boolean): string => {
    if (held === null) return text;
    held += text;
    if (!last && held.length < 5 && "<?xml".startsWith(held)) return ""; // a declaration may be starting
    const declaration = held.startsWith("<?xml");
    const close = declaration ? held.indexOf("?>") : -1;
    if (!declaration || close >= 0 || held.length > 1024 || last) {
      const declared = declaration ? /\sencoding\s*=\s*["']([^"']*)["']/.exec(held.slice(0, close < 0 ? Math.min(held.length, 1024) : close))?.[1] : undefined;
      if (declared !== undefined && !/^utf-?(8|16|16le|16be)$/i.test(declared)) {
        throw new WorkbookReadError("corrupted", file, `is damaged: part ${part} declares the encoding “${shown(declared)}”; OPC allows only UTF-8 and UTF-16`);
      }
      const out = held;
      held = null;
      return out;
    }
    return "";
  };
  const next = (bytes: Uint8Array, last: boolean): string => {
    if (encoding === null) {
      start = start.length ? concat([start, bytes]) : bytes;
      if (start.length < 4 && !last) return "";
      const [enc, skip] = sniff(start);
      encoding = enc;
      bytes = start.subarray(skip);
    }
    return checked(decode(bytes, encoding, last), last);
  };
  return {
    whole(bytes) {
      // The platform's fastest UTF-8 decoding for the common case (codec.ts).
      const [enc, skip] = sniff(bytes);
      encoding = enc;
      return checked(enc === "utf8" ? utf8Whole(bytes, skip) : decode(bytes.subarray(skip), enc, true), true);
    },
    write: (bytes) => next(bytes, false),
    end: () => next(EMPTY, true),
  };
}

/** The encoding the first bytes show, and the length of the byte-order mark to skip. */
function sniff(b: Uint8Array): [Encoding, number] {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return ["utf8", 3];
  if (b[0] === 0xff && b[1] === 0xfe) return ["utf16le", 2];
  if (b[0] === 0xfe && b[1] === 0xff) return ["utf16be", 2];
  if (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) return ["utf16le", 0];
  if (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) return ["utf16be", 0];
  return ["utf8", 0];
}
