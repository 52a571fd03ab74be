/**
 * The gateway's model of the document between operations: the paragraph texts Word last read (at the scan, or
 * read back by the last write), where each part's paragraphs start, and every blank's span, anchor and value. Pure:
 * nothing here talks to Word.
 */
import { groupBy } from "../core/collections";
import { spacedWrite } from "../core/spacing";
import type { DocumentSnapshot, FilledBlank, ScanResult, SnapshotParagraph } from "../core/types";
import type { Anchor } from "./anchors";
import { PartLocator } from "./locate";
import { WordFailure } from "./errors";
import type { SavedAnchor } from "./types";

/** `shape:<id>`: a text box's own story, reached through the body's shapes (WordApiDesktop 1.2, `shapes.ts`). */
export type PartName = "body" | "header" | "footer" | ShapePart;
export type ShapePart = `shape:${number}`;

export interface PartInfo {
  name: PartName;
  /** Global index of the part's first paragraph. */
  offset: number;
  count: number;
}

export interface BlankInfo {
  id: string;
  label: string;
  /** Global paragraph index and the span the blank (or its value) occupies now. */
  paragraph: number;
  start: number;
  end: number;
  original: string;
  /** Our anchor around the blank, once it has one. */
  anchor: Anchor | null;
  /** A value written by the pane or typed over the blank stands there. */
  filled: boolean;
  /** The anchor an unanchored blank gets at its first write, decided at scan time from where it stands. */
  anchorAs: Anchor["kind"] | "none";
  /** The user's own content control this blank is (never anchored by us). */
  contentControlId: string | null;
  readOnly: boolean;
  source: ScanResult["blanks"][number]["source"];
  /**
   * A row of digit boxes, written one character a box: the paragraph of each box where the boxes are table cells,
   * null where they are drawn shapes (no write reaches those: filled by hand in Word).
   */
  boxes: { count: number; cells: number[] | null } | null;
}

export interface Model {
  snapshot: DocumentSnapshot;
  texts: string[];
  parts: PartInfo[];
  blanks: Map<string, BlankInfo>;
  result: ScanResult;
  /** Hidden bookmarks can be made (WordApi 1.4). */
  bookmarks: boolean;
  /** The user's controls that are no places to fill (`DocumentRead.notFields`): the engine never sees them. */
  notFields: ReadonlySet<string>;
}

/** What the engine reads: the snapshot without the user's controls that are no places to fill. */
export function engineSnapshot(snapshot: DocumentSnapshot, notFields: ReadonlySet<string>): DocumentSnapshot {
  if (notFields.size === 0) return snapshot;
  return { ...snapshot, contentControls: snapshot.contentControls.filter((c) => !notFields.has(c.id)) };
}

export function partOf(m: Model, paragraph: number): PartInfo {
  for (const p of m.parts) if (paragraph >= p.offset && paragraph < p.offset + p.count) return p;
  throw new WordFailure("ItemNotFound", `paragraph ${paragraph} is outside the document`);
}

export function locator(texts: string[], part: PartInfo): PartLocator {
  return new PartLocator(texts.slice(part.offset, part.offset + part.count));
}

/** The text a blank holds now. */
export function currentText(m: Model, b: BlankInfo): string {
  return m.texts[b.paragraph].slice(b.start, b.end);
}

/**
 * The characters that stand for `value` in the blank: spacing follows the blank's neighbours in its paragraph as it
 * was before anything was written into it. A blank ending in a leader TAB keeps that TAB after the value: the value
 * stands at the start of the dotted line and the dots still run on to the tab stop, as on a form filled by hand.
 */
export function writeFor(m: Model, b: BlankInfo, value: string): string {
  if (b.source === "contentControl") return value;
  const text = m.texts[b.paragraph];
  const virtual = text.slice(0, b.start) + b.original + text.slice(b.end);
  const tab = b.original.endsWith("\t") ? 1 : 0;
  return spacedWrite(virtual, b.start, b.start + b.original.length - tab, value).text + (tab ? "\t" : "");
}

