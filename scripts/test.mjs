#!/usr/bin/env node
/**
 * `npm test`: lint, type check, manifest check, unit and integration tests (jest), and the browser end-to-end
 * tests when a Chromium is found, side by side where they leave a core free. Ends with one line "N passed, N failed"
 * and a non-zero exit on any failure.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumPath, requireBin, root } from "./lib/bin.mjs";

const steps = [];
const started = Date.now();
const seconds = (ms) => `${Math.round(ms / 1000)} s`;
let passed = 0;
let failed = 0;

/**
 * A step whose output streams as it runs, spawned asynchronously: the event loop stays free meanwhile, so the
 * browser tests start the moment their build is done even while jest runs.
 */
function run(title, [node, script], args, env = {}) {
  console.log(`\n=== ${title}`);
  const at = Date.now();
  return new Promise((resolve) => {
    const child = spawn(node, [script, ...args], { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", () => resolve(false));
    child.on("close", (code) => {
      steps.push({ title, ok: code === 0, ms: Date.now() - at });
      resolve(code === 0);
    });
  });
}

async function jest(title, configArgs, env = {}) {
  const out = join(mkdtempSync(join(tmpdir(), "dien-mau-jest-")), "result.json");
  const ok = await run(title, requireBin("jest"), [...configArgs, "--json", `--outputFile=${out}`], env);
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, "utf8"));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    if (!ok && r.numFailedTests === 0) failed += 1; // a suite that failed to run counts as a failure
  } else if (!ok) failed += 1;
  return ok;
}

/**
 * The browser tests run on the production build with the preview (test/e2e/support/build.ts makes it when E2E_DIST
 * names none). It is built now, beside the checks, and handed to the browser tests through E2E_DIST. Its output
 * goes to a file, not among the steps' own.
 */
function startPreviewBuild() {
  if (process.env.E2E_DIST || !chromiumPath() || !existsSync(join(root, "test/e2e"))) return null;
  const dir = mkdtempSync(join(tmpdir(), "dien-mau-preview-"));
  const log = join(dir, "build.log");
  const fd = openSync(log, "w");
  const [node, cli] = requireBin("webpack-cli");
  const child = spawn(node, [cli, "--mode", "production", "--output-path", join(dir, "dist")], {
    cwd: root,
    env: { ...process.env, PREVIEW: "1" },
    stdio: ["ignore", fd, fd],
  });
  closeSync(fd);
  const done = new Promise((resolve) => {
    child.on("error", () => resolve(false));
    child.on("close", (code) => resolve(code === 0 && existsSync(join(dir, "dist", "preview.html"))));
  });
  return { dir, dist: join(dir, "dist"), done };
}
const previewBuild = startPreviewBuild();

/** The browser tests, on the preview built beside the checks; their output is kept, their tests counted. */
async function endToEnd() {
  let env = {};
  let note = "";
  if (previewBuild) {
    // A failed build is left to the tests, which build again and show why.
    if (await previewBuild.done) env = { E2E_DIST: previewBuild.dist };
    else note = "(the preview build failed; the browser tests build it again)\n";
  }
  const out = join(mkdtempSync(join(tmpdir(), "dien-mau-jest-")), "result.json");
  const [node, script] = requireBin("jest");
  const args = ["--config", "jest.e2e.config.js", "--json", `--outputFile=${out}`];
  const r = await checkAside("end-to-end tests in Chromium", [node, script], args, env);
  if (previewBuild) rmSync(previewBuild.dir, { recursive: true, force: true });
  let count = [0, r.ok ? 0 : 1];
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, "utf8"));
    count = [j.numPassedTests, j.numFailedTests + (!r.ok && j.numFailedTests === 0 ? 1 : 0)];
  }
  return { ...r, output: note + r.output, count };
}

/**
 * The checks are one process each, on one core each: they run side by side (and beside the preview build), each
 * with its output kept and printed whole, in the order of the steps, once all are done.
 */
function checkAside(title, [node, script], args, env = {}) {
  return new Promise((resolve) => {
    const at = Date.now();
    const child = spawn(node, [script, ...args], { cwd: root, env: { ...process.env, ...env } });
    const out = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => out.push(d));
    child.on("error", (e) => out.push(Buffer.from(String(e))));
    child.on("close", (code) =>
      resolve({ title, ok: code === 0, ms: Date.now() - at, output: Buffer.concat(out).toString() }),
    );
  });
}

// The browser tests start as soon as the preview is built, beside the checks: a browser keeps about one core busy,
// and the checks leave the other one free. Their output is printed whole after jest's.
const chromium = chromiumPath();
const e2e = existsSync(join(root, "test/e2e"));
const browserTests = e2e && chromium ? endToEnd() : null;

const checks = await Promise.all([
  checkAside("lint (eslint)", requireBin("eslint"), ["."]),
  checkAside("format (prettier)", requireBin("prettier"), ["--check", "."]),
  checkAside("type check (tsc)", [process.execPath, join(root, "scripts/typecheck.mjs")], []),
  checkAside("manifest", requireBin("tsx"), ["scripts/validate-manifest.ts"]),
]);
for (const c of checks) {
  console.log(`\n=== ${c.title}`);
  process.stdout.write(c.output);
  steps.push({ title: c.title, ok: c.ok, ms: c.ms });
  if (c.ok) passed += 1;
  else failed += 1;
}
await jest("unit and integration tests (jest)", []);

if (browserTests) {
  const r = await browserTests;
  console.log(`\n=== ${r.title}`);
  process.stdout.write(r.output);
  steps.push({ title: r.title, ok: r.ok, ms: r.ms });
  passed += r.count[0];
  failed += r.count[1];
} else if (e2e) {
  console.log("\n" + "!".repeat(78));
  console.log("!!! END-TO-END BROWSER TESTS SKIPPED: no Chromium at /usr/bin/chromium.");
  console.log("!!! Install it with: apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary)");
  console.log("!".repeat(78));
  // CI installs Chromium itself (.ci/run): there, a missing browser is a failure, not a skip.
  if (process.env.CI) steps.push({ title: "end-to-end tests (Chromium missing on CI)", ok: false });
  if (process.env.CI) failed += 1;
}

console.log("\n=== summary");
// Each step's own time: the checks and the browser tests run beside other steps, so the times overlap.
for (const s of steps)
  console.log(`${s.ok ? "ok  " : "FAIL"} ${s.title}${s.ms === undefined ? "" : ` (${seconds(s.ms)})`}`);
console.log(`npm test took ${seconds(Date.now() - started)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(steps.every((s) => s.ok) ? 0 : 1);
