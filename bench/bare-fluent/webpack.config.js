// Builds the bare Fluent UI page (index.tsx here) exactly as the task pane is built: the project's own
// webpack.config.js supplies mode, ts-loader options, resolve and output naming; only the entry and the page differ.
// The page is made from the task pane's own template (src/taskpane/taskpane.html: same CSP, same office.js tag), so the
// two pages differ by their bundle alone. bench/taskpane.js runs it:
//   webpack --config bench/bare-fluent/webpack.config.js --mode production --output-path DIR   → DIR/bare.html
"use strict";
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const addinConfig = require("../../webpack.config.js");

const root = path.join(__dirname, "..", "..");

module.exports = async (env = {}, argv = {}) => {
  const base = await addinConfig(env, argv);
  const config = { ...base };
  delete config.devServer; // the add-in's, not this page's
  return {
    ...config,
    entry: { bare: path.join(__dirname, "index.tsx") },
    output: { ...base.output, path: path.join(root, "dist", "bare-fluent") },
    plugins: [
      ...addinConfig.stylesheetPlugins(),
      new HtmlWebpackPlugin({ filename: "bare.html", template: path.join(root, "src", "taskpane", "taskpane.html"), chunks: ["bare"] }),
    ],
  };
};
