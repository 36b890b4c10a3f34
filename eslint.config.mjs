// One lint gate for the whole project; the layer rules keep the architecture of docs/architecture.md honest.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";
import { builtinModules } from "node:module";

// A group is [patterns (gitignore-style), message] or, for exact module names, [{ names }, message].
const restrict = (groups) => ({
  "no-restricted-imports": [
    "error",
    {
      paths: groups.flatMap(([g, message]) => (Array.isArray(g) ? [] : g.names.map((name) => ({ name, message })))),
      patterns: groups.filter(([g]) => Array.isArray(g)).map(([group, message]) => ({ group, message })),
    },
  ],
});

const LAYER = {
  sheet: [["**/sheet", "**/sheet/**"], "domain must not import the sheet layer"],
  usecases: [["**/usecases", "**/usecases/**"], "only the composition root and the CLI use use cases"],
  ports: [["**/ports", "**/ports/**"], "the port belongs to use cases and adapters"],
  adapters: [["**/adapters", "**/adapters/**"], "the core must not know its adapters"],
  cli: [["**/cli", "**/cli/**"], "nothing imports the command line"],
  taskpane: [["**/taskpane", "**/taskpane/**"], "nothing imports the task pane"],
  // The xlsx adapter reads and writes the package itself; ExcelJS and JSZip only build and inspect test fixtures.
  exceljs: [["exceljs", "exceljs/*", "jszip", "jszip/*"], "src/ does not use ExcelJS or JSZip (they build test fixtures only)"],
  react: [["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"], "only src/taskpane touches React"],
  // Every Node built-in (zlib, buffer, process, fs/promises...), with or without the "node:" prefix. Exact names:
  // as a pattern, "domain" (a built-in) would also match our own "../domain/...".
  node: [{ names: builtinModules }, "the pure core does not touch Node APIs"],
  nodePrefix: [["node:*"], "the pure core does not touch Node APIs"],
  office: [["@microsoft/office-js", "office-addin-*"], "only src/adapters/office touches Office.js"],
  // Test doubles and the preview page ship in no product: nothing the pane or the command line bundles imports them.
  doubles: [
    ["**/standin", "**/standin/**", "**/preview", "**/preview/**", "**/adapters/memory", "**/adapters/memory/**", "**/memory", "**/memory/**"],
    "nothing shipped imports the Excel stand-in, the preview or the memory adapter (test doubles, bundled in no product)",
  ],
};
const pick = (...keys) => keys.map((k) => LAYER[k]);

// Node's globals reach the same APIs without an import: the pure core and the pane may not use them either.
const NODE_GLOBALS = ["process", "Buffer", "require", "module", "__dirname", "__filename", "global", "setImmediate"].map((name) => ({
  name,
  message: "the pure core does not touch Node APIs",
}));
const noNodeGlobals = { "no-restricted-globals": ["error", ...NODE_GLOBALS] };

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "dist-cli/", "dist-preview/", "coverage/", "examples/out/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // A folder of src/ that no block below names still may not use ExcelJS or JSZip (a later block replaces this rule).
  { files: ["src/**"], rules: restrict(pick("exceljs", "doubles")) },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "always"],
      "no-console": "off",
    },
  },
  { files: ["**/*.cjs", "**/*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  {
    files: ["src/domain/**"],
    rules: {
      ...restrict(pick("sheet", "usecases", "ports", "adapters", "cli", "taskpane", "exceljs", "react", "node", "nodePrefix", "office", "doubles")),
      ...noNodeGlobals,
    },
  },
  {
    files: ["src/sheet/**"],
    rules: {
      ...restrict(pick("usecases", "ports", "adapters", "cli", "taskpane", "exceljs", "react", "node", "nodePrefix", "office", "doubles")),
      ...noNodeGlobals,
    },
  },
  {
    files: ["src/usecases/**", "src/ports/**"],
    rules: { ...restrict(pick("adapters", "cli", "taskpane", "exceljs", "react", "node", "nodePrefix", "office", "doubles")), ...noNodeGlobals },
  },
  // Files directly under src/adapters (shared by the adapters): core only, no adapter library, no Node.
  { files: ["src/adapters/*.ts"], rules: restrict(pick("cli", "taskpane", "react", "office", "exceljs", "node", "nodePrefix", "doubles")) },
  { files: ["src/adapters/xlsx/**"], rules: restrict(pick("cli", "taskpane", "react", "office", "exceljs", "doubles")) },
  { files: ["src/adapters/memory/**"], rules: restrict(pick("cli", "taskpane", "react", "office", "exceljs")) },
  {
    files: ["src/adapters/office/**"],
    languageOptions: { globals: { ...globals.browser, Excel: "readonly", Office: "readonly", OfficeExtension: "readonly" } },
    plugins: { "office-addins": officeAddins },
    rules: {
      ...restrict(pick("cli", "taskpane", "react", "exceljs", "node", "nodePrefix", "doubles")),
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-empty-load": "error",
    },
  },
  {
    // The Excel stand-in runs under jest and bundled in a browser: browser globals, no Node, no dependencies, and
    // nothing of ours but the A1 helpers.
    files: ["src/standin/**"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^\\.\\./(?!sheet/a1$)", message: "the stand-in imports nothing of the project but src/sheet/a1" },
            { regex: "^[^.]", message: "the stand-in has no dependencies and uses no Node APIs" },
          ],
        },
      ],
      "no-restricted-globals": ["error", "process", "Buffer", "require", "__dirname", "__filename", "global", "setImmediate", "module"],
    },
  },
  { files: ["src/cli/**"], rules: restrict(pick("taskpane", "react", "office", "exceljs", "doubles")) },
  {
    // Commands get adapters and use cases bound together from the CLI's composition root (src/cli/compositionRoot.ts):
    // they may name their types, and render a use case's error, but never build an adapter or run a use case on one.
    files: ["src/cli/commands/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...pick("taskpane", "react", "office", "exceljs").map(([group, message]) => ({ group, message })),
            { group: ["**/adapters/**"], allowTypeImports: true, message: "commands get adapters from src/cli/compositionRoot.ts" },
            { group: ["**/usecases/**", "!**/usecases/errorMessages"], allowTypeImports: true, message: "commands get use cases from src/cli/compositionRoot.ts" },
          ],
        },
      ],
    },
  },
  {
    // The preview page: the pane over the Excel stand-in, for people without Excel.
    files: ["src/preview/**"],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(pick("cli", "exceljs", "node")),
  },
  {
    files: ["src/taskpane/**"],
    languageOptions: { globals: { ...globals.browser, Office: "readonly" } },
    rules: restrict(pick("cli", "exceljs", "node", "nodePrefix", "doubles")),
  },
);
