export { OfficeWorkbook, type OfficeNotice, type OfficeWorkbookOptions, type RunMeasure } from "./officeWorkbook";
export { API_SETS, getSelection, hostInfo, isSetSupported, loadSetting, saveSetting, selectCell, UserEdits, type HostInfo, type Selection } from "./host";
