/**
 * Two projects: the engine, Word layer and scripts run in Node; the task pane renders in jsdom. TypeScript is
 * stripped by swc rather than ts-jest: types are the type check's job (`npm run typecheck`), and swc takes about a
 * third less time over the suite, most of it on a fresh machine with nothing cached.
 */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

const common = {
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/test/e2e/"],
};

module.exports = {
  // Every core: jest's default leaves one free, which on a two-core machine runs the whole suite in one process.
  // No test shares a port, a fixed path or the tree with another (temporary directories, port 0), so files run in
  // parallel safely.
  maxWorkers: "100%",
  // jest's 5 s default fails tests of a few hundred milliseconds when the machine is busy; a test that hangs still
  // fails, a minute later.
  testTimeout: 60_000,
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/{src,test,scripts,bench}/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/{src,test}/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts"],
    },
  ],
};
