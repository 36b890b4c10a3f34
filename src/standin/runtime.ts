/**
 * The Office.js request model: proxies queue operations on their RequestContext; `context.sync()` runs them in
 * order against the workbook model, then hands loaded values to the proxies. Nothing is readable before that.
 */
import { ErrorCodes, StandInError, fail, notLoaded } from "./errors";
import { type SheetModel, compareVersions, type WorkbookState } from "./model";
import { cellCount, type Rect } from "./address";
import { cellAt } from "./cells";
import { responseJson, WireLedger, type WireOp } from "./wireSize";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** A loaded entry as the response carries it: a collection with its items' values. */
function responseValue(p: Pending): unknown {
  if (!p.items) return p.values;
  return { ...(p.values ?? {}), items: p.items.map((item) => item.toJSON()) };
}

/** What an operation sees while the batch runs. */
export interface Exec {
  readonly model: WorkbookState;
  readonly ctx: RequestContext;
  /**
   * Fails with AccessDenied when the sheet is protected, unless `cells` is given and every cell in it is unlocked
   * (Excel's default is locked).
   */
  writable(sheet: SheetModel, cells?: Rect): void;
  /** Fails with ApiNotFound when the host's ExcelApi level is below `version`. */
  requires(version: string, api: string): void;
  /** Records a content change for onChanged. */
  edited(sheet: SheetModel, rect: Rect): void;
}

interface Op {
  wire: unknown;
  /** Where an error is reported (debugInfo.errorLocation), as Office.js names it: "Range.values". */
  loc: string;
  run(exec: Exec): void;
}

export type LoadTree = Map<string, LoadTree>;

export interface Pending {
  proxy: { _commit(p: Pending): void };
  values: Record<string, unknown> | null;
  items?: AnyProxy[];
}

export interface PropDef<T> {
  get?: (t: T, exec: Exec) => unknown;
  set?: (t: T, v: unknown, exec: Exec) => void;
  /** Requirement set that introduced the property. */
  since?: string;
}

export type Props<T> = Record<string, PropDef<T>>;

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function wireArg(a: unknown): unknown {
  if (a instanceof ClientObject) return { _ref: a._id };
  if (typeof a === "function") return "fn";
  return a;
}

function clone<V>(v: V): V {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as V);
}

export function parseLoad(spec: unknown): LoadTree {
  const tree: LoadTree = new Map();
  const add = (path: string) => {
    let node = tree;
    for (const seg of path.split("/").map((s) => s.trim())) {
      if (seg === "") continue;
      let next = node.get(seg);
      if (!next) node.set(seg, (next = new Map()));
      node = next;
    }
  };
  const addList = (s: string) => s.split(",").forEach(add);
  if (typeof spec === "string") addList(spec);
  else if (Array.isArray(spec)) spec.forEach((s) => typeof s === "string" && addList(s));
  else if (spec && typeof spec === "object") {
    const o = spec as { select?: string; expand?: string };
    if (typeof o.select === "string") addList(o.select);
    if (typeof o.expand === "string") addList(o.expand);
  }
  return tree;
}

/** What the machinery needs of any proxy (ClientObject<T> is invariant in T). */
export interface AnyProxy {
  readonly context: RequestContext;
  readonly _id: number;
  readonly _creation: string;
  _isNull: boolean | undefined;
  _resolve(exec: Exec): unknown;
  _loadInto(tree: LoadTree, exec: Exec): void;
  _commit(p: Pending): void;
  _targetIsNull(): boolean;
  toJSON(): Record<string, unknown>;
}

export abstract class ClientObject<T> {
  readonly context: RequestContext;
  readonly _id: number;
  /** The method or property that made this proxy. */
  readonly _creation: string;
  private readonly _resolver: (exec: Exec) => T | null;
  private _resolved = false;
  private _target: T | null = null;
  /** Set at sync: true when the object does not exist (an *OrNullObject result). */
  _isNull: boolean | undefined;
  /** Values loaded at a sync or assigned by the add-in, as Office.js keeps them. */
  protected readonly _fields: Record<string, unknown> = {};
  private readonly _children = new Map<string, AnyProxy>();

