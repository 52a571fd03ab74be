/**
 * `(lúa, ngô, khoai …)`, `[các tỉnh phía Bắc …]`: a short run that closes a bracket after words lists on. After a
 * label (`(ghi rõ: …)`) or a word that asks for a value (`(gồm … người)`) it is a blank; so is one alone in brackets.
 */
import { asksValue, isPlainDots, nextNonSpace, prevNonSpace } from "./rule";
import type { RejectRule } from "./rule";

export const etcBeforeBracket: RejectRule = {
  name: "etc-before-bracket",
  summary: "a run of up to five dots right before `)` or `]`, after words: `(lúa, ngô, khoai …)`",
  kind: "reject",
  rejects(text, span) {
    if (!isPlainDots(span) || span.weight > 5) return false;
    const after = nextNonSpace(text, span.end);
    if (after !== ")" && after !== "]") return false;
    const before = prevNonSpace(text, span.start);
    if (before === undefined || /[:([/-]/.test(before)) return false;
    return !asksValue(text, span.start);
  },
};
