// Builds the Outlook task pane into dist/addin (dist/node belongs to the CLI build) and serves it on
// https://localhost:3000 in development.
//
//   npx webpack --mode production                     build dist/addin
//   npx webpack serve --mode development              dev server over https (see scripts/dev-https.js)
//   npx webpack serve --mode development --env http   plain http on localhost (or RUNDMAIL_HTTP=1)
//   --env origin=https://rundmail.example.org         write that origin into the copied manifest.xml
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { devServerHttps } = require("./scripts/dev-https");

const DEV_ORIGIN = "https://localhost:3000";
const DEFAULT_PORT = Number(require("./package.json").config.dev_server_port);

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = process.env.WEBPACK_SERVE === "true";
  const plainHttp = env.http === true || process.env.RUNDMAIL_HTTP === "1";
  const port = Number(process.env.RUNDMAIL_PORT || DEFAULT_PORT);
  const origin = typeof env.origin === "string" ? env.origin.replace(/\/+$/, "") : undefined;

  let server = "http";
  if (serving && !plainHttp) {
    const https = await devServerHttps();
    if (https.problem) console.warn(`[rundmail] Using a self-signed certificate: ${https.problem}`);
    server = https.server;
  }

  return {
    mode: production ? "production" : "development",
    entry: { taskpane: "./src/taskpane/index.tsx" },
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
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            configFile: path.resolve(__dirname, "tsconfig.json"),
            // Types are checked by `tsc --noEmit`; here TypeScript only strips them. ES modules let webpack drop the
            // unused parts of Fluent UI.
            transpileOnly: true,
            compilerOptions: { noEmit: false, module: "es2020", sourceMap: !production },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (origin ? content.toString().split(DEV_ORIGIN).join(origin) : content),
          },
        ],
      }),
    ],
    performance: production ? { hints: "warning", maxEntrypointSize: 1024 * 1024, maxAssetSize: 1024 * 1024 } : { hints: false },
    devServer: {
      host: "localhost",
      port,
      server,
      // Serve only the build, never the project folder.
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
