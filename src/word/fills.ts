/**
 * Finding again, in a freshly read document, the values the add-in wrote: anchors by their tag, plain-text fills
 * by their text and its saved surroundings. Pure: it reads the snapshot and updates the saved fills it is given
 * (a value typed inside an anchor becomes the value; an anchor undone back to its dots is no fill any more).
 */
import type { FilledBlank, SnapshotContentControl } from "../core/types";
import { ANCHOR_TAG_PREFIX, type PartName } from "./model";
import type { SavedFill } from "./types";

export interface LocatedControl extends SnapshotContentControl {
  part: PartName;
}

export interface LocatedFills {
  filled: FilledBlank[];
  /** Saved fills not found in the document. */
  missing: string[];
  /** Anchors holding their blank's original characters again: the blank is empty, its anchor reusable. */
  undoneAnchors: Set<string>;
  /**
   * Fills were saved but none of them stands in this document, and nothing of them shows either: the state came
   * with a copy of another file.
   */
  otherDocument: boolean;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export function locateFills(
  texts: readonly string[],
  controls: readonly LocatedControl[],
  fills: Record<string, SavedFill>,
): LocatedFills {
  const filled: FilledBlank[] = [];
  const missing: string[] = [];
  const taken = new Set<string>();
  const undoneAnchors = new Set<string>();
  let found = 0;
  for (const c of controls) {
    if (!c.tag.startsWith(ANCHOR_TAG_PREFIX) || c.start < 0) continue;
    const blankId = c.tag.slice(ANCHOR_TAG_PREFIX.length);
    const fill = fills[blankId];
    if (!fill || taken.has(blankId)) continue;
    taken.add(blankId);
    found++;
    // Undo in Word puts the blank's characters back, inside the anchor or with it gone: the field is empty
    // again. An anchor left with nothing in it means the user deleted the value and the blank with it.
    if (c.text === fill.original) {
      delete fills[blankId];
      undoneAnchors.add(blankId);
      continue;
    }
    if (c.text.trim() === "") {
      delete fills[blankId];
      missing.push(blankId);
      continue;
    }
    // Typed over by hand inside the anchor: the document's text is the value now.
    const value = c.text === (fill.written ?? fill.value) ? fill.value : c.text.trim();
    if (value !== fill.value) fill.value = value;
    fill.written = c.text;
    filled.push({ blankId, original: fill.original, value, paragraph: c.paragraph, start: c.start, end: c.end });
  }
  // Spans already taken, by paragraph: thousands of fills are located in one scan of a long document.
  const claimed = new Map<number, Array<[number, number]>>();
  const claim = (p: number, s: number, e: number) => {
    const list = claimed.get(p);
    if (list) list.push([s, e]);
    else claimed.set(p, [[s, e]]);
  };
  for (const f of filled) claim(f.paragraph, f.start, f.end);
  const overlaps = (p: number, s: number, e: number) => (claimed.get(p) ?? []).some(([cs, ce]) => s < ce && cs < e);
  for (const [blankId, fill] of Object.entries(fills)) {
    if (taken.has(blankId)) continue;
    const hit = fill.mode === "text" && fill.written ? findTextFill(texts, fill, overlaps) : null;
    if (!hit) {
      missing.push(blankId);
      continue;
    }
    found++;
    const end = hit.start + fill.written!.length;
    claim(hit.paragraph, hit.start, end);
    filled.push({
      blankId,
      original: fill.original,
      value: fill.value,
      paragraph: hit.paragraph,
      start: hit.start,
      end,
    });
  }
  const otherDocument = Object.keys(fills).length > 0 && found === 0 && texts.length > 0 && !traceOfFills(texts, fills);
  return { filled, missing, undoneAnchors, otherDocument };
}

/** Fills looked at for a trace: enough to tell a document, few enough to stay quick on a long one. */
const TRACE_FILLS = 50;
/** Characters of a fill's surroundings that, found in the document, say it is the one the fill was written in. */
const TRACE_CHARS = 4;

/**
 * Whether the document still shows something of the saved fills though none was found: a value, or the text
 * right beside one. A state copied with another report's file shows nothing of it; a document whose values were
 * edited around still does.
 */
function traceOfFills(texts: readonly string[], fills: Record<string, SavedFill>): boolean {
  const all = texts.join("\n");
  return Object.values(fills)
    .slice(0, TRACE_FILLS)
    .some((f) => {
      const before = (f.before ?? "").slice(-TRACE_CHARS);
      const after = (f.after ?? "").slice(0, TRACE_CHARS);
      return (
        (f.value.length >= TRACE_CHARS && all.includes(f.value)) ||
        (before.length === TRACE_CHARS && all.includes(before)) ||
        (after.length === TRACE_CHARS && all.includes(after))
      );
    });
}

function findTextFill(
  texts: readonly string[],
  fill: SavedFill,
  overlaps: (p: number, s: number, e: number) => boolean,
): { paragraph: number; start: number } | null {
  const written = fill.written!;
  const before = fill.before ?? "";
  const after = fill.after ?? "";
  const perfect = before.length + after.length;
  let best: { paragraph: number; start: number; score: number } | null = null;
  let tie = false;
  const consider = (p: number) => {
    const text = texts[p];
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      if (overlaps(p, at, at + written.length)) continue;
      const score =
        commonSuffix(before, text.slice(Math.max(0, at - before.length), at)) +
        commonPrefix(after, text.slice(at + written.length, at + written.length + after.length));
      if (!best || score > best.score) {
        best = { paragraph: p, start: at, score };
        tie = false;
      } else if (score === best.score) tie = true;
    }
  };
  if (fill.paragraph !== undefined && fill.paragraph < texts.length) consider(fill.paragraph);
  const found = best as { paragraph: number; start: number; score: number } | null;
  if (!found || found.score < perfect || tie) {
    for (let p = 0; p < texts.length; p++) if (p !== fill.paragraph) consider(p);
  }
  const b = best as { paragraph: number; start: number; score: number } | null;
  if (!b || tie) return null;
  // Enough of the surrounding text must agree that this is the place it was written.
  if (b.score < Math.min(perfect, 6)) return null;
  return { paragraph: b.paragraph, start: b.start };
}
