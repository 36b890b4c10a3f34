/**
 * A button that starts a workbook command. While any command runs it is disabled but stays focusable, so a keyboard
 * user keeps their place (and a screen reader hears "unavailable") instead of losing focus to the page.
 */
import { Button } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { usePane } from "./PaneContext";

export function CommandButton(props: { children: ReactNode; onClick: () => void; primary?: boolean; blocked?: boolean }) {
  const { runner } = usePane();
  return (
    <Button appearance={props.primary ? "primary" : "secondary"} disabledFocusable={runner.busy || props.blocked === true} onClick={props.onClick}>
      {props.children}
    </Button>
  );
}
