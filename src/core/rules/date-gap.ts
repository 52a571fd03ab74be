/** `ngày     tháng 6 năm 2017`: spaces after "ngày" or "tháng" where the day or month is typed in. */
import type { Candidate, FindRule } from "./rule";

const GAP = /(?<![\p{L}])(ngày|tháng)( {3,})(?=tháng|năm|\d)/giu;

export const dateGap: FindRule = {
  name: "date-gap",
  summary: "three or more spaces after `ngày`/`tháng` before the next date word or a number: `ngày     tháng 6`",
  kind: "find",
  find(text) {
    if (!text.includes("   ")) return [];
    return [...text.matchAll(GAP)].map((m): Candidate => {
      const start = (m.index ?? 0) + m[1].length;
      return { start, end: start + m[2].length, confidence: 0.8, via: "space", notes: [], hasTab: false, weight: 0 };
    });
  },
};
