/**
 * The document's outline from its own numbering (`Phần thứ nhất`, `I.`, `1.`, `a)`, `* Khó khăn:`) and from
 * built-in heading styles. A numbered paragraph that reads as running text (long, or several sentences) is a list
 * item; when one item of a numbered run is, the whole run is.
 */
import { groupBy } from "./collections";
import { sampleHeading } from "./notes";
import type { SnapshotParagraph } from "./types";

type Style = "styled" | "part" | "roman" | "arabic" | "alpha" | "star";

export interface Heading {
  paragraph: number;
  /** As a person names it (`namedTitle`): never dots, never a bare note number. */
  title: string;
  style: Style;
  rank: number;
  /** The printed number (roman and arabic as numbers, letters as 1-based), null when not numbered. */
  number: number | null;
  level: number;
  /** Index into `headings` of the parent, -1 at the top. */
  parent: number;
}

export interface NumberingSlip {
  paragraph: number;
  found: string;
  expected: string;
}

export interface Outline {
  headings: Heading[];
  /** For each paragraph, the index of the innermost heading it sits under (the heading itself for a heading). */
  sectionOf: Int32Array;
  slips: NumberingSlip[];
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table) while (n >= v) ((out += s), (n -= v));
  return out;
}

interface Candidate {
  paragraph: number;
  title: string;
  style: Style;
  rank: number;
  number: number | null;
  long: boolean;
}

function candidate(p: SnapshotParagraph, index: number): Candidate | null {
  if (p.location !== "body") return null;
  if (!p.headingLevel && !/^\s*(?:phần|[IVXLC]{1,6}[.)]|\d{1,2}[.)]|[a-zđ]\)|\*)/iu.test(p.text)) return null;
  const title = p.text.replace(/[\s\u00a0]+/g, " ").trim();
  if (!title) return null;
  const long = title.length > 200 || /[.!?;]\s+\p{Lu}/u.test(title.replace(/^\S+\s/, ""));
  const base = { paragraph: index, title, long };
  if (p.headingLevel && p.headingLevel >= 1 && p.headingLevel <= 9) {
    return { ...base, style: "styled", rank: p.headingLevel * 10, number: null };
  }
  if (/^phần thứ\s+\p{L}+/iu.test(title) && title.length <= 80)
    return { ...base, style: "part", rank: 5, number: null };
  let m = title.match(/^([IVXLC]{1,6})[.)]\s+\S/);
  if (m && !long) return { ...base, style: "roman", rank: 20, number: romanValue(m[1]) };
  m = title.match(/^(\d{1,2})[.)]\s+\S/);
  if (m) return { ...base, style: "arabic", rank: 30, number: Number(m[1]) };
  m = title.match(/^([a-zđ])\)\s+\S/u);
  if (m && !long) return { ...base, style: "alpha", rank: 40, number: m[1].charCodeAt(0) - 96 };
  if (/^\*\s*\S.{0,100}:$/u.test(title)) return { ...base, style: "star", rank: 50, number: null };
  return null;
}

export function buildOutline(paragraphs: SnapshotParagraph[]): Outline {
  const cands: Candidate[] = [];
  paragraphs.forEach((p, i) => {
    const c = candidate(p, i);
    if (c) cands.push(c);
  });

  // Demote numbered runs that read as list items: group arabic candidates by their nearest higher-ranked candidate.
  let owner = -1;
  const arabic: Array<{ c: Candidate; owner: number }> = [];
  for (const c of cands) {
    if (c.style === "arabic") arabic.push({ c, owner });
    else if (c.rank < 30) owner = c.paragraph;
  }
  const demoted = new Set<number>();
  for (const run of groupBy(arabic, (a) => a.owner).values()) {
    if (run.some((a) => a.c.long)) for (const a of run) demoted.add(a.c.paragraph);
  }

  const headings: Heading[] = [];
  const stack: number[] = [];
  const slips: NumberingSlip[] = [];
  const lastSibling = new Map<string, Heading>();
  for (const c of cands) {
    if (demoted.has(c.paragraph) || (c.style !== "arabic" && c.long)) continue;
    while (stack.length && headings[stack[stack.length - 1]].rank >= c.rank) stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : -1;
    const h: Heading = { ...c, level: stack.length + 1, parent };
    const key = `${parent}:${c.style}`;
    const prev = lastSibling.get(key);
    if (prev && prev.number !== null && c.number !== null && c.number !== prev.number + 1) {
      const show = (n: number): string =>
        c.style === "roman" ? toRoman(n) : c.style === "alpha" ? String.fromCharCode(96 + n) : String(n);
      slips.push({ paragraph: c.paragraph, found: show(c.number), expected: show(prev.number + 1) });
    }
    lastSibling.set(key, h);
    headings.push(h);
    stack.push(headings.length - 1);
  }

  nameHeadings(paragraphs, headings);

  const sectionOf = new Int32Array(paragraphs.length).fill(-1);
  let hi = 0;
  let current = -1;
  for (let i = 0; i < paragraphs.length; i++) {
    if (paragraphs[i].location === "header" || paragraphs[i].location === "footer") continue;
    while (hi < headings.length && headings[hi].paragraph <= i) current = hi++;
    sectionOf[i] = current;
  }
  return { headings, sectionOf, slips };
}

