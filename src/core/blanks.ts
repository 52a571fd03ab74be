/**
 * Blank detection in one paragraph: dotted runs (`.`, `…`, mixes), runs joined across single spaces, TABs and note
 * numbers, TABs that draw a dotted leader, space runs where a form wants a value, and underscore runs inside a line.
 * Look-alikes ("etc." endings, rules under headings, `./.`, table-of-contents leaders) are rejected here.
 * One pass over the paragraph plus a few anchored regexes: linear in the paragraph's length.
 */
import { isLetter, isSpace, isUpper } from "./text";

export type DetectedVia = "fill" | "leader" | "space" | "underscore" | "tab";

export interface DetectedSpan {
  start: number;
  end: number;
  confidence: number;
  via: DetectedVia;
  /** Note numbers inside the blank or glued right after it (`..... 5 .....`, `...9.`). */
  notes: number[];
  /** The span holds a TAB (a leader line continues on the next paragraph). */
  hasTab: boolean;
}

export interface ParagraphHints {
  /** Offsets of TABs with a leader; undefined when the host cannot tell (plain text). */
  leaderTabs?: number[];
  superscripts?: Array<[number, number]>;
  footnoteRefs?: number[];
  /** The previous and next paragraphs' text, for the plain-text lone-TAB rules. */
  prevText?: string;
  nextText?: string;
  /** The previous paragraph ended in a blank that holds a TAB (a dotted-leader line). */
  prevHadTabBlank?: boolean;
}

const FILL = (ch: string | undefined): boolean => ch === "." || ch === "\u2026";
const weightOf = (ch: string): number => (ch === "\u2026" ? 3 : 1);

interface Piece {
  start: number;
  end: number;
  weight: number;
  leader: boolean;
}

/** Between two dotted pieces: a few spaces/TABs, optionally a note number (`5`, `(2)`). */
const JOINER = /^[ \t\u00a0]{0,3}(?:(?:\d{1,2}|\(\d{1,2}\))[ \t\u00a0]{0,3})?$/;

export function detectBlanks(text: string, hints: ParagraphHints = {}): DetectedSpan[] {
  const leaderSet = hints.leaderTabs ? new Set(hints.leaderTabs) : null;
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length;) {
    const ch = text[i];
    if (FILL(ch)) {
      let j = i;
      let w = 0;
      while (j < text.length && FILL(text[j])) w += weightOf(text[j++]);
      if (w >= 3) pieces.push({ start: i, end: j, weight: w, leader: false });
      i = j;
    } else {
      if (ch === "\t" && leaderSet?.has(i)) pieces.push({ start: i, end: i + 1, weight: 10, leader: true });
      i++;
    }
  }

  const spans: DetectedSpan[] = [];
  let k = 0;
  while (k < pieces.length) {
    let last = k;
    const notes: number[] = [];
    while (last + 1 < pieces.length) {
      const gap = text.slice(pieces[last].end, pieces[last + 1].start);
      if (!JOINER.test(gap)) break;
      const n = gap.match(/\d{1,2}/);
      if (n) notes.push(Number(n[0]));
      last++;
    }
    const group = pieces.slice(k, last + 1);
    k = last + 1;
    const span = classifyGroup(text, group, notes, leaderSet !== null);
    if (span) spans.push(span);
  }

  spans.push(...spaceRuns(text), ...underscoreRuns(text));
  if (!leaderSet) {
    const tab = loneTab(text, hints, spans);
    if (tab) spans.push(tab);
  }
  return finish(text, spans, hints.footnoteRefs);
}

function classifyGroup(text: string, group: Piece[], notes: number[], knowsLeaders: boolean): DetectedSpan | null {
  let start = group[0].start;
  let end = group[group.length - 1].end;
  const weight = group.reduce((s, p) => s + p.weight, 0);
  const hasLeader = group.some((p) => p.leader);
  // `…../.`: the last dot belongs to the document's end mark `./.`.
  if (/^\/\.\s*$/.test(text.slice(end)) && text[end - 1] === "." && end - 1 > start) end--;
  // A leading TAB that starts the paragraph is where the leader line begins.
  if (!knowsLeaders && /^[ \t]*$/.test(text.slice(0, start)) && text.slice(0, start).includes("\t")) {
    start = text.indexOf("\t");
  }
  const glued = text.slice(end).match(/^(\d{1,2})(?!\d)(?=[.\s;,)]|$)/);
  if (glued) notes.push(Number(glued[1]));
  const hasTab = text.slice(start, end).includes("\t");

  if (notes.length === 0 && !hasLeader) {
    if (looksLikeEtc(text, start, end, weight)) return null;
    if (looksLikeTocLeader(text, start, end, weight)) return null;
  }
  const before = prevNonSpace(text, start);
  let confidence = 0.7;
  if (weight >= 6 || notes.length > 0 || hasLeader) confidence = 0.95;
  else if (before === ":" || before === undefined) confidence = 0.9;
  else if (isLetter(text[start - 1])) confidence = 0.75;
  return { start, end, confidence, via: hasLeader ? "leader" : "fill", notes, hasTab };
}

