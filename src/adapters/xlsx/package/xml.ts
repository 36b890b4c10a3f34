/**
 * A streaming XML reader over saxes with namespace prefixes dropped from element names, so `x:c` (WPS, some
 * generators) reads as `c`. Attributes keep their qualified names; `attr()` finds one by local name.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { WorkbookReadError } from "../readError";

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

export function xmlSink(file: string, part: string, handler: XmlHandler): XmlSink {
  const parser = new SaxesParser<{ position: false; xmlns: false }>({ position: false, xmlns: false });
  parser.on("opentag", (tag: SaxesTagPlain) => handler.open(localName(tag.name), tag.attributes, tag.isSelfClosing));
  if (handler.close) {
    const close = handler.close.bind(handler);
    parser.on("closetag", (tag: SaxesTagPlain) => close(localName(tag.name)));
  }
  if (handler.text) {
    const text = handler.text.bind(handler);
    parser.on("text", text);
    parser.on("cdata", text);
  }
  const fail = (e: unknown): never => {
    if (e instanceof WorkbookReadError) throw e;
    const msg = ((e as Error)?.message ?? String(e)).split("\n")[0];
    throw new WorkbookReadError("corrupted", file, `is damaged: part ${part} is not well-formed XML (${msg})`);
  };
  return {
    write(chunk) {
      try {
        parser.write(chunk);
      } catch (e) {
        fail(e);
      }
    },
    end() {
      try {
        parser.close();
      } catch (e) {
        fail(e);
      }
    },
  };
}
