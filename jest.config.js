// Type-checking is tsc's job in `npm test`; ts-jest only transpiles, which keeps the suite fast.
const transform = {
  "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true, esModuleInterop: true } }],
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  // Coverage counts our sources only, not the tests, fixtures or scripts.
  collectCoverageFrom: ["src/**/*.{ts,tsx}"],
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      // The pane's pure parts (grouping, the tree's rows, texts, the composition root) need no DOM.
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/taskpane/.*\\.tsx$"],
      transform,
    },
    {
      // The task pane renders React + Fluent UI in a browser-like DOM.
      displayName: "pane",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test/taskpane"],
      testMatch: ["**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setup.ts"],
      transform,
    },
  ],
};
