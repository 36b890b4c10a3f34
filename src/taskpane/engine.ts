/**
 * Everything the pane's commands run — the use cases, the rules, the layouts, the Office adapter's reads and writes
 * — in one chunk the composition root loads on the first command, not with the first screen.
 */
export { OfficeWorkbook } from "../adapters/office/officeWorkbook";
export { consolidateReportFiles, FILES_CANCELLED } from "./readFiles";
export { PRESETS } from "../domain/presets";
export { findingKey } from "../domain/review";
export { localStamp, viDateTime } from "../domain/time";
export { checkWorkbook } from "../usecases/checkWorkbook";
export { clearHighlights } from "../usecases/clearHighlights";
export { logged, readCommandLog } from "../usecases/commandLog";
export { renderError } from "../usecases/errorMessages";
export { AGENCY_FORM_SHEET, insertAgencyForm } from "../usecases/insertAgencyForm";
export { insertAppendix } from "../usecases/insertAppendix";
export { insertExample } from "../usecases/insertExample";
export { recheckAfterEdits } from "../usecases/recheck";
export { removeInserted } from "../usecases/removeInserted";
export { writeAttainment } from "../usecases/writeAttainment";
export { consolidateWorkbook } from "../usecases/writeConsolidation";
export { mayHaveWritten } from "../usecases/writing";
export { conflictViews } from "./conflictViews";
export { trackerView } from "./trackerView";
export { decisionOf, noticeTexts, viewOf } from "./paneViews";
