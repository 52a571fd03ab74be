/** `(ốm đau, thai sản,…..)`: a short run after a comma that closes a parenthesis or the paragraph ends a list. */
import { isPlainDots, nextNonSpace } from "./rule";
import type { RejectRule } from "./rule";

export const etcAfterComma: RejectRule = {
  name: "etc-after-comma",
  summary: "a short run after a comma, closing a parenthesis or the paragraph: `(ốm đau, thai sản,…..)`",
  kind: "reject",
  rejects(text, span) {
    if (!isPlainDots(span) || span.weight > 5 || text[span.start - 1] !== ",") return false;
    const after = nextNonSpace(text, span.end);
    return after === ")" || after === undefined;
  },
};
