export { XlsxFile } from "./xlsxFile";
export { PackageWorkbook } from "./packageWorkbook";
export { WorkbookReadError, type WorkbookReadErrorKind } from "./readError";
export { DEFAULT_LIMITS, type ReadLimits } from "./package/readPackage";
