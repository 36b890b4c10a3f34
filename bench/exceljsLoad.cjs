// Baseline child: ExcelJS alone loads the given files one by one, in a fresh process. Prints {maxRssMiB, cpuMs}.
const ExcelJS = require("exceljs");

(async () => {
  for (const f of process.argv.slice(2)) await new ExcelJS.Workbook().xlsx.readFile(f);
  const u = process.resourceUsage();
  process.stdout.write(JSON.stringify({ maxRssMiB: u.maxRSS / 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }) + "\n");
})();
