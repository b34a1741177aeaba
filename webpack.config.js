// Builds the Outlook task pane into dist/addin (dist/node belongs to the CLI build) and serves it on
// https://localhost:3000 in development.
//
//   npx webpack --mode production                     build dist/addin
//   npx webpack serve --mode development              dev server over https (see scripts/dev-https.js)
//   npx webpack serve --mode development --env http   plain http on localhost (or RUNDMAIL_HTTP=1)
//   --env origin=https://rundmail.example.org         write that origin into the copied manifest.xml
//   --env officejs=self                               serve Office.js from the add-in's own origin (see below)
//
// Besides taskpane.html it builds the sandbox (sandbox.html): a simulated Outlook around the real task pane, which it
// shows in a frame from taskpane-sandbox.html — the same template and bundle, with the simulated Office.js
// (sandbox-office) in place of Microsoft's.
"use strict";

const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { devServerHttps } = require("./scripts/dev-https");

const DEV_ORIGIN = "https://localhost:3000";
const DEFAULT_PORT = Number(require("./package.json").config.dev_server_port);
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_TAG = `<script src="${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js"></script>`;
const SANDBOX_TASKPANE = "taskpane-sandbox.html";
// The task pane talks to Microsoft Graph and to the upload URLs Graph hands out for large attachments, which are on
// outlook.office.com (connect-src; Learn, "Attach large files to Outlook messages or events": the uploadUrl is for
// "PUT queries in the https://outlook.office.com domain"). The sandbox talks to its emulator instead: Graph on its
// own origin, the upload URLs on a second one (EMULATOR_UPLOAD_ORIGIN), so that its PUTs are cross-origin as in Outlook.
const GRAPH_ORIGINS = ["https://graph.microsoft.com", "https://outlook.office.com"];
// An Entra ID Application (client) ID, as src/gateways/graph/clientId.ts accepts it (spaces and braces allowed).
const CLIENT_ID = /^\s*\{?\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*\}?\s*$/i;

/**
 * The app registration built in (RUNDMAIL_GRAPH_CLIENT_ID=… npm run build), or "" for none (then the task pane asks
 * for it and keeps it in the add-in's roaming settings). A value that is not a client id fails the build, rather
 * than ship an add-in whose Graph sign-in can never work.
 */
function graphClientId() {
  const value = (process.env.RUNDMAIL_GRAPH_CLIENT_ID ?? "").trim();
  if (value !== "" && !CLIENT_ID.test(value)) {
    throw new Error(`RUNDMAIL_GRAPH_CLIENT_ID must be the Application (client) ID of the app registration (a GUID), not "${value}".`);
  }
  return value;
}

/**
 * Turns the task pane's page into the sandbox's: the simulated Office.js (the sandbox-office entry) where Microsoft's
 * office.js was, and Microsoft's origins (Office.js, Graph) out of the Content-Security-Policy (only 'self' remains).
 * Fails the build when the page no longer has exactly the tag it replaces, rather than leave a sandbox that loads
 * Microsoft's script or may reach Microsoft.
 */
class SandboxTaskpanePlugin {
  /** `uploadOrigin`: where the sandbox's emulator serves upload URLs, added to the sandbox pane's connect-src. */
  constructor(uploadOrigin) {
    this.uploadOrigin = uploadOrigin;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("SandboxTaskpanePlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tapAsync("SandboxTaskpanePlugin", (data, done) => {
        if (data.outputName !== SANDBOX_TASKPANE) return done(null, data);
        const fail = (message) => done(new Error(`${SANDBOX_TASKPANE}: ${message}`));
        const scripts = (compilation.entrypoints.get("sandbox-office")?.getFiles() ?? []).filter((file) => file.endsWith(".js"));
        if (scripts.length === 0) return fail("the sandbox-office entry has no script.");
        const tags = data.html.split(OFFICE_JS_TAG).length - 1;
        if (tags !== 1) return fail(`expected the office.js tag once in the task pane's template, found it ${tags} times.`);
        // Loaded where office.js was: synchronously, before the task pane's (deferred) bundle runs.
        let html = data.html.replace(OFFICE_JS_TAG, scripts.map((file) => `<script src="${file}"></script>`).join(""));
        html = html.replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/, (_, open, policy, close) => {
          const local = [OFFICE_JS_ORIGIN, ...GRAPH_ORIGINS].reduce((rest, origin) => rest.split(` ${origin}`).join(""), policy);
          return open + local.replace("connect-src 'self'", `connect-src 'self' ${this.uploadOrigin}`) + close;
        });
        if (!html.includes(`connect-src 'self' ${this.uploadOrigin};`)) return fail("its policy has no connect-src 'self' to add the emulator's upload origin to.");
        for (const origin of [OFFICE_JS_ORIGIN, ...GRAPH_ORIGINS]) {
          if (html.includes(origin)) return fail(`${origin} is still referenced.`);
        }
        data.html = html;
        done(null, data);
      });
    });
  }
}

