/**
 * A paragraph as it was before the add-in filled it: every filled value replaced by the characters it covered. Ids,
 * kinds and labels are computed on this text, so filling one blank never changes what the engine says about another.
 */
import type { FilledBlank } from "./types";

export interface Restored {
  original: string;
  /** The fills located in this paragraph, with their span in the original text. */
  fills: Array<{ fill: FilledBlank; start: number; end: number }>;
  toOriginal(current: number): number;
  toCurrent(original: number): number;
}

const norm = (s: string): string => s.replace(/[\v\r\n]/g, "\n").normalize("NFC");

export function restoreOriginal(text: string, fills: FilledBlank[]): Restored {
  const usable = fills
    .filter(
      (f) =>
        f.start >= 0 && f.end >= f.start && f.end <= text.length && norm(text.slice(f.start, f.end)) === norm(f.value),
    )
    .sort((a, b) => a.start - b.start)
    .filter((f, i, all) => i === 0 || f.start >= all[i - 1].end);
  if (usable.length === 0) {
    const id = (n: number): number => n;
    return { original: text, fills: [], toOriginal: id, toCurrent: id };
  }
  let original = "";
  let at = 0;
  const segs: Array<{ cs: number; ce: number; os: number; oe: number }> = [];
  const out: Restored["fills"] = [];
  for (const f of usable) {
    original += text.slice(at, f.start);
    const os = original.length;
    original += f.original;
    segs.push({ cs: f.start, ce: f.end, os, oe: original.length });
    out.push({ fill: f, start: os, end: original.length });
    at = f.end;
  }
  original += text.slice(at);
  const toOriginal = (c: number): number => {
    let delta = 0;
    for (const s of segs) {
      if (c < s.cs) break;
      if (c < s.ce) return s.os;
      delta = s.oe - s.ce;
    }
    return c + delta;
  };
  const toCurrent = (o: number): number => {
    let delta = 0;
    for (const s of segs) {
      if (o < s.os) break;
      if (o < s.oe) return s.cs;
      delta = s.ce - s.oe;
    }
    return o + delta;
  };
  return { original, fills: out, toOriginal, toCurrent };
}
