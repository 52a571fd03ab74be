/**
 * Plain text cannot see tab leaders. Two shapes are usually blanks: `Chủ trì: <TAB>` at the end of a line (unless a
 * list follows, as under `Kính gửi:`), and a line that is only a TAB continuing a label or a leader line above.
 */
import type { Candidate, FindRule } from "./rule";

export const loneTab: FindRule = {
  name: "lone-tab",
  summary: "in plain text, a TAB after `Label:` ending a line, or a line of only a TAB under one: `Chủ trì:<TAB>`",
  kind: "find",
  find(text, hints, found) {
    if (hints.leaderTabs || found.length > 0) return [];
    const labelled = text.match(/:[ \u00a0]*(\t)[ \t]*$/);
    if (labelled && /\p{L}/u.test(text)) {
      if (/^\s*[-+•]\s/.test(hints.nextText ?? "")) return [];
      return [tabAt(text.lastIndexOf("\t"), 0.6)];
    }
    if (/^[ \t]*\t[ \t]*(?:\.\/\.)?\s*$/.test(text)) {
      const prev = (hints.prevText ?? "").trim();
      if (prev.endsWith(":") || hints.prevHadTabBlank) return [tabAt(text.indexOf("\t"), 0.5)];
    }
    return [];
  },
};

function tabAt(at: number, confidence: number): Candidate {
  return { start: at, end: at + 1, confidence, via: "tab", notes: [], hasTab: true, weight: 0 };
}
