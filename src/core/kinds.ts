/**
 * What a blank asks for: `number` (a count noun or unit follows, or a document number), `date` (a day, month or
 * year part, or a whole date) or `text`. Date parts of one date are grouped here so the fields step can give them
 * one field.
 */
import type { BlankKind, DatePart } from "./types";
import { foldTones, words } from "./text";

export interface Span {
  start: number;
  end: number;
}

export interface DateGroup {
  /** Index (into the paragraph's spans) → which part that blank holds. */
  parts: Map<number, DatePart>;
  /** Parts printed in the text (`tháng 6 năm 2017`). */
  printed: { day?: number; month?: number; year?: number };
  /** Offset where the date expression starts (`ngày`, or the first part of `…/…/…`). */
  at: number;
  /** The parts are written `d/m/y` rather than `ngày d tháng m năm y`. */
  slashed: boolean;
}

const HOLE = "\uE000";

/** The paragraph with each blank's characters replaced by NUL, so regexes can treat a blank as one token. */
export function masked(text: string, spans: Span[]): string {
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + HOLE.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

const TOKEN = "(\\uE000+|\\d{1,4})";
/** A year may be written in part: `20…` keeps the century and leaves the rest blank. */
const YEAR = "(\\d{0,2}\\uE000+|\\d{1,4})";
const WORD_DATE = new RegExp(`(?<![\\p{L}])ngày\\s*${TOKEN}\\s*,?\\s*tháng\\s*${TOKEN}\\s*,?\\s*năm\\s*${YEAR}`, "giu");
const SLASH_DATE = new RegExp(`${TOKEN}\\s*[/.-]\\s*${TOKEN}\\s*[/.-]\\s*${YEAR}`, "gu");
const LONE_DAY = /(?<![\p{L}])ngày\s*(\uE000+)(?!\s*(?:tháng|\/|\uE000))/giu;

/** Groups the paragraph's date blanks: `ngày … tháng … năm …`, `…/…/…`, and a lone `ngày ……` (a whole date). */
export function dateGroups(text: string, spans: Span[]): DateGroup[] {
  const m = masked(text, spans);
  const startIndex = new Map<number, number>();
  spans.forEach((s, i) => startIndex.set(s.start, i));
  const groups: DateGroup[] = [];
  const taken = new Set<number>();
  const collect = (match: RegExpMatchArray, names: DatePart[], slashed: boolean): void => {
    const group: DateGroup = { parts: new Map(), printed: {}, at: match.index ?? 0, slashed };
    let cursor = match.index ?? 0;
    for (let g = 1; g < match.length; g++) {
      const token = match[g];
      const pos = m.indexOf(token, cursor);
      cursor = pos + token.length;
      const part = names[g - 1];
      if (token.includes(HOLE)) {
        const idx = startIndex.get(pos + token.indexOf(HOLE));
        if (idx !== undefined && !taken.has(idx)) group.parts.set(idx, part);
      } else if (part !== "date") {
        group.printed[part] = Number(token);
      }
    }
    if (group.parts.size > 0) {
      for (const idx of group.parts.keys()) taken.add(idx);
      groups.push(group);
    }
  };
  for (const match of m.matchAll(WORD_DATE)) collect(match, ["day", "month", "year"], false);
  for (const match of m.matchAll(SLASH_DATE)) {
    const last = match[3];
    if (!last.includes(HOLE) && last.length < 4) continue;
    // `Số: …/…-…`: the parts of a document number, not a date.
    if (/(?<![\p{L}])số:?\s*$/iu.test(m.slice(Math.max(0, (match.index ?? 0) - 8), match.index))) continue;
    collect(match, ["day", "month", "year"], true);
  }
  for (const match of m.matchAll(LONE_DAY)) collect(match, ["date"], false);
  groups.sort((a, b) => a.at - b.at);
  return groups;
}

interface UnitDef {
  words: string[];
  shown: string;
  measure: "count" | "area" | "money" | "length" | "share" | "mass";
}

const UNITS: UnitDef[] = [
  ["triệu đồng", "money"],
  ["nghìn đồng", "money"],
  ["tỷ đồng", "money"],
  ["đồng chí", "count"],
  ["đồng", "money"],
  ["ngày công", "count"],
  ["đảng viên", "count"],
  ["hội viên", "count"],
  ["đoàn viên", "count"],
  ["chi bộ", "count"],
  ["chi hội", "count"],
  ["hội", "count"],
  ["người", "count"],
  ["hộ", "count"],
  ["thôn", "count"],
  ["lượt", "count"],
  ["buổi", "count"],
  ["cuộc", "count"],
  ["lần", "count"],
  ["học sinh", "count"],
  ["hồ sơ", "count"],
  ["tháng", "count"],
  ["ha", "area"],
  ["m2", "area"],
  ["m²", "area"],
  ["km2", "area"],
  ["km", "length"],
  ["mét", "length"],
  ["tấn", "mass"],
  ["kg", "mass"],
  ["%", "share"],
].map(([w, measure]) => ({ words: foldTones(w).split(" "), shown: w, measure: measure as UnitDef["measure"] }));

export interface UnitMatch {
  unit: string;
  measure: UnitDef["measure"];
  /** The unit and the words that qualify it, as written (`chi bộ nông thôn`, `hội quẩn chúng`). */
  phrase: string;
  /** The blank stands before `có` and the unit (`Hội chữ thập đỏ....có chi hội`). */
  viaCo: boolean;
}

/** The unit right after a blank (or after `có`), with up to three qualifying words before the next punctuation. */
export function unitAfter(after: string): UnitMatch | null {
  const clause = after.replace(/^\s+/, "");
  if (clause.startsWith("%")) return { unit: "%", measure: "share", phrase: "%", viaCo: false };
  const head = clause.split(/[,.;:()!?\u2026"“”\t]/)[0];
  let ws = words(head);
  let viaCo = false;
  if (ws.length > 1 && foldTones(ws[0]) === "co") {
    ws = ws.slice(1);
    viaCo = true;
  }
  const folded = ws.map(foldTones);
  for (const u of UNITS) {
    if (u.words.every((w, i) => folded[i] === w)) {
      if (u.shown === "tháng" && /^(năm|nam)\b/.test(folded[1] ?? "")) return null;
      const rest = ws.slice(u.words.length).filter((w) => !/^\d/.test(w));
      const stop = rest.findIndex((w) => ["để", "và", "của", "với", "trong", "cho", "tại"].includes(w.toLowerCase()));
      const qualifier = (stop < 0 ? rest : rest.slice(0, stop)).slice(0, 3);
      const phrase = [...ws.slice(0, u.words.length), ...qualifier].join(" ");
      return { unit: u.shown, measure: u.measure, phrase, viaCo };
    }
  }
  return null;
}

/** The word right before a blank, folded (`số`, `ngày`, `xã`), ignoring a colon and spaces. */
export function wordBefore(before: string): string {
  const ws = words(before.slice(-40));
  return ws.length ? foldTones(ws[ws.length - 1]) : "";
}

/** `Số     - BC/ĐU`, `Số: … /GNP`, `Kế hoạch số …-KH/HU`: the number of a document, not a count. */
export function isDocumentNumber(before: string, after: string): boolean {
  if (/(?:^|[:;.]\s*|\s{2,})Số:?\s*$/u.test(before) || /^\s*Số:?\s*$/u.test(before)) return true;
  if (/\p{Lu}\p{L}*(?: \p{L}+)? số:?\s*$/u.test(before)) return true;
  return /^\s*[-/]\s*\p{Lu}/u.test(after) && /(?<![\p{L}])số/iu.test(before.slice(-30));
}

export function kindFromLabel(label: string): BlankKind | null {
  const f = foldTones(label);
  if (/^(so|tong so)\b/.test(f) || /dien thoai|so luong/.test(f)) return "number";
  return null;
}
