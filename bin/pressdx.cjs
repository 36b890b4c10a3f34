#!/usr/bin/env node
// Starts the command line built into dist-cli/ by `npm run build:cli` (which `npm ci` runs as the prepare script):
// plain JavaScript, no TypeScript compiler at run time.
const fs = require("node:fs");
const path = require("node:path");

const built = path.join(__dirname, "..", "dist-cli", "pressdx.cjs");
if (!fs.existsSync(built)) {
  process.stderr.write("pressdx: the command line is not built; run `npm run build:cli` (npm ci does it)\n");
  process.exit(2);
}
// `pressdx … | head` closes stdout early: print nothing more, and finish with the command's own exit status.
process.stdout.on("error", (err) => {
  if (!err || err.code !== "EPIPE") throw err;
  process.stdout.write = () => true;
});
const { boundHeapGrowth, main, plain } = require(built);
// A command runs once: its heap grows less between collections than a server's would (src/cli/heap.ts).
boundHeapGrowth();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // Anything unforeseen is still one plain line and exit 2 (the text may quote a file); PRESSDX_DEBUG=1 shows the stack.
    const text = process.env.PRESSDX_DEBUG ? String((err && err.stack) || err) : plain(String((err && err.message) || err));
    process.stderr.write(`pressdx: ${text}\n`);
    process.exitCode = 2;
  },
);
