// Bundles bench/paneChild.ts twice for measurement 7 (part of `npm run build:bench`): .tmp/bench/paneChild.cjs with
// the pane's codec in codec.ts's place, as webpack.config.js's NormalModuleReplacementPlugin puts it, and
// .tmp/bench/cliChild.cjs with the command line's. Everything else of the reader and the merge is the same source.
import { build } from "esbuild";
import path from "node:path";

const PACKAGE_DIR = /[\\/]adapters[\\/]xlsx[\\/]package$/;

const browserCodec = {
  name: "browser-codec",
  setup(b) {
    b.onResolve({ filter: /^\.\/codec$/ }, (args) =>
      PACKAGE_DIR.test(args.resolveDir) ? { path: path.join(args.resolveDir, "codec.browser.ts") } : undefined,
    );
  },
};

const common = {
  entryPoints: ["bench/paneChild.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["exceljs", "saxes"],
  logLevel: "warning",
};

await build({ ...common, outfile: ".tmp/bench/paneChild.cjs", plugins: [browserCodec], define: { "process.env.BENCH_CODEC": '"browser"' } });
await build({ ...common, outfile: ".tmp/bench/cliChild.cjs", define: { "process.env.BENCH_CODEC": '"node"' } });
