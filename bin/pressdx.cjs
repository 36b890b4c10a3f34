#!/usr/bin/env node
// Runs the TypeScript command line directly through tsx, so `npm ci` is the only set-up step.
require("tsx/cjs");
require("../src/cli/main.ts").main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`pressdx: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 2; },
);
