/** For the finding types' tests: a text with values written in its blanks, scanned as Word would give it back. */
import { scan, snapshotFromText } from "../index";
import type { Blank, FilledBlank, ScanResult } from "../types";

/**
 * The template with `values` written in the blanks so labelled (in document order; "" leaves one empty), scanned
 * as Word would give it.
 */
export function filled(text: string, values: Record<string, string[]>): ScanResult {
  const snapshot = snapshotFromText(text);
  const first = scan({ snapshot });
  const queue = new Map(Object.entries(values).map(([k, v]) => [k, [...v]]));
  const chosen: Array<[Blank, string]> = [];
  for (const b of first.blanks) {
    const v = queue.get(b.label)?.shift();
    if (v) chosen.push([b, v]);
  }
  const fills: FilledBlank[] = [];
  const paragraphs = snapshot.paragraphs.map((p) => p.text);
  // Right to left in each paragraph, so earlier offsets hold.
  for (const [b, v] of [...chosen].sort((x, y) => y[0].paragraph - x[0].paragraph || y[0].start - x[0].start)) {
    const p = paragraphs[b.paragraph];
    paragraphs[b.paragraph] = p.slice(0, b.start) + v + p.slice(b.end);
    for (const f of fills) if (f.paragraph === b.paragraph) f.start += v.length - (b.end - b.start);
    for (const f of fills) if (f.paragraph === b.paragraph) f.end = f.start + f.value.length;
    fills.push({
      blankId: b.id,
      original: b.original,
      value: v,
      paragraph: b.paragraph,
      start: b.start,
      end: b.start + v.length,
    });
  }
  const after = { ...snapshot, paragraphs: snapshot.paragraphs.map((p, i) => ({ ...p, text: paragraphs[i] })) };
  return scan({ snapshot: after, filled: fills });
}
