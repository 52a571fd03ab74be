#!/usr/bin/env node
/**
 * `dien-mau scan|fill|collect …` (`npx dien-mau`, `npm run scan|fill|collect`): runs the bundled tools in
 * dist-cli/, building them first when the bundle is missing or older than any source it is made from, so a call
 * never runs yesterday's code. `dien-mau --build` only builds (the `prepare` step of `npm install`).
 */
"use strict";
const { spawnSync } = require("node:child_process");
const { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const outDir = join(root, "dist-cli");
const bundle = join(outDir, "dien-mau.js");
const SOURCES = ["src", "scripts", "webpack.cli.config.js", "package-lock.json", "tsconfig.json"];

/** The newest modification time under the given paths (tests and the preview's page files included: cheap). */
function newest(path) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

function fresh() {
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  return SOURCES.every((p) => newest(join(root, p)) <= built);
}

/** Builds into a directory of its own, then renames: a call running meanwhile sees the old file or the new one. */
function build() {
  const cli = join(root, "node_modules/webpack-cli/bin/cli.js");
  if (!existsSync(cli)) {
    console.error("dien-mau: webpack is not installed; run `npm install` first.");
    return false;
  }
  mkdirSync(outDir, { recursive: true });
  const tmp = mkdtempSync(join(outDir, ".build-"));
  try {
    const r = spawnSync(process.execPath, [cli, "--config", "webpack.cli.config.js", "--output-path", tmp], {
      cwd: root,
      encoding: "utf8",
    });
    if (r.status !== 0) {
      console.error(`dien-mau: the build failed\n${r.stdout}\n${r.stderr}`);
      return false;
    }
    renameSync(join(tmp, "dien-mau.js"), bundle);
    return true;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--build") {
  process.exitCode = build() ? 0 : 1;
} else if (fresh() || build()) {
  require(bundle);
} else {
  process.exitCode = 2;
}