// Office.js from the add-in's own origin, for networks that cannot reach Microsoft's CDN: @microsoft/office-js's README
// says the npm package is no longer supported and add-ins should load Office.js from the CDN, "If you need to access
// the library in a secure cloud environment, download the necessary files from the CDN and bundle them with your
// add-in". office.js loads its further files (the host's outlook-*.js, strings per language) from its own folder, so
// the package's dist folder is copied whole, less what an Outlook add-in never loads: debug builds, type
// definitions, and the files of the other Office applications (a MailApp manifest runs only in Outlook).
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const SELF_HOSTED_OFFICE_JS = "office-js";
const SELF_HOSTED_OFFICE_JS_TAG = `<script src="${SELF_HOSTED_OFFICE_JS}/office.js"></script>`;
const NOT_FOR_OUTLOOK = ["**/*.debug.js", "**/*.d.ts", "**/*-vsdoc.js", ...["access", "custom-functions", "excel", "onenote", "powerpoint", "project", "visio", "word"].map((app) => `**/${app}*`)];

/**
 * Turns taskpane.html into the self-hosted Office.js variant: the package's office.js (copied beside it) where the
 * CDN's was, and the CDN out of the Content-Security-Policy (script-src 'self' only). Fails the build when the page no
 * longer has exactly the tag it replaces, or still names the CDN, rather than ship a pane that reaches Microsoft.
 */
class SelfHostedOfficeJsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("SelfHostedOfficeJsPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tapAsync("SelfHostedOfficeJsPlugin", (data, done) => {
        if (data.outputName !== "taskpane.html") return done(null, data);
        const tags = data.html.split(OFFICE_JS_TAG).length - 1;
        if (tags !== 1) return done(new Error(`taskpane.html: expected the office.js tag once in the template, found it ${tags} times.`));
        let html = data.html.replace(OFFICE_JS_TAG, SELF_HOSTED_OFFICE_JS_TAG);
        html = html.replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/, (_, open, policy, close) => open + policy.split(` ${OFFICE_JS_ORIGIN}`).join("") + close);
        if (html.includes(OFFICE_JS_ORIGIN)) return done(new Error(`taskpane.html: ${OFFICE_JS_ORIGIN} is still referenced.`));
        data.html = html;
        done(null, data);
      });
    });
  }
}

/** Where taskpane.html loads Office.js from: "cdn" (Microsoft's, the default) or "self" (the add-in's own origin). */
function officeJsSource(env) {
  const value = env.officejs ?? "cdn";
  if (value !== "cdn" && value !== "self") throw new Error(`--env officejs must be "cdn" (the default) or "self", not "${value}".`);
  return value;
}

/**
 * One emulated mailbox for the dev server's sandbox, its upload URLs served on `uploadOrigin` (a second local port);
 * null (with a note) when the CLI build is missing.
 */