  constructor(context: RequestContext, resolver: (exec: Exec) => T | null, creation: { parent?: AnyProxy; name: string; args?: unknown[] }) {
    this.context = context;
    this._resolver = resolver;
    this._id = context._nextId();
    this._creation = creation.name;
    for (const a of creation.args ?? []) if (a instanceof ClientObject) context._checkSame(a);
    context._ledger.record(this._id, creation.parent?._id, creation.name, (creation.args ?? []).map(wireArg), this.constructor.name);
  }

  protected abstract _props(): Props<T>;
  /** Navigation properties that `load` may traverse. */
  protected _navs(): readonly string[] {
    return [];
  }
  protected _since(): string | undefined {
    return undefined;
  }

  /** The model object this proxy stands for; ItemNotFound/null decided once, at the first use in a sync. */
  _resolve(exec: Exec): T | null {
    const since = this._since();
    if (since) exec.requires(since, this.constructor.name);
    if (!this._resolved) {
      this._target = this._resolver(exec);
      this._resolved = true;
    }
    this.context._touched.add(this as AnyProxy);
    return this._target;
  }

  /** Resolves and fails with ItemNotFound on a null object (writes and method calls need a real object). */
  _need(exec: Exec): T {
    const t = this._resolve(exec);
    if (t === null) fail(ErrorCodes.itemNotFound, `The requested ${this.constructor.name} does not exist.`);
    return t;
  }

  /** @internal */
  _targetIsNull(): boolean {
    return this._target === null;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) notLoaded("isNullObject");
    return this._isNull;
  }

  protected _get<V>(name: string): V {
    if (this._isNull === true) return null as V;
    if (!(name in this._fields)) notLoaded(name);
    return this._fields[name] as V;
  }

  protected _set(name: string, value: unknown): void {
    const def = this._props()[name];
    if (!def?.set) throw new TypeError(`Cannot set read-only property '${name}'`);
    const set = def.set;
    this._fields[name] = value;
    this._queue(`set:${name}`, [value], (exec) => {
      if (def.since) exec.requires(def.since, name);
      set(this._need(exec), clone(value), exec);
    });
  }

  /** Queues a method call on this object. */
  protected _queue(name: string, args: unknown[], run: (exec: Exec) => void): void {
    for (const a of args) if (a instanceof ClientObject) this.context._checkSame(a);
    const loc = `${this.constructor.name}.${name.replace(/^set:/, "")}`;
    this.context._push({ wire: { i: this._id, n: name, a: args.map(wireArg) }, loc, run });
  }

  /**
   * A navigation property: the same child proxy on every access. Public for the files that add a navigation to a
   * class of another file (Range.worksheet, Range.conditionalFormats), which would otherwise import each other.
   */
  _child<C extends AnyProxy>(name: string, make: () => C): C {
    let c = this._children.get(name);
    if (!c) this._children.set(name, (c = make()));
    return c as C;
  }

  /** Queues the instantiation of an object returned by a method, so that failures surface in order at sync. */
  protected _method<C extends AnyProxy>(child: C): C {
    this.context._ledger.mark(child._id, "method");
    const loc = `${this.constructor.name}.${child._creation}`;
    this.context._push({ wire: { i: child._id, n: "instantiate" }, loc, run: (exec) => void child._resolve(exec) });
    return child;
  }

  /** Queues a method whose value arrives at sync. */
  protected _result<V>(name: string, args: unknown[], compute: (exec: Exec) => V): ClientResult<V> {
    const r = new ClientResult<V>();
    this._queue(name, args, (exec) => {
      const v = compute(exec);
      exec.ctx._pending.push({ proxy: r as unknown as AnyProxy, values: { value: v } });
    });
    return r;
  }

  load(spec?: unknown): this {
    const tree = parseLoad(spec);
    this._queue("load", [spec ?? null], (exec) => this._loadInto(tree, exec));
    return this;
  }

  /** @internal */
  _loadInto(tree: LoadTree, exec: Exec): void {
    const target = this._resolve(exec);
    const props = this._props();
    const values: Record<string, unknown> = {};
    const keys = tree.size === 0 ? Object.keys(props).filter((k) => props[k]?.get) : [...tree.keys()];
    for (const key of keys) {
      const def = props[key];
      if (def?.get) {
        if (def.since) exec.requires(def.since, key);
        if (target !== null) values[key] = clone(def.get(target, exec));
      } else if (this._navs().includes(key)) {
        // Children of a null object load as null objects too.
        const child = (this as unknown as Record<string, AnyProxy>)[key];
        child?._loadInto(tree.get(key) ?? new Map(), exec);
      } else if (key !== "isNullObject") {
        fail(ErrorCodes.invalidArgument, `Cannot load '${key}': no such property on ${this.constructor.name}.`);
      }
    }
    exec.ctx._pending.push({ proxy: this, values: target === null ? null : values });
  }

  /** @internal called at the end of a successful sync */
  _commit(p: Pending): void {
    if (p.values === null) this._isNull = true;
    else Object.assign(this._fields, p.values);
  }

  toJSON(): Record<string, unknown> {
    return { ...this._fields };
  }

  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
}

