/**
 * A notice: what a command did or why it failed (and whether the workbook changed). Fluent's MessageBar announces
 * itself to screen readers through the pane's live region (AriaLiveAnnouncer in renderPane); Escape anywhere in
 * the pane closes it (App). It shows under the button pressed, so it is brought into view when the tab is long
 * enough to put it below the fold (a result shown later, as the check's summary, is scrolled to after it).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Texts } from "../i18n";
import { usePane } from "./PaneContext";
import type { Notice } from "./useCommand";

function titleOf(n: Notice, t: Texts): string | null {
  if (n.intent === "success") return t.done;
  if (n.intent === "error") return t.failed;
  return null;
}

export function NoticeBar({ notice }: { notice: Notice }) {
  const { lang, t, runner } = usePane();
  const title = titleOf(notice, t);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    bar.current?.scrollIntoView?.({ block: "nearest" });
  }, [notice]);
  return (
    <MessageBar ref={bar} intent={notice.intent} layout="multiline" className="pdx-notice">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        <span className="pdx-line">{notice.text(t, lang)}</span>
        {notice.intent !== "success" && notice.nothingChanged && <span className="pdx-line">{t.nothingChanged}</span>}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={t.dismiss} title={t.dismissHint} onClick={runner.dismiss} icon={<span aria-hidden="true">✕</span>} />}
      />
    </MessageBar>
  );
}
