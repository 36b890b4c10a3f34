// Runs bin/pressdx.cjs in this process, as `node bin/pressdx.cjs …` would, and writes the process's peak RSS (KiB)
// to the file named by PRESSDX_BENCH_RSS when it exits: the bench's measure where GNU time is not installed.
const fs = require("node:fs");
const path = require("node:path");

process.on("exit", () => fs.writeFileSync(process.env.PRESSDX_BENCH_RSS, String(process.resourceUsage().maxRSS)));
require(path.join(__dirname, "..", "bin", "pressdx.cjs"));
