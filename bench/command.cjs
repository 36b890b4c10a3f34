// A whole `pressdx` command as a user runs it (the built dist-cli/pressdx.cjs, a fresh process), its output
// discarded. Prints {code, maxRssMiB}.
const path = require("node:path");
const { boundHeapGrowth, main } = require(path.join(__dirname, "..", "dist-cli", "pressdx.cjs"));

boundHeapGrowth(); // as bin/pressdx.cjs does

const ctx = { stdout: () => undefined, stderr: () => undefined, now: () => new Date(), cwd: process.cwd() };
main(process.argv.slice(2), ctx).then((code) => {
  process.stdout.write(JSON.stringify({ code, maxRssMiB: process.resourceUsage().maxRSS / 1024 }) + "\n");
});
