/**
 * The template's own notes (`Ghi chú:` followed by `1 Tên cơ quan…`, `(2) …`): a blank holding note number 5 shows
 * note 5's text as its hint.
 */
import type { SnapshotParagraph } from "./types";

export function readNotes(paragraphs: SnapshotParagraph[]): Map<number, string> {
  const notes = new Map<number, string>();
  let inNotes = false;
  for (const p of paragraphs) {
    const text = p.text.trim();
    if (/^ghi chú\s*:?\s*$/iu.test(text)) {
      inNotes = true;
      continue;
    }
    if (!inNotes || !text) continue;
    const m = text.match(/^\(?(\d{1,2})\)?[.):]?\s+(\S.*)$/u);
    if (m && !notes.has(Number(m[1]))) notes.set(Number(m[1]), m[2].trim());
  }
  return notes;
}
