/**
 * `giai đoạn 2021 - 2025... Trong đó`: an "etc." glued to a year or an amount, closing its clause (the paragraph
 * ends, or a capital, a `;`, `,` or `)` follows). A year's missing digits (`20…`), a code's missing digits
 * (`024…`), a note number (`1…`) or a date part before a slash (`2026…/`) stay blanks.
 */
import { isUpper } from "../text";
import { isPlainDots, nextNonSpace } from "./rule";
import type { RejectRule } from "./rule";

export const etcAfterNumber: RejectRule = {
  name: "etc-after-number",
  summary: "`...` or `…` glued to a year or an amount that closes its clause: `năm 2021 - 2025... Trong đó`",
  kind: "reject",
  rejects(text, span) {
    if (!isPlainDots(span) || span.weight > 3) return false;
    const number = text
      .slice(Math.max(0, span.start - 12), span.start)
      .match(/(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+|\d+)$/);
    if (!number) return false;
    const year = /^(?:19|20)\d\d$/.test(number[1]);
    const amount = /^[1-9]\d{0,2}(?:[.,]\d{3})+$/.test(number[1]) || /^[1-9]\d{2,}$/.test(number[1]);
    if (!year && !amount) return false;
    const after = nextNonSpace(text, span.end);
    return after === undefined || isUpper(after) || after === ";" || after === "," || after === ")";
  },
};
