/**
 * Builds the task pane (taskpane.html), the ribbon's function file (commands.html) and, for development and the
 * preview host, the preview page (preview.html). `ADDIN_BASE_URL=https://host/path/ npm run build` writes a
 * dist/manifest.xml that points there, so IT can host dist/ anywhere.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const tsx = require("tsx/cjs/api");

const { rebaseManifest } = tsx.require("./scripts/lib/manifest.ts", __filename);
const { t } = tsx.require("./src/i18n/index.ts", __filename);
tsx.require("./src/i18n/preview.ts", __filename);
const { contentSecurityPolicy } = tsx.require("./scripts/lib/csp.ts", __filename);

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_PORT = Number(process.env.DEV_PORT || 3000);

async function officeCerts() {
  const devCerts = require("office-addin-dev-certs");
  return { type: "https", options: await devCerts.getHttpsServerOptions() };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const withPreview = dev || Boolean(env.preview) || process.env.PREVIEW === "1";
  const baseUrl = process.env.ADDIN_BASE_URL;
  const page = (chunks, filename, template, extra = {}) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      scriptLoading: "defer",
      templateParameters: {
        csp: contentSecurityPolicy(dev),
        officeJs: OFFICE_JS,
        title: t("vi", "host.title"),
        unsupportedVi: t("vi", "host.unsupported"),
        unsupportedEn: t("en", "host.unsupported"),
        loadingVi: t("vi", "host.loading"),
        helpTitle: t("vi", "host.helpTitle"),
        ...extra,
      },
    });

  const common = {
    mode: dev ? "development" : "production",
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval, in development too.
    // Production ships no source maps: IT hosts dist/ as it is, often publicly.
    devtool: dev ? "cheap-module-source-map" : false,
    target: ["web", "es2020"],
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
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
    optimization: {
      splitChunks: { chunks: "async" },
      // swc's minifier (webpack's own minimizer plugin, with the compiler the tests already use): a third of terser's
      // time for the same size.
      minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify })],
    },
    performance: { hints: false },
  };

  // What ships: the pane and the function file. The pane parses Word's OOXML with the browser's own XML parser.
  const pane = {
    ...common,
    name: "pane",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    // The dev server serves from memory; a rebuild of the pane must not wipe the preview's files.
    output: { ...common.output, clean: !dev },
    resolve: {
      ...common.resolve,
      alias: { "@xmldom/xmldom$": path.resolve(__dirname, "src/docx/nativeDom.ts") },
    },
    plugins: [
      page(["taskpane"], "taskpane.html", "./src/taskpane/taskpane.html"),
      page(["commands"], "commands.html", "./src/commands/commands.html"),
      page([], "help.html", "./src/taskpane/help.html", { helpBody: t("vi", "host.helpBody") }),
      ...(withPreview
        ? [
            // The production pane page, unchanged except that the simulator stands in for office.js.
            page(["taskpane"], "preview-pane.html", "./src/taskpane/taskpane.html", { officeJs: "preview-office.js" }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/boot.js", to: "boot.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (baseUrl ? rebaseManifest(content.toString(), baseUrl) : content),
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      // Only this machine: the preview and the sideloaded pane need nothing else.
      host: "localhost",
      // Word desktop needs the trusted certificates of office-addin-dev-certs; the preview takes a self-signed one.
      server: process.env.DEV_CERTS === "office" ? await officeCerts() : "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: false },
      historyApiFallback: false,
    },
  };
  if (!withPreview) return pane;

  // The preview host: the document view and the Word simulator (over xmldom, like the tests), built after the pane.
  const preview = {
    ...common,
    name: "preview",
    dependencies: ["pane"],
    entry: {
      preview: "./src/preview/index.tsx",
      // The preview pane page loads this in place of office.js, under a fixed name like office.js has.
      "preview-office": { import: "./src/preview/office.ts", filename: "preview-office.js" },
    },
    // Every file of the preview starts with "preview": scripts/check-dist.mjs tells the pane's files by that.
    output: { ...common.output, clean: false, chunkFilename: "preview-[name].[contenthash:8].js" },
    plugins: [
      page(["preview"], "preview.html", "./src/preview/preview.html", {
        previewTitle: t("vi", "preview.title"),
        previewLoading: t("vi", "preview.loading"),
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/template.docx", to: "assets/template.docx" }] }),
    ],
  };
  return [pane, preview];
};
