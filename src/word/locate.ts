/**
 * Turning a character span of a paragraph into Word search steps. Word has no shippable offset API, so a span is
 * reached by a literal search over its part (body, header or footer) and taking the k-th match, k counted here with
 * Word's own rule: matches never cross a paragraph break and never overlap, left to right. Search text is limited
 * to 255 characters; a longer span is reached by a start piece and an end piece joined with `expandTo`.
 */

export const SEARCH_LIMIT = 255;

/** Word's search reads `^` codes even in literal mode: a literal caret is `^^`, TAB `^t`, line break `^l`. */
export function wordSearchText(raw: string): string {
  return raw.replace(/\^/g, "^^").replace(/\t/g, "^t").replace(/\v/g, "^l");
}

/** Start offsets of the non-overlapping matches of `needle` in `text`, left to right. */
export function matchStarts(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  let at = text.indexOf(needle);
  while (at >= 0) {
    out.push(at);
    at = text.indexOf(needle, at + needle.length);
  }
  return out;
}

function countMatches(text: string, needle: string): number {
  let n = 0;
  let at = text.indexOf(needle);
  while (at >= 0) {
    n++;
    at = text.indexOf(needle, at + needle.length);
  }
  return n;
}

export interface SearchStep {
  /** The characters searched for. */
  raw: string;
  /** The same, as Word's search text. */
  search: string;
  /** Which match in the part (0-based). */
  index: number;
}

export interface Target {
  /** First (or only) piece. */
  first: SearchStep;
  /** Present when the span is longer than one search: the end piece, to be joined with `expandTo`. */
  last?: SearchStep;
}

/** One part's paragraph texts, with cached match counts per needle. */
export class PartLocator {
  private readonly prefix = new Map<string, Int32Array>();
  constructor(readonly paragraphs: readonly string[]) {}

  /** Matches of `needle` in the paragraphs before `paragraph`. */
  private countBefore(needle: string, paragraph: number): number {
    let counts = this.prefix.get(needle);
    if (!counts) {
      counts = new Int32Array(this.paragraphs.length + 1);
      for (let i = 0; i < this.paragraphs.length; i++)
        counts[i + 1] = counts[i] + countMatches(this.paragraphs[i], needle);
      this.prefix.set(needle, counts);
    }
    return counts[paragraph];
  }

  /** Matches of `needle` in the whole part: what Word's search must find for its k-th match to be ours. */
  count(needle: string): number {
    return this.countBefore(needle, this.paragraphs.length);
  }

  /** The step reaching `needle` starting at `start` of `paragraph`, or null when Word's scan never lands there. */
  stepAt(paragraph: number, start: number, needle: string): SearchStep | null {
    const starts = matchStarts(this.paragraphs[paragraph], needle);
    const k = starts.indexOf(start);
    if (k < 0) return null;
    return { raw: needle, search: wordSearchText(needle), index: this.countBefore(needle, paragraph) + k };
  }

  /** How to reach `[start, end)` of `paragraph`, or null when the text there cannot be singled out. */
  target(paragraph: number, start: number, end: number): Target | null {
    const text = this.paragraphs[paragraph];
    if (paragraph < 0 || paragraph >= this.paragraphs.length || start < 0 || end > text.length || end <= start)
      return null;
    const span = text.slice(start, end);
    if (wordSearchText(span).length <= SEARCH_LIMIT) {
      const step = this.stepAt(paragraph, start, span);
      if (step) return { first: step };
    }
    let first: SearchStep | null = null;
    for (let n = Math.min(span.length, SEARCH_LIMIT); n >= 1 && !first; n--) {
      const piece = span.slice(0, n);
      if (wordSearchText(piece).length <= SEARCH_LIMIT) first = this.stepAt(paragraph, start, piece);
    }
    if (!first) return null;
    for (let n = Math.min(span.length, SEARCH_LIMIT); n >= 1; n--) {
      const piece = span.slice(span.length - n);
      if (wordSearchText(piece).length > SEARCH_LIMIT) continue;
      const last = this.stepAt(paragraph, end - n, piece);
      if (last) return { first, last };
    }
    return null;
  }

  /**
   * Search steps that reach the span through first matches only (`search(s).getFirst()` chained), so a selection
   * needs no round trip to learn match positions. Context after (and before) the span makes the first search
   * unique; inner searches then narrow the found range back to the span. Null when no such chain exists (the
   * paragraph repeats earlier in the part with the same text).
   */
  firstMatchChain(paragraph: number, start: number, end: number): string[] | null {
    const text = this.paragraphs[paragraph];
    const span = text.slice(start, end);
    if (!span || wordSearchText(span).length > SEARCH_LIMIT) return null;
    const maxAfter = Math.min(text.length - end, 60);
    const maxBefore = Math.min(start, 60);
    for (let b = 0; b <= maxBefore; b += b < 8 ? 1 : 8) {
      for (let a = 0; a <= maxAfter; a += a < 8 ? 1 : 8) {
        const outer = text.slice(start - b, end + a);
        if (wordSearchText(outer).length > SEARCH_LIMIT) break;
        const step = this.stepAt(paragraph, start - b, outer);
        if (!step || step.index !== 0) continue;
        const chain = [outer];
        if (b > 0) {
          const inner = span + text.slice(end, end + a);
          if (matchStarts(outer, inner)[0] !== b) continue;
          chain.push(inner);
        }
        if (a > 0) chain.push(span);
        return chain.map(wordSearchText);
      }
    }
    return null;
  }
}
