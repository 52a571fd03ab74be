import { t } from "../../i18n";
import { detectBlanks } from "../blanks";
import { defineFinding, type Detected } from "./types";

type Params = { text: string; start: number; end: number };

/**
 * A blank inside a text box the Word layer cannot write (Word on the web, a host without WordApiDesktop 1.2, a box in
 * a group): filled by hand, with a jump to the paragraph it is anchored to.
 */
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
