import fs from "node:fs";
import { XlsxFile } from "./src/adapters/xlsx";
import { hostileZip, workbookParts, partsOf, type HostileEntry } from "./test/support/hostileZip";
import { readDirectory } from "./src/adapters/xlsx/package/directory";
(async () => {
let t = Date.now();
const parts: HostileEntry[] = [...workbookParts('<sheetData/>')];
while (parts.length < 70010) parts.push({ name: `xl/media/f${parts.length}.txt`, content: `${parts.length}`, method: 0 });
const bytes = hostileZip(parts, { count: 70010 % 65536 });
console.log("make", Date.now() - t); t = Date.now();
readDirectory(bytes); console.log("dir", Date.now() - t); t = Date.now();
fs.writeFileSync("/tmp/w.xlsx", bytes);
const book = await XlsxFile.load("/tmp/w.xlsx"); await book.read(); console.log("load+read", Date.now() - t); t = Date.now();
await book.apply([{ sheet: "Dữ liệu", cells: [{ address: "C1", value: "ghi" }] }]); console.log("apply", Date.now() - t); t = Date.now();
await book.save("/tmp/w2.xlsx"); console.log("save", Date.now() - t); t = Date.now();

})();
