/**
 * What the form itself says about how a value is written: a note or an aside asking for capitals (`Ghi chữ in hoa
 * đủ dấu`), a field that may stay empty (`(nếu có)`), an aside saying what to write (`(ghi rõ …)`), and a line typed
 * in capitals (`ĐẢNG BỘ HUYỆN ....`), whose value goes in capitals too.
 */
import { capitalize, squash } from "./text";
import type { Blank, SnapshotParagraph } from "./types";

/** `Ghi chữ in hoa`, `viết in hoa`, `bằng chữ in hoa`, unless the note says not to (`không viết in hoa`). */
const CAPITALS = /(?<!không\s+)(?:(?:ghi|viết)\s+(?:bằng\s+)?(?:chữ\s+)?in\s+hoa|chữ\s+in\s+hoa)/iu;
/** `(nếu có)`, `(nếu cần)` closing a note. */
const OPTIONAL = /\(\s*nếu\s+(?:có|cần)\s*\)[\s.;:]*$/iu;
/** `(nếu có)` anywhere in a label (`Thu nhập khác (nếu có) … năm`). */
const OPTIONAL_LABEL = /\(\s*nếu\s+(?:có|cần)\s*\)/iu;
/** `(nếu có)` closing the words just before a blank (`Tên gọi khác (nếu có)(1): ……`). */
const OPTIONAL_BEFORE = /\(\s*nếu\s+(?:có|cần)\s*\)\s*(?:\(\d{1,2}\)|\d{1,2})?\s*:?\s*$/iu;
/** An aside telling what to write, just before the blank (`Nơi làm việc (ghi rõ tên cơ quan): ……`). */
const ASIDE_BEFORE = /\(\s*((?:ghi|viết)\s[^()]{2,80}?)\s*\)\s*(?:\(\d{1,2}\)|\d{1,2})?\s*:?\s*$/iu;
/** The same aside just after the blank (`Lý do: …… (ghi rõ lý do)`). */
const ASIDE_AFTER = /^[\s.…]*\(\s*((?:ghi|viết)\s[^()]{2,80}?)\s*\)/iu;
/** Capital letters enough to tell a line typed in capitals from an abbreviation (`XÃ`, `ID`). */
const MIN_CAPITALS = 4;

/** A list's last item may be optional (`…; số điện thoại; số Fax (nếu cần)`), the list is not. */
const LIST = /;\s*\S/u;

/** `(nếu có)` in a label that names one thing (not a column of several: `…; tiền án, tiền sự (nếu có)`). */
function optionalLabel(label: string): boolean {
  return OPTIONAL_LABEL.test(label) && !LIST.test(label);
}

/** What an instruction (a note's text, an aside) asks of the value. */
function instructionOf(text: string): Pick<Blank, "letterCase" | "optional"> {
  const s = text.normalize("NFC");
  return {
    ...(CAPITALS.test(s) ? { letterCase: "upper" as const } : {}),
    ...(OPTIONAL.test(s) && !LIST.test(s) ? { optional: true as const } : {}),
  };
}

/** Every letter of the line is a capital, and there are a few: the line is typed in capitals. */
function inCapitals(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  return !/\p{Ll}/u.test(letters) && (letters.match(/\p{Lu}/gu)?.length ?? 0) >= MIN_CAPITALS;
}

interface Line {
  start: number;
  end: number;
  capitals: boolean;
}

/**
 * The paragraph's lines (split by line breaks), each judged on its own words with every blank of the paragraph
 * masked: the template's words, whatever values stand in its blanks now.
 */
function linesOf(text: string, spans: Blank[]): Line[] {
  const pieces: string[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    pieces.push(text.slice(at, s.start), "\uE000".repeat(s.end - s.start));
    at = s.end;
  }
  pieces.push(text.slice(at));
  const masked = pieces.join("");
  const lines: Line[] = [];
  let from = 0;
  for (const m of masked.matchAll(/[\v\n]|$/gu)) {
    const end = m.index ?? masked.length;
    lines.push({ start: from, end, capitals: inCapitals(masked.slice(from, end)) });
    from = end + 1;
    if (end >= masked.length) break;
  }
  return lines;
}

/**
 * Each blank with what its note, the words around it and its line ask: capitals, optional, and an aside as the hint
 * when no note gave one. `blanks` are sorted by place; content controls keep what their author set.
 */
export function withInstructions(blanks: Blank[], paragraphs: SnapshotParagraph[]): Blank[] {
  const out = blanks.slice();
  for (let i = 0; i < blanks.length;) {
    let j = i;
    while (j < blanks.length && blanks[j].paragraph === blanks[i].paragraph) j++;
    const text = paragraphs[blanks[i].paragraph]?.text;
    if (text !== undefined) {
      const lines = linesOf(text, blanks.slice(i, j));
      let line = 0;
      let prevEnd = 0;
      for (let k = i; k < j; k++) {
        const b = blanks[k];
        while (line < lines.length - 1 && lines[line].end < b.start) line++;
        if (b.source !== "contentControl") out[k] = instructed(b, text.slice(prevEnd, b.start), text, lines[line]);
        prevEnd = Math.max(prevEnd, b.end);
      }
    }
    i = j;
  }
  return out;
}

/** One blank, `before` being the words back to the previous blank of its paragraph (or the paragraph's start). */
function instructed(b: Blank, before: string, text: string, line: Line): Blank {
  const after = text.slice(b.end, b.end + 100);
  const aside = b.hint ? null : (before.match(ASIDE_BEFORE)?.[1] ?? after.match(ASIDE_AFTER)?.[1] ?? null);
  const hint = b.hint ?? (aside ? capitalize(squash(aside)) : null);
  const told = hint ? instructionOf(hint) : {};
  const capitals = told.letterCase === "upper" || (b.source !== "user" && b.kind === "text" && line.capitals);
  const optional = told.optional === true || OPTIONAL_BEFORE.test(before) || optionalLabel(b.label);
  if (!capitals && !optional && hint === b.hint) return b;
  // The aside is the hint now; the label keeps the words that name the field.
  const label = aside ? b.label.replace(`(${aside})`, "").trim() || b.label : b.label;
  return {
    ...b,
    label,
    hint,
    ...(capitals ? { letterCase: "upper" as const } : {}),
    ...(optional ? { optional: true as const } : {}),
  };
}
