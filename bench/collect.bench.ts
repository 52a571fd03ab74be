/**
 * `collect.20.ms`, `collect.200.ms`: `npm run collect` (its command, in this process) over 20 and 200 filled reports
 * of the shipped template into one .xlsx, wall time, median of 3. `collect.linearity`: the time per report at 200
 * over the time per report at 20 (1 is linear). The reports are the roll-up test's twenty (finalized, anchored,
 * filled by hand), each copied with its commune renamed so that every row is its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { collectCommand } from "../scripts/lib/collect";
import { NAMES, templateScan, twentyReports } from "../test/collect/reports";

const RUNS = 3;

/** A copy of a report with its commune's name changed wherever it is written (text and saved answers alike). */
async function renamed(bytes: Uint8Array, from: string, to: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".xml"))) {
    const xml = await zip.file(path)!.async("string");
    if (xml.includes(from)) zip.file(path, xml.split(from).join(to));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function timeCollect(files: string[], out: string): Promise<number> {
  const times: number[] = [];
  const quiet = [console.log, console.warn, console.error];
  console.log = console.warn = console.error = () => {};
  try {
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const code = await collectCommand([...files, "-o", out]);
      times.push(performance.now() - start);
      if (code !== 0) throw new Error(`collect ended with ${code}`);
    }
  } finally {
    [console.log, console.warn, console.error] = quiet;
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

export default async function collectBench(): Promise<Record<string, number>> {
  const reports = await twentyReports(await templateScan());
  const dir = mkdtempSync(join(tmpdir(), "collect-bench-"));
  try {
    const files: string[] = [];
    for (let k = 0; k < 10; k++)
      for (const [i, r] of reports.entries()) {
        const path = join(dir, `${k}-${r.file}`);
        writeFileSync(path, k === 0 ? r.bytes : await renamed(r.bytes, NAMES[i], `${NAMES[i]} ${k + 1}`));
        files.push(path);
      }
    const out = join(dir, "tong-hop.xlsx");
    await timeCollect(files.slice(0, 20), out);
    const t20 = await timeCollect(files.slice(0, 20), out);
    const t200 = await timeCollect(files, out);
    return {
      "collect.20.ms": Math.round(t20),
      "collect.200.ms": Math.round(t200),
      "collect.linearity": t200 / 200 / (t20 / 20),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
