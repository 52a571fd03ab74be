import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { spacedWrite } from "../../src/core/spacing";
import type { Blank } from "../../src/core/types";
import { readDocxSnapshot } from "../../src/docx/snapshot";
import { createSimulator, type Simulator } from "../../src/preview/sim";
import { createWordGateway, type Platform } from "../../src/word/gateway";
import type { WordGateway } from "../../src/word/types";

export const ROOT = join(__dirname, "..", "..");

export function readAsset(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(join(ROOT, rel)));
}

export interface Session {
  sim: Simulator;
  gw: WordGateway;
}

export async function open(bytes: Uint8Array, platform: Platform = "desktop"): Promise<Session> {
  const sim = await createSimulator(bytes, { platform });
  const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform });
  return { sim, gw };
}

/**
 * A non-breaking space as the add-in sees it: Word reads one as a plain space on the desktop and as U+202F on the
 * web (oj#67). Texts compared across the two readings go through this.
 */
export const plainSpaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, " ");

/**
 * Paragraph texts of the document as saved, read back by the .docx reader (not through the simulator's API), with
 * non-breaking spaces read as Word reads them (see `plainSpaces`).
 */
export async function savedTexts(sim: Simulator): Promise<string[]> {
  const snap = await readDocxSnapshot(await sim.save());
  return snap.paragraphs.map((p) => plainSpaces(p.text));
}

export async function documentXml(sim: Simulator): Promise<string> {
  const zip = await JSZip.loadAsync(await sim.save());
  return zip.file("word/document.xml")!.async("string");
}

/**
 * What the paragraphs must read once `values` are written over the original blanks (null/absent: left as they
 * were): every character outside the blanks unchanged, each blank replaced by its spaced value.
 */
export function expectedTexts(original: string[], blanks: Blank[], values: Map<string, string | null>): string[] {
  const out = original.slice();
  const byParagraph = new Map<number, Blank[]>();
  for (const b of blanks) {
    if (!byParagraph.has(b.paragraph)) byParagraph.set(b.paragraph, []);
    byParagraph.get(b.paragraph)!.push(b);
  }
  for (const [p, list] of byParagraph) {
    let text = original[p];
    for (const b of list.sort((x, y) => y.start - x.start)) {
      const v = values.get(b.id);
      if (v === null || v === undefined) continue;
      text = text.slice(0, b.start) + spacedWrite(original[p], b.start, b.end, v).text + text.slice(b.end);
    }
    out[p] = text;
  }
  return out;
}

/**
 * Every `getOoxml()` of `sim` answers text that is not OOXML: the scan goes on from what Word lists alone, and
 * places content controls by their paragraph's text.
 */
export function unreadableOoxml(sim: Simulator): void {
  const word = sim.Word as unknown as { run: (b: (c: unknown) => Promise<unknown>) => Promise<unknown> };
  const run = word.run.bind(word);
  word.run = (batch) =>
    run((context: unknown) => {
      const doc = (context as { document: { body: { getOoxml: () => { value: string } } } }).document;
      doc.body.getOoxml = () => ({ value: "<not-ooxml" });
      return batch(context);
    });
}
