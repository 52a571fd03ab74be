/** `(…)`, `(năm ..., tháng ...)`: a run of three dots inside an open parenthesis is an aside, not a blank. */
import { isPlainDots } from "./rule";
import type { RejectRule } from "./rule";

export const etcInParens: RejectRule = {
  name: "etc-in-parens",
  summary: "a run no longer than `...` or `…` inside parentheses: `các hội (…) đã`",
  kind: "reject",
  rejects(text, span) {
    return isPlainDots(span) && span.weight <= 3 && insideParens(text, span.start);
  },
};

function insideParens(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && depth > 0) depth--;
  }
  return depth > 0 && text.indexOf(")", at) >= 0;
}
