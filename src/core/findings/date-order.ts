import { t } from "../../i18n";
import { groupBy } from "../collections";
import { foldTones } from "../text";
import type { Blank } from "../types";
import { defineFinding, type Detected } from "./types";

type Params = { label: string; date: string; signed: string };

interface Day {
  day: number;
  month: number;
  year: number;
}

/** A document the report refers to (`Kế hoạch số … ngày …`): dated no later than the report that cites it. */
const CITED = /^ngay (kê hoach|quyêt đinh|nghi quyêt|chi thi|công văn|thông bao|văn ban|hương dân|thông tư|nghi đinh)/;
const SIGNED = /^ngay ky/;

const PRINTED = (part: "day" | "month" | "year") =>
  ({ day: /ngày\s+(\d{1,2})(?!\d)/u, month: /tháng\s+(\d{1,2})(?!\d)/u, year: /năm\s+(\d{4})(?!\d)/u })[part];

/** A date field's day as the document holds it: its parts' values, and the parts printed around them. */
function dayOf(parts: Blank[]): Day | null {
  const got: Partial<Day> = {};
  for (const b of parts) {
    if (!b.filled || !b.value) return null;
    const v = b.value.trim();
    if (b.datePart === "date") {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
      if (!m) return null;
      return { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
    }
    if (b.datePart === "day" || b.datePart === "month" || b.datePart === "year") got[b.datePart] = Number(v);
  }
  // A part the template printed (`tháng 6 năm 2017`) stands right after the blanks of the line.
  const after = parts[parts.length - 1].context.after;
  for (const part of ["day", "month", "year"] as const) {
    if (got[part] !== undefined) continue;
    const m = PRINTED(part).exec(after) ?? /\/(\d{4})(?!\d)/u.exec(part === "year" ? after : "");
    if (m) got[part] = Number(m[1]);
  }
  const { day, month, year } = got;
  return day && month && year ? { day, month, year } : null;
}

const show = (d: Day) => `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
const key = (d: Day) => d.year * 10000 + d.month * 100 + d.day;
const nameOf = (b: Blank) => b.label.split(" – ")[0];

/** A document the report cites dated after the report itself: `Kế hoạch … ngày 20/07/2017` in a report of 15/06/2017. */
export const dateOrder = defineFinding({
  type: "date-order",
  // Right after the dates no calendar has: both are about dates.
  order: 4.5,
  detect: ({ blanks }) => {
    const out: Detected<Params>[] = [];
    const dates = [
      ...groupBy(
        blanks.filter((b) => b.kind === "date"),
        (b) => b.fieldId,
      ).values(),
    ];
    const signedParts = dates.find((parts) => SIGNED.test(foldTones(nameOf(parts[0]))));
    const signed = signedParts ? dayOf(signedParts) : null;
    if (!signed) return out;
    for (const parts of dates) {
      if (!CITED.test(foldTones(nameOf(parts[0])))) continue;
      const cited = dayOf(parts);
      if (!cited || key(cited) <= key(signed)) continue;
      out.push({
        paragraph: parts[0].paragraph,
        params: { label: nameOf(parts[0]), date: show(cited), signed: show(signed) },
        blankId: parts[0].id,
        section: parts[0].section,
      });
    }
    return out;
  },
  message: (params: Params): string => t("vi", "core.finding.dateOrder", params),
});
