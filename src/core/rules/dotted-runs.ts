/**
 * Runs of dots and ellipses (`.......`, `……`, `…..`) of at least 3 dots' length, one span across single gaps,
 * note numbers (`..... 5 .....`, `…(2)…`) and, where Word says so, TABs that draw a dotted leader.
 */
import { isLetter } from "../text";
import { prevNonSpace } from "./rule";
import type { Candidate, FindRule } from "./rule";

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

export const dottedRuns: FindRule = {
  name: "dotted-runs",
  summary: "dots and ellipses, joined across note numbers and leader TABs: `ĐẢNG BỘ HUYỆN ......`, `có…..hội`",
  kind: "find",
  find(text, hints) {
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

    const out: Candidate[] = [];
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
      out.push(fromGroup(text, pieces.slice(k, last + 1), notes, leaderSet !== null));
      k = last + 1;
    }
    return out;
  },
};

function fromGroup(text: string, group: Piece[], notes: number[], knowsLeaders: boolean): Candidate {
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
  // `...9.`, `... 10.` closing the line and `……(5)`: the note number of the run before it (not `……6. Email`,
  // which numbers the next item).
  const glued =
    text.slice(end).match(/^(\d{1,2})(?!\d)(?=[.\s;,)]|$)(?!\.\s*\p{Lu})/u) ??
    text.slice(end).match(/^ (\d{1,2})\.\s*$/) ??
    text.slice(end).match(/^ ?\((\d{1,2})\)(?=[\s.;,:]|$)/);
  if (glued) notes.push(Number(glued[1]));
  // `Họ và tên(1): ……`: the note marked on the label right before the blank is the blank's note.
  const marked = text.slice(Math.max(0, start - 8), start).match(/\((\d{1,2})\)\s*:\s*$/);
  if (marked && !notes.includes(Number(marked[1]))) notes.unshift(Number(marked[1]));
  const hasTab = text.slice(start, end).includes("\t");

  const before = prevNonSpace(text, start);
  let confidence = 0.7;
  if (weight >= 6 || notes.length > 0 || hasLeader) confidence = 0.95;
  else if (before === ":" || before === undefined) confidence = 0.9;
  else if (isLetter(text[start - 1])) confidence = 0.75;
  return { start, end, confidence, via: hasLeader ? "leader" : "fill", notes, hasTab, weight };
}
