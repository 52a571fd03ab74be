/**
 * Lines repeated per item: a template gives one example line (`+ Hội chữ thập đỏ....có chi hội, ....hội viên`) and
 * often a note asking for one such line per item (`(Anh cụ thể từng tổ chức hội).`). The words between the line's
 * marker and its first blank name the item; the lines that follow with the same words after the name are the list
 * the user grows.
 */
import { isGuidanceNote } from "./findings/guidance-note";
import { foldTones, squash } from "./text";
import type { Blank } from "./types";

export interface RepeatLine {
  paragraph: number;
  /** The list marker and the spaces after it (`+ `, `- `); "" when the line has none. */
  marker: string;
  /**
   * The words naming the item, between the marker and the first blank; null when none stand there. `blankId` when
   * the name is itself a blank (the user's, on a repeated line).
   */
  item: { start: number; end: number; text: string; blankId?: string } | null;
}

export interface PerItemNote {
  paragraph: number;
  text: string;
  /** What one line stands for, from the note: `từng tổ chức hội` → "tổ chức hội". */
  noun: string;
}

export interface RepeatGroup {
  /** The example line first, then the lines made like it, in document order. */
  lines: RepeatLine[];
  /** The note asking for one line per item, when the template has one beside the lines. */
  note: PerItemNote | null;
}

/** "Hội Liên hiệp Phụ nữ Việt Nam xã" is eight words; longer is a sentence. */
const MAX_NAME_WORDS = 8;

const MARKER = /^[ \t]*([+\-–—•*][ \t\u00a0]*)/u;

/** A line's shape: its marker and the words that name its item (for any paragraph with blanks). */
export function repeatLine(paragraph: number, text: string, blanks: readonly Blank[]): RepeatLine {
  const own = blanks.filter((b) => b.paragraph === paragraph).sort((a, b) => a.start - b.start);
  const m = MARKER.exec(text);
  const marker = m?.[1] ?? "";
  const from = m ? m[0].length : text.length - text.trimStart().length;
  const first = own[0];
  // A name the user gave a repeated line is a blank of its own, added where the copied name stood.
  if (first?.source === "user" && first.start === from && own.length > 1) {
    return { paragraph, marker, item: { start: first.start, end: first.end, text: first.text, blankId: first.id } };
  }
  if (!first || first.start <= from) return { paragraph, marker, item: null };
  const raw = text.slice(from, first.start);
  const name = raw.trimEnd();
  // A name is a few words, not a sentence that happens to precede the first blank.
  if (!/\p{L}/u.test(name) || name.split(/\s+/).length > MAX_NAME_WORDS || /[.;:!?]/.test(name)) {
    return { paragraph, marker, item: null };
  }
  return { paragraph, marker, item: { start: from, end: from + name.length, text: name } };
}

/** The line with its item's name and every blank (value or dots) taken out: lines made alike compare equal. */
function skeleton(text: string, line: RepeatLine, blanks: readonly Blank[]): string {
  const own = blanks.filter((b) => b.paragraph === line.paragraph).sort((a, b) => a.start - b.start);
  let out = "";
  let at = line.item ? line.item.end : line.marker.length;
  for (const b of own) {
    if (b.id === line.item?.blankId) continue;
    if (b.start < at) continue;
    out += text.slice(at, b.start) + "\u0000";
    at = b.end;
  }
  return foldTones(squash(out + text.slice(at)));
}

/** A guidance note that asks for one line per item: `(Anh cụ thể từng tổ chức hội)`, `(mỗi xã một dòng)`. */
export function perItemNote(paragraph: number, text: string): PerItemNote | null {
  if (!isGuidanceNote(text)) return null;
  const m = /(?<![\p{L}])(?:từng|mỗi)\s+([^()]+?)\s*\)/iu.exec(text);
  if (!m) return null;
  // `mỗi đơn vị ghi một dòng`: the noun ends where the instruction goes on.
  const noun = squash(m[1].split(/\s+(?:ghi|viết|nêu|kê|một dòng|một hàng|một mục)(?![\p{L}])/iu)[0]);
  return noun ? { paragraph, text: text.trim(), noun } : null;
}

