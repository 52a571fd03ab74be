import { t } from "../../i18n";
import type { Heading } from "../outline";
import { defineFinding } from "./types";

type Params = { found: string; expected: string; title: string };

/** A heading numbered out of sequence ("3." after "1."), as the outline finds it. */
export const numbering = defineFinding({
  type: "numbering",
  order: 2,
  detect: ({ outline, sectionPath }) => {
    const byParagraph = new Map<number, Heading>(outline.headings.map((h) => [h.paragraph, h]));
    return outline.slips.map((slip) => ({
      paragraph: slip.paragraph,
      params: { found: slip.found, expected: slip.expected, title: byParagraph.get(slip.paragraph)?.title ?? "" },
      section: sectionPath(slip.paragraph),
    }));
  },
  message: (params: Params): string => t("vi", "core.finding.numbering", params),
});
