/** Unit tests sit beside the code (src/**\/x.test.ts); end-to-end tests live in test/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Types are checked once by `tsc --noEmit` in `npm test`; here we only transpile, which keeps jest fast.
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
  testTimeout: 60000,
  // One production build for the browser test files of a run (test/support/sharedBuild.ts).
  globalSetup: "<rootDir>/test/globalSetup.ts",
  globalTeardown: "<rootDir>/test/globalTeardown.ts",
};
