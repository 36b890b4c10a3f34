/**
 * What the package XML scanner (scanner.ts) gives its handlers: element names with their namespace prefix dropped,
 * so `x:c` (WPS, some generators) reads as `c`; attributes by qualified name, or by local name with `byLocal`.
 */

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
}

export interface XmlHandler {
  open(name: string, attrs: XmlAttributes, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

export interface XmlSink {
  write(chunk: string): void;
  end(): void;
}
