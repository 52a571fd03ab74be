/**
 * Round trips and simulator time of the Word layer: scan / apply-all / select / finalize on the shipped template
 * and on the 200× document (the template's body repeated 200 times), against a naive apply that syncs once per
 * blank, measured in the same run.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import JSZip from "jszip";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { createSimulator } from "../src/preview/sim";
import { createWordGateway } from "../src/word/gateway";
import { PartLocator } from "../src/word/locate";
import { STATE_KEY } from "../src/word/state";
import type { SavedState, ScanOutcome } from "../src/word/types";

const TEMPLATE = join(__dirname, "..", "assets", "template.docx");

/** The template's body content repeated `times` times, section properties kept once at the end. */
export async function repeatedDocx(bytes: Uint8Array, times: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const body = doc.getElementsByTagName("w:body")[0];
  const children = Array.from(body.childNodes).filter((n) => n.nodeName !== "w:sectPr");
  const sectPr = Array.from(body.childNodes).find((n) => n.nodeName === "w:sectPr");
  for (let i = 1; i < times; i++) {
    for (const c of children) body.insertBefore(c.cloneNode(true), sectPr ?? null);
  }
  zip.file("word/document.xml", new XMLSerializer().serializeToString(doc));
  return zip.generateAsync({ type: "uint8array" });
}

function valuesFor(outcome: ScanOutcome) {
  return outcome.result.blanks
    .filter((b) => !b.readOnly && !b.filled)
    .map((b, i) => ({ blankId: b.id, value: b.kind === "number" ? String(i + 1) : `Giá trị ${i + 1}` }));
}

async function measure(bytes: Uint8Array, prefix: string, out: Record<string, number>): Promise<void> {
  const sim = await createSimulator(bytes, { platform: "desktop" });
  const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: "desktop" });
  sim.stats.reset();
  let t = performance.now();
  const outcome = await gw.scan();
  out[`${prefix}.scan.ms`] = performance.now() - t;
  out[`${prefix}.scan.syncs`] = sim.stats.syncs;
  out[`${prefix}.blanks`] = outcome.result.blanks.length;
  // Selecting an empty blank (the pane does it on every field change): 1 sync when its text and surroundings
  // are first in their part, 2 when the same paragraph repeats earlier (the 200× document).
  const last = outcome.result.blanks[outcome.result.blanks.length - 1];
  sim.stats.reset();
  await gw.select(last.id);
  out[`${prefix}.select.syncs`] = sim.stats.syncs;
  const writes = valuesFor(outcome);
  sim.stats.reset();
  t = performance.now();
  const report = await gw.apply(writes);
  out[`${prefix}.apply.ms`] = performance.now() - t;
  out[`${prefix}.apply.syncs`] = sim.stats.syncs;
  out[`${prefix}.apply.written`] = report.written.length;
  // Changing every value of the now anchored document: by anchor, no read first.
  sim.stats.reset();
  t = performance.now();
  const again = await gw.apply(writes.map((w) => ({ ...w, value: `${w.value} mới` })));
  out[`${prefix}.reapply.ms`] = performance.now() - t;
  out[`${prefix}.reapply.syncs`] = sim.stats.syncs;
  out[`${prefix}.reapply.written`] = again.written.length;
  // What the document carries after a full fill: values, originals and the remembered blanks (kept under 1 MB).
  const saved: unknown = sim.Office.context.document.settings.get(STATE_KEY);
  out[`${prefix}.state.bytes`] = Buffer.byteLength(JSON.stringify(saved), "utf8");
  out[`${prefix}.state.blanksBytes`] = Buffer.byteLength(JSON.stringify((saved as SavedState).blanks ?? []), "utf8");
  sim.stats.reset();
  t = performance.now();
  await gw.scan();
  out[`${prefix}.rescan.ms`] = performance.now() - t;
  out[`${prefix}.rescan.syncs`] = sim.stats.syncs;
  sim.stats.reset();
  await gw.select(last.id);
  out[`${prefix}.selectFilled.syncs`] = sim.stats.syncs;
  sim.stats.reset();
  t = performance.now();
  await gw.finalize();
  out[`${prefix}.finalize.ms`] = performance.now() - t;
  out[`${prefix}.finalize.syncs`] = sim.stats.syncs;
}

/** The first write of one value, which puts an anchor on every blank of the document. */
async function anchorAll(bytes: Uint8Array, prefix: string, out: Record<string, number>): Promise<void> {
  const sim = await createSimulator(bytes, { platform: "desktop" });
  const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: "desktop" });
  const outcome = await gw.scan();
  const [first] = valuesFor(outcome);
  sim.stats.reset();
  const t = performance.now();
  await gw.apply([first]);
  out[`${prefix}.anchors.ms`] = performance.now() - t;
  out[`${prefix}.anchors.syncs`] = sim.stats.syncs;
}

/** Size of what scan's first sync reads as the body's OOXML (leader TABs, footnote marks, text boxes). */
async function ooxmlBytes(bytes: Uint8Array): Promise<number> {
  const sim = await createSimulator(bytes, { platform: "desktop" });
  return sim.Word.run(async (context) => {
    const ooxml = context.document.body.getOoxml();
    await context.sync();
    // A ClientResult: its value arrives with the sync, there is nothing to load.
    // eslint-disable-next-line office-addins/load-object-before-read
    return Buffer.byteLength(ooxml.value, "utf8");
  });
}

/** The anti-pattern: find each blank with its own search and sync, write, next. */
async function naiveApply(bytes: Uint8Array): Promise<number> {
  const sim = await createSimulator(bytes, { platform: "desktop" });
  const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: "desktop" });
  const outcome = await gw.scan();
  const body = outcome.snapshot.paragraphs.filter((p) => p.location === "body" || p.location === "table");
  const loc = new PartLocator(body.map((p) => p.text));
  const blanks = outcome.result.blanks.filter((b) => b.paragraph < body.length && !b.readOnly);
  // Right to left, so earlier matches keep their positions.
  blanks.sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
  sim.stats.reset();
  await sim.Word.run(async (context) => {
    for (const b of blanks) {
      const t = loc.target(b.paragraph, b.start, b.end);
      if (!t) continue;
      const found = context.document.body.search(t.first.search, { matchCase: true });
      found.load("items/text");
      // The anti-pattern measured here on purpose.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      found.items[t.first.index]?.insertText("x", "Replace");
    }
    await context.sync();
  });
  return sim.stats.syncs;
}

export default async function wordBench(): Promise<Record<string, number>> {
  const template = new Uint8Array(readFileSync(TEMPLATE));
  const out: Record<string, number> = {};
  await measure(template, "word", out);
  await anchorAll(template, "word", out);
  out["word.naive.apply.syncs"] = await naiveApply(template);
  out["word.scan.ooxmlBytes"] = await ooxmlBytes(template);
  const x200 = await repeatedDocx(template, 200);
  await measure(x200, "word.x200", out);
  await anchorAll(x200, "word.x200", out);
  out["word.x200.scan.ooxmlBytes"] = await ooxmlBytes(x200);
  return out;
}
