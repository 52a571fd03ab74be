/**
 * The gateway's model of the document between operations: the paragraph texts of the last scan (kept current
 * after every write through the add-in), where each part's paragraphs start, and every blank's span and how it is
 * written. Pure: nothing here talks to Word.
 */
import { spacedWrite } from "../core/spacing";
import type { DocumentSnapshot, ScanResult } from "../core/types";
import { PartLocator } from "./locate";
import { WordFailure } from "./errors";
import type { SavedFill } from "./types";

export const ANCHOR_TAG_PREFIX = "dien-mau:";
/** Characters of paragraph text kept on each side of a plain-text fill, to find it again. */
export const CONTEXT_CHARS = 40;

export type PartName = "body" | "header" | "footer";

export interface PartInfo {
  name: PartName;
  /** Global index of the part's first paragraph. */
  offset: number;
  count: number;
}

export type BlankHow = "empty" | "anchor" | "text" | "control";

export interface BlankInfo {
  id: string;
  label: string;
  /** Global paragraph index and the span the blank (or its written value) occupies now. */
  paragraph: number;
  start: number;
  end: number;
  original: string;
  how: BlankHow;
  /** How an empty blank gets written: decided at scan time so apply never batches an operation that may fail. */
  writeMode: "anchor" | "text";
  contentControlId: string | null;
  readOnly: boolean;
}

export interface Model {
  texts: string[];
  parts: PartInfo[];
  blanks: Map<string, BlankInfo>;
  /** The same blanks by paragraph: a write shifts only its own paragraph's spans. */
  byParagraph: Map<number, BlankInfo[]>;
  result: ScanResult;
}

export function partOf(m: Model, paragraph: number): PartInfo {
  for (const p of m.parts) if (paragraph >= p.offset && paragraph < p.offset + p.count) return p;
  throw new WordFailure("ItemNotFound", `paragraph ${paragraph} is outside the document`);
}

export function locator(texts: string[], part: PartInfo): PartLocator {
  return new PartLocator(texts.slice(part.offset, part.offset + part.count));
}

/** The text a blank must hold now for a write to land on it. */
export function expectedText(m: Model, b: BlankInfo): string {
  return m.texts[b.paragraph].slice(b.start, b.end);
}

/**
 * The blank's paragraph as it was before anything was written into it: the neighbours decide spacing.
 * A blank ending in a leader TAB keeps that TAB after the value: the value stands at the start of the dotted
 * line and the dots still run on to the tab stop, as on a form filled by hand, and whatever is aligned at or
 * after the stop stays where the template put it. Clearing puts back the original characters as always.
 */
export function writeFor(m: Model, b: BlankInfo, value: string): string {
  const text = m.texts[b.paragraph];
  const virtual = text.slice(0, b.start) + b.original + text.slice(b.end);
  const tab = b.original.endsWith("\t") ? 1 : 0;
  return spacedWrite(virtual, b.start, b.start + b.original.length - tab, value).text + (tab ? "\t" : "");
}

export function contextOf(text: string, start: number, end: number): { before: string; after: string } {
  return {
    before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    after: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Our model of the document after a successful write: the paragraph text and the spans after it shift. */
export function commitWrite(m: Model, blank: BlankInfo, text: string): void {
  const p = blank.paragraph;
  const old = m.texts[p];
  const delta = text.length - (blank.end - blank.start);
  m.texts[p] = old.slice(0, blank.start) + text + old.slice(blank.end);
  for (const other of m.byParagraph.get(p) ?? []) {
    if (other !== blank && other.start >= blank.end) {
      other.start += delta;
      other.end += delta;
    }
  }
  blank.end = blank.start + text.length;
}

export interface ModelInput {
  snapshot: DocumentSnapshot;
  result: ScanResult;
  parts: PartInfo[];
  fills: Record<string, SavedFill>;
  /** Blanks whose anchor holds the original characters again (an undo in Word). */
  undoneAnchors: ReadonlySet<string>;
  /** Word on the web: a content control over part of a table cell fails there (oj#3367). */
  web: boolean;
}

export function buildModel({ snapshot, result, parts, fills, undoneAnchors, web }: ModelInput): Model {
  const texts = snapshot.paragraphs.map((p) => p.text);
  const spansByParagraph = new Map<number, Array<[number, number]>>();
  for (const c of snapshot.contentControls) {
    if (c.start < 0) continue;
    const list = spansByParagraph.get(c.paragraph) ?? [];
    list.push([c.start, c.end]);
    spansByParagraph.set(c.paragraph, list);
  }
  const blanks = new Map<string, BlankInfo>();
  for (const b of result.blanks) {
    const fill = fills[b.id];
    let how: BlankHow = "empty";
    if (b.source === "contentControl" && b.contentControlId) how = "control";
    else if (b.filled && fill) how = fill.mode;
    else if (!b.filled && undoneAnchors.has(b.id)) how = "anchor";
    const para = snapshot.paragraphs[b.paragraph];
    const touchesControl = (spansByParagraph.get(b.paragraph) ?? []).some(([s, e]) => b.start <= e && s <= b.end);
    const inCell = (para?.tableNestingLevel ?? 0) > 0 || para?.location === "table";
    const writeMode = (web && inCell) || touchesControl ? "text" : "anchor";
    blanks.set(b.id, {
      id: b.id,
      label: b.label,
      paragraph: b.paragraph,
      start: b.start,
      end: b.end,
      original: fill?.original ?? b.original,
      how,
      writeMode,
      contentControlId: b.contentControlId,
      readOnly: b.readOnly,
    });
  }
  const byParagraph = new Map<number, BlankInfo[]>();
  for (const b of blanks.values()) {
    const list = byParagraph.get(b.paragraph);
    if (list) list.push(b);
    else byParagraph.set(b.paragraph, [b]);
  }
  return { texts, parts, blanks, byParagraph, result };
}