function prevNonSpace(text: string, at: number): string | undefined {
  let i = at - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  return i >= 0 ? text[i] : undefined;
}

function nextNonSpace(text: string, at: number): string | undefined {
  let i = at;
  while (i < text.length && isSpace(text[i])) i++;
  return i < text.length ? text[i] : undefined;
}

/**
 * "Etc." uses of dots: after `v.v`; glued to a word and closing the clause (end, a capitalised next sentence or a
 * closing parenthesis) when short; after a comma inside a parenthesis (`thai sản,…..)`); a lone short run inside
 * parentheses (`(…)`, `năm ...,` in an explanatory aside).
 */
function looksLikeEtc(text: string, start: number, end: number, weight: number): boolean {
  const head = text.slice(Math.max(0, start - 4), start).toLowerCase();
  if (/v\.?v\.?\s?$/.test(head)) return true;
  const after = nextNonSpace(text, end);
  const closes = after === undefined || after === ")" || isUpper(after);
  if (isLetter(text[start - 1]) && weight <= 4 && closes) return true;
  if (text[start - 1] === "," && weight <= 5 && (after === ")" || after === undefined)) return true;
  if (weight <= 3 && insideParens(text, start)) return true;
  return false;
}

function insideParens(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && depth > 0) depth--;
  }
  return depth > 0 && text.indexOf(")", at) >= 0;
}

/** `Chương I ............ 5`: a long run ending in a page number at the end of the line. */
function looksLikeTocLeader(text: string, start: number, end: number, weight: number): boolean {
  return weight >= 8 && /^[ \t]*\d{1,3}[ \t]*$/.test(text.slice(end)) && /\p{L}{2,}/u.test(text.slice(0, start));
}

/** `Số     - BC/ĐU`, `Số:          /`, `ngày     tháng 6`: space runs where a form wants a value. */
function spaceRuns(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  if (!text.includes("   ") && !text.includes("\u00a0\u00a0\u00a0")) return out;
  const patterns = [
    /(?<![\p{L}])(số:?)( {3,}|\u00a0{3,})(?=[/-])/giu,
    /(?<![\p{L}])(ngày|tháng)( {3,})(?=tháng|năm|\d)/giu,
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const start = (m.index ?? 0) + m[1].length;
      out.push({ start, end: start + m[2].length, confidence: 0.8, via: "space", notes: [], hasTab: false });
    }
  }
  return out;
}

/** Underscore runs inside a line with other text; a line that is only underscores is a rule under a heading. */
function underscoreRuns(text: string): DetectedSpan[] {
  if (!text.includes("___") || !/[\p{L}\p{N}]/u.test(text)) return [];
  const out: DetectedSpan[] = [];
  for (const m of text.matchAll(/_{3,}/g)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, confidence: 0.6, via: "underscore", notes: [], hasTab: false });
  }
  return out;
}

/**
 * Plain text cannot see tab leaders. Two shapes are usually blanks: `Chủ trì: <TAB>` at the end of a line (unless a
 * list follows, as under `Kính gửi:`), and a line that is only a TAB continuing a label or a leader line above.
 */
function loneTab(text: string, hints: ParagraphHints, found: DetectedSpan[]): DetectedSpan | null {
  if (found.length > 0) return null;
  const labelled = text.match(/:[ \u00a0]*(\t)[ \t]*$/);
  if (labelled && /\p{L}/u.test(text)) {
    if (/^\s*[-+•]\s/.test(hints.nextText ?? "")) return null;
    const at = text.lastIndexOf("\t");
    return { start: at, end: at + 1, confidence: 0.6, via: "tab", notes: [], hasTab: true };
  }
  if (/^[ \t]*\t[ \t]*(?:\.\/\.)?\s*$/.test(text)) {
    const prev = (hints.prevText ?? "").trim();
    if (prev.endsWith(":") || hints.prevHadTabBlank) {
      const at = text.indexOf("\t");
      return { start: at, end: at + 1, confidence: 0.5, via: "tab", notes: [], hasTab: true };
    }
  }
  return null;
}

/** Sorted, non-overlapping, never across a footnote reference mark. */
function finish(text: string, spans: DetectedSpan[], footnoteRefs: number[] | undefined): DetectedSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DetectedSpan[] = [];
  for (const s of spans) {
    if (footnoteRefs) {
      for (const r of footnoteRefs) if (r > s.start && r < s.end) s.end = r;
    }
    if (s.end <= s.start || s.end > text.length) continue;
    const prev = out[out.length - 1];
    if (prev && s.start < prev.end) continue;
    out.push(s);
  }
  return out;
}
