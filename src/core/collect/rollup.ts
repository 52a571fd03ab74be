/**
 * The roll-up: one row per report, named by the field that names the reporting unit; a column per field; a total
 * for the fields that add up; table cells summed cell by cell into tables of their own. What cannot be trusted is
 * marked, never filled in.
 */
import type { Blank, Field } from "../types";
import { parseNumber } from "../values";
import { isSameTemplate, itemName, type PreparedTemplate } from "./align";
import type { Certainty, FieldReading, ReportReading } from "./types";
import { viNotation } from "../figures";

export interface Column {
  fieldId: string;
  /** The field's label with its unit, told apart by its section from another field of the same label. */
  header: string;
  label: string;
  unit: string | null;
  section: string[];
  kind: Field["kind"];
  /** Counts, amounts, areas: summed in the total row. Never years, dates, percentages or identifying numbers. */
  additive: boolean;
}

/** What a cell of the roll-up shows, and why it may need a look. */
export interface RolledCell {
  text: string | null;
  number: number | null;
  certainty: Certainty | null;
  /** `doubtful`: read, the words around it changed; `unplaced`: not read; `not-number`: a count that reads as words. */
  flag: "doubtful" | "unplaced" | "not-number" | null;
}

export interface Row {
  name: string;
  file: string;
  cells: RolledCell[];
}

/** Figures summed over the reports, `rows` × `columns`, null where nothing adds up. */
export interface SummedGrid {
  rows: string[];
  columns: string[];
  sums: Array<Array<number | null>>;
  /** Some report's value there was doubtful, unreadable, or not a number. */
  flagged: boolean[][];
}

/** A table of the template, its cells summed cell by cell. */
export interface RolledTable extends SummedGrid {
  table: number;
}

/**
 * A template's item line (`+ Hội chữ thập đỏ …`) and the lines the reports repeat after it, one per item: each
 * item's figures summed; `rows` are the items, the template's own first, then in the order the reports first name
 * them; `columns` the line's blanks.
 */
export interface RolledLines extends SummedGrid {
  templateParagraph: number;
}

export type NoticeReason = "other-template" | "unit-missing" | "unit-duplicate";

export interface Notice {
  file: string;
  reason: NoticeReason;
  /** The unit's name, for a duplicate. */
  unit?: string;
}

export interface Rollup {
  columns: Column[];
  rows: Row[];
  /** One per column: the sum of the rows for an additive column, else null. */
  totals: Array<number | null>;
  /** A total with a flagged cell under it: it sums what could be read, and is only as good as those. */
  totalFlagged: boolean[];
  tables: RolledTable[];
  lines: RolledLines[];
  notices: Notice[];
  /** The field whose value names each row, or null when no field names the unit (rows are named by file). */
  unitFieldId: string | null;
}

export interface ReportRead {
  file: string;
  reading: ReportReading;
}

