/** What every part of the pane needs: the services, the language and its texts, the command runner, navigation. */
import { createContext, useContext } from "react";
import type { Lang } from "../../domain/messages";
import type { Texts } from "../i18n";
import type { Outcome, PaneServices, PaneSettings } from "../services";
import type { CommandRunner } from "./useCommand";

export const TABS = ["insert", "validate", "reports", "settings"] as const;
export type TabId = (typeof TABS)[number];

export interface Pane {
  readonly services: PaneServices;
  readonly lang: Lang;
  readonly t: Texts;
  readonly runner: CommandRunner;
  readonly settings: PaneSettings;
  /** Applies the settings at once and stores them; a failure to store comes back as an outcome to show. */
  saveSettings(next: PaneSettings): Promise<Outcome<null>>;
  /** Shows a tab, as if its tab had been chosen. */
  goTo(tab: TabId): void;
  /** Asks the Validate tab to check the workbook now (after the worked example is inserted); it counts up. */
  readonly checkRequests: number;
  requestCheck(): void;
}

export const PaneContext = createContext<Pane | null>(null);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane outside the pane's PaneContext");
  return pane;
}