/** A collection: `items` exists only after `load("items/...")`. */
export abstract class ClientCollection<T, I extends AnyProxy> extends ClientObject<T> {
  private _loadedItems: I[] | undefined;

  protected abstract _itemTargets(t: T, exec: Exec): unknown[];
  /** An item proxy whose model object `target` gives at sync. */
  protected abstract _makeItem(target: (exec: Exec) => unknown): I;

  protected override _props(): Props<T> {
    return {};
  }

  get items(): I[] {
    if (this._isNull === true) return [];
    if (!this._loadedItems) notLoaded("items");
    return this._loadedItems;
  }

  override _loadInto(tree: LoadTree, exec: Exec): void {
    const target = this._resolve(exec);
    if (target === null) {
      exec.ctx._pending.push({ proxy: this, values: null });
      return;
    }
    // Office.js reads `load("name")` on a collection as `items/name`.
    let itemTree: LoadTree = new Map();
    for (const [key, sub] of tree) {
      if (key === "items") for (const [k, v] of sub) itemTree.set(k, v);
      else itemTree.set(key, sub);
    }
    if (tree.size === 0) itemTree = new Map();
    const items = this._itemTargets(target, exec).map((t) => this._makeItem(() => t));
    // A later request names a loaded item by its position or id: a method of the collection, not a navigation.
    for (const item of items) this.context._ledger.mark(item._id, "method");
    for (const item of items) item._loadInto(itemTree, exec);
    exec.ctx._pending.push({ proxy: this, values: {}, items });
  }

  override _commit(p: Pending): void {
    super._commit(p);
    if (p.items) this._loadedItems = p.items as I[];
  }

  /**
   * The item at a position, as Office.js's wire protocol names an item it loaded without an id (`GetItemAt`), also
   * on collections whose public API has no getItemAt: it stands for whatever is at that position at sync.
   */
  _itemAt(index: number): I {
    const item = this._makeItem((exec) => {
      const all = this._itemTargets(this._need(exec), exec);
      return all[index] ?? fail(ErrorCodes.itemNotFound, `There is no item at position ${index}.`);
    });
    this.context._ledger.mark(item._id, "method");
    this.context._push({ wire: { i: item._id, n: "instantiate" }, loc: `${this.constructor.name}.getItemAt`, run: (exec) => void item._resolve(exec) });
    return item;
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this._loadedItems ?? []).map((i) => i.toJSON()) };
  }
}

/** The value of a method call (getCount(), getCellProperties()): readable after sync. */
export class ClientResult<V> {
  private _has = false;
  private _value: V | undefined;

  get value(): V {
    if (!this._has) fail(ErrorCodes.valueNotLoaded, "The value of the result object has not been loaded yet. Before reading the value property, call \"context.sync()\" on the associated request context.");
    return this._value as V;
  }

  /** @internal */
  _commit(p: Pending): void {
    this._has = true;
    this._value = p.values?.["value"] as V;
  }
}

