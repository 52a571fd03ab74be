/**
 * `phòng chống thiên tai… nhằm giảm thiểu`: an "etc." glued to a word, then a lower-case word carrying the sentence
 * on. A blank there would be glued to a word that asks for a value (`có… hộ`, `phía… của`) or stand before its
 * count noun or unit (`… người`), or be a long run.
 */
import { unitAfter } from "../kinds";
import { isLetter, isSpace } from "../text";
import { asksValue, clauseWordsBefore, isPlainDots } from "./rule";
import type { RejectRule } from "./rule";

const GOES_ON = new Set(
  [
    "nhằm",
    "để",
    "và",
    "với",
    "cho",
    "đã",
    "đang",
    "được",
    "bị",
    "theo",
    "nên",
    "thì",
    "mà",
    "góp",
    "tạo",
    "giúp",
  ].concat([
    "nhưng",
    "cũng",
    "đều",
    "vẫn",
    "còn",
    "sẽ",
    "qua",
    "bằng",
    "do",
    "vì",
    "như",
    "trên",
    "đến",
    "tới",
    "điều",
  ]),
);

export const etcSentenceGoesOn: RejectRule = {
  name: "etc-sentence-goes-on",
  summary: "`...` or `…` glued to a word, then a space and a lower-case word: `phòng chống thiên tai… nhằm`",
  kind: "reject",
  rejects(text, span) {
    if (!isPlainDots(span) || span.weight > 3 || !isLetter(text[span.start - 1])) return false;
    if (!isSpace(text[span.end])) return false;
    // The sentence goes on with a word that joins clauses (`… nhằm`, `… để`), not the next label (`Địa chỉ… số nhà`).
    const next = text.slice(span.end).match(/^\s+(\p{Ll}+)/u)?.[1];
    if (!next || !GOES_ON.has(next)) return false;
    return (
      !asksValue(text, span.start) &&
      clauseWordsBefore(text, span.start) >= 3 &&
      unitAfter(text.slice(span.end, span.end + 60)) === null
    );
  },
};
