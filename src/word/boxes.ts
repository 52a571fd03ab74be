/**
 * Digit boxes that are table cells: a value is written one character per box, each box held by a hidden bookmark
 * of its own. Word reads the boxes as separate cells; the engine and the model see the row as one blank, its value
 * in the first box and the other boxes empty, so a filled row is the same blank as the empty one was. Pure.
 */
import type { DocumentSnapshot, SnapshotParagraph } from "../core/types";

/** The characters of a digit-box value, one a box: spaces typed to group the digits are not characters. */
export function boxChars(value: string): string[] {
  return [...value.replace(/\s+/gu, "")];
}

/** A row of boxes as found in the document: each box's paragraph, left to right, and what the boxes hold joined. */
export interface Grid {
  paragraphs: number[];
  text: string;
}

/**
 * Where a row of boxes that read `texts` stands: `count` one-paragraph cells side by side in one table row, each
 * reading its box's text. The place `hint` (where the first box's bookmark was found) is taken when it fits, else the
 * only place that fits; -1 when none does or several do (which one the bookmarks are in cannot be told).
 */
export function placeGrid(paragraphs: readonly SnapshotParagraph[], texts: readonly string[], hint?: number): number {
  const fits = (p: number): boolean => {
    const first = paragraphs[p]?.cell;
    if (!first) return false;
    return texts.every((t, i) => {
      const para = paragraphs[p + i];
      const c = para?.cell;
      return !!c && c.table === first.table && c.row === first.row && c.col === first.col + i && para.text === t;
    });
  };
  if (hint !== undefined && fits(hint)) return hint;
  let found = -1;
  for (let p = 0; p + texts.length <= paragraphs.length; p++) {
    if (!fits(p)) continue;
    if (found >= 0) return -1;
    found = p;
  }
  return found;
}

/** The snapshot as the engine reads it: each row of boxes with its value in the first box and the others empty. */
export function maskGrids(snapshot: DocumentSnapshot, grids: readonly Grid[]): DocumentSnapshot {
  if (grids.length === 0) return snapshot;
  const text = new Map<number, string>();
  for (const g of grids) g.paragraphs.forEach((p, i) => text.set(p, i === 0 ? g.text : ""));
  return {
    ...snapshot,
    paragraphs: snapshot.paragraphs.map((p, i) =>
      text.has(i) && text.get(i) !== p.text ? { ...p, text: text.get(i)! } : p,
    ),
  };
}
