import { t } from "../../i18n";
import { detectBlanks } from "../blanks";
import { defineFinding, type Detected } from "./types";

type Params = { text: string; start: number; end: number };

/** A blank inside a text box: Word gives the pane no way to write there, so it is filled by hand. */
export const textBox = defineFinding({
  type: "text-box",
  order: 6,
  detect: ({ snapshot, sectionPath }) => {
    const out: Detected<Params>[] = [];
    for (const tb of snapshot.textBoxes ?? []) {
      for (const s of detectBlanks(tb.text)) {
        const paragraph = Math.max(0, Math.min(tb.anchorParagraph, snapshot.paragraphs.length - 1));
        out.push({
          paragraph,
          params: { text: tb.text.trim(), start: s.start, end: s.end },
          section: sectionPath(paragraph),
        });
      }
    }
    return out;
  },
  message: (params: Params): string => t("vi", "core.finding.textBox", params),
});
