/**
 * The stand-in behind Microsoft's own client library: Office.js (`excel-web-16.00.debug.js`) serialises a batch into
 * a RichApi request (object paths and actions, as Excel on the web receives it); this server runs that request
 * against the stand-in's model through the stand-in's proxies and answers in the shape the library parses
 * (PascalCase properties, `_Items`, `_ReferenceId`). So the bytes of every request are Microsoft's, the semantics of
 * every operation are the stand-in's, and the client-side rules of Office.js (loading, null objects, API-set checks,
 * object paths across syncs) are the real ones. The response's shape is this server's reading of the library's
 * parser (Excel's own server is not public): its sizes are close to, not the same as, Excel's.
 */
import { ErrorCodes, StandInError } from "./errors";
import { ExcelRequestContext } from "./office";
import { ClientObject, ClientResult, utf8Length, type AnyProxy } from "./runtime";
import type { WorkbookModel } from "./workbook";

export interface WirePath {
  readonly Id: number;
  /** 1 global, 2 new object, 3 method, 4 property, 5 indexer, 6 reference id. */
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: WireArguments;
}

export interface WireArguments {
  readonly Arguments?: unknown[];
  /** Per argument: the object path id of an object argument, 0 for a plain one (nested for arrays). */
  readonly ReferencedObjectPathIds?: unknown[];
}

export interface WireAction {
  readonly Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property, 5 trace. */
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: WireArguments;
  readonly QueryInfo?: { readonly Select?: readonly string[]; readonly Expand?: readonly string[] };
}

export interface WireRequest {
  readonly Actions: readonly WireAction[];
  readonly ObjectPaths: Readonly<Record<string, WirePath>>;
}

export interface WireResponse {
  readonly Results?: Array<{ ActionId: number; Value: unknown }>;
  readonly Error?: { Code: string; Message: string; Location: string; ActionIndex: number; HttpStatusCode: number };
}

/** Excel on the web refuses a request or response over 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Where the library's names differ from the stand-in's beyond the first letter's case. */
const RENAMED: Readonly<Record<string, string>> = { _Runtime: "runtime" };

/** The stand-in's name for a library name: "GetRange" → "getRange"; "_X" (the library's own calls) stays as it is. */
const camel = (name: string): string => RENAMED[name] ?? (name.startsWith("_") ? name : name.charAt(0).toLowerCase() + name.slice(1));
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

type Dict = Record<string, unknown>;

interface Answer {
  readonly action: WireAction;
  readonly kind: "instantiate" | "query" | "result";
  /** For an instantiation: it follows the `_KeepReference` of its object (Excel answers it with the reference). */
  readonly afterKeep?: boolean;
  readonly proxy?: AnyProxy;
  readonly result?: ClientResult<unknown>;
  readonly select?: readonly string[];
}

export class WireServer {
  /** One stand-in context for the server's life: objects Excel keeps a reference to are used again later. */
  private readonly context: ExcelRequestContext;
  private readonly references = new Map<string, AnyProxy>();
  private nextReference = 0;

  constructor(
    readonly model: WorkbookModel,
    private readonly webLimits: boolean,
  ) {
    this.context = new ExcelRequestContext(model);
  }

  /** Runs one request; `requestBytes` is the size of its body as sent, `flags` the library's request flags. */
  async handle(request: WireRequest, requestBytes: number, flags: number): Promise<WireResponse> {
    if (this.webLimits && requestBytes > WEB_PAYLOAD_LIMIT) {
      return errorOf(ErrorCodes.requestPayloadSizeLimitExceeded, `The request payload size (${requestBytes} bytes) has exceeded the limit.`, "", -1);
    }
    // 64: the batch waits for the user's cell edit to end (RunOptions.delayForCellEdit).
    this.context._options.delayForCellEdit = (flags & 64) !== 0;
    const proxies = new Map<number, AnyProxy>();
    const kept = new Set<number>();
    const answers: Answer[] = [];
    // The action a failure is charged to: while queuing, the action being queued; at sync, unknown (-1: the library
    // then prints no statement), as the stand-in runs its own operations, not the wire's actions.
    let index = 0;
    try {
      for (const action of request.Actions) {
        this.queue(request, action, proxies, kept, answers);
        index++;
      }
      index = -1;
      await this.context.sync();
    } catch (e) {
      const err = e instanceof StandInError ? e : new StandInError(ErrorCodes.generalException, e instanceof Error ? e.message : String(e));
      return errorOf(err.code, err.message, err.debugInfo.errorLocation ?? "", index);
    }
    const response: WireResponse = { Results: answers.flatMap((a) => this.answer(a)) };
    const bytes = utf8Length(JSON.stringify(response));
    if (this.webLimits && bytes > WEB_PAYLOAD_LIMIT) {
      return errorOf(ErrorCodes.responsePayloadSizeLimitExceeded, `The response payload size (${bytes} bytes) has exceeded the limit.`, "", -1);
    }
    return response;
  }

