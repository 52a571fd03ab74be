/**
 * Blanks typed over by hand. Without help, dots the user replaced by typing in Word are just text on the next
 * scan: the blank vanishes, the paragraph's other blanks get new ids and the pane's field total drops. So the
 * gateway remembers every text blank by its shape (original characters and the text on each side, up to the
 * paragraph's edge or the next blank) and, on a rescan, looks for those shapes with other text in place of the
 * original. What stands there becomes the blank's value.
 *
 * A shape can stand many times (a repeated paragraph): its remembered blanks and its occurrences in the document
 * are paired in document order, and only when both counts agree, so a guess never decides which blank a text
 * belongs to. Pure: texts in, pairings out.
 */
import { groupBy } from "../core/collections";
import type { Blank } from "../core/types";
import type { RememberedShape } from "./types";

/** Literal characters of context kept on each side. */
export const SHAPE_CONTEXT = 20;
/** Where the paragraph starts or ends. */
export const EDGE = "\n";
/** Another blank of the paragraph (its text changes as it is filled). */
export const OTHER = "\u0000";
/**
 * More shapes than this with blanks gone means most of the document was replaced: it is not the text the blanks
 * were remembered from, and looking for each (one pass over the document apiece) would stall the scan.
 */
const MAX_SHAPES_LOOKED_FOR = 500;
/** Letters and digits of context a shape needs to be looked for among paragraphs that moved. */
const MIN_LETTERS_WHEN_MOVED = 4;
const lettersOf = (s: string): number => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;
/** Longer than any value a person types over a blank; keeps a bad match from swallowing a paragraph. */
const MAX_TYPED = 1000;

interface Span {
  start: number;
  end: number;
}

function contextBefore(text: string, at: number, others: Span[]): string {
  let out = "";
  let literal = 0;
  let i = at;
  while (literal < SHAPE_CONTEXT) {
    if (i === 0) return EDGE + out;
    const other = others.find((s) => s.start < i && i <= s.end);
    if (other) {
      if (!out.startsWith(OTHER)) out = OTHER + out;
      i = other.start;
      continue;
    }
    out = text[i - 1] + out;
    i--;
    literal++;
  }
  return out;
}

function contextAfter(text: string, at: number, others: Span[]): string {
  let out = "";
  let literal = 0;
  let i = at;
  while (literal < SHAPE_CONTEXT) {
    if (i === text.length) return out + EDGE;
    const other = others.find((s) => s.start <= i && i < s.end);
    if (other) {
      if (!out.endsWith(OTHER)) out += OTHER;
      i = other.end;
      continue;
    }
    out += text[i];
    i++;
    literal++;
  }
  return out;
}

/** The text blanks of a scan as shapes, `blanks` in document order, spans in the current `texts`. */
export function rememberBlanks(texts: readonly string[], blanks: readonly Blank[]): RememberedShape[] {
  const byParagraph = groupBy(blanks, (b) => b.paragraph);
  const shapes = new Map<string, RememberedShape>();
  for (const b of blanks) {
    if (b.source !== "text" || !b.original) continue;
    const text = texts[b.paragraph] ?? "";
    const others = (byParagraph.get(b.paragraph) ?? []).filter((s) => s.start !== b.start || s.end !== b.end);
    const before = contextBefore(text, b.start, others);
    const after = contextAfter(text, b.end, others);
    const key = JSON.stringify([b.original, before, after]);
    const shape = shapes.get(key);
    if (shape) {
      shape[3].push(b.id);
      shape[4]!.push(b.paragraph);
    } else shapes.set(key, [b.original, before, after, [b.id], [b.paragraph], texts.length]);
  }
  return [...shapes.values()];
}

export interface TypedOver {
  blankId: string;
  original: string;
  paragraph: number;
  start: number;
  end: number;
  /** What stands where the original characters stood. */
  text: string;
}

export interface Recognised {
  /** Remembered blanks now holding other text. */
  typed: TypedOver[];
  /** Remembered blanks that stand with their original characters again. */
  empty: string[];
}

