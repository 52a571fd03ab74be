/**
 * `cli.scan.ms`: one `dien-mau scan --json` of the shipped template's text, as `npm run scan` runs it (the bundled
 * tool, built beforehand; npm's own start-up excluded), wall time from spawn to exit, median of 5.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "..");
const RUNS = 5;

export default async function cliBench(): Promise<Record<string, number>> {
  const bin = join(root, "bin/dien-mau.js");
  const build = spawnSync(process.execPath, [bin, "--build"], { cwd: root, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`the command-line build failed:\n${build.stderr}`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [bin, "scan", "assets/template.txt", "--json"], { cwd: root });
    if (r.status !== 0) throw new Error(`dien-mau scan failed: ${r.stderr.toString()}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { "cli.scan.ms": Math.round(times[Math.floor(RUNS / 2)]) };
}
