/**
 * "Check before sending": empty blanks, guidance notes left in the text, numbering slips, sections with no content,
 * impossible dates and blanks in text boxes. Each finding points at a paragraph so the pane can jump there.
 */
import { t } from "../i18n";
import { detectBlanks } from "./blanks";
import type { Heading, Outline } from "./outline";
import { emptyHeadings, headingPath } from "./outline";
import type { Blank, DocumentSnapshot, Finding } from "./types";

const SIGNATURE = /(?<![\p{L}])(ký|kí|chữ ký|dấu)(?![\p{L}])/iu;

/** A paragraph that is only a parenthesised instruction: `(Anh cụ thể từng tổ chức hội).`, `(ghi rõ …)`. */
export function isGuidanceNote(text: string): boolean {
  const s = text.trim();
  return /^\([^()]{3,200}\)[.;:]?$/u.test(s) && !SIGNATURE.test(s) && !/^\(\d{1,2}\)/.test(s);
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function validDay(day: number, month: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && year !== undefined) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return day <= (leap ? 29 : 28);
  }
  return day <= DAYS[month - 1];
}

const WORD_DATE = /(?<![\p{L}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu;
const SLASH_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;

/** The finding for a blank still empty; the pane builds the same one when it updates a scan after a write. */
export function emptyBlankFinding(b: Blank): Finding {
  return {
    type: "empty-blank",
    paragraph: b.paragraph,
    message: t("vi", "core.finding.emptyBlank", { label: b.label }),
    params: { label: b.label },
    blankId: b.id,
    section: b.section,
  };
}

export function findings(snapshot: DocumentSnapshot, blanks: Blank[], outline: Outline): Finding[] {
  const out: Finding[] = [];
  const sectionPath = (p: number): string[] => {
    const h = outline.sectionOf[p] ?? -1;
    return h >= 0 ? headingPath(outline.headings, h) : [];
  };
  for (const b of blanks) {
    if (b.filled || b.readOnly) continue;
    out.push(emptyBlankFinding(b));
  }
  snapshot.paragraphs.forEach((p, i) => {
    if (/^\s*\(/.test(p.text) && isGuidanceNote(p.text)) {
      const text = p.text.trim();
      out.push({
        type: "guidance-note",
        paragraph: i,
        message: t("vi", "core.finding.guidanceNote", { text }),
        params: { text },
        section: sectionPath(i),
      });
    }
    if (!p.text.includes("/") && !/ngày/iu.test(p.text)) return;
    for (const re of [WORD_DATE, SLASH_DATE]) {
      for (const m of p.text.matchAll(re)) {
        const day = Number(m[1]);
        const month = Number(m[2]);
        const year = m[3] ? Number(m[3]) : undefined;
        if (!validDay(day, month, year)) {
          const text = m[0];
          out.push({
            type: "date-range",
            paragraph: i,
            message: t("vi", "core.finding.dateRange", { text }),
            params: { text },
            section: sectionPath(i),
          });
        }
      }
    }
  });
  const byParagraph = new Map<number, Heading>(outline.headings.map((h) => [h.paragraph, h]));
  for (const slip of outline.slips) {
    const title = byParagraph.get(slip.paragraph)?.title ?? "";
    const params = { found: slip.found, expected: slip.expected, title };
    out.push({
      type: "numbering",
      paragraph: slip.paragraph,
      message: t("vi", "core.finding.numbering", params),
      params,
      section: sectionPath(slip.paragraph),
    });
  }
  for (const h of emptyHeadings(snapshot.paragraphs, outline.headings)) {
    const params = { title: h.title };
    out.push({
      type: "empty-section",
      paragraph: h.paragraph,
      message: t("vi", "core.finding.emptySection", params),
      params,
      section: sectionPath(h.paragraph),
    });
  }
  for (const tb of snapshot.textBoxes ?? []) {
    for (const s of detectBlanks(tb.text)) {
      const text = tb.text.trim();
      const paragraph = Math.max(0, Math.min(tb.anchorParagraph, snapshot.paragraphs.length - 1));
      out.push({
        type: "text-box",
        paragraph,
        message: t("vi", "core.finding.textBox", { text }),
        params: { text, start: s.start, end: s.end },
        section: sectionPath(paragraph),
      });
    }
  }
  out.sort((a, b) => a.paragraph - b.paragraph);
  return out;
}
