/** `v.v…`, `v.v....`: dots after "v.v" (and so on) end a list; they ask for nothing. */
import { isPlainDots } from "./rule";
import type { RejectRule } from "./rule";

export const etcAfterVv: RejectRule = {
  name: "etc-after-vv",
  summary: "dots right after `v.v` mean 'and so on': `văn hóa, thể thao v.v…`",
  kind: "reject",
  rejects(text, span) {
    if (!isPlainDots(span)) return false;
    const head = text.slice(Math.max(0, span.start - 4), span.start).toLowerCase();
    return /v\.?v\.?\s?$/.test(head);
  },
};