/** A run of dots, ellipses or underscores, with the note numbers and spaces inside it (`……… 5 ………`). */
const BLANK_RUN = /(?:[.\u2026_]{2,}|\u2026)(?:\s*\d{1,2}\s*(?=[.\u2026_])|[\s.\u2026_])*/gu;
/** A note number glued to the end of a word (`THẨM QUYỀN BAN HÀNH6`). */
const GLUED_NOTE = /(?<=\p{Lu}{2}|\p{Ll}{3})\d{1,2}(?=\s|$)/gu;
/** The printed number a heading starts with: `Phần thứ nhất`, `II.`, `2)`, `a)`, `*`. */
const NUMBERING = /^(?:phần thứ\s+\p{L}+|([IVXLC]{1,6}|\d{1,2}|[a-zđ])[.)]|\*)\s*/iu;

/**
 * Each heading's title as the overview shows it: its blanks as one `…`, without note numbers. A heading that is
 * only a blank (`……… 5 ………`) is named from its sample (`Mẫu 1.1 — Nghị quyết (cá biệt)`) or its number (`Mục 2`);
 * an unnumbered heading with a blank in it says which sample it belongs to (`Mẫu 1.2 — Về việc …`), since every
 * sample has one.
 */
function nameHeadings(paragraphs: SnapshotParagraph[], headings: Heading[]): void {
  let sample: { number: string; title: string } | null = null;
  let next = 0;
  const siblings = new Map<number, number>();
  for (let p = 0; p < paragraphs.length && next < headings.length; p++) {
    sample = sampleHeading(paragraphs[p].text) ?? sample;
    if (headings[next].paragraph !== p) continue;
    const h = headings[next++];
    const ordinal = (siblings.get(h.parent) ?? 0) + 1;
    siblings.set(h.parent, ordinal);
    h.title = namedTitle(h.title, sample, ordinal);
  }
}

/** See `nameHeadings`; `ordinal` is the heading's place among its parent's, for a heading without a number. */
export function namedTitle(text: string, sample: { number: string; title: string } | null, ordinal: number): string {
  const shown = text
    .replace(BLANK_RUN, " \uE000 ")
    .replace(GLUED_NOTE, "")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/(?:\uE000\s*)+/gu, "\uE000 ")
    .replace(/([:;,])?\s*\uE000\s*$/u, (_, colon: string | undefined) => (colon ? colon : " \uE000"))
    .trim()
    .replace(/\uE000/gu, "\u2026");
  if (!text.match(BLANK_RUN)) return shown;
  const numbering = shown.match(NUMBERING);
  const words = shown.slice(numbering?.[0].length ?? 0);
  if (!/\p{L}/u.test(words)) {
    if (sample) return sample.title ? `${sample.number} — ${sample.title}` : sample.number;
    return `Mục ${numbering?.[1] ?? ordinal}`;
  }
  return sample && !numbering ? `${sample.number} — ${shown}` : shown;
}

/** Heading texts from the outermost down to `index`. */
export function headingPath(headings: Heading[], index: number): string[] {
  const out: string[] = [];
  for (let h = index; h >= 0; h = headings[h].parent) out.push(headings[h].title);
  return out.reverse();
}

/** Headings followed by a heading of the same or a higher level, or by the end of the body, with nothing between. */
export function emptyHeadings(paragraphs: SnapshotParagraph[], headings: Heading[]): Heading[] {
  const byParagraph = new Map(headings.map((h) => [h.paragraph, h]));
  const out: Heading[] = [];
  for (const h of headings) {
    let next: Heading | null | undefined;
    let i = h.paragraph + 1;
    for (; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      if (p.location === "header" || p.location === "footer") continue;
      if (!p.text.trim()) continue;
      next = byParagraph.get(i) ?? null;
      break;
    }
    if (next === undefined || (next !== null && next.level <= h.level)) out.push(h);
  }
  return out;
}