async function sandboxGraphEmulator(uploadOrigin) {
  let emulator;
  try {
    const { createGraphEmulator } = require("./dist/node/emulator/graphEmulator.js");
    emulator = createGraphEmulator({ prefix: "/graph" });
  } catch (error) {
    console.warn(`[rundmail] The sandbox's Graph emulator is missing (run npm run build:cli): ${error.message}`);
    return null;
  }
  try {
    const { startUploadServer } = require("./dist/node/emulator/uploadOrigin.js");
    const url = new URL(uploadOrigin);
    const uploads = await startUploadServer(emulator.handleUpload, url.hostname, Number(url.port));
    emulator.uploadOrigin = uploads.origin === uploadOrigin ? uploadOrigin : uploads.origin;
  } catch (error) {
    // Without it the sandbox still works, its upload URLs on the page's own origin (and the CSP's extra origin unused).
    console.warn(`[rundmail] The sandbox's upload origin ${uploadOrigin} could not be started: ${error.message}`);
  }
  return emulator;
}

/** `scheme://host:port` and nothing else, or the build fails: it goes into a Content-Security-Policy. */
function emulatorUploadOrigin(env, port) {
  const given = typeof env.uploadOrigin === "string" ? env.uploadOrigin : process.env.RUNDMAIL_EMULATOR_UPLOAD_ORIGIN;
  const value = given === undefined || given === "" ? `http://localhost:${port + 1}` : given;
  let origin = null;
  try {
    origin = new URL(value).origin;
  } catch {
    // below
  }
  if (origin !== value || !/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(value)) {
    throw new Error(`The emulator's upload origin must be a local origin such as http://localhost:3001, not "${value}".`);
  }
  return value;
}

/**
 * The plugins that write the extracted styles (see the module rules) into one stylesheet, which each page links.
 * All of it in one file, the lazily loaded steps' too: Griffel's extraction does not split CSS by chunk, and it
 * orders the rules itself (hence ignoreOrder).
 */