export interface RecogniseInput {
  texts: readonly string[];
  shapes: readonly RememberedShape[];
  /** Ids the engine found in the document as it stands: shapes all of whose blanks are there need no look. */
  present: ReadonlySet<string>;
  /** Ids already located as fills (anchors, plain text found again) and the spans they occupy. */
  located: ReadonlySet<string>;
  claimed: ReadonlyArray<{ paragraph: number; start: number; end: number }>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ANY = "[^\\n]*?";

function pattern(before: string, after: string): RegExp {
  const part = (s: string) => s.split(OTHER).map(escape).join(ANY);
  return new RegExp(`(${part(before)})(${ANY})${part(after)}`, "g");
}

/**
 * Another value only: not emptied, not still (or again) holding dots a scan reads as a blank, nor the blank's own
 * characters with words typed beside them.
 */
function typedText(text: string, original: string): boolean {
  return (
    text !== original &&
    text.trim() !== "" &&
    text.length <= MAX_TYPED &&
    // A blank of spaces has no characters of its own to look for ("" stands in every text).
    (original.trim() === "" || !text.includes(original.trim())) &&
    !/[.\u2026_]{3}|\u2026{2}/.test(text)
  );
}

/**
 * Where a blank remembered in paragraph `place` of a document of `count` paragraphs can stand now, in one of
 * `now`: paragraphs inserted or deleted around it move it by at most the change in count, in that direction.
 * Both inserted and deleted (the count barely moves) it must be found near where it was; a line the user wrote
 * elsewhere with the same words is theirs, and a blank whose line is gone is reported missing, not guessed at.
 * Without a saved place (a state saved before places were kept) any paragraph will do.
 */
function placeCheck(count: number | undefined, now: number): (place: number | undefined, paragraph: number) => boolean {
  if (count === undefined) return () => true;
  const shift = now - count;
  const low = Math.min(0, shift);
  const high = Math.max(0, shift);
  return (place, paragraph) => place === undefined || (paragraph >= place + low && paragraph <= place + high);
}

export function recogniseBlanks({ texts, shapes, present, located, claimed }: RecogniseInput): Recognised {
  const out: Recognised = { typed: [], empty: [] };
  const claimedBy = groupBy(claimed, (c) => c.paragraph);
  const wanted = shapes.filter(([, , , ids]) => ids.some((id) => !present.has(id) && !located.has(id)));
  if (wanted.length === 0 || wanted.length > MAX_SHAPES_LOOKED_FOR) return out;
  // One string for the whole document, paragraphs separated by the edge mark: a shape is one regex pass.
  const all = EDGE + texts.join(EDGE) + EDGE;
  const starts: number[] = [];
  for (let p = 0, at = EDGE.length; p < texts.length; at += texts[p].length + EDGE.length, p++) starts.push(at);
  const paragraphAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const [original, before, after, ids, places, count] of wanted) {
    // A shape with no literal text on one side would match almost anywhere: such a blank is not looked for.
    if (before.replaceAll(OTHER, "") === "" || after.replaceAll(OTHER, "") === "") continue;
    // Nor one with only a word or two around it ("số ….."), once paragraphs were added or deleted: it may then be
    // in any of several paragraphs, and a short line the user wrote there reads the same.
    if (lettersOf(before + after) < MIN_LETTERS_WHEN_MOVED && count !== texts.length) continue;
    const openAt = ids.flatMap((id, i) => (located.has(id) ? [] : [{ id, place: places?.[i] }]));
    const open = openAt.map((o) => o.id);
    const within = placeCheck(count, texts.length);
    const re = pattern(before, after);
    const found: Array<{ paragraph: number; start: number; end: number }> = [];
    for (let m = re.exec(all); m && found.length <= open.length; m = re.exec(all)) {
      const at = m.index + m[1].length;
      const paragraph = paragraphAt(at);
      const start = at - starts[paragraph];
      const end = start + m[2].length;
      // The next occurrence may begin in this one's trailing context (two blanks of one shape side by side).
      re.lastIndex = Math.max(m.index + 1, at + m[2].length);
      if ((claimedBy.get(paragraph) ?? []).some((c) => start < c.end && c.start < end)) continue;
      if (!openAt.some((o) => within(o.place, paragraph))) continue;
      found.push({ paragraph, start, end });
    }
    if (found.length !== open.length || found.some((f, i) => !within(openAt[i].place, f.paragraph))) continue;
    found.forEach((f, i) => {
      const text = texts[f.paragraph].slice(f.start, f.end);
      if (text === original) out.empty.push(open[i]);
      else if (typedText(text, original)) out.typed.push({ blankId: open[i], original, ...f, text });
    });
  }
  return out;
}
