/**
 * Anchors: what gives a blank its identity in the document. From the first write every blank the add-in can reach
 * holds one: a content control tagged `dien-mau:<blankId>`, or, where Word refuses a control (part of a table cell
 * on the web, oj#3367; a range touching another control, oj#6103), a hidden bookmark `_dm_<n>` in the body. Reads,
 * writes, marks and finalize find a blank by its anchor, never by its text.
 */

/** Tag prefix of the add-in's content controls: `dien-mau:<blankId>`. */
export const ANCHOR_TAG_PREFIX = "dien-mau:";
/** Hidden bookmarks start with "_" (Word hides them); letters, digits and "_" only, at most 40 characters. */
export const BOOKMARK_PREFIX = "_dm_";

export type AnchorKind = "control" | "bookmark";

/**
 * How a blank is anchored: its control's tag, or its bookmark's name. A row of digit-box cells holds a bookmark in
 * each box, `boxes` naming them left to right (the first is `name`).
 */
export type Anchor = { kind: "control" } | { kind: "bookmark"; name: string; boxes?: string[] };

export function anchorTag(blankId: string): string {
  return ANCHOR_TAG_PREFIX + blankId;
}

export function blankIdOfTag(tag: string | null | undefined): string | null {
  return tag && tag.startsWith(ANCHOR_TAG_PREFIX) ? tag.slice(ANCHOR_TAG_PREFIX.length) : null;
}

/** A fresh bookmark name not among `taken` (compared as Word does, case-insensitively). */
export function newBookmarkName(taken: ReadonlySet<string>): string {
  let n = taken.size + 1;
  while (taken.has(`${BOOKMARK_PREFIX}${n}`.toLowerCase())) n++;
  return `${BOOKMARK_PREFIX}${n}`;
}

/**
 * The text Word shows in an empty content control when no placeholder was set (Word on the web shows it even when
 * one was: oj#1515). Read from a control, it is no value.
 */
export const DEFAULT_PLACEHOLDERS: ReadonlySet<string> = new Set([
  "Click or tap here to enter text.",
  "Click here to enter text.",
  "Bấm hoặc gõ nhẹ vào đây để nhập văn bản.",
  "Bấm vào đây để nhập văn bản.",
]);

export function isPlaceholderText(text: string, placeholder: string | null | undefined): boolean {
  return (!!placeholder && text === placeholder) || DEFAULT_PLACEHOLDERS.has(text.trim());
}
