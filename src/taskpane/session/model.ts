/**
 * The form model the pane shows, derived from a scan: fields in document order, their current values, progress,
 * and the section each belongs to. Pure functions, so the views and the session hook stay thin.
 */
import { groupBy } from "../../core/collections";
import type { Blank, Field, ScanResult, Section } from "../../core/types";

export interface FieldEntry {
  field: Field;
  blanks: Blank[];
  /** The text the document holds for the field now ("" when empty). */
  value: string;
  /** Heading path of the field's first blank. */
  section: string[];
}

export interface FormModel {
  entries: FieldEntry[];
  byId: Map<string, FieldEntry>;
  /** Fields the user can write (read-only ones are shown, not counted). */
  total: number;
  filled: number;
}

function comparePosition(a: Blank, b: Blank): number {
  return a.paragraph - b.paragraph || a.start - b.start;
}

/**
 * A date field as a person writes it (dd/mm/yyyy): its blank parts, completed by the parts printed around them
 * (`ngày ..... tháng 6 năm 2017`). Empty until every part is known.
 */
function dateValue(field: Field, blanks: Blank[]): string {
  const known: Partial<Record<"day" | "month" | "year", string>> = {};
  for (const [part, n] of Object.entries(field.printedDate ?? {}))
    if (n !== undefined) known[part as "day"] = String(n);
  for (const b of blanks) {
    if (b.datePart !== "day" && b.datePart !== "month" && b.datePart !== "year") continue;
    if (!b.filled) return "";
    known[b.datePart] = (b.value ?? b.text).trim();
  }
  const { day, month, year } = known;
  if (!day || !month || !year) return "";
  return `${day.padStart(2, "0")}/${month.padStart(2, "0")}/${year}`;
}

export function currentValue(field: Field, blanks: Blank[]): string {
  if (field.kind === "date" && blanks.some((b) => b.datePart && b.datePart !== "date")) return dateValue(field, blanks);
  // As typed: a place written in capitals (`ĐẢNG BỘ HUYỆN TUY PHƯỚC`) is not how the value reads elsewhere.
  const first = blanks.find((b) => b.filled && !b.letterCase) ?? blanks.find((b) => b.filled);
  return first ? (first.value ?? first.text) : "";
}

export function buildModel(result: ScanResult): FormModel {
  const blankById = new Map(result.blanks.map((b) => [b.id, b]));
  const entries: FieldEntry[] = [];
  for (const field of result.fields) {
    const blanks = field.blankIds
      .map((id) => blankById.get(id))
      .filter((b): b is Blank => !!b)
      .sort(comparePosition);
    if (blanks.length === 0) continue;
    entries.push({ field, blanks, value: currentValue(field, blanks), section: blanks[0].section });
  }
  entries.sort((a, b) => comparePosition(a.blanks[0], b.blanks[0]));
  // A field that may stay empty (`nếu có`) counts once it holds something, never as one still to fill.
  const counted = entries.filter((e) => !e.field.readOnly && (!e.field.optional || e.field.filled));
  return {
    entries,
    byId: new Map(entries.map((e) => [e.field.id, e])),
    total: counted.length,
    filled: counted.filter((e) => e.field.filled).length,
  };
}

/**
 * The first field still to fill at or after `fromIndex` (wrapping round), or null when none is left: one that may
 * stay empty is not waited for.
 */
export function nextEmptyIndex(model: FormModel, fromIndex = 0): number | null {
  const n = model.entries.length;
  for (let k = 0; k < n; k++) {
    const i = (fromIndex + k) % n;
    const e = model.entries[i];
    if (!e.field.filled && !e.field.readOnly && !e.field.optional) return i;
  }
  return null;
}

export function sectionKey(path: string[]): string {
  return path.join(" › ");
}

export interface FieldGroup {
  key: string;
  title: string[];
  entries: FieldEntry[];
}

/** Consecutive fields of the same section, in document order. */
export function groupBySection(entries: FieldEntry[]): FieldGroup[] {
  const groups: FieldGroup[] = [];
  for (const e of entries) {
    const key = sectionKey(e.section);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.entries.push(e);
    else groups.push({ key, title: e.section, entries: [e] });
  }
  return groups;
}

/**
 * A field's label as the form shows it: a number input carries its unit as a suffix, so a label ending in the same
 * unit ("Diện tích tự nhiên (ha)") leaves it to the suffix rather than say it twice.
 */
