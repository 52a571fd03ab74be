/**
 * `(lúa, ngô, khoai …)`, `[Hà Giang, Cao Bằng …]`: a short run that closes a bracket after a list of words. After a
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
    // Only a list trails off: the words inside the bracket are joined by a comma, `và` or `hoặc`.
    const inside = text.slice(
      Math.max(text.lastIndexOf("(", span.start), text.lastIndexOf("[", span.start)) + 1,
      span.start,
    );
    return /,|(?<![\p{L}])(?:và|hoặc)(?![\p{L}])/u.test(inside) && !asksValue(text, span.start);
  },
};
