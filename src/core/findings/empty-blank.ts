import { t } from "../../i18n";
import type { Blank } from "../types";
import { defineFinding, type Detected } from "./types";

type Params = { label: string };

/** The place a blank still empty is found; the pane builds the same one when it updates a scan after a write. */
export function emptyBlankAt(b: Blank): Detected<Params> {
  return { paragraph: b.paragraph, params: { label: b.label }, blankId: b.id, section: b.section };
}

/**
 * A blank nobody filled: the only finding that keeps the document from being finished. One the form says may stay
 * empty (`(nếu có)`) is not missing.
 */
export const emptyBlank = defineFinding({
  type: "empty-blank",
  order: 0,
  detect: ({ blanks }) => blanks.filter((b) => !b.filled && !b.readOnly && !b.optional).map(emptyBlankAt),
  message: (params: Params): string => t("vi", "core.finding.emptyBlank", params),
});