export function formLabel(field: Field): string {
  if (!field.unit || field.readOnly || field.multiline) return field.label;
  const suffix = ` (${field.unit})`;
  return field.label.endsWith(suffix) && field.label.length > suffix.length
    ? field.label.slice(0, -suffix.length)
    : field.label;
}

/** The blank a field is shown by: its first blank still empty, else its first. */
export function focusBlank(entry: FieldEntry): Blank {
  return entry.blanks.find((b) => !b.filled) ?? entry.blanks[0];
}

/** One line of the overview's outline: a heading with its sub-sections, or the text before the first heading. */
export interface OutlineGroup {
  key: string;
  /** The heading's text; null for the fields that stand before the first heading (the document's heading block). */
  title: string | null;
  /** 1–9 for headings, 0 for the lead group. */
  level: number;
  /** Writable fields whose first blank stands in the group (sub-sections included). */
  total: number;
  empty: number;
  /** Indices into `model.entries` of the group's fields, in document order. */
  indices: number[];
}

/** A heading path as one key (a character no heading contains joins the titles). */
function pathKey(path: string[]): string {
  return path.join("\u0000");
}

export function outlineGroups(model: FormModel, sections: Section[]): OutlineGroup[] {
  const lead: number[] = [];
  const members: number[][] = sections.map(() => []);
  // Each section's parent: the nearest earlier section of a lower level.
  const parent: number[] = [];
  const stack: number[] = [];
  sections.forEach((s, i) => {
    while (stack.length && sections[stack[stack.length - 1]].level >= s.level) stack.pop();
    parent.push(stack.length ? stack[stack.length - 1] : -1);
    stack.push(i);
  });
  // Sections by path, in document order: a field looks only among the headings that read like its own.
  const byPath = groupBy(
    sections.map((_, i) => i),
    (i) => pathKey(sections[i].path),
  );
  model.entries.forEach((entry, index) => {
    let own = -1;
    const same = entry.section.length > 0 ? byPath.get(pathKey(entry.section)) : undefined;
    if (same) {
      // The last of them at or before the field's first blank, else the first.
      const at = entry.blanks[0].paragraph;
      let lo = 0;
      let hi = same.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sections[same[mid]].paragraph <= at) lo = mid + 1;
        else hi = mid;
      }
      own = same[Math.max(0, lo - 1)];
    }
    if (own < 0) lead.push(index);
    for (let s = own; s >= 0; s = parent[s]) members[s].push(index);
  });
  const group = (key: string, title: string | null, level: number, indices: number[]): OutlineGroup => {
    const writable = indices.filter((i) => !model.entries[i].field.readOnly);
    return {
      key,
      title,
      level,
      total: writable.length,
      // A field the form says may stay empty (`nếu có`) is not missing.
      empty: writable.filter((i) => !model.entries[i].field.filled && !model.entries[i].field.optional).length,
      indices,
    };
  };
  const out: OutlineGroup[] = [];
  if (lead.length) out.push(group("lead", null, 0, lead));
  sections.forEach((s, i) => {
    if (members[i].length) out.push(group(`s${s.paragraph}`, s.title, s.level, members[i]));
  });
  return out;
}

/** Where a group leads: its first empty writable field, else its first field. */
export function groupTarget(model: FormModel, group: OutlineGroup): number {
  const empty = group.indices.find((i) => !model.entries[i].field.filled && !model.entries[i].field.readOnly);
  return empty ?? group.indices[0];
}

/**
 * Blanks the user said are not blanks, one entry per field they make: a field dismissed whole (a date's parts, the
 * commune's name written three times) comes back whole, as it went.
 */
export interface DismissedGroup {
  key: string;
  label: string;
  blankIds: string[];
  /** The first place's heading path and paragraph. */
  section: string[];
  paragraph: number;
}

export function dismissedGroups(
  result: Pick<ScanResult, "dismissed" | "dismissedFields"> | undefined,
): DismissedGroup[] {
  const labels = new Map((result?.dismissedFields ?? []).map((f) => [f.id, f.label]));
  const groups = new Map<string, DismissedGroup>();
  for (const b of [...(result?.dismissed ?? [])].sort(comparePosition)) {
    const key = b.fieldId || b.id;
    const group = groups.get(key);
    if (group) group.blankIds.push(b.id);
    else
      groups.set(key, {
        key,
        label: labels.get(key) ?? b.label,
        blankIds: [b.id],
        section: b.section,
        paragraph: b.paragraph,
      });
  }
  return [...groups.values()];
}
