/**
 * The form model's value logic, pure: parse what a person types (Vietnamese numbers and dates) and turn one field's
 * value into the text each of its blanks receives. Errors and warnings are i18n keys (`src/i18n/core.ts`).
 */
import type { MessageKey, Params } from "../i18n";
import { figureProblem, readFigure } from "./figures";
import { validDay } from "./findings/date-range";
import type { Blank, DatePart, Field } from "./types";

export interface ValueProblem {
  key: MessageKey;
  params?: Params;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ValueProblem };

/** `1.234`, `1234`, `1.234,5`, `12,5`, `1 234`, `-3`; a dot groups thousands, a comma starts the decimals. */
export function parseNumber(input: string): Parsed<number> {
  const s = input
    .normalize("NFC")
    .trim()
    .replace(/[\s\u00a0]+/g, " ");
  if (!s) return { ok: false, error: { key: "core.value.empty" } };
  if (/[^\d.,\s%+-]/.test(s)) return { ok: false, error: { key: "core.number.notNumber" } };
  const body = s.replace(/%$/, "").trim();
  const m = body.match(/^([+-]?)(\d{1,3}(?:[. ]\d{3})+|\d+)(?:,(\d+))?$/);
  if (!m) return { ok: false, error: { key: "core.number.format" } };
  const intPart = m[2].replace(/[. ]/g, "");
  const value = Number(`${m[1]}${intPart}${m[3] ? `.${m[3]}` : ""}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, error: { key: "core.number.format" } };
}

export interface DateValue {
  day: number;
  month: number;
  year: number;
}

/** `dd/mm/yyyy`, also `d/m/yyyy` and `-` or `.` between the parts. */
export function parseDate(input: string): Parsed<DateValue> {
  const s = input.trim();
  if (!s) return { ok: false, error: { key: "core.value.empty" } };
  const m = s.match(/^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d+)$/);
  if (!m) return { ok: false, error: { key: "core.date.format" } };
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[3].length !== 4) return { ok: false, error: { key: "core.date.yearRange" } };
  if (month < 1 || month > 12) return { ok: false, error: { key: "core.date.monthRange", params: { month } } };
  if (!validDay(day, month, year)) return { ok: false, error: { key: "core.date.dayRange", params: { day, month } } };
  return { ok: true, value: { day, month, year } };
}

/** What one field's value becomes: the text for each of its blanks, or the reason it cannot be written. */
export type FieldWrites =
  | {
      ok: true;
      writes: Array<{ blankId: string; value: string }>;
      /** Written, but worth a look (a date that disagrees with the printed month). */
      warnings: ValueProblem[];
    }
  | { ok: false; error: MessageKey; params?: Params; writes: []; warnings: [] };

const fail = (p: ValueProblem): FieldWrites => ({
  ok: false,
  error: p.key,
  params: p.params,
  writes: [],
  warnings: [],
});

const PRINTED_MISMATCH: Record<Exclude<DatePart, "date">, MessageKey> = {
  day: "core.date.printedDayMismatch",
  month: "core.date.printedMonthMismatch",
  year: "core.date.printedYearMismatch",
};

/**
 * Day and month as official documents print them: in `ngày 05 tháng 3` a day below 10 and months 1–2 take a
 * leading zero (Nghị định 30/2020); in `05/06/2017` both parts always have two digits.
 */
function datePartText(part: Exclude<DatePart, "date">, d: DateValue, slashes: boolean): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  if (part === "year") return String(d.year);
  if (part === "day") return slashes || d.day < 10 ? two(d.day) : String(d.day);
  return slashes || d.month <= 2 ? two(d.month) : String(d.month);
}

/** A value as a blank takes it: in capitals where the blank or its field asks (`Nguyễn Văn An` → `NGUYỄN VĂN AN`). */
function inLetterCase(value: string, blank: Blank, field: Field): string {
  return blank.letterCase === "upper" || field.letterCase === "upper" ? value.toUpperCase().normalize("NFC") : value;
}

/**
 * A figure with a unit is a quantity: read in any notation (asked about when two readings fit), refused when it
 * cannot count what its unit names, and written in Vietnamese notation. A number without one (a document's number,
 * `Số 05-BC`) is written as typed.
 */
function numberWrites(field: Field, own: Blank[], value: string): FieldWrites {
  if (!field.unit) {
    const n = parseNumber(value);
    if (!n.ok) return fail(n.error);
    return { ok: true, writes: own.map((b) => ({ blankId: b.id, value })), warnings: [] };
  }
  const f = readFigure(value);
  if (!f.ok) {
    if ("ambiguous" in f) return fail({ key: "core.number.ambiguous", params: { input: value, ...f.ambiguous } });
    return fail(f.error);
  }
  const problem = figureProblem(f.value, field.unit);
  if (problem) return fail(problem);
  return { ok: true, writes: own.map((b) => ({ blankId: b.id, value: f.text })), warnings: [] };
}

/** The text each blank of `field` receives for `input`, or why it cannot be written. */
export function writesForField(field: Field, blanks: Blank[], input: string): FieldWrites {
  const own = field.blankIds.map((id) => blanks.find((b) => b.id === id)).filter((b): b is Blank => !!b && !b.readOnly);
  const value = input.normalize("NFC").trim();
  if (!value) return fail({ key: "core.value.empty" });

  const boxes = own.find((b) => b.digitBoxes)?.digitBoxes;
  if (boxes) {
    // One character a box: the boxes hold the number without its spaces, and only whole.
    const chars = [...value.replace(/[\s\u00a0]+/g, "")].length;
    if (chars !== boxes.count) return fail({ key: "core.value.boxes", params: { count: boxes.count, given: chars } });
  }
  if (field.kind === "number") return numberWrites(field, own, value);
  if (field.kind === "date") {
    const d = parseDate(value);
    if (!d.ok) return fail(d.error);
    // The document keeps its printed month and year: the day must exist in them (no 31 in a printed "tháng 6").
    const month = field.printedDate?.month ?? d.value.month;
    const year = field.printedDate?.year ?? d.value.year;
    if (!validDay(d.value.day, month, year))
      return fail({ key: "core.date.printedDayRange", params: { day: d.value.day, month, year } });
    const slashes = field.dateStyle === "slashes";
    const warnings: ValueProblem[] = [];
    for (const part of ["day", "month", "year"] as const) {
      const printed = field.printedDate?.[part];
      if (printed !== undefined && printed !== d.value[part]) {
        warnings.push({
          key: PRINTED_MISMATCH[part],
          params: { printed, given: d.value[part] },
        });
      }
    }
    const writes = own.map((b) => {
      const text =
        b.datePart && b.datePart !== "date"
          ? datePartText(b.datePart, d.value, slashes)
          : `${datePartText("day", d.value, true)}/${datePartText("month", d.value, true)}/${d.value.year}`;
      return { blankId: b.id, value: text };
    });
    return { ok: true, writes, warnings };
  }
  return { ok: true, writes: own.map((b) => ({ blankId: b.id, value: inLetterCase(value, b, field) })), warnings: [] };
}
