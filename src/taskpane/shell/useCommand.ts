/**
 * Runs one workbook command at a time: the pane is busy meanwhile (no double run), shows progress next to the
 * button that started it once the command takes long enough to notice, lets a cancellable command be cancelled, and
 * ends with a notice saying what was done or what failed, shown where the command was started.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Lang } from "../../domain/messages";
import type { Texts } from "../i18n";
import type { Outcome } from "../services";

/**
 * A text rendered at display time, so that switching the language changes it too: from the pane's texts, or by the
 * language from a tab's own texts (loaded with its chunk, e.g. validate/reviewTexts.ts).
 */
export type Say = (t: Texts, lang: Lang) => string;

export type Intent = "success" | "error" | "warning" | "info";

export interface Notice {
  readonly intent: Intent;
  readonly text: Say;
  /** For failures: the workbook was left as it was. */
  readonly nothingChanged: boolean;
  /** The command row whose command this is about (shown there); null: shown at the top of the pane. */
  readonly origin: string | null;
}

export interface Command<T> {
  /** What is being done, shown beside the spinner. */
  readonly activity: Say;
  /** The signal is aborted when the user cancels (cancellable commands only). */
  readonly task: (signal: AbortSignal) => Promise<Outcome<T>>;
  /** What was done: a success text, a notice of another intent, or null to succeed quietly (also when absent). */
  readonly done?: (value: T) => Say | { readonly intent: Intent; readonly text: Say } | null;
  readonly cancellable?: boolean;
  /** The command row it belongs to, when it is not started by one of the row's buttons (a re-check on edits). */
  readonly origin?: string;
}

export interface Progress {
  readonly activity: Say;
  readonly origin: string | null;
  readonly cancellable: boolean;
}

export interface CommandRunner {
  readonly busy: boolean;
  /** The running command, once it has run long enough to show progress. */
  readonly progress: Progress | null;
  readonly notice: Notice | null;
  /** True from the moment a command starts, before the re-render that `busy` waits for. */
  isBusy(): boolean;
  run<T>(command: Command<T>): Promise<T | null>;
  /** Shows a failure that did not come from a command (e.g. selecting a cell). */
  fail(text: Say): void;
  dismiss(): void;
  /** Asks the running command to stop; it ends with what it says (a cancelled check writes nothing). */
  cancel(): void;
  /** Called by a command row's button just before its click handler, so the command's feedback shows in that row. */
  startFrom(origin: string): void;
}

/** Progress appears only after this long, so quick commands do not flicker. */
export const PROGRESS_DELAY_MS = 300;

export function useCommand(): CommandRunner {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // State updates are asynchronous; the ref stops a second click from starting a second run.
  const running = useRef(false);
  const mounted = useRef(true);
  const nextOrigin = useRef<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async <T,>(command: Command<T>): Promise<T | null> => {
    const origin = command.origin ?? nextOrigin.current;
    nextOrigin.current = null;
    if (running.current) return null;
    running.current = true;
    const abort = new AbortController();
    controller.current = abort;
    setBusy(true);
    setNotice(null);
    const timer = setTimeout(() => {
      if (mounted.current) setProgress({ activity: command.activity, origin, cancellable: command.cancellable === true });
    }, PROGRESS_DELAY_MS);
    let result: T | null = null;
    let next: Notice | null = null;
    try {
      const outcome = await command.task(abort.signal);
      if (outcome.ok) {
        result = outcome.value;
        const said = command.done?.(outcome.value) ?? null;
        const notices = outcome.notices ?? [];
        // What the command could not do is said even when it would otherwise succeed quietly (a re-check).
        if (said || notices.length > 0) {
          const base: Pick<Notice, "intent" | "text"> = said === null ? { intent: "success", text: () => "" } : typeof said === "function" ? { intent: "success", text: said } : said;
          const text = notices.length === 0 ? base.text : (tx: Texts, lang: Lang) => [base.text(tx, lang), ...notices].filter(Boolean).join(" ");
          next = { ...base, text, nothingChanged: false, origin };
        }
      } else {
        const { message, nothingChanged, code } = outcome.error;
        next = { intent: code === "cancelled" ? "info" : "error", text: () => message, nothingChanged, origin };
      }
    } catch (e) {
      // A rejected promise is a bug or a lost host; say so rather than swallow it, and claim nothing about the workbook.
      const message = e instanceof Error ? e.message : String(e);
      next = { intent: "error", text: (t) => t.unexpectedError(message), nothingChanged: false, origin };
    } finally {
      clearTimeout(timer);
      running.current = false;
      controller.current = null;
    }
    if (mounted.current) {
      setBusy(false);
      setProgress(null);
      setNotice(next);
    }
    return result;
  }, []);

  const fail = useCallback((text: Say) => setNotice({ intent: "error", text, nothingChanged: false, origin: null }), []);
  const dismiss = useCallback(() => setNotice(null), []);
  const isBusy = useCallback(() => running.current, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const startFrom = useCallback((origin: string) => {
    nextOrigin.current = origin;
  }, []);

  return useMemo(
    () => ({ busy, progress, notice, isBusy, run, fail, dismiss, cancel, startFrom }),
    [busy, progress, notice, isBusy, run, fail, dismiss, cancel, startFrom],
  );
}
