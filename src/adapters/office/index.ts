export { OfficeWorkbook, type OfficeWorkbookOptions } from "./officeWorkbook";
