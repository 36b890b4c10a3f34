// Baseline child: ExcelJS alone loads the given files one by one, in a fresh process. Prints {maxRssMiB}.
const ExcelJS = require("exceljs");

(async () => {
  for (const f of process.argv.slice(2)) await new ExcelJS.Workbook().xlsx.readFile(f);
  process.stdout.write(JSON.stringify({ maxRssMiB: process.resourceUsage().maxRSS / 1024 }) + "\n");
})();
