/** Two projects: the engine, Word layer and scripts run in Node; the task pane renders in jsdom. */
const tsJest = [
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
];

const common = {
  transform: { "^.+\\.(t|j)sx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/test/e2e/"],
};

module.exports = {
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
