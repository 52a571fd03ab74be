import { t } from "../../i18n";
import { defineFinding, type Detected } from "./types";

type Params = { text: string };

const SIGNATURE = /(?<![\p{L}])(ký|kí|chữ ký|dấu)(?![\p{L}])/iu;

/** A paragraph that is only a parenthesised instruction: `(Anh cụ thể từng tổ chức hội).`, `(ghi rõ …)`. */
export function isGuidanceNote(text: string): boolean {
  const s = text.trim();
  return /^\([^()]{3,200}\)[.;:]?$/u.test(s) && !SIGNATURE.test(s) && !/^\(\d{1,2}\)/.test(s);
}

/** A template's instruction to whoever fills it, left in the text that is sent. */
export const guidanceNote = defineFinding({
  type: "guidance-note",
  order: 1,
  detect: ({ snapshot, sectionPath }) => {
    const out: Detected<Params>[] = [];
    snapshot.paragraphs.forEach((p, i) => {
      if (/^\s*\(/.test(p.text) && isGuidanceNote(p.text)) {
        out.push({ paragraph: i, params: { text: p.text.trim() }, section: sectionPath(i) });
      }
    });
    return out;
  },
  message: (params: Params): string => t("vi", "core.finding.guidanceNote", params),
});
