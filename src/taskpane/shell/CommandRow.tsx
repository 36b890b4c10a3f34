/**
 * A row of command buttons with its feedback beside and below it: the spinner, what is being done and, for a
 * check, a Cancel button once the command has run for a moment; then the notice of how it ended. Feedback shows
 * where the user's eyes are, not at the top of a long tab.
 */
import { Button, useAnnounce } from "@fluentui/react-components";
import { createContext, type ReactNode, useContext, useEffect, useId } from "react";
import { NoticeBar } from "./NoticeBar";
import { usePane } from "./PaneContext";

const RowContext = createContext<string | null>(null);

/** The id of the enclosing command row, for its buttons. */
export function useCommandRow(): string | null {
  return useContext(RowContext);
}

export function CommandRow({ children, id }: { children: ReactNode; id?: string }) {
  const own = useId();
  const origin = id ?? own;
  const { lang, t, runner } = usePane();
  const { announce } = useAnnounce();
  const progress = runner.progress?.origin === origin ? runner.progress : null;
  const notice = runner.notice?.origin === origin ? runner.notice : null;
  const activity = progress ? progress.activity(t, lang) : null;

  // The spinner is not announced by itself; say once what is going on.
  useEffect(() => {
    if (activity) announce(activity);
  }, [activity, announce]);

  return (
    <RowContext.Provider value={origin}>
      <div className="pdx-stack">
        <div className="pdx-row">
          {children}
          {progress && (
            <span className="pdx-row">
              <span className="pdx-spinner" aria-hidden="true" />
              <span>{activity}</span>
              {progress.cancellable && (
                <Button size="small" onClick={runner.cancel}>
                  {t.cancel}
                </Button>
              )}
            </span>
          )}
        </div>
        {notice && <NoticeBar notice={notice} />}
      </div>
    </RowContext.Provider>
  );
}
