/** Range.dataValidation (1.8): rule, input prompt, error alert; stored per cell, shared between the cells of one write. */
import { colOf, forEachPosition, key, rowOf } from "./cells";
import { ErrorCodes, fail } from "./errors";
import type { RangeTarget, Validation } from "./model";
import { ClientObject, type Exec, type Props } from "./runtime";

const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];
const BASIC = ["wholeNumber", "decimal", "textLength", "date", "time"];
const KINDS = [...BASIC, "list", "custom"];
const TYPE_NAMES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};

const bad = (why: string): never => fail(ErrorCodes.invalidArgument, `Invalid data validation: ${why}.`);

function checkRule(rule: unknown): Record<string, unknown> {
  if (!rule || typeof rule !== "object") bad("the rule must be an object");
  const r = rule as Record<string, unknown>;
  const kinds = Object.keys(r).filter((k) => r[k] !== undefined && r[k] !== null);
  if (kinds.length !== 1 || !KINDS.includes(kinds[0]!)) bad(`exactly one of ${KINDS.join(", ")} is expected`);
  const kind = kinds[0]!;
  const body = r[kind] as Record<string, unknown>;
  if (!body || typeof body !== "object") bad(`${kind} must be an object`);
  if (BASIC.includes(kind)) {
    if (!OPERATORS.includes(body["operator"] as string)) bad(`"${String(body["operator"])}" is not an operator`);
    if (body["formula1"] === undefined || body["formula1"] === "") bad("formula1 is missing");
    if ((body["operator"] === "Between" || body["operator"] === "NotBetween") && (body["formula2"] === undefined || body["formula2"] === "")) bad("Between needs formula2");
    for (const f of ["formula1", "formula2"]) {
      const v = body[f];
      if (v !== undefined && typeof v !== "number" && typeof v !== "string") bad(`${f} must be a number or a formula`);
    }
  } else if (kind === "list") {
    // A Range as list source fails on real hosts (office-js #277): only text sources are accepted here.
    if (typeof body["source"] !== "string" || body["source"] === "") bad("list.source must be a non-empty text");
    if (body["inCellDropDown"] !== undefined && typeof body["inCellDropDown"] !== "boolean") bad("inCellDropDown must be true or false");
  } else if (typeof body["formula"] !== "string" || body["formula"] === "") bad("custom.formula is missing");
  return { [kind]: { ...body } };
}

/** Excel's limits on the input message and error alert: title 32 characters, message 255. */
function checkText(o: Record<string, unknown>, what: string): void {
  const title = o["title"];
  const message = o["message"];
  if (title !== undefined && (typeof title !== "string" || title.length > 32)) bad(`${what}.title must be text of at most 32 characters`);
  if (message !== undefined && (typeof message !== "string" || message.length > 255)) bad(`${what}.message must be text of at most 255 characters`);
}

function update(t: RangeTarget, exec: Exec, change: (v: Validation) => void): void {
  exec.writable(t.sheet);
  const copies = new Map<Validation | undefined, Validation>();
  forEachPosition(t.rect, (r, c) => {
    const k = key(r, c);
    const old = t.sheet.validations.get(k);
    let next = copies.get(old);
    if (!next) {
      next = old ? (JSON.parse(JSON.stringify(old)) as Validation) : { ignoreBlanks: true };
      change(next);
      copies.set(old, next);
    }
    t.sheet.validations.set(k, next);
  });
}

function shared(t: RangeTarget): Validation | undefined | null {
  let first = true;
  let v: Validation | undefined;
  let mixed = false;
  forEachPosition(t.rect, (r, c) => {
    const x = t.sheet.validations.get(key(r, c));
    if (first) {
      v = x;
      first = false;
    } else if (x !== v) mixed = true;
  });
  return mixed ? null : v;
}

