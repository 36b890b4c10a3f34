// End-to-end: the production build served on localhost, driven in Debian's Chromium by playwright-core, with the
// Excel stand-in injected where Excel would be. `npm run test:e2e` (part of `npm test`).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  testTimeout: 240000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true, esModuleInterop: true } }],
  },
};
