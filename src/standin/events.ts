/** onChanged event slots: add/remove take effect at sync, like Office.js. */
import type { SheetModel } from "./model";
import type { ChangedEventArgs } from "./workbook";
import type { Exec, RequestContext } from "./runtime";

type Queue = (name: string, args: unknown[], run: (exec: Exec) => void) => void;

export class EventHandlerResult {
  constructor(
    readonly context: RequestContext,
    private readonly queue: Queue,
    private readonly handler: (args: ChangedEventArgs) => unknown,
  ) {}

  remove(): void {
    this.queue("removeHandler", [], (exec) => {
      exec.model.handlers = exec.model.handlers.filter((h) => h.fn !== this.handler);
    });
  }
}

export class ChangedEvent {
  constructor(
    private readonly context: RequestContext,
    private readonly queue: Queue,
    /** The sheet whose changes the slot hears; undefined for every sheet. */
    private readonly sheet: (exec: Exec) => SheetModel | undefined,
    private readonly since: string,
  ) {}

  add(handler: (args: ChangedEventArgs) => unknown): EventHandlerResult {
    this.queue("addHandler", ["fn"], (exec) => {
      exec.requires(this.since, "onChanged");
      const sheet = this.sheet(exec);
      exec.model.handlers.push(sheet ? { sheet, fn: handler } : { fn: handler });
    });
    return new EventHandlerResult(this.context, this.queue, handler);
  }
}
