/** `Chương I ............ 5`: a table-of-contents line, a long run ending in a page number at the end of the line. */
import { isPlainDots } from "./rule";
import type { RejectRule } from "./rule";

export const tocLeader: RejectRule = {
  name: "toc-leader",
  summary: "a long run between a title and a page number that ends the line: `Phần thứ nhất ........ 3`",
  kind: "reject",
  rejects(text, span) {
    return (
      isPlainDots(span) &&
      span.weight >= 8 &&
      /^[ \t]*\d{1,3}[ \t]*$/.test(text.slice(span.end)) &&
      /\p{L}{2,}/u.test(text.slice(0, span.start))
    );
  },
};
