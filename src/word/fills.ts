/**
 * Finding again, in a freshly read document, the values the add-in wrote: anchors by their tag, plain-text fills
 * by their text and its saved surroundings. Pure: it reads the snapshot and updates the saved fills it is given
 * (a value typed inside an anchor becomes the value; an anchor undone back to its dots is no fill any more).
 */
import type { FilledBlank, SnapshotContentControl } from "../core/types";
import { ANCHOR_TAG_PREFIX, CONTEXT_CHARS, type PartName } from "./model";
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
  /** Fills were saved but none of them stands in this document: the state came with a copy of another file. */
  otherDocument: boolean;
}

/** Characters of agreeing context that place a plain-text fill; a whole side up to the paragraph edge counts as many. */
const EDGE_WEIGHT = 6;

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
  const otherDocument = Object.keys(fills).length > 0 && found === 0 && texts.length > 0;
  return { filled, missing, undoneAnchors, otherDocument };
}

function findTextFill(
  texts: readonly string[],
  fill: SavedFill,
  overlaps: (p: number, s: number, e: number) => boolean,
): { paragraph: number; start: number } | null {
  const written = fill.written!;
  const before = fill.before ?? "";
  const after = fill.after ?? "";
  // A side kept whole up to the paragraph's edge (shorter than the context kept) that still reads the same puts
  // the fill at the same distance from that edge: as good as a long context, however short the text there is.
  const edgeBefore = before.length < CONTEXT_CHARS;
  const edgeAfter = after.length < CONTEXT_CHARS;
  const full = (n: number, edge: boolean) => (edge ? Math.max(n, EDGE_WEIGHT) : n);
  const perfect = full(before.length, edgeBefore) + full(after.length, edgeAfter);
  let best: { paragraph: number; start: number; score: number } | null = null;
  let tie = false;
  const consider = (p: number) => {
    const text = texts[p];
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      if (overlaps(p, at, at + written.length)) continue;
      const sameBefore = commonSuffix(before, text.slice(Math.max(0, at - before.length), at));
      const sameAfter = commonPrefix(after, text.slice(at + written.length, at + written.length + after.length));
      const score =
        (sameBefore === before.length && at === before.length ? full(sameBefore, edgeBefore) : sameBefore) +
        (sameAfter === after.length && text.length - at - written.length === after.length
          ? full(sameAfter, edgeAfter)
          : sameAfter);
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
  if (b.score < Math.min(perfect, EDGE_WEIGHT)) return null;
  return { paragraph: b.paragraph, start: b.start };
}
