/**
 * `các hoạt động văn hóa...;`, `tuyên truyền, vận động…, ` : an "etc." glued to the last word of a list item, right
 * before the `;` or `,` that closes it. Glued to a word after which a value belongs (`Điều…;`, `số…,`) it is a blank.
 */
import { isLetter } from "../text";
import { asksValue, clauseWordsBefore, isPlainDots, nextNonSpace } from "./rule";
import type { RejectRule } from "./rule";

export const etcBeforeSeparator: RejectRule = {
  name: "etc-before-separator",
  summary: "`...` or `…` glued to a word and closing a list item before `;` or `,`: `các hoạt động văn hóa...;`",
  kind: "reject",
  rejects(text, span) {
    if (!isPlainDots(span) || span.weight > 3 || !isLetter(text[span.start - 1])) return false;
    const after = nextNonSpace(text, span.end);
    // A list item of a word or two (`- Sở…;`) is a name to fill in, not a list trailing off.
    return (after === ";" || after === ",") && !asksValue(text, span.start) && clauseWordsBefore(text, span.start) >= 3;
  },
};
