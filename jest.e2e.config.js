/** The browser end-to-end tests (Debian's Chromium through playwright-core), run by `npm test` when it exists. */
module.exports = {
  displayName: "e2e",
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "ts-jest",
      {
        tsconfig: {
          isolatedModules: true,
          module: "commonjs",
          moduleResolution: "node10",
          jsx: "react-jsx",
          verbatimModuleSyntax: false,
        },
        diagnostics: false,
      },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
  // One browser at a time on a small machine; the build inside the tests takes most of the time.
  maxWorkers: 1,
  testTimeout: 180_000,
};
