/**
 * An inline confirmation under the button that asked for it (not a modal: a task pane is narrow, and the workbook
 * stays in view): what will happen, then the action and Cancel. Focus moves onto it and comes back on Cancel or
 * Escape.
 */
import { Button } from "@fluentui/react-components";
import { type ReactNode, useEffect, useRef } from "react";
import { usePane } from "../shell/PaneContext";

export function Confirm(props: { label: string; children: ReactNode; action: string; canAct?: boolean; onAct: () => void; onCancel: () => void }) {
  const { t } = usePane();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <section
      role="region"
      aria-label={props.label}
      className="pdx-confirm"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      {props.children}
      <div className="pdx-row">
        <Button ref={first} appearance="primary" disabled={props.canAct === false} onClick={props.onAct}>
          {props.action}
        </Button>
        <Button onClick={props.onCancel}>{t.cancel}</Button>
      </div>
    </section>
  );
}
