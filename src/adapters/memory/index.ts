export { MemoryWorkbook, type MemorySheetInput } from "./memoryWorkbook";
