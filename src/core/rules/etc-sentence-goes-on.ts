/**
 * `phòng chống thiên tai… nhằm giảm thiểu`: an "etc." glued to a word, then a lower-case word carrying the sentence
 * on. A blank there would be glued to a word that asks for a value (`có… hộ`, `phía… của`) or stand before its
 * count noun or unit (`… người`), or be a long run.
 */
import { unitAfter } from "../kinds";
import { isLetter, isSpace } from "../text";
import { asksValue, isPlainDots, nextNonSpace } from "./rule";
import type { RejectRule } from "./rule";

export const etcSentenceGoesOn: RejectRule = {
  name: "etc-sentence-goes-on",
  summary: "`...` or `…` glued to a word, then a space and a lower-case word: `phòng chống thiên tai… nhằm`",
  kind: "reject",
  rejects(text, span) {
    if (!isPlainDots(span) || span.weight > 3 || !isLetter(text[span.start - 1])) return false;
    if (!isSpace(text[span.end])) return false;
    const after = nextNonSpace(text, span.end);
    if (!isLetter(after) || after !== after?.toLowerCase()) return false;
    return !asksValue(text, span.start) && unitAfter(text.slice(span.end, span.end + 60)) === null;
  },
};
