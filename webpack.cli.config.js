/**
 * The command-line tools (`dien-mau scan|fill`, scripts/cli.ts) as one CommonJS file for Node: dist-cli/dien-mau.js.
 * bin/dien-mau.js builds it when missing or older than its sources; `npm install` builds it once (`prepare`).
 */
const path = require("node:path");
const webpack = require("webpack");

module.exports = {
  mode: "production",
  target: "node22",
  entry: "./scripts/cli.ts",
  output: {
    path: path.resolve(__dirname, "dist-cli"),
    filename: "dien-mau.js",
    library: { type: "commonjs2" },
  },
  resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
      },
    ],
  },
  // Readable stack traces in bug reports matter more than a few kilobytes here.
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  // One file, so a build can replace it in one rename while another call is reading it.
  plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
};
