import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// The plugin's React preset lints .ts but not .tsx; extend its TypeScript block to .tsx with the same plugins.
const [base, ...rest] = officeAddins.configs.react;
const tsBlock = rest.find((c) => c.files && c.plugins && c.plugins["@typescript-eslint"]);

// The layers (README, "Layers"). Type checking per layer (src/*/tsconfig.json) keeps each layer to the globals it
// may use; these rules also name the imports it may not have, and say why.
const UI = {
  group: ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*"],
  message: "UI code lives in src/taskpane.",
};
const OFFICE_JS = {
  group: ["office-js", "@microsoft/office-js"],
  message: "Office.js is reached only through src/word.",
};
/** A relative import of another folder of src/ (`../word/types`, `../../preview/live`, …). */
const layer = (names, message) => ({ regex: `^(\\.\\./)+(${names.join("|")})(/|$)`, message });
const PREVIEW = layer(
  ["preview"],
  "src/preview is the preview page and the tests' Word simulator: no shipped code uses it.",
);
const restrictImports = (...patterns) => ["error", { patterns }];
const restrictGlobals = (names, message) => ["error", ...names.map((name) => ({ name, message }))];
const OFFICE_GLOBALS = ["Office", "Word", "OfficeExtension"];
const BROWSER_GLOBALS = ["window", "document", "navigator", "localStorage"];

export default [
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "test/artifacts/**"] },
  base,
  ...rest.map((c) => (c === tsBlock ? { ...c, files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"] } : c)),
  {
    files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        __filename: "readonly",
        require: "readonly",
        module: "writable",
        URL: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
      },
    },
    rules: {
      "no-undef": "off",
      // Formatting is `prettier --check`'s, in `npm run lint` and `npm test` alike: the preset's copy of it inside
      // ESLint checked every file twice and took two thirds of lint's time.
      "prettier/prettier": "off",
      // React 19's automatic JSX runtime needs no React in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    rules: { "@typescript-eslint/no-require-imports": "off", "@typescript-eslint/no-var-requires": "off" },
  },
  {
    files: ["src/core/**", "src/i18n/**"],
    rules: {
      "no-restricted-imports": restrictImports(
        UI,
        OFFICE_JS,
        layer(
          ["word", "taskpane", "preview", "docx"],
          "src/core is the pure engine: the other layers use it, not the reverse.",
        ),
      ),
      "no-restricted-globals": restrictGlobals(
        [...OFFICE_GLOBALS, ...BROWSER_GLOBALS],
        "src/core runs in Node and in any host: no Office, no browser.",
      ),
    },
  },
  {
    files: ["src/i18n/**"],
    rules: {
      "no-restricted-imports": restrictImports(
        UI,
        OFFICE_JS,
        layer(
          ["core", "word", "taskpane", "preview", "docx"],
          "The catalog imports nothing from the layers that use it.",
        ),
      ),
    },
  },
  {
    files: ["src/docx/**"],
    rules: {
      "no-restricted-imports": restrictImports(
        UI,
        OFFICE_JS,
        PREVIEW,
        layer(["word", "taskpane"], "src/docx reads and writes files; it knows no host."),
      ),
      "no-restricted-globals": restrictGlobals(OFFICE_GLOBALS, "src/docx reads and writes files; it knows no host."),
    },
  },
  {
    files: ["src/word/**"],
    languageOptions: { globals: { Office: "readonly", Word: "readonly", OfficeExtension: "readonly" } },
    rules: {
      "no-restricted-imports": restrictImports(
        UI,
        PREVIEW,
        layer(["taskpane"], "The pane uses the Word layer, not the reverse."),
      ),
      "no-restricted-globals": restrictGlobals(
        BROWSER_GLOBALS,
        "src/word also runs in Node (npm run fill, tests): no browser.",
      ),
    },
  },
  {
    files: ["src/taskpane/**"],
    languageOptions: { globals: { window: "readonly", document: "readonly" } },
    rules: {
      "no-restricted-imports": restrictImports(OFFICE_JS, PREVIEW, {
        regex: "^(\\.\\./)+word/(?!(types|errors)$)",
        message: "The pane reaches the document only through the WordGateway (src/word/types.ts) its entry hands it.",
      }),
      "no-restricted-globals": restrictGlobals(
        OFFICE_GLOBALS,
        "The pane reaches the document only through the WordGateway (src/word/types.ts) its entry hands it.",
      ),
    },
  },
  {
    // The pane's entry waits for Office and builds the Word gateway it hands to the app.
    files: ["src/taskpane/index.tsx"],
    languageOptions: { globals: { Office: "readonly" } },
    rules: {
      "no-restricted-imports": restrictImports(OFFICE_JS, PREVIEW),
      "no-restricted-globals": "off",
    },
  },
  {
    files: ["src/commands/**"],
    languageOptions: { globals: { Office: "readonly" } },
    rules: { "no-restricted-imports": restrictImports(UI, PREVIEW) },
  },
  {
    files: ["src/preview/**"],
    languageOptions: {
      globals: {
        Office: "readonly",
        Word: "readonly",
        OfficeExtension: "readonly",
        window: "readonly",
        document: "readonly",
      },
    },
  },
];
