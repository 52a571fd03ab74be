/**
 * The shape of a detection rule and the few helpers rules share. A rule is a named, pure step of the blank
 * pipeline (`RULES` in ./index.ts): a "find" rule proposes spans, a "reject" rule drops spans found before it.
 */
import { foldTones, isLetter, isSpace } from "../text";

export type DetectedVia = "fill" | "leader" | "space" | "underscore" | "tab";

export interface DetectedSpan {
  start: number;
  end: number;
  confidence: number;
  via: DetectedVia;
  /** Note numbers inside the blank or glued right after it (`..... 5 .....`, `...9.`). */
  notes: number[];
  /** The span holds a TAB (a leader line continues on the next paragraph). */
  hasTab: boolean;
}

export interface ParagraphHints {
  /** Offsets of TABs with a leader; undefined when the host cannot tell (plain text). */
  leaderTabs?: number[];
  superscripts?: Array<[number, number]>;
  footnoteRefs?: number[];
  /** The previous and next paragraphs' text, for the plain-text lone-TAB rules. */
  prevText?: string;
  nextText?: string;
  /** The previous paragraph ended in a blank that holds a TAB (a dotted-leader line). */
  prevHadTabBlank?: boolean;
}

/** A span while the pipeline runs. `weight` is what reject rules judge a dotted run by: its length in dots. */
export interface Candidate extends DetectedSpan {
  /** Dots in a dotted run, an ellipsis `…` counting 3 and a leader TAB 10; 0 for other shapes. */
  weight: number;
}

interface RuleBase {
  /** Unique, kebab-case, the same as the rule's file name in src/core/rules/. */
  name: string;
  /** One line: what the rule takes (or drops), with an example from a real template. */
  summary: string;
}

/** Proposes spans. `found` is what the rules before it kept, in their order; it must not be changed. */
export interface FindRule extends RuleBase {
  kind: "find";
  find(text: string, hints: ParagraphHints, found: readonly Candidate[]): Candidate[];
}

/** Drops look-alikes: a span found earlier for which `rejects` is true is no blank. */
export interface RejectRule extends RuleBase {
  kind: "reject";
  rejects(text: string, span: Candidate): boolean;
}

export type Rule = FindRule | RejectRule;

/** A dotted run that carries no note number and no leader: the only spans the "etc." look-alike rules judge. */
export function isPlainDots(span: Candidate): boolean {
  return span.via === "fill" && span.notes.length === 0;
}

export function prevNonSpace(text: string, at: number): string | undefined {
  let i = at - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  return i >= 0 ? text[i] : undefined;
}

export function nextNonSpace(text: string, at: number): string | undefined {
  let i = at;
  while (i < text.length && isSpace(text[i])) i++;
  return i < text.length ? text[i] : undefined;
}

/**
 * Words after which a value belongs (`số …`, `có …`, `Điều …`, `ông …`, `phía …`): a short run glued to one of them
 * is a blank even where it looks like an "etc." trailing off.
 */
const ASKS_VALUE = new Set(
  [
    "số",
    "thứ",
    "điều",
    "khoản",
    "điểm",
    "mục",
    "chương",
    "phần",
    "mẫu",
    "ngày",
    "tháng",
    "năm",
    "giờ",
    "phút",
    "lúc",
    "là",
    "có",
    "gồm",
    "tại",
    "ở",
    "của",
    "cho",
    "từ",
    "đến",
    "hết",
    "vào",
    "đạt",
    "được",
    "ông",
    "bà",
    "anh",
    "chị",
    "tên",
    "phía",
    "xã",
    "phường",
    "huyện",
    "quận",
    "tỉnh",
    "thôn",
    "ấp",
    "bản",
    "tổ",
    "đội",
    "lớp",
    "phòng",
  ].map(foldTones),
);

/** The word glued before `at` (letters only), or "" when none is. */
export function gluedWordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && isLetter(text[i - 1])) i--;
  return text.slice(i, at);
}

/** The word right before `at` (spaces skipped) is one after which a value belongs. */
export function asksValue(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isSpace(text[i - 1])) i--;
  return ASKS_VALUE.has(foldTones(gluedWordBefore(text, i)));
}

/** Words in the clause before `at`, back to a `;`, `:`, bracket or list dash (commas inside a list do not end it). */
export function clauseWordsBefore(text: string, at: number): number {
  const head = text.slice(0, at);
  const cut = Math.max(...[";", ":", "(", ")", "\t", " - ", "- "].map((c) => head.lastIndexOf(c)));
  return (head.slice(cut + 1).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
