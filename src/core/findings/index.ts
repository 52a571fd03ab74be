/**
 * Every kind of finding the check reports. A new kind is one module beside these, added here; the compiler then
 * asks for its pane messages (`pane.check.group.<type>`, `pane.check.item.<type>`) in src/i18n/check.ts.
 */
import type { FindingKey } from "../../i18n/check";
import { dateOrder } from "./date-order";
import { dateRange } from "./date-range";
import { emptyBlank } from "./empty-blank";
import { emptySection } from "./empty-section";
import { guidanceNote } from "./guidance-note";
import { numbering } from "./numbering";
import { partsTotal } from "./parts-total";
import { textBox } from "./text-box";
import { textBoxesUnread } from "./text-boxes-unread";

/**
 * In the order they run: findings are sorted by paragraph afterwards, and within one paragraph they keep this
 * order, so the command line's list does not depend on the check's grouping (`order`).
 */
export const FINDINGS = [
  emptyBlank,
  guidanceNote,
  dateRange,
  dateOrder,
  numbering,
  emptySection,
  partsTotal,
  textBox,
  textBoxesUnread,
] as const;

export type FindingType = (typeof FINDINGS)[number]["type"];

/**
 * A kind registered without its pane messages (FindingKey in src/i18n/check.ts), or messages left for no kind, do not
 * compile, and the error names the keys that differ (`Same` is true, or those keys).
 */
type Same<A, B> = [Exclude<A, B> | Exclude<B, A>] extends [never] ? true : Exclude<A, B> | Exclude<B, A>;
type Assert<T extends true> = T;
type _KindsHaveMessages = Assert<Same<`pane.check.${"group" | "item"}.${FindingType}`, FindingKey>>;

/** The check's groups, in the order it lists them. */
export const CHECK_ORDER: readonly FindingType[] = [...FINDINGS].sort((a, b) => a.order - b.order).map((f) => f.type);

export type { Detected, FindingDefinition, FindingInput } from "./types";
