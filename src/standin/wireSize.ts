/**
 * How big a batch of the stand-in would be on the wire, as Microsoft's Office.js serialises it for Excel on the
 * web: every object path an action needs, sent again in each request that uses it, each instantiated once per
 * request; a Range or RangeAreas made by a method kept by reference (an instantiation, `_KeepReference`, another
 * instantiation, and a `_ReferenceId` in the response, by which later requests name it in a few bytes); an array over
 * 1,500 cells sent in row chunks of its own paths; names in PascalCase; the response's values in PascalCase with
 * collections as `_Items`. test/adapters/officeFidelity.test.ts holds these counts within 10 % of the real library's
 * (test/support/officeClient.ts) on the benchmark's cases, so the stand-in's 5 MB limit is never kinder than Excel's.
 */

/** How a proxy was reached: the workbook, a navigation property, or a method (a collection's item included). */
export type PathKind = "root" | "nav" | "method";

interface PathRecord {
  readonly parent: number | undefined;
  readonly name: string;
  readonly args: readonly unknown[];
  kind: PathKind;
  /** Office.js keeps a reference to a Range made by a method, inside Excel.run. */
  readonly keep: boolean;
  /** The reference Excel gave it in an earlier response: later requests name it so. */
  ref?: string;
}

/** An operation of the batch, as the stand-in queues it. */
export interface WireOp {
  readonly i: number;
  readonly n: string;
  readonly a?: readonly unknown[];
}

/** Object arguments are logged as `{ _ref: id }`. */
const isRef = (a: unknown): a is { _ref: number } => typeof a === "object" && a !== null && "_ref" in a;

const KEPT_CLASSES = new Set(["Range", "RangeAreas"]);
/** Office.js sends `values`, `formulas` and `numberFormat` over this many cells in row chunks. */
const CHUNK_CELLS = 1500;
const CHUNKED = new Set(["values", "formulas", "numberFormat", "formulasLocal", "formulasR1C1"]);
/** A reference as Excel returns it: a GUID in braces (38 characters). */
const REF_TEXT = "{00000000-0000-0000-0000-000000000000}";

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

export class WireLedger {
  private readonly records = new Map<number, PathRecord>();
  private actionIds = 0;

  record(id: number, parent: number | undefined, name: string, args: readonly unknown[], cls: string): void {
    this.records.set(id, { parent, name, args, kind: parent === undefined ? "root" : "nav", keep: KEPT_CLASSES.has(cls) });
  }

  mark(id: number, kind: PathKind): void {
    const r = this.records.get(id);
    if (r) r.kind = kind;
  }

  /** The request for these operations, in bytes (UTF-8 of its JSON), and the objects it keeps by reference. */
  request(ops: readonly WireOp[], size: (text: string) => number): { bytes: number; kept: number[] } {
    const actions: string[] = [];
    const paths = new Map<number, string>();
    const kept: number[] = [];
    const action = (type: number, name: string, path: number, extra = ""): void => {
      actions.push(`{"Id":${++this.actionIds},"ActionType":${type},"Name":"${name}","ObjectPathId":${path}${extra}}`);
    };
    const ensure = (id: number): void => {
      if (paths.has(id)) return;
      const r = this.records.get(id);
      if (!r) return;
      if (r.ref !== undefined) {
        paths.set(id, `"${id}":{"Id":${id},"ObjectPathType":6,"Name":"${r.ref}","ArgumentInfo":{}}`);
        action(1, "", id);
        return;
      }
      if (r.parent !== undefined) ensure(r.parent);
      for (const a of r.args) if (isRef(a)) ensure(a._ref);
      const type = r.kind === "root" ? 1 : r.kind === "nav" ? 4 : 3;
      const parent = r.parent === undefined ? "" : `,"ParentObjectPathId":${r.parent}`;
      const args = r.kind === "method" ? `,"ArgumentInfo":{"Arguments":${argsJson(r.args)}}` : "";
      paths.set(id, `"${id}":{"Id":${id},"ObjectPathType":${type},"Name":"${r.kind === "root" ? "" : pascal(r.name)}"${parent}${args}}`);
      action(1, "", id);
      if (r.keep && r.kind === "method") {
        action(3, "_KeepReference", id, `,"ArgumentInfo":{"Arguments":[]}`);
        action(1, "", id);
        kept.push(id);
      }
    };
    for (const op of ops) {
      ensure(op.i);
      for (const a of op.a ?? []) if (isRef(a)) ensure(a._ref);
      if (op.n === "instantiate") continue;
      if (op.n === "load") action(2, "", op.i, `,"QueryInfo":{"Select":${JSON.stringify(selectOf(op.a?.[0]))}}`);
      else if (op.n.startsWith("set:")) this.setProperty(op, action, paths);
      else action(3, pascal(op.n), op.i, `,"ArgumentInfo":{"Arguments":${argsJson(op.a ?? [])}}`);
    }
    const json = `{"AutoKeepReference":true,"Actions":[${actions.join(",")}],"ObjectPaths":{${[...paths.values()].join(",")}}}`;
    return { bytes: size(json), kept };
  }

