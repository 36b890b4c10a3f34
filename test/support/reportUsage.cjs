// Preloaded into a real `node bin/pressdx.cjs` process (node -r): on exit, writes the process's peak memory and
// exit code as JSON to the file named by PRESSDX_USAGE, so a test can hold the command to a memory ceiling.
const fs = require("node:fs");

process.on("exit", (code) => {
  const file = process.env.PRESSDX_USAGE;
  if (file) fs.writeFileSync(file, JSON.stringify({ code, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
});