const PROPS: Props<RangeTarget> = {
  type: {
    get: (t) => {
      const v = shared(t);
      if (v === null) return "Inconsistent";
      const kind = v?.rule ? Object.keys(v.rule)[0] : undefined;
      return kind ? TYPE_NAMES[kind] : "None";
    },
  },
  rule: {
    get: (t) => {
      const v = shared(t);
      return v === null ? null : (v?.rule ?? {});
    },
    set: (t, v, exec) => {
      const rule = checkRule(v);
      update(t, exec, (x) => (x.rule = rule));
    },
  },
  prompt: {
    get: (t) => {
      const v = shared(t);
      return v === null ? null : { showPrompt: false, title: "", message: "", ...v?.prompt };
    },
    set: (t, v, exec) => {
      if (!v || typeof v !== "object") bad("prompt must be an object");
      checkText(v as Record<string, unknown>, "prompt");
      update(t, exec, (x) => (x.prompt = { ...x.prompt, ...(v as object) }));
    },
  },
  errorAlert: {
    get: (t) => {
      const v = shared(t);
      return v === null ? null : { showAlert: true, style: "Stop", title: "", message: "", ...v?.errorAlert };
    },
    set: (t, v, exec) => {
      if (!v || typeof v !== "object") bad("errorAlert must be an object");
      const o = v as Record<string, unknown>;
      checkText(o, "errorAlert");
      if (o["style"] !== undefined && !["Stop", "Warning", "Information"].includes(o["style"] as string)) bad(`"${String(o["style"])}" is not an alert style`);
      update(t, exec, (x) => (x.errorAlert = { ...x.errorAlert, ...(o as object) }));
    },
  },
  ignoreBlanks: {
    get: (t) => {
      const v = shared(t);
      return v === null ? null : (v?.ignoreBlanks ?? true);
    },
    set: (t, v, exec) => {
      if (typeof v !== "boolean") bad("ignoreBlanks must be true or false");
      update(t, exec, (x) => (x.ignoreBlanks = v as boolean));
    },
  },
  valid: { get: () => true },
};

export class DataValidation extends ClientObject<RangeTarget> {
  protected override _props(): Props<RangeTarget> {
    return PROPS;
  }
  protected override _since(): string {
    return "1.8";
  }
  get type(): string {
    return this._get("type");
  }
  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(v: Record<string, unknown>) {
    this._set("rule", v);
  }
  get prompt(): Record<string, unknown> {
    return this._get("prompt");
  }
  set prompt(v: Record<string, unknown>) {
    this._set("prompt", v);
  }
  get errorAlert(): Record<string, unknown> {
    return this._get("errorAlert");
  }
  set errorAlert(v: Record<string, unknown>) {
    this._set("errorAlert", v);
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this._set("ignoreBlanks", v);
  }
  get valid(): boolean {
    return this._get("valid");
  }
  clear(): void {
    this._queue("clear", [], (exec) => {
      const t = this._need(exec);
      exec.writable(t.sheet);
      // Through the stored validations, so that clearing whole columns works.
      for (const k of [...t.sheet.validations.keys()]) {
        const r = rowOf(k);
        const c = colOf(k);
        if (r >= t.rect.top && r <= t.rect.bottom && c >= t.rect.left && c <= t.rect.right) t.sheet.validations.delete(k);
      }
    });
  }
}

/** Why Excel refuses a typed entry: the error alert of a rule it breaks (style Stop, the default). */
export interface RefusedEntry {
  readonly title: string;
  readonly message: string;
}

/**
 * Excel checks data validation when the user types into a cell (never for an add-in's writes: the rules only police
 * typing, office-js docs): an entry that breaks the rule is refused when the alert's style is Stop (a Warning or
 * Information alert lets it through). Numbers, text lengths and lists are checked; dates, times and custom formulas
 * are not (the stand-in has no formula engine): such entries pass.
 */
export function refusedEntry(v: Validation | undefined, value: unknown): RefusedEntry | null {
  if (!v?.rule) return null;
  const alert = v.errorAlert ?? {};
  if (alert.showAlert === false || (alert.style !== undefined && alert.style !== "Stop")) return null;
  if ((value === null || value === "") && v.ignoreBlanks) return null;
  const [kind, body] = Object.entries(v.rule)[0] ?? [];
  if (!kind || !body || typeof body !== "object") return null;
  const b = body as Record<string, unknown>;
  const refused = { title: alert.title || "Microsoft Excel", message: alert.message || "This value doesn't match the data validation restrictions defined for this cell." };
  if (kind === "list") {
    const allowed = String(b["source"] ?? "").split(",").map((x) => x.trim().toLowerCase());
    return allowed.includes(String(value ?? "").trim().toLowerCase()) ? null : refused;
  }
  if (kind !== "decimal" && kind !== "wholeNumber" && kind !== "textLength") return null;
  const n = kind === "textLength" ? String(value ?? "").length : typeof value === "number" ? value : Number.NaN;
  if (Number.isNaN(n) || (kind === "wholeNumber" && !Number.isInteger(n))) return refused;
  const f1 = Number(b["formula1"]);
  const f2 = Number(b["formula2"]);
  const ok: Record<string, boolean> = {
    Between: n >= f1 && n <= f2,
    NotBetween: n < f1 || n > f2,
    EqualTo: n === f1,
    NotEqualTo: n !== f1,
    GreaterThan: n > f1,
    LessThan: n < f1,
    GreaterThanOrEqualTo: n >= f1,
    LessThanOrEqualTo: n <= f1,
  };
  return ok[String(b["operator"])] === false ? refused : null;
}
