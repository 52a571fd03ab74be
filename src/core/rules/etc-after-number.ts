/**
 * `giai đoạn 2021 - 2025... Trong đó`: an "etc." glued to a number of three or more digits. A year's missing digits
 * (`20…`), a note number (`1…`) or a date part before a slash (`2026…/`) stay blanks.
 */
import { isPlainDots, nextNonSpace } from "./rule";
import type { RejectRule } from "./rule";

export const etcAfterNumber: RejectRule = {
  name: "etc-after-number",
  summary: "`...` or `…` glued to a number of three or more digits: `năm 2021 - 2025... Trong đó`",
  kind: "reject",
  rejects(text, span) {
    if (!isPlainDots(span) || span.weight > 3) return false;
    const digits = text.slice(Math.max(0, span.start - 8), span.start).match(/\d+$/);
    if (!digits || digits[0].length < 3) return false;
    const after = nextNonSpace(text, span.end);
    return after === undefined || !/[\d/.-]/.test(after);
  },
};
