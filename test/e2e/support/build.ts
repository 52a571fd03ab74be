/** Builds the production bundle with the preview (PREVIEW=1) into a directory, once per run. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const repoRoot = resolve(__dirname, "../../..");

/** `E2E_DIST=dir` reuses a build already there (handy when iterating on the tests themselves). */
export function buildPreview(): string {
  const reuse = process.env.E2E_DIST;
  if (reuse && existsSync(join(reuse, "preview.html"))) return reuse;
  const out = mkdtempSync(join(tmpdir(), "dien-mau-preview-"));
  const r = spawnSync(
    process.execPath,
    [join(repoRoot, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
    { cwd: repoRoot, env: { ...process.env, PREVIEW: "1" }, encoding: "utf8" },
  );
  if (r.status !== 0 || !existsSync(join(out, "preview.html"))) {
    throw new Error(`the preview build failed:\n${r.stdout}\n${r.stderr}`);
  }
  return out;
}
