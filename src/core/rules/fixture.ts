/**
 * The fixture notation of the rules' tables (`<rule>.fixtures.ts`, run by rules.test.ts).
 *
 * A fixture is a paragraph written with `«` and `»` around every span the rule takes: the spans a find rule adds,
 * or the spans a reject rule drops. `⇥` stands for a TAB that Word draws with a dotted leader; a paragraph without
 * one reads as plain text (the host cannot see leaders) unless the hints say otherwise. The rule runs where it
 * stands in `RULES`: after the rules before it, on what they kept.
 */
import { RULES, runRules } from "./index";
import type { Candidate, ParagraphHints, Rule } from "./rule";

export interface FixtureOptions extends ParagraphHints {
  /** The note numbers each taken span carries, in order. */
  notes?: number[][];
}

/** [paragraph with «taken» spans, why, hints]. A paragraph with no `«` is one the rule must take nothing from. */
export type Fixture = [marked: string, why: string, options?: FixtureOptions];

export interface MarkedSpan {
  start: number;
  end: number;
  text: string;
}

export function parseFixture(marked: string): { text: string; spans: MarkedSpan[]; leaderTabs: number[] } {
  let text = "";
  const spans: MarkedSpan[] = [];
  const leaderTabs: number[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === "«") open = text.length;
    else if (ch === "»") {
      spans.push({ start: open, end: text.length, text: text.slice(open) });
      open = -1;
    } else {
      if (ch === "⇥") leaderTabs.push(text.length);
      text += ch === "⇥" ? "\t" : ch;
    }
  }
  return { text, spans, leaderTabs };
}

/** Runs one fixture: what the rule took, and the spans the rules before it handed it. */
export function runFixture(
  rule: Rule,
  [marked, , options = {}]: Fixture,
): { expected: MarkedSpan[]; taken: MarkedSpan[]; notes: number[][]; input: Candidate[] } {
  const parsed = parseFixture(marked);
  const { notes: _notes, ...given } = options;
  const hints: ParagraphHints = parsed.leaderTabs.length > 0 ? { leaderTabs: parsed.leaderTabs, ...given } : given;
  const at = RULES.indexOf(rule);
  if (at < 0) throw new Error(`${rule.name} is not in RULES`);
  const { text } = parsed;
  const input = runRules(text, hints, RULES.slice(0, at));
  const taken = rule.kind === "find" ? rule.find(text, hints, input) : input.filter((s) => rule.rejects(text, s));
  return {
    expected: parsed.spans,
    taken: taken.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
    notes: taken.map((s) => s.notes),
    input,
  };
}
