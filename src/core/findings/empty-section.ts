import { t } from "../../i18n";
import { emptyHeadings } from "../outline";
import { defineFinding } from "./types";

type Params = { title: string };

/** A heading with nothing under it before the next one. */
export const emptySection = defineFinding({
  type: "empty-section",
  order: 3,
  detect: ({ snapshot, outline, sectionPath }) =>
    emptyHeadings(snapshot.paragraphs, outline.headings).map((h) => ({
      paragraph: h.paragraph,
      params: { title: h.title },
      section: sectionPath(h.paragraph),
    })),
  message: (params: Params): string => t("vi", "core.finding.emptySection", params),
});
