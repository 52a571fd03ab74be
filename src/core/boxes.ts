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
  for (const m of text.matchAll(BOX)) {
    const at = m.index;
    if (out.some((s) => s.start <= at && at < s.end)) continue;
    out.push({ start: at, end: at + 1, label: optionOf(text, at), checkbox: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The words right before the box, else right after it, without a list marker (`3.1.`, `-`, `+`). */
function optionOf(text: string, at: number): string | null {
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
  return clean(before) || clean(after) || null;
}
