/**
 * The corpus's hand annotations (`../shared/corpus/<name>.expected.json`): each blank by its line, the text just
 * before it and its own characters. Shared by the scoring tests.
 */
export interface Annotation {
  line: number;
  before: string;
  blank: string;
  after: string;
  kind: string;
}

/** Where an annotated blank stands in the text's lines (0-based paragraph, span); throws when it is not there. */
export function locate(lines: string[], a: Pick<Annotation, "line" | "before" | "blank">) {
  const line = lines[a.line - 1];
  for (let at = line.indexOf(a.blank); at >= 0; at = line.indexOf(a.blank, at + 1)) {
    if (line.slice(0, at).endsWith(a.before)) return { p: a.line - 1, start: at, end: at + a.blank.length };
  }
  throw new Error(`annotation not found on line ${a.line}: ${a.blank}`);
}

/** The share two spans have in common, of their union: a blank counts as found at 0.5 or more. */
export const iou = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) /
  (Math.max(a.end, b.end) - Math.min(a.start, b.start));