/**
 * The groups of lines made alike that name their items, each with the per-item note beside it. A note belongs to
 * the group it follows or precedes, with only empty paragraphs between.
 */
export function repeatGroups(paragraphs: readonly string[], blanks: readonly Blank[]): RepeatGroup[] {
  const withBlanks = new Set(blanks.map((b) => b.paragraph));
  const groups: RepeatGroup[] = [];
  let open: { group: RepeatGroup; shape: string } | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphs[i];
    if (!text.trim()) continue;
    const line = withBlanks.has(i) ? repeatLine(i, text, blanks) : null;
    if (line?.item && line.marker) {
      const shape = skeleton(text, line, blanks);
      if (open && open.shape === shape) {
        open.group.lines.push(line);
        continue;
      }
      // A note between two groups asks for the lines above it.
      const before = noteBefore(paragraphs, i);
      const taken = before && groups.at(-1)?.note?.paragraph === before.paragraph;
      const group: RepeatGroup = { lines: [line], note: taken ? null : before };
      groups.push(group);
      open = { group, shape };
      continue;
    }
    const note = perItemNote(i, text);
    if (open && note && !open.group.note) open.group.note = note;
    open = null;
  }
  return groups;
}

function noteBefore(paragraphs: readonly string[], at: number): PerItemNote | null {
  for (let i = at - 1; i >= 0; i--) {
    if (!paragraphs[i].trim()) continue;
    return perItemNote(i, paragraphs[i]);
  }
  return null;
}

/**
 * The lines of a list the user grew: their blanks (each line's figures are its own, never linked to another line's)
 * and the blanks relabelled with their line's item (`Số hội viên (Hội Người cao tuổi)`), since the same words
 * stand on every line.
 */
export function grownLists(
  paragraphs: readonly string[],
  blanks: readonly Blank[],
): { blanks: readonly Blank[]; own: Set<string>; groups: RepeatGroup[] } {
  const own = new Set<string>();
  const relabel = new Map<string, string>();
  const groups = repeatGroups(paragraphs, blanks);
  for (const g of groups) {
    if (g.lines.length < 2) continue;
    const names = new Set(g.lines.flatMap((l) => (l.item ? [l.item.text] : [])));
    for (const line of g.lines) {
      const item = line.item;
      const nameBlank = item?.blankId ? blanks.find((b) => b.id === item.blankId) : undefined;
      const name = nameBlank ? (nameBlank.filled ? nameBlank.text.trim() : "") : (item?.text ?? "");
      if (nameBlank?.filled) names.add(name);
      for (const b of blanks) {
        if (b.paragraph !== line.paragraph) continue;
        own.add(b.id);
        if (b.id !== item?.blankId && name) relabel.set(b.id, withItem(b.label, name, names));
      }
    }
  }
  // Relabelling keeps every blank's id and place, so the groups stand for the relabelled blanks too.
  if (relabel.size === 0) return { blanks, own, groups };
  return { blanks: blanks.map((b) => (relabel.has(b.id) ? { ...b, label: relabel.get(b.id)! } : b)), own, groups };
}

/** `Số chi hội (Hội chữ thập đỏ)` → `Số chi hội (Hội Khuyến học)`; `Số đồng chí (BCH)` → `(BCH, Hội Khuyến học)`. */
function withItem(label: string, name: string, names: ReadonlySet<string>): string {
  const m = /^(.*?)\s*\(([^()]*)\)$/u.exec(label);
  if (!m) return `${label} (${name})`;
  if (names.has(m[2].trim())) return `${m[1]} (${name})`;
  return `${m[1]} (${m[2]}, ${name})`;
}
