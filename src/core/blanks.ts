/**
 * Blank detection in one paragraph: the detection rules of ./rules (dotted runs, space gaps, underscores, lone TABs,
 * and the look-alikes they must not take) run in order, then the spans are made sorted and non-overlapping.
 * Every rule is one pass or a few anchored regexes: linear in the paragraph's length.
 */
import { runRules } from "./rules";
import type { Candidate, DetectedSpan, ParagraphHints } from "./rules";

export type { DetectedSpan, DetectedVia, ParagraphHints } from "./rules";

export function detectBlanks(text: string, hints: ParagraphHints = {}): DetectedSpan[] {
  return finish(text, runRules(text, hints), hints.footnoteRefs);
}

/** Sorted, non-overlapping (the earlier, then the longer span wins), never across a footnote reference mark. */
function finish(text: string, spans: Candidate[], footnoteRefs: number[] | undefined): DetectedSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DetectedSpan[] = [];
  for (const { weight: _weight, ...s } of spans) {
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
