/**
 * Browser entry for previews and Playwright: installs the stand-in on `window` from `window.__standinOptions`
 * ({ options?, sheets?: {name: {A1: value}} }) and exposes the model as `window.__standin`.
 */
import { createStandIn, installStandIn, type StandIn, type StandInOptions, type CellInput } from "./index";

interface BrowserSetup {
  options?: StandInOptions;
  sheets?: Record<string, Record<string, CellInput>>;
}

const w = window as unknown as { __standinOptions?: BrowserSetup; __standin?: StandIn };
const setup = w.__standinOptions ?? {};
const standin = createStandIn(setup.options ?? {});
const sheets = setup.sheets ?? { Sheet1: {} };
for (const [name, cells] of Object.entries(sheets)) standin.model.addSheet(name, cells);
installStandIn(window as unknown as typeof globalThis, standin);
w.__standin = standin;
