import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// The plugin's React preset lints .ts but not .tsx; extend its TypeScript block to .tsx with the same plugins.
const [base, ...rest] = officeAddins.configs.react;
const tsBlock = rest.find((c) => c.files && c.plugins && c.plugins["@typescript-eslint"]);

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
        Office: "readonly",
        Word: "readonly",
        OfficeExtension: "readonly",
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
        window: "readonly",
        document: "readonly",
      },
    },
    rules: {
      "no-undef": "off",
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
];
