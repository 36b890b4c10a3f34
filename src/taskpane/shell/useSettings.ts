/**
 * The pane's settings: defaults until the workbook's own are loaded, then those. Saving applies them at once
 * (the language switches immediately) and stores them through the services.
 */
import { useCallback, useEffect, useState } from "react";
import type { PaneServices, PaneSettings } from "../services";

export const DEFAULT_SETTINGS: PaneSettings = { lang: "vi", agencies: null, defaultPreset: "national", revalidateOnEdit: false, introDone: false };

export interface SettingsState {
  readonly settings: PaneSettings;
  /** False until the stored settings have arrived (or failed to). */
  readonly loaded: boolean;
  /** Why the stored settings could not be read; the defaults are used meanwhile. */
  readonly loadError: string | null;
  save(next: PaneSettings): Promise<void>;
}

export function useSettings(services: PaneServices): SettingsState {
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    services
      .loadSettings()
      .then((s) => {
        if (live) setSettings(s);
      })
      // Settings that cannot be read leave the defaults: the pane still works, in Vietnamese, and says why.
      .catch((e: unknown) => {
        if (live) setLoadError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => {
        if (live) setLoaded(true);
      });
    return () => {
      live = false;
    };
  }, [services]);

  const save = useCallback(
    async (next: PaneSettings) => {
      setSettings(next);
      await services.saveSettings(next);
    },
    [services],
  );

  return { settings, loaded, loadError, save };
}
