export { XlsxWorkbook } from "./xlsxWorkbook";
export { WorkbookReadError, type WorkbookReadErrorKind } from "./readError";
