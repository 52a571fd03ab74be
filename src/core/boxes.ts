/**
 * Places the template's author drew to be filled, beside the blanks the rules find in the text: the results of
 * legacy text form fields (FORMTEXT, which show five en spaces while empty) and tick boxes typed as a glyph (□, ☐),
 * each a blank of its own whose label is the option it stands beside (`Có □   Không có □`). Linear in the text.
 */
export interface PlacedSpan {
  start: number;
  end: number;
  /** The option a tick box stands for; null for a form field (the words around it label it, as for any blank). */
  label: string | null;
  checkbox: boolean;
}

const BOX = /[□☐]/gu;
/** Where an option's words end: another box, a TAB, a line break, a semicolon or a gap of two spaces or more. */
const SEPARATOR = /[□☐\t\v;]|[\s\u00a0\u2002]{2,}/u;
const EMPTY_RESULT = /^[\s\u00a0\u2002.…_]*$/u;

export function placedSpans(text: string, formFields: Array<[number, number]> = []): PlacedSpan[] {
  const out: PlacedSpan[] = [];
  for (const [start, end] of formFields) {
    // A form field that already shows words holds a value (or the author's default): nothing to fill.
    if (end > start && end <= text.length && EMPTY_RESULT.test(text.slice(start, end)))
      out.push({ start, end, label: null, checkbox: false });
  }
  const boxes = [...text.matchAll(BOX)].map((m) => m.index);
  // A line lays its options out one way: `Có □   Không □` (the option before its box) or `Nghề: ☐ Nông dân ☐ Công
  // nhân` (the box first, right after the line's start or a label's colon). The first box tells which.
  const boxFirst =
    boxes.length > 0 && /(?:^|:)[\s\u00a0]*(?:(?:\d+(?:\.\d+)*\.?|[-+•*])\s+)?$/u.test(text.slice(0, boxes[0]));
  for (const at of boxes) {
    if (out.some((s) => s.start <= at && at < s.end)) continue;
    out.push({ start: at, end: at + 1, label: optionOf(text, at, boxFirst), checkbox: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The option's words: after the box where the line puts boxes first, else before it; the other side when that one
 * is empty. Without a list marker (`3.1.`, `-`, `+`).
 */
function optionOf(text: string, at: number, boxFirst: boolean): string | null {
  const before =
    text
      .slice(Math.max(0, at - 120), at)
      .split(SEPARATOR)
      .pop() ?? "";
  const after = text.slice(at + 1, at + 121).split(SEPARATOR)[0] ?? "";
  const clean = (s: string) =>
    s
      .replace(/^[\s\u00a0]*(?:\d+(?:\.\d+)*\.?|[-+•*])\s+/u, "")
      .replace(/[\s\u00a0:]+$/u, "")
      .trim();
  return (boxFirst ? clean(after) || clean(before) : clean(before) || clean(after)) || null;
}
