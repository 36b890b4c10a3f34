/**
 * A button that starts a workbook command. While any command runs it is disabled but stays focusable, so a keyboard
 * user keeps their place (and a screen reader hears "unavailable") instead of losing focus to the page. Inside a
 * CommandRow, the command's progress and notice show in that row.
 */
import { Button } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useCommandRow } from "./CommandRow";
import { usePane } from "./PaneContext";

/** `label`: the accessible name, when the visible text alone does not say which of several. */
export function CommandButton(props: { children: ReactNode; onClick: () => void; primary?: boolean; blocked?: boolean; label?: string }) {
  const { runner } = usePane();
  const row = useCommandRow();
  return (
    <Button
      appearance={props.primary ? "primary" : "secondary"}
      aria-label={props.label}
      disabledFocusable={runner.busy || props.blocked === true}
      onClick={() => {
        if (row) runner.startFrom(row);
        props.onClick();
      }}
    >
      {props.children}
    </Button>
  );
}