  /** After a successful sync: the kept objects are named by their reference from now on. */
  referenced(ids: readonly number[]): void {
    for (const id of ids) {
      const r = this.records.get(id);
      if (r) r.ref = REF_TEXT;
    }
  }

  /** A property set; an array over 1,500 cells goes in row chunks, each a range of its own (as Office.js does). */
  private setProperty(op: WireOp, action: (type: number, name: string, path: number, extra?: string) => void, paths: Map<number, string>): void {
    const name = op.n.slice(4);
    const value = op.a?.[0];
    const rows = Array.isArray(value) && Array.isArray(value[0]) ? (value as unknown[][]) : null;
    const cells = rows ? rows.length * (rows[0]?.length ?? 0) : 0;
    if (!rows || !CHUNKED.has(name) || cells <= CHUNK_CELLS) {
      action(4, pascal(name), op.i, `,"ArgumentInfo":{"Arguments":[${JSON.stringify(value ?? null)}]}`);
      return;
    }
    action(3, "_ValidateArraySize", op.i, `,"ArgumentInfo":{"Arguments":[${rows.length},${rows[0]?.length ?? 0}]}`);
    const step = Math.max(1, Math.round(CHUNK_CELLS / (rows[0]?.length ?? 1)));
    for (let start = 0; start < rows.length; start += step) {
      const chunk = rows.slice(start, start + step);
      // getRow(start), getRow(end), getBoundingRect: three paths, each instantiated.
      const ids: number[] = [];
      for (const [method, arg] of [["GetRow", start], ["GetRow", start + chunk.length - 1], ["GetBoundingRect", 0]] as const) {
        const id = 1_000_000_000 + this.actionIds++;
        ids.push(id);
        const parent = method === "GetBoundingRect" ? (ids[0] ?? op.i) : op.i;
        const args = method === "GetBoundingRect" ? `[${ids[1] ?? 0}]` : `[${arg}]`;
        paths.set(id, `"${id}":{"Id":${id},"ObjectPathType":3,"Name":"${method}","ParentObjectPathId":${parent},"ArgumentInfo":{"Arguments":${args}}}`);
        action(1, "", id);
      }
      action(4, pascal(name), ids[2] ?? op.i, `,"ArgumentInfo":{"Arguments":[${JSON.stringify(chunk)}]}`);
    }
  }
}

/** The loaded values of a batch as the response carries them: each query's object in PascalCase, and a reference per kept object. */
export function responseJson(queries: readonly unknown[], kept: number, nulls: number): string {
  const results = queries.map((v, i) => `{"ActionId":${i + 1},"Value":${JSON.stringify(pascalValue(v))}}`);
  for (let k = 0; k < kept; k++) results.push(`{"ActionId":${k + 1},"Value":{"_ReferenceId":"${REF_TEXT}"}}`);
  for (let k = 0; k < nulls; k++) results.push(`{"ActionId":${k + 1},"Value":null}`);
  return `{"Results":[${results.join(",")}]}`;
}

/** Keys in PascalCase, `items` as `_Items`; cell arrays and method results as they are. */
function pascalValue(v: unknown): unknown {
  if (Array.isArray(v) || v === null || typeof v !== "object") return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    out[k === "items" ? "_Items" : pascal(k)] = Array.isArray(x) && k === "items" ? x.map(pascalValue) : x && typeof x === "object" && !Array.isArray(x) ? pascalValue(x) : x;
  }
  return out;
}

function argsJson(args: readonly unknown[]): string {
  return JSON.stringify(args.map((a) => (isRef(a) ? a._ref : a)));
}

/** A load spec as Office.js sends it: a list of paths, "items/" dropped (a collection's query is of its items). */
function selectOf(spec: unknown): string[] {
  const list = typeof spec === "string" ? spec.split(",") : Array.isArray(spec) ? spec.flatMap((s) => (typeof s === "string" ? s.split(",") : [])) : [];
  return list.map((s) => s.trim().replace(/^items\//, "")).filter(Boolean);
}
