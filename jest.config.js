/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type-checking is tsc's job in `npm test`; ts-jest only transpiles, which keeps the suite fast.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true, esModuleInterop: true } }],
  },
  testTimeout: 60000,
  // Coverage counts our sources only, not the tests, fixtures or scripts.
  collectCoverageFrom: ["src/**/*.{ts,tsx}"],
};
