/**
 * What the package XML scanner (scanner.ts) gives its handlers: element names with their namespace prefix dropped,
 * so `x:c` (WPS, some generators) reads as `c`; attributes by qualified name, `attr()` finding one by local name.
 */

export interface XmlHandler {
  open(name: string, attrs: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

export interface XmlSink {
  write(chunk: string): void;
  end(): void;
}

export function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** An attribute by local name, whatever prefix binds it (r:id may be bound to another prefix). */
export function attr(attrs: Readonly<Record<string, string>>, local: string): string | undefined {
  const direct = attrs[local];
  if (direct !== undefined) return direct;
  for (const k in attrs) if (localName(k) === local) return attrs[k];
  return undefined;
}
