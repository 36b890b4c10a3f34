/**
 * While `enabled`, listens to the user's edits and runs `revalidate` with them once they pause for `delayMs`, so
 * typing a figure does not validate at every keystroke, and the re-check can read only the tables the edits touched.
 * Unsubscribes when disabled or unmounted.
 */
import { useEffect, useRef } from "react";
import type { PaneServices, UserEdit } from "../services";

export const REVALIDATE_DELAY_MS = 800;

/**
 * `revalidate` returns false when it could not start (another command is running): it is tried again later, with
 * the edits made meanwhile too. `failed` hears it when Excel refuses to report edits.
 */
export function useRevalidateOnEdit(
  enabled: boolean,
  services: PaneServices,
  revalidate: (edits: readonly UserEdit[]) => boolean,
  delayMs = REVALIDATE_DELAY_MS,
  failed?: (message: string) => void,
): void {
  // The latest callbacks, so that a new render does not resubscribe.
  const latest = useRef(revalidate);
  latest.current = revalidate;
  const latestFailed = useRef(failed);
  latestFailed.current = failed;

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let edits: UserEdit[] = [];
    const schedule = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (latest.current(edits)) edits = [];
        else schedule();
      }, delayMs);
    };
    const unsubscribe = services.onUserEdit(
      (edit) => {
        edits.push(edit);
        schedule();
      },
      (message) => latestFailed.current?.(message),
    );
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [enabled, services, delayMs]);
}
