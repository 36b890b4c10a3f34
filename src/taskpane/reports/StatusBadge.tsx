/** "Đạt" green, "Chưa đạt" red, "—" grey, worded in the pane's language. */
import { Badge } from "@fluentui/react-components";
import type { AttainStatus } from "../../usecases/writeAttainment";
import { REPORT_TEXTS } from "../i18n/reports";
import { usePane } from "../shell/PaneContext";

export function StatusBadge({ status }: { status: AttainStatus }) {
  const t = REPORT_TEXTS[usePane().lang];
  if (status === "Đạt") return <Badge appearance="filled" color="success">{t.statusMet}</Badge>;
  if (status === "Chưa đạt") return <Badge appearance="filled" color="danger">{t.statusNotMet}</Badge>;
  return <Badge appearance="tint" color="subtle">{t.statusNone}</Badge>;
}
