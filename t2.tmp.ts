import fs from "node:fs";
import { readDirectory } from "./src/adapters/xlsx/package/directory";
const bytes = fs.readFileSync("/tmp/w.xlsx");
for (let i = 0; i < 5; i++) { const t = process.hrtime.bigint(); readDirectory(bytes); console.log("dir", Number(process.hrtime.bigint() - t) / 1e6); }
const ex = fs.readFileSync("examples/ke-hoach-mau.xlsx");
let t = process.hrtime.bigint(); for (let i = 0; i < 600; i++) readDirectory(ex); console.log("600 examples", Number(process.hrtime.bigint() - t) / 1e6);
t = process.hrtime.bigint(); for (let i = 0; i < 600; i++) readDirectory(ex); console.log("600 examples", Number(process.hrtime.bigint() - t) / 1e6);