/** Blanks by paragraph, each paragraph's in text order. */
export function byParagraph<T extends { paragraph: number; start: number }>(items: Iterable<T>): Map<number, T[]> {
  const out = groupBy(items, (b) => b.paragraph);
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Puts `text` in place of the blank's current span in the model, shifting the spans after it in its paragraph.
 * Used only with text Word read back.
 */
export function replaceSpan(m: Model, blank: BlankInfo, text: string): void {
  const p = blank.paragraph;
  const old = m.texts[p];
  const delta = text.length - (blank.end - blank.start);
  m.texts[p] = old.slice(0, blank.start) + text + old.slice(blank.end);
  for (const other of m.blanks.values()) {
    if (other !== blank && other.paragraph === p && other.start >= blank.end) {
      other.start += delta;
      other.end += delta;
    }
  }
  blank.end = blank.start + text.length;
  const para = m.snapshot.paragraphs[p];
  if (para && delta !== 0) m.snapshot.paragraphs[p] = shiftExtras(para, blank.start, blank.end - delta, delta);
  // The user's controls after it in the paragraph move with the text.
  if (delta !== 0) {
    m.snapshot.contentControls = m.snapshot.contentControls.map((c) =>
      c.paragraph === p && c.start >= blank.end - delta ? { ...c, start: c.start + delta, end: c.end + delta } : c,
    );
  }
}

/** A paragraph's OOXML extras after `[start, end)` was replaced by text `delta` characters longer. */
function shiftExtras(para: SnapshotParagraph, start: number, end: number, delta: number): SnapshotParagraph {
  const at = (n: number) => (n >= end ? n + delta : n);
  const out: SnapshotParagraph = { ...para };
  if (para.leaderTabs) out.leaderTabs = para.leaderTabs.filter((n) => n < start || n >= end).map(at);
  if (para.footnoteRefs) out.footnoteRefs = para.footnoteRefs.filter((n) => n < start || n >= end).map(at);
  if (para.superscripts)
    out.superscripts = para.superscripts.filter(([s, e]) => e <= start || s >= end).map(([s, e]) => [at(s), at(e)]);
  return out;
}

/** What the engine is given for the blanks the Word layer holds: anchors (filled or empty) and plain-text fills. */
export function heldBlanks(m: Model, anchors: Record<string, SavedAnchor>): FilledBlank[] {
  const out: FilledBlank[] = [];
  for (const b of m.blanks.values()) {
    const a = anchors[b.id];
    if (!a || b.source === "contentControl") continue;
    if (!b.anchor && !b.filled) continue;
    const value = currentText(m, b);
    const held: FilledBlank = {
      blankId: b.id,
      original: a.original,
      value,
      paragraph: b.paragraph,
      start: b.start,
      end: b.end,
    };
    if (!b.filled) held.empty = true;
    if (a.label !== undefined) held.userLabel = a.label;
    out.push(held);
  }
  return out;
}

export interface ModelInput {
  snapshot: DocumentSnapshot;
  result: ScanResult;
  parts: PartInfo[];
  anchors: Record<string, SavedAnchor>;
  /** Blank ids whose anchor was found in the document, with its kind. */
  found: ReadonlyMap<string, Anchor>;
  /** Word on the web: a content control over part of a table cell fails there (oj#3367). */
  web: boolean;
  /** Hidden bookmarks can be made (WordApi 1.4). */
  bookmarks: boolean;
  /** Blanks where Word refused an anchor of the kind they would get: the next kind they get instead. */
  refused?: ReadonlyMap<string, BlankInfo["anchorAs"]>;
  /** What the user's own controls held before the first write in them (`SavedState.controls`). */
  controls?: Readonly<Record<string, string>>;
  notFields: ReadonlySet<string>;
}

/** Where a blank that has no anchor yet can get one; "none" where Word would refuse both kinds. */
function anchorFor(
  snapshot: DocumentSnapshot,
  b: ScanResult["blanks"][number],
  touchesControl: boolean,
  web: boolean,
  bookmarks: boolean,
): BlankInfo["anchorAs"] {
  const para = snapshot.paragraphs[b.paragraph];
  const inCell = (para?.tableNestingLevel ?? 0) > 0 || para?.location === "table";
  // Word on the web refuses a control over part of a cell; a cell's other paragraphs are not known here, so no
  // control is put in a cell there at all.
  // Web bookmarks in headers and footers come back null (oj#6855): there, body text only.
  const body = para?.location === "body" || para?.location === "table";
  // An empty blank (an empty cell) is empty again once cleared, and an empty control shows Word's placeholder on
  // screen and in print: it is held by a bookmark, or by nothing.
  if (b.original === "") return bookmarks && body ? "bookmark" : "none";
  const controlOk = !touchesControl && !(web && inCell);
  if (controlOk) return "control";
  return bookmarks && body ? "bookmark" : "none";
}

export function buildModel(input: ModelInput): Model {
  const { snapshot, result, parts, anchors, found, web, bookmarks, refused, controls, notFields } = input;
  const texts = snapshot.paragraphs.map((p) => p.text);
  const controlSpans = byParagraph(snapshot.contentControls.filter((c) => c.start >= 0));
  const blanks = new Map<string, BlankInfo>();
  for (const b of result.blanks) {
    const saved = anchors[b.id];
    const touchesControl = (controlSpans.get(b.paragraph) ?? []).some((c) => b.start <= c.end && c.start <= b.end);
    blanks.set(b.id, {
      id: b.id,
      label: b.label,
      paragraph: b.paragraph,
      start: b.start,
      end: b.end,
      original: saved?.original ?? controls?.[b.id] ?? b.original,
      anchor: found.get(b.id) ?? null,
      filled: b.filled,
      anchorAs:
        b.digitBoxes && !b.digitBoxes.paragraphs
          ? "none"
          : (refused?.get(b.id) ?? anchorFor(snapshot, b, touchesControl, web, bookmarks)),
      contentControlId: b.contentControlId,
      readOnly: b.readOnly,
      source: b.source,
      boxes: b.digitBoxes ? { count: b.digitBoxes.count, cells: b.digitBoxes.paragraphs ?? null } : null,
    });
  }
  return {
    snapshot: { ...snapshot, paragraphs: snapshot.paragraphs.slice() },
    texts,
    parts,
    blanks,
    result,
    bookmarks,
    notFields,
  };
}
