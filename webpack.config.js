// Builds the add-in for any static https host:
//   npm run build      → dist/: the pane, its help page, icons and manifest.xml, every https://localhost:3000/
//                        rewritten to ADDIN_BASE_URL (default https://localhost:3000/ for sideloading);
//   npm start          → the same, served on https://localhost:3000 with the certificate that
//                        `npx office-addin-dev-certs install` made and the system trusts (else a self-signed one);
//   npm run preview    → dist-preview/: the real pane over the in-memory Excel stand-in, the workbook drawn beside it.
// The pages carry a Content-Security-Policy that allows only their own origin and the office.js CDN.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { NormalModuleReplacementPlugin } = require("webpack");

const DEV_BASE = "https://localhost:3000/";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/**
 * The development certificate of Microsoft's office-addin-dev-certs (~/.office-addin-dev-certs), whose authority
 * `npx office-addin-dev-certs install` adds to the system's trusted roots, as Office on Windows and Mac requires; or
 * null, and webpack-dev-server makes a self-signed certificate that Office's web view refuses (scripts/start.cjs says so).
 */
function devCertificate() {
  const dir = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
  const file = (name) => path.join(dir, name);
  const fs = require("node:fs");
  if (!["localhost.key", "localhost.crt", "ca.crt"].every((n) => fs.existsSync(file(n)))) return null;
  return { key: fs.readFileSync(file("localhost.key")), cert: fs.readFileSync(file("localhost.crt")), ca: fs.readFileSync(file("ca.crt")) };
}

/** The base URL the manifest points at, with one trailing slash. */
function baseUrl() {
  const raw = process.env.ADDIN_BASE_URL || DEV_BASE;
  if (!/^https:\/\/[^\s"<>]+$/.test(raw)) throw new Error(`ADDIN_BASE_URL must be an https:// address, not "${raw}"`);
  return raw.endsWith("/") ? raw : `${raw}/`;
}

// Fluent UI injects its styles at run time (Griffel), hence 'unsafe-inline' for styles only.
const csp = (extraScript = "") =>
  [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_CDN}${extraScript}`,
    `connect-src 'self' ${OFFICE_CDN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");

/**
 * The package reader's platform module (inflate, CRC-32, UTF-8) is Node's in codec.ts; the pane's build takes
 * codec.browser.ts in its place, and nothing else of the reader differs (docs/decisions.md).
 */
const browserCodec = () =>
  new NormalModuleReplacementPlugin(/^\.\/codec$/, (resource) => {
    if (/[\\/]adapters[\\/]xlsx[\\/]package$/.test(resource.context)) resource.request = "./codec.browser";
  });

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const preview = Boolean(env.preview);
  const bareBench = Boolean(env.bare);
  const base = baseUrl();
  const rules = [
    { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
    // Fluent's reads of its `tokens` table become the strings they hold, so the table stays out of the first screen.
    { test: /[\\/]node_modules[\\/]@fluentui[\\/][^\\/]+[\\/]lib[\\/].*\.js$/, use: path.resolve(__dirname, "scripts/inlineFluentTokens.cjs") },
  ];
  const common = {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The browser bundle has no Node: any import of a Node built-in fails the build instead of shipping a polyfill.
      fallback: { fs: false, path: false, os: false, zlib: false, buffer: false, stream: false, crypto: false, child_process: false },
    },
    module: { rules },
    performance: { hints: false },
  };

  if (bareBench) {
    // A bare React + Fluent pane built by the same config: the baseline of the bundle-size benchmark.
    return {
      ...common,
      entry: { bare: "./bench/barePane.tsx", fluent: "./bench/fluentPane.tsx" },
      output: { path: path.resolve(__dirname, ".tmp/bare-pane"), filename: "[name].js", clean: true },
    };
  }

  if (env.standin) {
    // The Excel stand-in as one script, injected by the end-to-end test before the pane loads.
    return {
      ...common,
      entry: { standin: "./src/standin/browser.ts" },
      output: { path: path.resolve(__dirname, ".tmp/e2e"), filename: "[name].js", clean: true },
    };
  }

  if (preview) {
    return {
      ...common,
      entry: { preview: "./src/preview/index.tsx" },
      output: { path: path.resolve(__dirname, "dist-preview"), filename: "[name].js", clean: true },
      plugins: [
        browserCodec(),
        new HtmlWebpackPlugin({ filename: "index.html", template: "./src/preview/preview.html", chunks: ["preview"], templateParameters: { csp: csp() } }),
        new CopyWebpackPlugin({ patterns: [{ from: "assets", to: "assets" }] }),
      ],
      devServer: { port: Number(process.env.PORT || 3001), static: { directory: path.resolve(__dirname, "dist-preview") }, open: false },
    };
  }

  return {
    ...common,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    plugins: [
      browserCodec(),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], templateParameters: { csp: csp() } }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [], templateParameters: { csp: csp() } }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // Addresses, then the app domain (an origin, without the trailing slash).
            transform: (content) => content.toString().split(DEV_BASE).join(base).split(DEV_BASE.slice(0, -1)).join(new URL(base).origin),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: devCertificate() ? { type: "https", options: devCertificate() } : "https",
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Content-Security-Policy": csp() },
      client: { overlay: false },
    },
  };
};
