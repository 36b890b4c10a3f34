/** workbook.settings (1.4): JSON values per key, stored with the file for this add-in. */
import { ErrorCodes, fail } from "./errors";
import { ClientCollection, ClientObject, type ClientResult, type Exec, type Props } from "./runtime";
import type { WorkbookState } from "./model";

interface SettingTarget {
  model: WorkbookState;
  key: string;
}

function live(t: SettingTarget): SettingTarget {
  if (!t.model.settings.has(t.key)) fail(ErrorCodes.itemNotFound, `The setting ${t.key} doesn't exist.`);
  return t;
}

function jsonValue(v: unknown): unknown {
  if (v === undefined || typeof v === "function") fail(ErrorCodes.invalidArgument, "A setting's value must be JSON.");
  return JSON.parse(JSON.stringify(v));
}

export class SettingCollection extends ClientCollection<WorkbookState, Setting> {
  protected override _since(): string {
    return "1.4";
  }
  protected override _itemTargets(m: WorkbookState): unknown[] {
    return [...m.settings.keys()].map((key) => ({ model: m, key }));
  }
  protected override _makeItem(target: (e: Exec) => unknown): Setting {
    return new Setting(this.context, (e) => live(target(e) as SettingTarget), { parent: this, name: "item" });
  }
  /** Sets the key (replacing its value when it exists). */
  add(key: string, value: unknown): Setting {
    return this._method(
      new Setting(
        this.context,
        (e) => {
          const m = this._need(e);
          if (typeof key !== "string" || key === "") fail(ErrorCodes.invalidArgument, "A setting's key is non-empty text.");
          m.settings.set(key, jsonValue(value));
          return { model: m, key };
        },
        { parent: this, name: "add", args: [key, value] },
      ),
    );
  }
  private _find(key: string, orNull: boolean): Setting {
    return this._method(
      new Setting(
        this.context,
        (e) => {
          const m = this._need(e);
          if (m.settings.has(key)) return { model: m, key };
          return orNull ? null : fail(ErrorCodes.itemNotFound, `The setting ${key} doesn't exist.`);
        },
        { parent: this, name: orNull ? "getItemOrNullObject" : "getItem", args: [key] },
      ),
    );
  }
  getItem(key: string): Setting {
    return this._find(key, false);
  }
  getItemOrNullObject(key: string): Setting {
    return this._find(key, true);
  }
  getCount(): ClientResult<number> {
    return this._result("getCount", [], (e) => this._need(e).settings.size);
  }
}

const PROPS: Props<SettingTarget> = {
  key: { get: (t) => t.key },
  value: {
    get: (t) => t.model.settings.get(t.key),
    set: (t, v) => live(t).model.settings.set(t.key, jsonValue(v)),
  },
};

export class Setting extends ClientObject<SettingTarget> {
  protected override _props(): Props<SettingTarget> {
    return PROPS;
  }
  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    this._set("value", v);
  }
  delete(): void {
    this._queue("delete", [], (e) => {
      const t = live(this._need(e));
      t.model.settings.delete(t.key);
    });
  }
}