  private queue(request: WireRequest, action: WireAction, proxies: Map<number, AnyProxy>, kept: Set<number>, answers: Answer[]): void {
    const target = this.path(request, action.ObjectPathId, proxies);
    switch (action.ActionType) {
      case 1:
        answers.push({ action, kind: "instantiate", proxy: target, afterKeep: kept.has(action.ObjectPathId) });
        return;
      case 2: {
        const select = [...(action.QueryInfo?.Select ?? []), ...(action.QueryInfo?.Expand ?? [])];
        (target as unknown as { load(spec?: string): void }).load(select.length > 0 ? select.join(",") : undefined);
        answers.push({ action, kind: "query", proxy: target, select });
        return;
      }
      case 3: {
        if (action.Name === "_KeepReference") {
          kept.add(action.ObjectPathId);
          return;
        }
        if (action.Name === "_RemoveReference") {
          for (const [id, p] of this.references) if (p === target) this.references.delete(id);
          return;
        }
        const fn = (target as unknown as Dict)[camel(action.Name)];
        if (typeof fn !== "function") throw new StandInError(ErrorCodes.invalidArgument, `The stand-in has no method ${action.Name}.`);
        const value: unknown = fn.apply(target, this.args(request, action.ArgumentInfo, proxies));
        if (value instanceof ClientResult) answers.push({ action, kind: "result", result: value });
        return;
      }
      case 4: {
        const [value] = this.args(request, action.ArgumentInfo, proxies);
        (target as unknown as Dict)[camel(action.Name)] = value;
        return;
      }
      default:
        return; // traces and the library's bookkeeping: nothing to run
    }
  }

  /** The stand-in proxy an object path stands for, made once per request (references: once for the server). */
  private path(request: WireRequest, id: number, proxies: Map<number, AnyProxy>): AnyProxy {
    const known = proxies.get(id);
    if (known) return known;
    const p = request.ObjectPaths[String(id)];
    if (!p) throw new StandInError(ErrorCodes.invalidArgument, `The request has no object path ${id}.`);
    let proxy: AnyProxy;
    if (p.ObjectPathType === 1) proxy = this.context.workbook as unknown as AnyProxy;
    else if (p.ObjectPathType === 6) {
      proxy = this.references.get(p.Name) ?? fail(`The reference ${p.Name} is unknown.`);
    } else {
      const parent = this.path(request, p.ParentObjectPathId ?? 0, proxies);
      const host = parent as unknown as Dict;
      if (p.ObjectPathType === 4) {
        proxy = (p.Name === "_Runtime" ? this.context.runtime : host[camel(p.Name)]) as AnyProxy;
      } else {
        let method = p.ObjectPathType === 5 ? "getItem" : camel(p.Name);
        if (method === "getItemAt" && typeof host[method] !== "function") method = "_itemAt";
        const fn = host[method];
        if (typeof fn !== "function") fail(`The stand-in has no ${method} on ${parent.constructor.name}.`);
        proxy = fn.apply(parent, this.args(request, p.ArgumentInfo, proxies)) as AnyProxy;
      }
      if (!(proxy instanceof ClientObject)) fail(`The stand-in has no object ${p.Name} on ${parent.constructor.name}.`);
    }
    proxies.set(id, proxy);
    return proxy;
  }

  private args(request: WireRequest, info: WireArguments | undefined, proxies: Map<number, AnyProxy>): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((a, i) => (typeof refs[i] === "number" && refs[i] !== 0 ? this.path(request, refs[i] as number, proxies) : a));
  }

  private answer(a: Answer): Array<{ ActionId: number; Value: unknown }> {
    if (a.kind === "result") return [{ ActionId: a.action.Id, Value: a.result?.value ?? null }];
    const proxy = a.proxy;
    if (!proxy) return [];
    const isNull = proxy._isNull === true;
    if (a.kind === "instantiate") {
      if (isNull) return [{ ActionId: a.action.Id, Value: null }];
      if (!a.afterKeep) return [];
      const id = `{5A8D3C1E-7B2F-4E6A-9D0C-${String(++this.nextReference).padStart(12, "0")}}`;
      this.references.set(id, proxy);
      return [{ ActionId: a.action.Id, Value: { _ReferenceId: id } }];
    }
    return [{ ActionId: a.action.Id, Value: isNull ? null : valueOf(proxy, tree(a.select ?? [])) }];
  }
}

type Tree = Map<string, Tree>;

function tree(select: readonly string[]): Tree {
  const root: Tree = new Map();
  for (const path of select) {
    let node = root;
    for (const seg of path.split("/").map((s) => s.trim()).filter(Boolean)) {
      let next = node.get(seg);
      if (!next) node.set(seg, (next = new Map()));
      node = next;
    }
  }
  return root;
}

/** A loaded proxy as Excel answers it: scalar properties and navigations in PascalCase, collections as `_Items`. */
function valueOf(proxy: AnyProxy, select: Tree): unknown {
  if (proxy._isNull === true) return null;
  const items = collectionItems(proxy);
  if (items) return { _Items: items.map((item) => valueOf(item, select)) };
  const fields = proxy.toJSON();
  const out: Dict = {};
  const keys = select.size === 0 ? Object.keys(fields) : [...select.keys()];
  for (const key of keys) {
    if (key in fields) out[pascal(key)] = fields[key];
    else {
      const child = (proxy as unknown as Dict)[key];
      if (child instanceof ClientObject) out[pascal(key)] = valueOf(child as unknown as AnyProxy, select.get(key) ?? new Map());
    }
  }
  return out;
}

function collectionItems(proxy: AnyProxy): AnyProxy[] | null {
  const json = proxy.toJSON();
  if (!("items" in json) || !Array.isArray(json["items"])) return null;
  return (proxy as unknown as { items: AnyProxy[] }).items;
}

function errorOf(code: string, message: string, location: string, index: number): WireResponse {
  return { Error: { Code: code, Message: message, Location: location, ActionIndex: index, HttpStatusCode: 400 } };
}

function fail(message: string): never {
  throw new StandInError(ErrorCodes.invalidArgument, message);
}
