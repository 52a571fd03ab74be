/** The browser end-to-end tests (Debian's Chromium through playwright-core), run by `npm test` when it exists. */
const { transform, moduleFileExtensions } = require("./jest.config.js").projects[0];

module.exports = {
  displayName: "e2e",
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
  transform,
  moduleFileExtensions,
  // One browser at a time on a small machine; the build inside the tests takes most of the time.
  maxWorkers: 1,
  testTimeout: 180_000,
};
