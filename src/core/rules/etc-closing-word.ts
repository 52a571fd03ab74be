/**
 * `văn nghệ…`, `đại chúng… Đặc biệt`: a short run glued to a word that closes the clause (the paragraph ends, a
 * capitalised sentence or a closing parenthesis follows) trails off a list; a blank there would have no question.
 */
import { isLetter, isUpper } from "../text";
import { isPlainDots, nextNonSpace } from "./rule";
import type { RejectRule } from "./rule";

const DATE_WORD = /(?<![\p{L}])(?:ngày|tháng|năm)$/iu;

export const etcClosingWord: RejectRule = {
  name: "etc-closing-word",
  summary: "a short run glued to a word at the end of a clause: `hoạt động văn nghệ…`, `đại chúng… Đặc biệt`",
  kind: "reject",
  rejects(text, span) {
    if (!isPlainDots(span) || span.weight > 4 || !isLetter(text[span.start - 1])) return false;
    // `ngày … tháng … năm…` ending the line: the year's place, not an "etc.".
    if (DATE_WORD.test(text.slice(Math.max(0, span.start - 6), span.start))) return false;
    const after = nextNonSpace(text, span.end);
    return after === undefined || after === ")" || isUpper(after);
  },
};
