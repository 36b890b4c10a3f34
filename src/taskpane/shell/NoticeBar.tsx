/**
 * A notice: what a command did or why it failed (and whether the workbook changed). Fluent's MessageBar announces
 * itself to screen readers through the pane's live region (AriaLiveAnnouncer in renderPane); Escape anywhere in
 * the pane closes it (App).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
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
  return (
    <MessageBar intent={notice.intent} layout="multiline" className="pdx-notice" data-notice="">
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
