import { t } from "../../i18n";
import { defineFinding, type Detected } from "./types";

type Params = { text: string };

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

/** A date no calendar has: "ngày 31 tháng 4", "30/02/2024". */
export const dateRange = defineFinding({
  type: "date-range",
  order: 4,
  detect: ({ snapshot, sectionPath }) => {
    const out: Detected<Params>[] = [];
    snapshot.paragraphs.forEach((p, i) => {
      if (!p.text.includes("/") && !/ngày/iu.test(p.text)) return;
      for (const re of [WORD_DATE, SLASH_DATE]) {
        for (const m of p.text.matchAll(re)) {
          const year = m[3] ? Number(m[3]) : undefined;
          if (!validDay(Number(m[1]), Number(m[2]), year)) {
            out.push({ paragraph: i, params: { text: m[0] }, section: sectionPath(i) });
          }
        }
      }
    });
    return out;
  },
  message: (params: Params): string => t("vi", "core.finding.dateRange", params),
});
