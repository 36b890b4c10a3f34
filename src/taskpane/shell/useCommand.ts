/**
 * Runs one workbook command at a time: the pane is busy meanwhile (no double run), shows progress only when the
 * command takes long enough to notice, and ends with a notice saying what was done or what failed.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Texts } from "../i18n";
import type { Outcome } from "../services";

/** A text rendered at display time, so that switching the language changes it too. */
export type Say = (t: Texts) => string;

export interface Notice {
  readonly intent: "success" | "error";
  readonly text: Say;
  /** For failures: the workbook was left as it was. */
  readonly nothingChanged: boolean;
}

export interface Command<T> {
  /** What is being done, shown beside the spinner. */
  readonly activity: Say;
  readonly task: () => Promise<Outcome<T>>;
  /** What was done, for the success notice; without it the command succeeds quietly. */
  readonly done?: (value: T) => Say;
}

export interface CommandRunner {
  readonly busy: boolean;
  /** The running command's activity, once it has run long enough to show progress. */
  readonly progress: Say | null;
  readonly notice: Notice | null;
  /** True from the moment a command starts, before the re-render that `busy` waits for. */
  isBusy(): boolean;
  run<T>(command: Command<T>): Promise<T | null>;
  /** Shows a failure that did not come from a command (e.g. selecting a cell). */
  fail(text: Say): void;
  dismiss(): void;
}

/** Progress appears only after this long, so quick commands do not flicker. */
export const PROGRESS_DELAY_MS = 200;

export function useCommand(): CommandRunner {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Say | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // State updates are asynchronous; the ref stops a second click from starting a second run.
  const running = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async <T,>(command: Command<T>): Promise<T | null> => {
    if (running.current) return null;
    running.current = true;
    setBusy(true);
    setNotice(null);
    const timer = setTimeout(() => {
      if (mounted.current) setProgress(() => command.activity);
    }, PROGRESS_DELAY_MS);
    let result: T | null = null;
    let next: Notice | null = null;
    try {
      const outcome = await command.task();
      if (outcome.ok) {
        result = outcome.value;
        const said = command.done?.(outcome.value);
        const notices = outcome.notices ?? [];
        // What the command could not do is said even when it would otherwise succeed quietly (a re-check).
        if (said || notices.length > 0) next = { intent: "success", text: (t) => [said?.(t) ?? "", ...notices].filter(Boolean).join(" "), nothingChanged: false };
      } else {
        const { message, nothingChanged } = outcome.error;
        next = { intent: "error", text: () => message, nothingChanged };
      }
    } catch (e) {
      // A rejected promise is a bug or a lost host; say so rather than swallow it, and claim nothing about the workbook.
      const message = e instanceof Error ? e.message : String(e);
      next = { intent: "error", text: (t) => t.unexpectedError(message), nothingChanged: false };
    } finally {
      clearTimeout(timer);
      running.current = false;
    }
    if (mounted.current) {
      setBusy(false);
      setProgress(null);
      setNotice(next);
    }
    return result;
  }, []);

  const fail = useCallback((text: Say) => setNotice({ intent: "error", text, nothingChanged: false }), []);
  const dismiss = useCallback(() => setNotice(null), []);
  const isBusy = useCallback(() => running.current, []);

  return useMemo(() => ({ busy, progress, notice, isBusy, run, fail, dismiss }), [busy, progress, notice, isBusy, run, fail, dismiss]);
}
