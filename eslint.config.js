// Layers are enforced here, not wished for: src/core stays pure (runs in the browser and in Node).
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");
const globals = require("globals");

const nodeBuiltins = require("module").builtinModules.flatMap((m) => [m, `node:${m}`]);

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**", "*.config.js", "bin/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({ name, message: "src/core runs in the browser too: no Node built-ins." })),
          patterns: [
            { group: ["react", "react-*", "@fluentui/*"], message: "src/core has no UI." },
            { group: ["**/gateways/**", "**/office/**", "**/taskpane/**", "**/cli/**"], message: "Dependencies point downwards only." },
            { group: ["nodemailer", "nodemailer/*", "mailparser", "smtp-server"], message: "Node-only mail libraries belong in gateways or the CLI." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "navigator", "Office", "process", "Buffer", "require", "__dirname", "localStorage", "fetch"].map(
          (name) => ({ name, message: "src/core is pure: no DOM, Office or Node globals." }),
        ),
      ],
    },
  },
  {
    // Languages, locales and formats: below the core (which may import it), importing nothing of Rundmail's layers,
    // and pure like the core, since both the pane and the CLI use it.
    files: ["src/i18n/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({ name, message: "src/i18n runs in the browser too: no Node built-ins." })),
          patterns: [
            { group: ["react", "react-*", "@fluentui/*"], message: "src/i18n has no UI." },
            { group: ["**/core/**", "**/core", "**/gateways/**", "**/office/**", "**/taskpane/**", "**/cli/**", "**/sandbox/**", "**/emulator/**"], message: "src/i18n is the lowest layer: it imports no other part of Rundmail." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "navigator", "Office", "process", "Buffer", "require", "__dirname", "localStorage", "fetch"].map(
          (name) => ({ name, message: "src/i18n is pure: no DOM, Office or Node globals (detection takes its inputs as arguments)." }),
        ),
      ],
    },
  },
  {
    files: ["scripts/**/*.js", "bench/**/*.js", "test/**/*.js"],
    languageOptions: { globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
