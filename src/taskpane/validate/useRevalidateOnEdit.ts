/**
 * While `enabled`, listens to the user's edits and runs `revalidate` once they pause for `delayMs`, so typing a
 * figure does not validate at every keystroke. Unsubscribes when disabled or unmounted.
 */
import { useEffect, useRef } from "react";
import type { PaneServices } from "../services";

export const REVALIDATE_DELAY_MS = 800;

/** `revalidate` returns false when it could not start (another command is running): it is tried again later. */
export function useRevalidateOnEdit(enabled: boolean, services: PaneServices, revalidate: () => boolean, delayMs = REVALIDATE_DELAY_MS): void {
  // The latest callback, so that a new render does not resubscribe.
  const latest = useRef(revalidate);
  latest.current = revalidate;

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!latest.current()) schedule();
      }, delayMs);
    };
    const unsubscribe = services.onUserEdit(schedule);
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [enabled, services, delayMs]);
}
