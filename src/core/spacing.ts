/**
 * Spacing of a value written over a blank. Blanks are often glued to the word before or after them
 * (`xã...........`, `có…..hội`); the value must not be: it gets a space on a glued side, except next to
 * characters that join to a value without one (`/`, `-`, `(`, `)` as in `15/06/2017`, `12-KH/HU`, `( gồm 5 )`).
 * A blank made only of spaces (`Số     - BC/ĐU`) keeps one space on each side that touches text.
 * Clearing puts the blank's original characters back over the whole written span, so it is exact.
 */
import { isSpace } from "./text";

export interface SpacedWrite {
  /** The exact text that replaces the blank's span: value (newlines as Word line breaks) plus spacing. */
  text: string;
  /** Spacing added before and after the value (each "" or " "). */
  leading: string;
  trailing: string;
  /** What restores the blank when the written span is replaced by it: the blank's original characters. */
  restore: string;
}

/** After these a value needs no space. */
const JOINS_BEFORE = new Set(["/", "-", "(", "[", "–", "—", '"', "“", "‘", "'"]);
/** Before these a value needs no space. */
const JOINS_AFTER = new Set(["/", "-", ")", "]", "–", "—", ",", ".", ";", ":", "!", "?", "…", '"', "”", "’", "'"]);

/** Word's paragraph text uses `\v` for a line break; a typed newline must never become a new paragraph. */
export function normalizeValue(value: string): string {
  return value.normalize("NFC").replace(/\r\n|\r|\n/g, "\v");
}

/** True for a blank made only of spaces (not TABs: a TAB blank is a leader line and behaves like dots). */
export function isSpaceBlank(blank: string): boolean {
  return blank.length > 0 && /^[ \u00a0]+$/u.test(blank);
}

/**
 * The text to write over `paragraphText[start, end)` for `value`. The value is NFC-normalised and its newlines
 * become line breaks; spacing follows the neighbours of the span, not the blank's own characters, so the result is
 * the same whichever blank characters were used.
 */
export function spacedWrite(paragraphText: string, start: number, end: number, value: string): SpacedWrite {
  const blank = paragraphText.slice(start, end);
  const prev = start > 0 ? paragraphText[start - 1] : "";
  const next = end < paragraphText.length ? paragraphText[end] : "";
  const body = normalizeValue(value);
  let leading = "";
  let trailing = "";
  if (isSpaceBlank(blank)) {
    if (prev && !isSpace(prev)) leading = " ";
    if (next && !isSpace(next)) trailing = " ";
  } else {
    if (prev && !isSpace(prev) && !JOINS_BEFORE.has(prev)) leading = " ";
    if (next && !isSpace(next) && !JOINS_AFTER.has(next)) trailing = " ";
  }
  return { text: leading + body + trailing, leading, trailing, restore: blank };
}

/** The paragraph text once the blank is written: what the Word layer expects to see after a write. */
export function applySpaced(paragraphText: string, start: number, end: number, value: string): string {
  return paragraphText.slice(0, start) + spacedWrite(paragraphText, start, end, value).text + paragraphText.slice(end);
}
