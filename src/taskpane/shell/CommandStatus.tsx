/** Notices that belong to no command row (settings that could not be read, a cell that could not be selected). */
import { NoticeBar } from "./NoticeBar";
import { usePane } from "./PaneContext";

export function CommandStatus() {
  const { runner } = usePane();
  const notice = runner.notice?.origin === null ? runner.notice : null;
  return notice ? <NoticeBar notice={notice} /> : null;
}
