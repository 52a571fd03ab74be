/**
 * What the add-in holds in a freshly read document: every anchored blank by its anchor (a content control tagged
 * `dien-mau:<id>`, or a hidden bookmark), filled or still empty, and each value written where no anchor could stand,
 * found only in a paragraph that reads exactly as it did right after the write. Nothing is found by scoring the
 * text around it. Pure: it reads the located anchors and updates the saved anchors it is given (a value typed
 * inside an anchor becomes the value; an anchor undone back to its dots holds no value any more).
 */
import type { FilledBlank, SnapshotContentControl, SnapshotParagraph } from "../core/types";
import { blankIdOfTag, isPlaceholderText, type Anchor } from "./anchors";
import { placeGrid, type Grid } from "./boxes";
import type { PartName } from "./model";
import type { LocatedBookmark } from "./read";
import type { SavedAnchor } from "./types";

export interface LocatedControl extends SnapshotContentControl {
  part: PartName;
}

export interface Held {
  /** For the engine: each held blank with what stands in it now (`empty` while it holds its original). */
  held: FilledBlank[];
  /** Blank ids whose anchor stands in the document, with its kind. */
  found: Map<string, Anchor>;
  /** Values written that no longer stand in the document (their anchor or paragraph is gone, or was emptied). */
  missing: string[];
  /** The saved anchors changed (a value typed or undone in Word, an anchor gone). */
  changed: boolean;
  /**
   * Anchors were saved but none of them, nor any anchorless value, stands in this document: the state came with a
   * copy of another file.
   */
  otherDocument: boolean;
  /** The rows of digit boxes found by their bookmarks: the engine reads each as one blank (`maskGrids`). */
  grids: Grid[];
}

interface Standing {
  id: string;
  anchor: Anchor;
  text: string;
  paragraph: number;
  start: number;
  end: number;
  placeholder: string | null;
}

export function locateHeld(
  texts: readonly string[],
  controls: readonly LocatedControl[],
  bookmarks: readonly LocatedBookmark[],
  anchors: Record<string, SavedAnchor>,
  paragraphs: readonly SnapshotParagraph[] = [],
): Held {
  const held: FilledBlank[] = [];
  const found = new Map<string, Anchor>();
  const missing: string[] = [];
  let changed = false;
  // Only anchors that live in the document tell one document from another: an anchorless value is lost by any edit
  // of its paragraph, which is no sign of a copied file.
  const anchored = Object.values(anchors).some((a) => a.kind !== "none");
  const standing: Standing[] = [];
  for (const c of controls) {
    const id = blankIdOfTag(c.tag);
    if (id === null || c.start < 0) continue;
    const { text, paragraph, start, end, placeholder } = c;
    standing.push({ id, anchor: { kind: "control" }, text, paragraph, start, end, placeholder });
  }
  const byName = new Map(bookmarks.map((b) => [b.name.toLowerCase(), b]));
  const grids: Grid[] = [];
  for (const [id, a] of Object.entries(anchors)) {
    if (a.kind !== "bookmark" || !a.boxes) continue;
    // A row of boxes stands where every box's bookmark does, in the cells side by side that read their texts.
    const marks = a.boxes.map((name) => byName.get(name.toLowerCase()));
    if (marks.some((b) => !b || b.start !== 0)) continue;
    const texts = marks.map((b) => b!.text);
    const at = placeGrid(paragraphs, texts, marks[0]!.paragraph);
    if (at < 0) continue;
    const text = texts.join("");
    grids.push({ paragraphs: texts.map((_, i) => at + i), text });
    const anchor: Anchor = { kind: "bookmark", name: a.bookmark!, boxes: a.boxes };
    standing.push({ id, anchor, text, paragraph: at, start: 0, end: text.length, placeholder: null });
  }
  for (const [id, a] of Object.entries(anchors)) {
    const b = a.kind === "bookmark" && a.bookmark && !a.boxes ? byName.get(a.bookmark.toLowerCase()) : undefined;
    if (!b) continue;
    const { text, paragraph, start, end } = b;
    standing.push({
      id,
      anchor: { kind: "bookmark", name: a.bookmark! },
      text,
      paragraph,
      start,
      end,
      placeholder: null,
    });
  }
  for (const s of standing) {
    const a = anchors[s.id];
    if (!a || found.has(s.id) || a.kind === "none") continue;
    // Our anchor of a kind the state does not know it by (a copy of the control survived a bookmark's removal):
    // the state's kind is the one written to; the other is left alone.
    if (a.kind !== s.anchor.kind) continue;
    if (s.text === a.original) {
      found.set(s.id, s.anchor);
      if (a.value !== undefined) {
        // Undo in Word put the blank's characters back: the field is empty again.
        delete a.value;
        delete a.written;
        changed = true;
      }
      held.push({ blankId: s.id, original: a.original, value: s.text, empty: true, ...spanOf(s), ...user(a) });
      continue;
    }
    // Emptied by the user (an empty control shows a placeholder, never a value): the blank went with its text.
    if (s.text.trim() === "" || isPlaceholderText(s.text, s.placeholder)) {
      if (a.value !== undefined) missing.push(s.id);
      delete anchors[s.id];
      changed = true;
      continue;
    }
    found.set(s.id, s.anchor);
    // Typed over by hand inside the anchor: the document's text is the value now.
    const value = s.text === (a.written ?? a.value) ? a.value! : s.text.trim();
    if (value !== a.value || (a.written ?? a.value) !== s.text) {
      a.value = value;
      if (s.text !== value) a.written = s.text;
      else delete a.written;
      changed = true;
    }
    held.push({ blankId: s.id, original: a.original, value: s.text, ...spanOf(s), ...user(a) });
  }
  const taken = new Set<string>();
  for (const [id, a] of Object.entries(anchors)) {
    if (found.has(id)) continue;
    if (a.kind !== "none") {
      // An anchor gone from the document: a value it held is reported; an empty blank is simply read afresh.
      if (a.value !== undefined) missing.push(id);
      delete anchors[id];
      changed = true;
      continue;
    }
    const at = paragraphReading(texts, a, taken);
    if (at < 0) {
      missing.push(id);
      continue;
    }
    taken.add(`${at}:${a.start}`);
    const written = a.written ?? a.value!;
    held.push({
      blankId: id,
      original: a.original,
      value: written,
      paragraph: at,
      start: a.start!,
      end: a.start! + written.length,
      ...user(a),
    });
  }
  const otherDocument = anchored && held.length === 0 && texts.length > 0;
  return { held, found, missing: [...new Set(missing)], changed, otherDocument, grids };
}

const spanOf = (s: Standing) => ({ paragraph: s.paragraph, start: s.start, end: s.end });
const user = (a: SavedAnchor) => (a.label !== undefined ? { userLabel: a.label } : {});

/** The paragraph that reads exactly as the anchorless value's paragraph did, its own index first; -1 if none. */
function paragraphReading(texts: readonly string[], a: SavedAnchor, taken: ReadonlySet<string>): number {
  const fits = (i: number) => texts[i] === a.paragraphText && !taken.has(`${i}:${a.start}`);
  if (a.paragraph !== undefined && a.paragraph < texts.length && fits(a.paragraph)) return a.paragraph;
  const all = texts.flatMap((_, i) => (fits(i) ? [i] : []));
  // Several lines read the same: which one holds the value cannot be told, so none is taken.
  return all.length === 1 ? all[0] : -1;
}
