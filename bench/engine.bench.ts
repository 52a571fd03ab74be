/**
 * Engine speed: the shipped template, the template repeated 200 times (≈6,600 blanks), the ratio between them
 * (linear means ≈1), and the peak resident memory of a child process that only scans the 200× document.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { scan, snapshotFromText } from "../src/core";

const root = join(__dirname, "..");

function best(fn: () => void, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

export default async function engineBench(): Promise<Record<string, number>> {
  const template = readFileSync(join(root, "assets", "template.txt"), "utf8");
  const x200 = Array.from({ length: 200 }, () => template).join("\n");
  const one = snapshotFromText(template);
  const many = snapshotFromText(x200);
  best(() => scan({ snapshot: one }), 20);
  const templateMs = best(() => scan({ snapshot: one }), 30);
  const x200Ms = best(() => scan({ snapshot: many }), 8);

  const child = [
    'const { readFileSync } = require("node:fs");',
    'const { scan, snapshotFromText } = require("./src/core");',
    'const t = readFileSync("assets/template.txt", "utf8");',
    'const r = scan({ snapshot: snapshotFromText(Array.from({ length: 200 }, () => t).join("\\n")) });',
    "if (r.blanks.length < 6000) process.exit(3);",
    "process.stdout.write(String(process.resourceUsage().maxRSS));",
  ].join("\n");
  const out = execFileSync(process.execPath, ["--import", "tsx", "-e", child], { cwd: root, encoding: "utf8" });
  const peakMB = Number(out.trim()) / 1024;

  return {
    "engine.template.ms": Number(templateMs.toFixed(3)),
    "engine.x200.ms": Number(x200Ms.toFixed(1)),
    "engine.x200.peakMB": Number(peakMB.toFixed(1)),
    "engine.linearity": Number((x200Ms / (200 * templateMs)).toFixed(3)),
  };
}
