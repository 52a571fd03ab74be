/**
 * Totals stated in the text and the parts they add up: `……chi bộ, trong đó có……chi bộ nông thôn, …..chi bộ trường
 * học, ….chi bộ khác` (the kinds against the total), and a list of lines repeated per item against the figures
 * that count or sum them (`có....hội quần chúng, cụ thể như sau:`, `tổng số hội viên … lên....hội viên`).
 */
import { groupBy } from "./collections";
import type { RepeatGroup } from "./repeat";
import { foldTones } from "./text";
import type { Blank } from "./types";

export interface StatedTotal {
  total: Blank;
  parts: Blank[];
  /**
   * "equal": the parts are all of it (the last is "khác", or they are the lines of a list); "atMost": `trong đó`
   * names some parts only; "lines": the total counts the list's lines, not a figure in them.
   */
  relation: "equal" | "atMost" | "lines";
  /** "lines": how many lines the list has. */
  lines?: number;
}

const unitKey = (b: Blank): string => (b.unit ? foldTones(b.unit) : "");
const isNumber = (b: Blank): boolean => b.kind === "number" && !b.cell && !!b.unit;

/** Sentence ends between two blanks of a paragraph: parts never reach past one. */
function sameSentence(text: string, from: number, to: number): boolean {
  return !/[.;!?](\s|$)/.test(text.slice(from, to));
}

/** `X chi bộ, trong đó có Y chi bộ nông thôn, Z chi bộ khác`: in one sentence, the same unit after `trong đó`. */
function whereOf(paragraphs: readonly string[], blanks: readonly Blank[]): StatedTotal[] {
  const out: StatedTotal[] = [];
  for (const [p, own] of groupBy(blanks.filter(isNumber), (b) => b.paragraph)) {
    const text = paragraphs[p] ?? "";
    own.sort((a, b) => a.start - b.start);
    for (const m of text.matchAll(/(?<![\p{L}])trong đó(?![\p{L}])/giu)) {
      const at = m.index;
      const total = [...own].reverse().find((b) => b.end <= at && sameSentence(text, b.end, at));
      if (!total) continue;
      const parts = own.filter((b) => b.start > at && unitKey(b) === unitKey(total) && sameSentence(text, at, b.start));
      if (parts.length === 0) continue;
      const last = parts[parts.length - 1];
      // `….chi bộ khác`: the last kind is "the rest", so the kinds are all of the total.
      const other = /^[^,.;]*?(?<![\p{L}])khác(?![\p{L}])/iu.test(text.slice(last.end));
      out.push({ total, parts, relation: parts.length > 1 && other ? "equal" : "atMost" });
    }
  }
  return out;
}

/**
 * A list of lines against the figures about it: in the paragraph that introduces the list, a figure whose unit no
 * line has counts the lines, one whose unit the lines have sums them; in the list's section, a `tổng số` of a unit
 * the lines have sums them too.
 */
function listTotals(paragraphs: readonly string[], blanks: readonly Blank[], groups: RepeatGroup[]): StatedTotal[] {
  const out: StatedTotal[] = [];
  for (const g of groups) {
    const lineSet = new Set(g.lines.map((l) => l.paragraph));
    const inLines = blanks.filter((b) => lineSet.has(b.paragraph) && isNumber(b));
    const units = new Set(inLines.map(unitKey));
    const first = g.lines[0].paragraph;
    let intro = first - 1;
    while (intro >= 0 && !paragraphs[intro].trim()) intro--;
    const introText = intro >= 0 ? paragraphs[intro] : "";
    const introduces = /(như sau|gồm|cụ thể)\s*:?\s*$/iu.test(introText.trim());
    const section = blanks.find((b) => b.paragraph === first)?.section.join("\u0000");
    for (const b of blanks) {
      if (!isNumber(b) || lineSet.has(b.paragraph)) continue;
      const sums = units.has(unitKey(b));
      if (introduces && b.paragraph === intro) {
        out.push(
          sums
            ? { total: b, parts: inLines.filter((x) => unitKey(x) === unitKey(b)), relation: "equal" }
            : { total: b, parts: [], relation: "lines", lines: g.lines.length },
        );
      } else if (
        sums &&
        b.paragraph > first &&
        b.section.join("\u0000") === section &&
        /^tông sô/.test(foldTones(b.label))
      ) {
        out.push({ total: b, parts: inLines.filter((x) => unitKey(x) === unitKey(b)), relation: "equal" });
      }
    }
  }
  return out;
}

export function statedTotals(
  paragraphs: readonly string[],
  blanks: readonly Blank[],
  groups: RepeatGroup[],
): StatedTotal[] {
  return [...whereOf(paragraphs, blanks), ...listTotals(paragraphs, blanks, groups)];
}
