/** What every part of the pane needs: the services, the language and its texts, and the command runner. */
import { createContext, useContext } from "react";
import type { Lang } from "../../domain/messages";
import type { Texts } from "../i18n";
import type { Outcome, PaneServices, PaneSettings } from "../services";
import type { CommandRunner } from "./useCommand";

export interface Pane {
  readonly services: PaneServices;
  readonly lang: Lang;
  readonly t: Texts;
  readonly runner: CommandRunner;
  readonly settings: PaneSettings;
  /** Applies the settings at once and stores them; a failure to store comes back as an outcome to show. */
  saveSettings(next: PaneSettings): Promise<Outcome<null>>;
}

export const PaneContext = createContext<Pane | null>(null);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane outside the pane's PaneContext");
  return pane;
}
