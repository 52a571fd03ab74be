/**
 * A statistics annex: 20 ruled tables of 25 rows by 4 year columns, 2,000 empty cells that expect a figure. The
 * engine's time on its snapshot, and the Word layer's round trips to scan it and to write every cell (the first
 * write anchors every cell in the same batch).
 */
import { performance } from "node:perf_hooks";
import { scan } from "../src/core";
import { readDocxSnapshot } from "../src/docx/snapshot";
import { createSimulator } from "../src/preview/sim";
import { createWordGateway } from "../src/word/gateway";
import { buildDocx, type GenBlock } from "../test/robustness/docgen";

const TABLES = 20;
const ROWS = 25;
const YEARS = ["2022", "2023", "2024", "2025"];

export function annex(): Promise<Uint8Array> {
  const body: GenBlock[] = [];
  for (let t = 1; t <= TABLES; t++) {
    body.push({ type: "p", runs: [{ text: `Biểu số ${t}: Số liệu về tổ chức hội` }] });
    const header = [[{ text: "Chỉ tiêu" }], ...YEARS.map((y) => [{ text: `Năm ${y} (người)` }])];
    const rows = Array.from({ length: ROWS }, (_, r) => [
      [{ text: `Chỉ tiêu ${t}.${r + 1}` }],
      ...YEARS.map(() => [{ text: "" }]),
    ]);
    body.push({ type: "table", grid: true, rows: [header, ...rows] });
  }
  return buildDocx({ body });
}

export default async function tablesBench(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const bytes = await annex();
  const snapshot = await readDocxSnapshot(bytes);
  scan({ snapshot });
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    scan({ snapshot });
    best = Math.min(best, performance.now() - t0);
  }
  out["engine.tables.ms"] = best;

  const sim = await createSimulator(bytes, { platform: "desktop" });
  const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: "desktop" });
  sim.stats.reset();
  const outcome = await gw.scan();
  out["word.tables.scan.syncs"] = sim.stats.syncs;
  const cells = outcome.result.blanks.filter((b) => b.source === "cell");
  out["word.tables.cells"] = cells.length;
  sim.stats.reset();
  const t0 = performance.now();
  const report = await gw.apply(cells.map((b, i) => ({ blankId: b.id, value: String(i + 1) })));
  out["word.tables.apply.ms"] = performance.now() - t0;
  out["word.tables.apply.syncs"] = sim.stats.syncs;
  out["word.tables.apply.written"] = report.written.length;
  sim.stats.reset();
  await gw.apply(cells.map((b, i) => ({ blankId: b.id, value: String(i + 2) })));
  out["word.tables.reapply.syncs"] = sim.stats.syncs;
  return out;
}
