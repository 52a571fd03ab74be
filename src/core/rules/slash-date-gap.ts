/**
 * `ngày      /08/2026`, `ngày   /  /2025`: in a date written with slashes, a part left as spaces is where the day or
 * month is typed in. The year must be written or gapped (`2026`, `20…`, `…`), so two stray slashes are no date.
 */
import type { Candidate, FindRule } from "./rule";

const PART = "([ \\u00a0\\d.\\u2026]*)";
const SLASHED = new RegExp(`${PART}/${PART}/([ \\u00a0]*(?:\\d{2,4}|\\d{0,2}[.\\u2026]+))(?![\\d\\p{L}])`, "gu");
const SPACES = /^[ \u00a0]+$/;

export const slashDateGap: FindRule = {
  name: "slash-date-gap",
  summary: "a day or month left as spaces in a date written with slashes: `ngày      /08/2026`, `ngày   /  /2025`",
  kind: "find",
  find(text) {
    if (!text.includes("/")) return [];
    const out: Candidate[] = [];
    for (const m of text.matchAll(SLASHED)) {
      const day = m.index ?? 0;
      const month = day + m[1].length + 1;
      if (SPACES.test(m[1]) && m[1].length >= 2) out.push(gap(day, m[1].length));
      if (SPACES.test(m[2])) out.push(gap(month, m[2].length));
    }
    return out;
  },
};

function gap(start: number, length: number): Candidate {
  return { start, end: start + length, confidence: 0.8, via: "space", notes: [], hasTab: false, weight: 0 };
}
