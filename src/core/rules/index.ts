/**
 * The blank detection rules, in the order the engine runs them. Find rules add spans; a reject rule drops the spans
 * found before it that it recognises as look-alikes, so every look-alike rule stands after the finder it judges.
 * The lone-TAB rule comes last: it only applies to a paragraph where nothing else was found.
 */
import { dateGap } from "./date-gap";
import { dottedRuns } from "./dotted-runs";
import { etcAfterComma } from "./etc-after-comma";
import { etcAfterNumber } from "./etc-after-number";
import { etcAfterVv } from "./etc-after-vv";
import { etcBeforeBracket } from "./etc-before-bracket";
import { etcBeforeSeparator } from "./etc-before-separator";
import { etcClosingWord } from "./etc-closing-word";
import { etcInParens } from "./etc-in-parens";
import { etcSentenceGoesOn } from "./etc-sentence-goes-on";
import { loneTab } from "./lone-tab";
import { numberGap } from "./number-gap";
import type { Candidate, ParagraphHints, Rule } from "./rule";
import { slashDateGap } from "./slash-date-gap";
import { tocLeader } from "./toc-leader";
import { underscoreRuns } from "./underscore-runs";

export type { Candidate, DetectedSpan, DetectedVia, FindRule, ParagraphHints, RejectRule, Rule } from "./rule";

export const RULES: readonly Rule[] = [
  dottedRuns,
  etcAfterVv,
  etcClosingWord,
  etcAfterComma,
  etcInParens,
  etcBeforeSeparator,
  etcSentenceGoesOn,
  etcAfterNumber,
  etcBeforeBracket,
  tocLeader,
  numberGap,
  dateGap,
  slashDateGap,
  underscoreRuns,
  loneTab,
];

/** Runs `rules` over one paragraph: the spans every find rule proposed and no later reject rule dropped. */
export function runRules(text: string, hints: ParagraphHints, rules: readonly Rule[] = RULES): Candidate[] {
  let spans: Candidate[] = [];
  for (const rule of rules) {
    if (rule.kind === "find") spans = spans.concat(rule.find(text, hints, spans));
    else spans = spans.filter((s) => !rule.rejects(text, s));
  }
  return spans;
}
