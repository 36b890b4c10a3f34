#!/usr/bin/env node
// Runs a TypeScript script (benchmarks, tools) through tsx without a build step.
require("tsx/cjs");
const path = require("node:path");
process.argv.splice(1, 1);
require(path.resolve(process.argv[1]));
