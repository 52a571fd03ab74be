/** `Số     - BC/ĐU`, `Số:          /QĐ-UBND`: spaces after "Số" where the document number is typed in. */
import type { Candidate, FindRule } from "./rule";

const GAP = /(?<![\p{L}])(số:?)( {3,}|\u00a0{3,})(?=[/-])/giu;

export const numberGap: FindRule = {
  name: "number-gap",
  summary: "three or more spaces between `Số` and the `-` or `/` of a document number: `Số     - BC/ĐU`",
  kind: "find",
  find(text) {
    if (!text.includes("   ") && !text.includes("\u00a0\u00a0\u00a0")) return [];
    return [...text.matchAll(GAP)].map((m): Candidate => {
      const start = (m.index ?? 0) + m[1].length;
      return { start, end: start + m[2].length, confidence: 0.8, via: "space", notes: [], hasTab: false, weight: 0 };
    });
  },
};