function stylesheetPlugins() {
  return [new MiniCssExtractPlugin({ filename: "[name].[contenthash:8].css", ignoreOrder: true }), new GriffelCSSExtractionPlugin()];
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = process.env.WEBPACK_SERVE === "true";
  const plainHttp = env.http === true || process.env.RUNDMAIL_HTTP === "1";
  const port = Number(process.env.RUNDMAIL_PORT || DEFAULT_PORT);
  const origin = typeof env.origin === "string" ? env.origin.replace(/\/+$/, "") : undefined;
  const selfHostedOfficeJs = officeJsSource(env) === "self";
  const uploadOrigin = emulatorUploadOrigin(env, port);
  const emulator = serving ? await sandboxGraphEmulator(uploadOrigin) : null;

  let server = "http";
  if (serving && !plainHttp) {
    const https = await devServerHttps();
    if (https.problem) console.warn(`[rundmail] Using a self-signed certificate: ${https.problem}`);
    server = https.server;
  }

  return {
    mode: production ? "production" : "development",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      sandbox: "./src/sandbox/index.tsx",
      "sandbox-office": "./src/sandbox/officeInFrame.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist/addin"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    // No eval-based source maps: the task pane's CSP allows no 'unsafe-eval'.
    devtool: production ? false : "source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        // The core is pure (lint-enforced: no DOM, no globals it changes), so a module of it that nothing uses may be
        // left out even when an index re-exports it: the pane's first script then carries only what step 1 uses.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
        // Fluent UI's and our styles leave the JavaScript for one stylesheet, written at build time (Griffel's CSS
        // extraction): the pane no longer hashes and inserts some 400 CSS rules while it opens (issue 11; the bench
        // measured 1.28–1.32× → 1.21–1.24× the bare page, which is built the same way). The extraction works on
        // Griffel's precomputed form: Fluent UI ships it, and @griffel/webpack-loader (below) makes it of ours.
        {
          test: /\.(js|ts|tsx)$/,
          include: [path.resolve(__dirname, "src"), path.resolve(__dirname, "bench"), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: TypeScript's, then Griffel's on the JavaScript it gives.
          use: [
            {
              // Our makeStyles calls become Griffel's precomputed form at build time (as Fluent UI's own components
              // ship), so the pane does not turn style objects into CSS rules while it opens.
              loader: "@griffel/webpack-loader",
              options: {
                babelOptions: { presets: [["@babel/preset-typescript", { isTSX: true, allExtensions: true }]] },
                modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles", resetImportName: "makeResetStyles" }],
              },
            },
            {
              loader: "ts-loader",
              options: {
                configFile: path.resolve(__dirname, "tsconfig.json"),
                // Types are checked by `tsc --noEmit`; here TypeScript only strips them. ES modules let webpack drop
                // the unused parts of Fluent UI.
                transpileOnly: true,
                compilerOptions: { noEmit: false, module: "es2020", sourceMap: !production },
              },
            },
          ],
        },
      ],
    },
    plugins: [
      ...stylesheetPlugins(),
      // Replaced in the bundle's text: the task pane has no `process` at run time.
      new webpack.DefinePlugin({ "process.env.RUNDMAIL_GRAPH_CLIENT_ID": JSON.stringify(graphClientId()) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      // The same page for the sandbox's frame; SandboxTaskpanePlugin swaps in the simulated Office.js.
      new HtmlWebpackPlugin({
        filename: SANDBOX_TASKPANE,
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new SandboxTaskpanePlugin(uploadOrigin),
      ...(selfHostedOfficeJs ? [new SelfHostedOfficeJsPlugin()] : []),
      new HtmlWebpackPlugin({
        filename: "sandbox.html",
        template: "./src/sandbox/sandbox.html",
        chunks: ["sandbox"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          // The sandbox's sample message and attachments, fetched by the page from its own origin — byte for byte
          // (marked minimized, so that no minimizer rewrites the template's HTML).
          { from: "samples", to: "sandbox/samples", info: { minimized: true } },
          // Byte for byte as Microsoft built them (marked minimized, so that no minimizer touches them).
          ...(selfHostedOfficeJs
            ? [{ from: OFFICE_JS_DIST, to: SELF_HOSTED_OFFICE_JS, globOptions: { ignore: NOT_FOR_OUTLOOK }, info: { minimized: true } }]
            : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (origin ? content.toString().split(DEV_ORIGIN).join(origin) : content),
          },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // webpack's default vendors group, less SheetJS: only the workbook reader uses it, so it stays in that one
          // chunk ("workbook", import()ed when a workbook is opened) instead of a vendors chunk of its own.
          defaultVendors: { idHint: "vendors", test: /[\\/]node_modules[\\/](?!@e965[\\/]xlsx[\\/])/, priority: -10, reuseExistingChunk: true },
        },
      },
    },
    performance: production
      ? {
          hints: "warning",
          maxEntrypointSize: 1024 * 1024,
          maxAssetSize: 1024 * 1024,
          // Microsoft's Office.js files are as large as Microsoft makes them, and the CDN would serve the same.
          assetFilter: (asset) => !asset.startsWith(`${SELF_HOSTED_OFFICE_JS}/`),
        }
      : { hints: false },
    devServer: {
      host: "localhost",
      port,
      server,
      // Serve only the build, never the project folder.
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      // The sandbox's Microsoft Graph: the local emulator (src/emulator, built by `npm run build:cli`) answers under
      // /graph on this same origin, so the sandbox's task pane reaches it within its 'self'-only policy. It goes
      // after the dev server's own Host and cross-origin checks (never before them), and itself answers no other
      // origin; its controls need the control token it gives only to same-origin pages.
      setupMiddlewares: (middlewares) => {
        if (emulator !== null) {
          const checks = ["host-header-check", "cross-origin-header-check"].map((name) => middlewares.findIndex((m) => m.name === name));
          const at = Math.max(...checks) + 1; // 0 when the dev server has neither: the emulator's own checks still hold
          middlewares.splice(at, 0, { name: "rundmail-graph-emulator", middleware: (req, res, next) => (emulator.handle(req, res) ? undefined : next()) });
        }
        return middlewares;
      },
    },
  };
};

module.exports.stylesheetPlugins = stylesheetPlugins;