/** Letters without any mark (`Đảng` → `dang`): labels are matched as a clerk would type them on any keyboard. */
export function plain(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/** Fields that name the reporting unit, the commune's own first. */
const UNIT_LABELS = [
  /^ten (xa|phuong|thi tran)\b/,
  /^ten (don vi|co quan|to chuc|co so)\b/,
  /^ten (dang uy|dang bo|chi bo)\b/,
];

/** Numbers that name or date, not count. */
const NOT_ADDITIVE_LABEL =
  /(^|\s)(nam|ty le|phan tram|ma|stt|so thu tu|so hieu|dien thoai|cccd|cmnd|can cuoc|so nha)(\s|$)|^so (van ban|ke hoach|quyet dinh|cong van|bao cao|thong bao|to trinh)/;
const NOT_ADDITIVE_UNIT = /^(%|phan tram|nam|tuoi|thang|ngay|gio)$/;

export function isAdditive(field: Field, blanks: Blank[]): boolean {
  if (field.kind !== "number") return false;
  const cell = blanks.find((b) => b.cell)?.cell;
  const label = plain(field.label);
  if (NOT_ADDITIVE_LABEL.test(label)) return false;
  if (cell) {
    if (cell.role === "ordinal" || cell.role === "checkbox") return false;
    return !cell.columnPath.some((h) => NOT_ADDITIVE_LABEL.test(plain(h)) || /%/.test(h));
  }
  return field.unit !== null && !NOT_ADDITIVE_UNIT.test(plain(field.unit.trim()));
}

/** The field naming each report's unit: the one `wanted` names (label or id), else the commune's name. */
export function unitField(fields: Field[], wanted?: string): Field | null {
  if (wanted !== undefined) {
    const key = plain(wanted.trim());
    return fields.find((f) => f.id === wanted) ?? fields.find((f) => plain(f.label.trim()) === key) ?? null;
  }
  for (const re of UNIT_LABELS) {
    const f = fields.find((x) => x.kind === "text" && re.test(plain(x.label)));
    if (f) return f;
  }
  return null;
}

/** The section a column is told apart by: its own heading, cut short for a column's header. */
function lastTitle(section: string[]): string {
  const title = (section[section.length - 1] ?? "").replace(/[\s:;.,]+$/u, "").trim();
  return title.length > 40 ? `${title.slice(0, 39).trimEnd()}…` : title;
}

function columnsOf(template: PreparedTemplate): Column[] {
  const blanks = template.blanksById;
  const cols = template.result.fields
    .map((f) => ({ f, bs: f.blankIds.map((id) => blanks.get(id)).filter((b): b is Blank => b !== undefined) }))
    .filter(({ bs }) => bs.length > 0 && !bs.some((b) => b.cell))
    .map(({ f, bs }): Column => {
      const unitShown = f.unit && !plain(f.label).includes(plain(f.unit)) ? ` (${f.unit})` : "";
      return {
        fieldId: f.id,
        header: f.label + unitShown,
        label: f.label,
        unit: f.unit,
        section: bs[0].section,
        kind: f.kind,
        additive: isAdditive(f, bs),
      };
    });
  const seen = new Map<string, number>();
  for (const c of cols) seen.set(c.header, (seen.get(c.header) ?? 0) + 1);
  for (const c of cols)
    if ((seen.get(c.header) ?? 0) > 1 && lastTitle(c.section)) c.header += ` — ${lastTitle(c.section)}`;
  const again = new Map<string, number>();
  for (const c of cols) {
    const n = (again.get(c.header) ?? 0) + 1;
    again.set(c.header, n);
    if (n > 1) c.header += ` (${n})`;
  }
  return cols;
}

function cellOf(r: FieldReading | undefined, kind: Field["kind"]): RolledCell {
  if (!r || (r.value === null && r.unplaced)) return { text: null, number: null, certainty: null, flag: "unplaced" };
  if (r.value === null)
    return { text: null, number: null, certainty: r.certainty, flag: r.certainty === "doubtful" ? "doubtful" : null };
  const flag = r.certainty === "doubtful" ? "doubtful" : kind === "number" && r.number === null ? "not-number" : null;
  return { text: r.value, number: r.number, certainty: r.certainty, flag };
}

/** Sums without the binary fractions' noise (0,1 + 0,2). */
const add = (a: number, b: number): number => Math.round((a + b) * 1e9) / 1e9;

/** Rolls the readings of many reports of one template into one table. */
export function rollUp(template: PreparedTemplate, reports: ReportRead[], unit?: string): Rollup {
  const columns = columnsOf(template);
  const unitF = unitField(template.result.fields, unit);
  const notices: Notice[] = [];
  const rows: Row[] = [];
  const kept: ReportRead[] = [];
  const names = new Map<string, string>();
  for (const rep of reports) {
    if (!isSameTemplate(rep.reading)) {
      notices.push({ file: rep.file, reason: "other-template" });
      continue;
    }
    const named = unitF ? rep.reading.fields.get(unitF.id)?.value?.trim() : undefined;
    if (unitF && !named) notices.push({ file: rep.file, reason: "unit-missing" });
    const name = named || rep.file;
    const key = plain(name).replace(/\s+/g, " ");
    if (names.has(key)) {
      notices.push({ file: rep.file, reason: "unit-duplicate", unit: name });
      continue;
    }
    names.set(key, rep.file);
    kept.push(rep);
    rows.push({
      name,
      file: rep.file,
      cells: columns.map((c) => cellOf(rep.reading.fields.get(c.fieldId), c.kind)),
    });
  }
  const totals = columns.map((c, i) => {
    const numbers = rows.map((r) => r.cells[i].number).filter((n): n is number => n !== null);
    return c.additive && numbers.length > 0 ? numbers.reduce(add, 0) : null;
  });
  const totalFlagged = columns.map((c, i) => c.additive && rows.some((r) => r.cells[i].flag !== null));
  return {
    columns,
    rows,
    totals,
    totalFlagged,
    tables: tablesOf(template, kept),
    lines: linesOf(template, kept),
    notices,
    unitFieldId: unitF?.id ?? null,
  };
}

function tablesOf(template: PreparedTemplate, reports: ReportRead[]): RolledTable[] {
  const byTable = new Map<number, Array<{ field: Field; blank: Blank }>>();
  for (const f of template.result.fields) {
    const blank = template.blanksById.get(f.blankIds[0]);
    if (!blank?.cell) continue;
    const list = byTable.get(blank.cell.table) ?? [];
    list.push({ field: f, blank });
    byTable.set(blank.cell.table, list);
  }
  const out: RolledTable[] = [];
  for (const [table, cells] of [...byTable].sort((a, b) => a[0] - b[0])) {
    const rowKey = (b: Blank) => b.cell!.row;
    const colKey = (b: Blank) => b.cell!.gridCol;
    const rowIds = [...new Set(cells.map((c) => rowKey(c.blank)))].sort((a, b) => a - b);
    const colIds = [...new Set(cells.map((c) => colKey(c.blank)))].sort((a, b) => a - b);
    const rows = rowIds.map((r) => cells.find((c) => rowKey(c.blank) === r)!.blank.cell!.rowLabel);
    const columns = colIds.map((k) => cells.find((c) => colKey(c.blank) === k)!.blank.cell!.columnPath.join(" › "));
    const sums = rowIds.map(() => colIds.map((): number | null => null));
    const flagged = rowIds.map(() => colIds.map(() => false));
    for (const { field, blank } of cells) {
      const r = rowIds.indexOf(rowKey(blank));
      const k = colIds.indexOf(colKey(blank));
      const additive = isAdditive(field, [blank]);
      for (const rep of reports) {
        const cell = cellOf(rep.reading.fields.get(field.id), field.kind);
        if (cell.flag) flagged[r][k] = true;
        if (additive && cell.number !== null) sums[r][k] = add(sums[r][k] ?? 0, cell.number);
      }
    }
    out.push({ table, rows, columns, sums, flagged });
  }
  return out;
}

function linesOf(template: PreparedTemplate, reports: ReportRead[]): RolledLines[] {
  const out: RolledLines[] = [];
  const paragraphs = [...new Set(reports.flatMap((r) => r.reading.repeated.map((l) => l.templateParagraph)))];
  const fieldOf = new Map(template.result.fields.flatMap((f) => f.blankIds.map((id) => [id, f] as const)));
  for (const p of paragraphs.sort((a, b) => a - b)) {
    const t = template.paragraphs[p];
    const blanks = t.blanks;
    const additive = blanks.map((b) => {
      const f = fieldOf.get(b.id);
      return f !== undefined && isAdditive(f, [b]);
    });
    const rows: string[] = [itemName(t.para.text, blanks[0].start)];
    const keys = [plain(rows[0])];
    const sums: Array<Array<number | null>> = [blanks.map(() => null)];
    const flagged: boolean[][] = [blanks.map(() => false)];
    const add1 = (name: string, values: Array<{ value: string | null; certainty: Certainty | null }>) => {
      let r = keys.indexOf(plain(name));
      if (r < 0) {
        r = rows.push(name) - 1;
        keys.push(plain(name));
        sums.push(blanks.map(() => null));
        flagged.push(blanks.map(() => false));
      }
      values.forEach((v, k) => {
        if (!additive[k]) return;
        const n = v.value === null || v.value === "" ? null : parseNumber(v.value);
        if (v.value === null || v.certainty === "doubtful" || (n && !n.ok)) flagged[r][k] = true;
        if (n?.ok) sums[r][k] = add(sums[r][k] ?? 0, n.value);
      });
    };
    for (const rep of reports) {
      const own = new Map(rep.reading.blanks.map((b) => [b.blankId, b]));
      add1(
        rows[0],
        blanks.map((b) => ({ value: own.get(b.id)?.value ?? null, certainty: own.get(b.id)?.certainty ?? null })),
      );
      for (const line of rep.reading.repeated) if (line.templateParagraph === p) add1(line.name, line.values);
    }
    const columns = blanks.map(
      (b) => b.label + (b.unit && !plain(b.label).includes(plain(b.unit)) ? ` (${b.unit})` : ""),
    );
    out.push({ templateParagraph: p, columns, rows, sums, flagged });
  }
  return out;
}

/** A total as the report writes it, and as `npm run fill` takes it: Vietnamese notation (`1.250,5`). */
export const answerNumber = (n: number): string => viNotation(n);

/**
 * The totals as answers for `npm run fill`: keyed by label, or by field id where two fields share a label (fill
 * takes either).
 */
export function totalsAsAnswers(template: PreparedTemplate, rollup: Rollup): Record<string, string> {
  const count = new Map<string, number>();
  for (const f of template.result.fields) count.set(plain(f.label.trim()), (count.get(plain(f.label.trim())) ?? 0) + 1);
  const out: Record<string, string> = {};
  rollup.columns.forEach((c, i) => {
    const total = rollup.totals[i];
    if (total === null) return;
    out[count.get(plain(c.label.trim()))! > 1 ? c.fieldId : c.label] = answerNumber(total);
  });
  return out;
}
