/**
 * Fields: blanks that take one value. Parts of one date form one field; content controls with the same tag or
 * title form one; blanks naming the same place (`Tên xã`) form one; blanks standing in the same clause (`Hiện nay
 * trên địa bàn xã có … hội quần chúng`, compared with tone marks folded so a typo such as `quẩn` still matches) form
 * one. The grouping is data: `decisions.unlinked` puts a blank in a field of its own.
 */
import { groupBy } from "./collections";
import { fieldIdFor } from "./ids";
import type { Blank, Field } from "./types";
import { foldTones } from "./text";

export interface LinkInfo {
  /** Date group key (`date:<paragraph>:<group>`) for date parts. */
  dateKey: string | null;
  dateLabel: string | null;
  printed: { day?: number; month?: number; year?: number } | null;
  slashed: boolean;
  /** Content-control tag or title. */
  controlKey: string | null;
  /** The words around the blank, other blanks as `∅`; null when too few words to be sure. */
  contextKey: string | null;
}

/**
 * The name of an administrative unit (`Tên xã`) is one throughout a report; any other name (`Tên người …`, a
 * company's) may be another one in the next item.
 */
const PLACE_NAME = /^Tên (?:xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố)(?![\p{L}])/u;

const tokens = (s: string): string[] =>
  s
    .replace(/\uE000+/g, " ∅ ")
    .split(/[\s,.;:()!?"“”/\-…]+/)
    .filter((t) => t.length > 0);

/** Where a sentence or a line's item ends: a stop, semicolon, colon (not the label's own) or a line break. */
const CLAUSE_BREAK = /[.;:!?](?=[\s\uE000])|[\v\n\r]/gu;
/** A clause this long says itself what it asks; a shorter one is a label whose meaning its section decides. */
const SENTENCE_WORDS = 5;
/** Parts of a time (`hồi .... giờ .... phút`): the same words ask a different time in every sentence. */
const TIME_BEFORE = /(?<![\p{L}])(?:hồi|lúc|giờ)[\s\uE000]*$/iu;
const TIME_AFTER = /^[\s\uE000]*(?:giờ|phút|h)(?![\p{L}])/iu;

/**
 * What a blank asks, as far as its words tell, for linking blanks across the document: the whole clause before it
 * (back to the start of its sentence or line) and three words after it, tone marks folded. A clause of only a few
 * words (`<Họ và tên>(*):`) is a label that means another person under another numbered item, so `scope` (the item
 * or heading the blank stands under) is part of the key then. Null when the words are too few to be sure, or for a
 * part of a time. `maskedBefore` runs from the paragraph's start, other blanks masked.
 */
export function contextKey(maskedBefore: string, maskedAfter: string, kind: string, scope: number): string | null {
  if (TIME_BEFORE.test(maskedBefore) || TIME_AFTER.test(maskedAfter)) return null;
  const lead = maskedBefore.replace(/[\s:]+$/u, "");
  let from = 0;
  for (const m of lead.matchAll(CLAUSE_BREAK)) from = (m.index ?? 0) + m[0].length;
  const clause = tokens(lead.slice(from));
  const after = tokens(maskedAfter).slice(0, 3);
  const real = [...clause.slice(-3), ...after].filter((t) => t !== "∅").length;
  if (real < 4) return null;
  const words = clause.filter((t) => t !== "∅").length;
  const key = `${kind}|${foldTones(clause.join(" "))}|${foldTones(after.join(" "))}`;
  return words >= SENTENCE_WORDS ? key : `${key}|@${scope}`;
}

export function buildFields(
  blanks: Blank[],
  links: LinkInfo[],
  unlinked: Set<string>,
  wordFreq: (words: string[]) => Map<string, number>,
): Field[] {
  const groups = groupBy(
    blanks.map((_, i) => i),
    (i): string => {
      const b = blanks[i];
      const l = links[i];
      if (unlinked.has(b.id)) return `own:${b.id}`;
      if (l.dateKey) return l.dateKey;
      if (l.controlKey) return `cc:${l.controlKey}`;
      if (b.source === "text" && PLACE_NAME.test(b.label) && b.kind === "text") return `name:${foldTones(b.label)}`;
      if (l.contextKey) return `ctx:${l.contextKey}`;
      return `own:${b.id}`;
    },
  );

  return [...groups].map(([key, members]) => {
    const bs = members.map((i) => blanks[i]);
    const first = bs[0];
    const link = links[members[0]];
    for (const b of bs) b.fieldId = fieldIdFor(first.id);
    const isDate = key.startsWith("date:") && !!link.dateLabel;
    const field: Field = {
      id: fieldIdFor(first.id),
      label: isDate
        ? (link.dateLabel ?? first.label)
        : pickLabel(
            bs.map((b) => b.label),
            wordFreq,
          ),
      kind: isDate ? "date" : first.kind,
      unit: bs.find((b) => b.unit)?.unit ?? null,
      hint: bs.find((b) => b.hint)?.hint ?? null,
      blankIds: bs.map((b) => b.id),
      filled: bs.every((b) => b.filled),
      readOnly: bs.every((b) => b.readOnly),
      multiline: bs.some((b) => b.wholeLine),
    };
    const writable = bs.filter((b) => !b.readOnly);
    if (writable.length > 0 && writable.every((b) => b.letterCase === "upper")) field.letterCase = "upper";
    if (bs.every((b) => b.optional)) field.optional = true;
    if (isDate) {
      field.printedDate = link.printed ?? {};
      field.dateStyle = link.slashed ? "slashes" : "words";
    }
    return field;
  });
}

/** Linked blanks may be labelled with a typo in one place: keep the wording the document uses most. */
function pickLabel(labels: string[], wordFreq: (words: string[]) => Map<string, number>): string {
  const distinct = [...new Set(labels)];
  if (distinct.length === 1) return distinct[0];
  const split: string[][] = distinct.map((l) => l.match(/\p{L}+/gu) ?? []);
  const shared = new Set(split[0].filter((w) => split.every((ws) => ws.includes(w))));
  const freq = wordFreq(split.flat().filter((w) => !shared.has(w)));
  let best = distinct[0];
  let bestScore = -1;
  for (const l of distinct) {
    const ws = (l.match(/\p{L}+/gu) ?? []).filter((w) => !shared.has(w));
    const score = ws.reduce((s, w) => s + Math.min(freq.get(w) ?? 0, 50), 0) / Math.max(1, ws.length);
    if (score > bestScore) ((best = l), (bestScore = score));
  }
  return best;
}
