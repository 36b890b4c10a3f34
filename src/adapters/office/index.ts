export { OfficeWorkbook, type OfficeNotice, type OfficeWorkbookOptions } from "./officeWorkbook";
export { getSelection, isSetSupported, loadSetting, saveSetting, selectCell, UserEdits, type Selection } from "./host";