export interface ContextOptions {
  delayForCellEdit?: boolean;
}

export class RequestContext {
  private _queueOps: Op[] = [];
  private _ids = 0;
  /** The object paths of this context, for sizing its batches as Office.js sends them. */
  readonly _ledger = new WireLedger();
  /** @internal */ _pending: Pending[] = [];
  /** @internal */ _touched = new Set<AnyProxy>();
  /** @internal */ _done = false;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  readonly debugInfo = {};

  constructor(
    readonly _model: WorkbookState,
    readonly _options: ContextOptions = {},
  ) {}

  _nextId(): number {
    return ++this._ids;
  }

  _checkSame(o: AnyProxy): void {
    if (o.context !== this) fail(ErrorCodes.invalidRequestContext, "Cannot use the object across different request contexts.");
  }

  _push(op: Op): void {
    if (this._done) {
      fail(ErrorCodes.invalidRequestContext, "This request context has finished (its Excel.run returned); queue operations inside Excel.run.");
    }
    this._queueOps.push(op);
  }

  async sync<V>(passThroughValue?: V): Promise<V> {
    const ops = this._queueOps;
    this._queueOps = [];
    // Nothing runs in the same tick: a property read right after sync() without await still throws.
    await Promise.resolve();
    if (ops.length === 0) return passThroughValue as V;
    const model = this._model;
    await model._enterBatch(this._options.delayForCellEdit === true);

    const { bytes: requestBytes, kept } = this._ledger.request(ops.map((o) => o.wire as WireOp), utf8Length);
    const record = { requestBytes, responseBytes: 0, operations: ops.length };
    model.stats._record(record);
    if (model.options.payloadLimits && requestBytes > PAYLOAD_LIMIT) {
      fail(ErrorCodes.requestPayloadSizeLimitExceeded, `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }

    this._pending = [];
    this._touched = new Set();
    const edits: Array<{ sheet: SheetModel; rect: Rect }> = [];
    const supported = model.options.apiVersion;
    const exec: Exec = {
      model,
      ctx: this,
      writable(sheet, cells) {
        if (!sheet.protected) return;
        if (cells && cellCount(cells) <= 100_000 && everyUnlocked(sheet, cells)) return;
        fail(ErrorCodes.accessDenied, `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
      },
      requires(version, api) {
        if (compareVersions(supported, version) < 0) {
          fail(ErrorCodes.apiNotFound, `The API you are trying to use could not be found (${api} needs ExcelApi ${version}; this host supports ${supported}).`);
        }
      },
      edited: (sheet, rect) => {
        if (model.eventsEnabled) edits.push({ sheet, rect });
      },
    };
    let failure: unknown;
    let index = 0;
    try {
      for (const op of ops) {
        op.run(exec);
        index++;
      }
    } catch (e) {
      failure = e;
    }
    model._afterBatch(edits);
    if (failure !== undefined) {
      if (failure instanceof StandInError) {
        failure.debugInfo.errorLocation ??= ops[index]?.loc ?? "";
        throw failure;
      }
      throw new StandInError(ErrorCodes.generalException, String(failure instanceof Error ? failure.message : failure), ops[index]?.loc ?? "");
    }

    this._ledger.referenced(kept);
    const nulls = [...this._touched].filter((o) => o._targetIsNull()).length;
    const responseBytes = utf8Length(responseJson(this._pending.map((p) => responseValue(p)), kept.length, nulls));
    record.responseBytes = responseBytes;
    model.stats._addResponse(responseBytes);
    if (model.options.payloadLimits && responseBytes > PAYLOAD_LIMIT) {
      fail(ErrorCodes.responsePayloadSizeLimitExceeded, `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
    }
    for (const o of this._touched) o._isNull = o._targetIsNull();
    for (const p of this._pending) p.proxy._commit(p);
    return passThroughValue as V;
  }
}

/** Whether every cell of the rectangle is unlocked (a form's input cells on a protected sheet). */
function everyUnlocked(sheet: SheetModel, r: Rect): boolean {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) if (cellAt(sheet, row, col)?.format?.locked !== false) return false;
  return true;
}
