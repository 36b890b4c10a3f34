// Runs bin/pressdx.cjs in this process, as `node bin/pressdx.cjs …` would, and writes the process's peak RSS (KiB)
// and CPU time (user and system seconds) to the file named by PRESSDX_BENCH_RSS when it exits, as GNU time's
// "%M %U %S" would: the bench's measure where GNU time is not installed.
const fs = require("node:fs");
const path = require("node:path");

process.on("exit", () => {
  const u = process.resourceUsage();
  fs.writeFileSync(process.env.PRESSDX_BENCH_RSS, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`);
});
require(path.join(__dirname, "..", "bin", "pressdx.cjs"));
