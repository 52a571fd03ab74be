/** `Họ và tên: ________`: underscore runs inside a line; a line of only underscores is a rule under a heading. */
import type { Candidate, FindRule } from "./rule";

export const underscoreRuns: FindRule = {
  name: "underscore-runs",
  summary: "three or more underscores in a line that has words: `Họ và tên: ________`",
  kind: "find",
  find(text) {
    if (!text.includes("___") || !/[\p{L}\p{N}]/u.test(text)) return [];
    return [...text.matchAll(/_{3,}/g)].map((m): Candidate => {
      const start = m.index ?? 0;
      return {
        start,
        end: start + m[0].length,
        confidence: 0.6,
        via: "underscore",
        notes: [],
        hasTab: false,
        weight: 0,
      };
    });
  },
};
