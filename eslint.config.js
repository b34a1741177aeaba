// Layers are enforced here, not wished for: src/core stays pure (runs in the browser and in Node).
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");
const globals = require("globals");

const nodeBuiltins = require("module").builtinModules.flatMap((m) => [m, `node:${m}`]);

/** Rules for a layer that runs in the browser and in Node: no UI, no Node built-ins, no DOM/Office/Node globals. */
function pureLayer(dir, layerPatterns) {
  return {
    files: [`${dir}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({ name, message: `${dir} runs in the browser too: no Node built-ins.` })),
          patterns: [{ group: ["react", "react-*", "@fluentui/*"], message: `${dir} has no UI.` }, ...layerPatterns],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "navigator", "Office", "process", "Buffer", "require", "__dirname", "localStorage", "fetch"].map(
          (name) => ({ name, message: `${dir} is pure: no DOM, Office or Node globals.` }),
        ),
      ],
    },
  };
}

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
  // The core and the i18n module below it are pure: they run in the browser and in Node alike.
  pureLayer("src/core", [
    { group: ["**/gateways/**", "**/office/**", "**/taskpane/**", "**/cli/**"], message: "Dependencies point downwards only." },
    { group: ["nodemailer", "nodemailer/*", "mailparser", "smtp-server"], message: "Node-only mail libraries belong in gateways or the CLI." },
  ]),
  // Languages, locales and formats: the lowest layer (the core may import it); it imports no other part of Rundmail.
  pureLayer("src/i18n", [
    {
      group: ["**/core/**", "**/core", "**/gateways/**", "**/office/**", "**/taskpane/**", "**/cli/**", "**/sandbox/**", "**/emulator/**"],
      message: "src/i18n is the lowest layer: it imports no other part of Rundmail.",
    },
  ]),
  {
    files: ["scripts/**/*.js", "bench/**/*.js", "test/**/*.js"],
    languageOptions: { globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
