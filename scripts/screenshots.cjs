#!/usr/bin/env node
/**
 * `npm run screenshots`: publishes the screenshots the end-to-end test left in .tmp/screenshots/ to
 * docs/screenshots/ (shown in the README). `npm test` never writes into the tracked tree; run this on purpose, after
 * `npm run test:e2e`, when the pane's look changed for a reason, and look at what it lists before committing.
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const FROM = path.join(ROOT, ".tmp/screenshots");
const TO = path.join(ROOT, "docs/screenshots");
/** The screenshots the README shows. */
const PUBLISHED = [
  "pane-01-first-run-320",
  "pane-02-example-checked-320",
  "pane-03-next-320",
  "pane-04-check-en-350",
  "pane-05-attainment-320",
  "pane-05a-conflict-chosen-320",
  "pane-05b-not-met-only-320",
  "pane-06-accepted-320",
  "pane-06-report-files-320",
  "pane-07-log-320",
  "pane-why-320",
  "preview",
];

const missing = PUBLISHED.filter((n) => !fs.existsSync(path.join(FROM, `${n}.png`)));
if (missing.length > 0) {
  console.error(`Not in .tmp/screenshots (run npm run test:e2e first): ${missing.join(", ")}`);
  process.exit(1);
}
fs.mkdirSync(TO, { recursive: true });
for (const name of PUBLISHED) {
  const from = fs.readFileSync(path.join(FROM, `${name}.png`));
  const to = path.join(TO, `${name}.png`);
  const same = fs.existsSync(to) && Buffer.compare(fs.readFileSync(to), from) === 0;
  if (!same) fs.writeFileSync(to, from);
  console.log(`${same ? "unchanged" : "updated  "} docs/screenshots/${name}.png`);
}
