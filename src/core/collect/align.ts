/**
 * Reading a filled report against its template. The paragraphs are aligned first (a longest common subsequence,
 * paragraphs taken as the same when the template's own words are found in the report's), then within each aligned
 * paragraph the words: a blank's value is what the report has between the words that stand before and after it in
 * the template. The add-in's anchors and saved answers, where the report still has them, win over the text.
 */
import diffSequences from "@jest/diff-sequences";
import { DEFAULT_ANCHOR_PREFIX } from "../index";
import type { Blank, DocumentSnapshot, SnapshotParagraph } from "../types";
import { parseNumber } from "../values";
import { cleanValue, counts, overlap, tokenize, type Token } from "./tokens";
import type {
  BlankReading,
  Certainty,
  FieldReading,
  ReportInput,
  RepeatedLine,
  ReportReading,
  Template,
  UnplacedBlank,
  ValueSource,
} from "./types";

/** Share of a blank paragraph's own words that must be found in a report's paragraph to take them as one. */
const BLANK_PARAGRAPH_MATCH = 0.6;
/** The same for a paragraph without blanks: it may differ by a word or a mark, not more. */
const PLAIN_PARAGRAPH_MATCH = 0.85;
/** Words on each side of a blank that must stand as the template has them for a value to be `sure`. */
const WINDOW = 2;
/** Below this share of its paragraphs found again, a report is not of this template. */
export const SAME_TEMPLATE_MATCH = 0.5;

/** A template paragraph's items: its own words, and a marker (`blank`) where each blank stands. */
interface Item {
  key: string;
  blank: Blank | null;
}

interface TemplateParagraph {
  items: Item[];
  /** The paragraph's own words, blanks left out. */
  words: string[];
  blanks: Blank[];
  para: SnapshotParagraph;
}

interface ReportParagraph {
  text: string;
  tokens: Token[];
  bag: Map<string, number>;
  joined: string;
  para: SnapshotParagraph;
}

/** The template's paragraphs prepared for aligning, kept with the template: built once for every report. */
export interface PreparedTemplate extends Template {
  paragraphs: TemplateParagraph[];
  /** The joined words of the paragraphs without blanks: a report paragraph equal to one is never a blank's line. */
  plainKeys: Set<string>;
  blanksById: Map<string, Blank>;
}

const JOIN = "\u0001";

export function prepareTemplate(template: Template): PreparedTemplate {
  const byParagraph = new Map<number, Blank[]>();
  for (const b of template.result.blanks) {
    const list = byParagraph.get(b.paragraph);
    if (list) list.push(b);
    else byParagraph.set(b.paragraph, [b]);
  }
  const paragraphs = template.snapshot.paragraphs.map((para, p): TemplateParagraph => {
    const text = para.text;
    const blanks = (byParagraph.get(p) ?? []).slice().sort((a, b) => a.start - b.start);
    const items: Item[] = [];
    let at = 0;
    for (const b of blanks) {
      for (const t of tokenize(text, at, Math.max(at, b.start))) items.push({ key: t.key, blank: null });
      items.push({ key: "", blank: b });
      at = Math.max(at, b.end);
    }
    for (const t of tokenize(text, at)) items.push({ key: t.key, blank: null });
    return { items, words: items.filter((i) => !i.blank).map((i) => i.key), blanks, para };
  });
  const plainKeys = new Set(paragraphs.filter((p) => p.blanks.length === 0).map((p) => p.words.join(JOIN)));
  return {
    ...template,
    paragraphs,
    plainKeys,
    blanksById: new Map(template.result.blanks.map((b) => [b.id, b])),
  };
}

function reportParagraphs(snapshot: DocumentSnapshot): ReportParagraph[] {
  return snapshot.paragraphs.map((para) => {
    const text = para.text;
    const tokens = tokenize(text);
    const keys = tokens.map((t) => t.key);
    return { text, tokens, bag: counts(keys), joined: keys.join(JOIN), para };
  });
}

const sameCell = (a: SnapshotParagraph, b: SnapshotParagraph): boolean =>
  !a.cell || !b.cell || (a.cell.row === b.cell.row && a.cell.gridCol === b.cell.gridCol);

/** Whether a report's paragraph is the template's, its blanks filled (or its words retouched). */
function sameParagraph(t: TemplateParagraph, r: ReportParagraph, plainKeys: Set<string>): boolean {
  if (t.para.location !== r.para.location || !sameCell(t.para, r.para)) return false;
  if (t.words.length === 0) {
    if (t.blanks.length === 0) return r.tokens.length === 0;
    // A paragraph that is all blank (a cell, a line to write on) holds anything but another line of the template.
    return (t.para.cell !== undefined && r.para.cell !== undefined) || !plainKeys.has(r.joined);
  }
  if (t.blanks.length === 0 && r.joined === t.words.join(JOIN)) return true;
  const found = overlap(t.words, r.bag);
  if (t.blanks.length === 0) return found >= PLAIN_PARAGRAPH_MATCH * Math.max(t.words.length, r.tokens.length);
  return found >= BLANK_PARAGRAPH_MATCH * t.words.length;
}

/** For each template paragraph, the report paragraph aligned with it, or -1. */
function alignParagraphs(template: PreparedTemplate, report: ReportParagraph[]): Int32Array {
  const out = new Int32Array(template.paragraphs.length).fill(-1);
  diffSequences(
    template.paragraphs.length,
    report.length,
    (a, b) => sameParagraph(template.paragraphs[a], report[b], template.plainKeys),
    (n, a, b) => {
      for (let i = 0; i < n; i++) out[a + i] = b + i;
    },
  );
  return out;
}

type Placed = { value: string; certainty: Certainty; at: number } | { unplaced: true };

/** The values of one paragraph's blanks, read between the words around each. */
function readParagraph(
  t: TemplateParagraph,
  r: ReportParagraph,
  cellMatched: boolean,
  /** A repeated item line: the words before its first blank name another item, so they are not compared. */
  renamed = false,
): Map<string, Placed> {
  const out = new Map<string, Placed>();
  const items = t.items;
  const toB = new Int32Array(items.length).fill(-1);
  diffSequences(
    items.length,
    r.tokens.length,
    (a, b) => items[a].blank === null && items[a].key === r.tokens[b].key,
    (n, a, b) => {
      for (let i = 0; i < n; i++) toB[a + i] = b + i;
    },
  );
  for (let k = 0; k < items.length; k++) {
    const blank = items[k].blank;
    if (!blank) continue;
    const before = side(items, toB, k, -1);
    const after = side(items, toB, k, 1);
    // Another blank with no word of the template between them: which value is which cannot be told.
    if (before.shared || after.shared) {
      out.set(blank.id, { unplaced: true });
      continue;
    }
    const from = before.at >= 0 ? r.tokens[toB[before.at]].end : 0;
    const to = after.at >= 0 ? r.tokens[toB[after.at]].start : r.text.length;
    if (to < from) {
      out.set(blank.id, { unplaced: true });
      continue;
    }
    const region = r.text.slice(from, to);
    const whole = t.words.length === 0;
    if (renamed && blank === t.blanks[0] && blank.kind === "number" && !after.changedNear && after.tight) {
      // The item's own name stands before the figure: the figure is the last number before the unchanged words.
      const last = tokenize(region)
        .filter((x) => /^\p{N}/u.test(x.key))
        .pop();
      if (last)
        out.set(blank.id, { value: region.slice(last.start, last.end), certainty: "sure", at: from + last.start });
      else out.set(blank.id, { unplaced: true });
      continue;
    }
    if (before.changedNext || after.changedNext) {
      // The word next to the blank changed: only a number standing alone in what replaced it can be told apart.
      const numbers = blank.kind === "number" ? tokenize(region).filter((x) => /^\p{N}/u.test(x.key)) : [];
      if (numbers.length === 1)
        out.set(blank.id, {
          value: region.slice(numbers[0].start, numbers[0].end),
          certainty: "doubtful",
          at: from + numbers[0].start,
        });
      else out.set(blank.id, { unplaced: true });
      continue;
    }
    const sure = whole ? cellMatched : !before.changedNear && !after.changedNear && before.tight && after.tight;
    const lead = region.length - region.replace(/^[\s.…_]+/u, "").length;
    out.set(blank.id, { value: cleanValue(region), certainty: sure ? "sure" : "doubtful", at: from + lead });
  }
  return out;
}

interface Side {
  /** The nearest template word on this side that the report has, or -1 for the paragraph's edge. */
  at: number;
  /** Another blank stands between this one and that word. */
  shared: boolean;
  /** The word right next to the blank is not in the report. */
  changedNext: boolean;
  /** One of the few words on this side is not in the report. */
  changedNear: boolean;
  /** The words on this side follow one another in the report as in the template. */
  tight: boolean;
}

function side(items: Item[], toB: Int32Array, k: number, dir: 1 | -1): Side {
  const s: Side = { at: -1, shared: false, changedNext: false, changedNear: false, tight: true };
  let seen = 0;
  let prevB = -1;
  for (let i = k + dir; i >= 0 && i < items.length; i += dir) {
    if (items[i].blank) {
      if (s.at < 0) s.shared = true;
      break;
    }
    const b = toB[i];
    if (b < 0) {
      if (s.at < 0 && seen === 0) s.changedNext = true;
      if (seen < WINDOW) s.changedNear = true;
    } else {
      if (s.at < 0) s.at = i;
      else if (b !== prevB + dir) s.tight = false;
      prevB = b;
    }
    if (++seen >= WINDOW && s.at >= 0) break;
  }
  // A blank at the paragraph's edge, or next to another blank, has no word there to be found.
  if (s.at < 0 && !s.shared && seen > 0) s.changedNext = true;
  return s;
}

function anchoredValues(input: ReportInput, template: PreparedTemplate): Map<string, BlankReading> {
  const prefix = input.anchorTagPrefix ?? DEFAULT_ANCHOR_PREFIX;
  const out = new Map<string, BlankReading>();
  for (const [id, value] of Object.entries(input.saved ?? {})) {
    if (!template.blanksById.has(id) || value === null) continue;
    out.set(id, { blankId: id, value: cleanValue(value), certainty: "certain", source: "saved", paragraph: -1 });
  }
  for (const c of input.snapshot.contentControls ?? []) {
    if (!c.tag.startsWith(prefix)) continue;
    const id = c.tag.slice(prefix.length);
    if (!template.blanksById.has(id)) continue;
    const value = c.showingPlaceholder ? "" : cleanValue(c.text);
    // An empty box with a saved answer: the answer is what was written, the box lost it (an undo, a paste).
    if (value === "" && out.has(id)) continue;
    out.set(id, { blankId: id, value, certainty: "certain", source: "anchor", paragraph: c.paragraph });
  }
  return out;
}

/** Reads every blank of the template out of one report. */
export function readReport(template: PreparedTemplate, input: ReportInput): ReportReading {
  const report = reportParagraphs(input.snapshot);
  const aligned = alignParagraphs(template, report);
  const anchored = anchoredValues(input, template);
  const blanks: BlankReading[] = [];
  const unplaced: UnplacedBlank[] = [];
  let worded = 0;
  let found = 0;
  template.paragraphs.forEach((t, p) => {
    const j = aligned[p];
    if (t.words.length > 0) {
      worded++;
      if (j >= 0) found++;
    }
    if (t.blanks.length === 0) return;
    // A line that is all blank is placed by its neighbours: sure when one of them stands beside it in the report too.
    const placed =
      j >= 0 && (t.para.cell !== undefined || (p > 0 && aligned[p - 1] === j - 1) || aligned[p + 1] === j + 1);
    const read = j >= 0 ? readParagraph(t, report[j], placed) : null;
    for (const b of t.blanks) {
      const a = anchored.get(b.id);
      if (a) {
        blanks.push(a);
        continue;
      }
      if (b.digitBoxes) {
        const box = readBoxes(b, aligned, report);
        if ("reason" in box) unplaced.push({ blankId: b.id, reason: box.reason, templateParagraph: p });
        else blanks.push({ blankId: b.id, value: box.value, certainty: "sure", source: "text", paragraph: j });
        continue;
      }
      const r = read?.get(b.id);
      if (!r) unplaced.push({ blankId: b.id, reason: "paragraph-missing", templateParagraph: p });
      else if ("unplaced" in r) unplaced.push({ blankId: b.id, reason: "rewritten", templateParagraph: p });
      else blanks.push({ blankId: b.id, value: r.value, certainty: r.certainty, source: "text", paragraph: j });
    }
  });
  return {
    blanks,
    unplaced,
    fields: readFields(template, blanks, unplaced),
    repeated: repeatedLines(template, report, aligned),
    match: worded === 0 ? 0 : found / worded,
  };
}

/** A list item's mark at the start of a line: `+`, `-`, `–`, `•`, `*`. */
const ITEM_MARK = /^[\s\t]*[+\-–•*][\s\t]*/u;

/** The item a line is about: its words before the first blank, without the list mark and leftover dots. */
export function itemName(text: string, end: number): string {
  return cleanValue(text.slice(0, end).replace(ITEM_MARK, "")).replace(/[\s:,;(–-]+$/u, "");
}

/**
 * Lines the report repeats after a template's item line, one per item (`+ Hội Nông dân: 12 chi hội, …` after
 * `+ Hội chữ thập đỏ…`): each read against the line it copies, its name taken from its words before the first value.
 */
function repeatedLines(template: PreparedTemplate, report: ReportParagraph[], aligned: Int32Array): RepeatedLine[] {
  const of = new Int32Array(report.length).fill(-1);
  aligned.forEach((j, p) => {
    if (j >= 0) of[j] = p;
  });
  const out: RepeatedLine[] = [];
  let item = -1;
  for (let j = 0; j < report.length; j++) {
    if (of[j] >= 0) {
      const t = template.paragraphs[of[j]];
      item = t.blanks.length > 0 && ITEM_MARK.test(t.para.text) && t.items[0]?.blank === null ? of[j] : -1;
      continue;
    }
    if (item < 0 || !ITEM_MARK.test(report[j].text)) {
      item = -1;
      continue;
    }
    const t = template.paragraphs[item];
    const placed = readParagraph(t, report[j], false, true);
    const first = placed.get(t.blanks[0].id);
    const values = t.blanks.map((b) => {
      const r = placed.get(b.id);
      return {
        blankId: b.id,
        value: r && !("unplaced" in r) ? r.value : null,
        certainty: r && !("unplaced" in r) ? r.certainty : null,
      };
    });
    // The name ends where the first value starts, or else where the template's word after that value stands.
    const blankAt = t.items.findIndex((x) => x.blank !== null);
    const next = t.items.slice(blankAt + 1).find((x) => x.blank === null)?.key;
    const nameEnd =
      first && !("unplaced" in first) ? first.at : report[j].tokens.find((x, i) => i > 1 && x.key === next)?.start;
    // A line of the same shape gives most of its values; another sentence under the item gives few or none.
    const read = values.filter((v) => v.value !== null).length;
    if (nameEnd === undefined || read === 0 || read * 2 < values.length) {
      item = -1;
      continue;
    }
    out.push({ templateParagraph: item, paragraph: j, name: itemName(report[j].text, nameEnd), values });
  }
  return out;
}

/** A row of digit boxes: one character in each box's cell; boxes drawn as shapes hold text the paragraphs do not. */
function readBoxes(
  b: Blank,
  aligned: Int32Array,
  report: ReportParagraph[],
): { value: string } | { reason: "drawn" | "paragraph-missing" } {
  const cells = b.digitBoxes?.paragraphs;
  if (!cells) return { reason: "drawn" };
  const at = cells.map((q) => aligned[q]);
  if (at.some((j) => j < 0)) return { reason: "paragraph-missing" };
  return { value: at.map((j) => cleanValue(report[j].text)).join("") };
}

export const isSameTemplate = (reading: ReportReading): boolean => reading.match >= SAME_TEMPLATE_MATCH;

const RANK: Record<Certainty, number> = { certain: 0, sure: 1, doubtful: 2 };
const leastSure = (a: Certainty, b: Certainty): Certainty => (RANK[a] >= RANK[b] ? a : b);

function readFields(
  template: PreparedTemplate,
  blanks: BlankReading[],
  unplaced: UnplacedBlank[],
): Map<string, FieldReading> {
  const byBlank = new Map(blanks.map((b) => [b.blankId, b]));
  const lost = new Set(unplaced.map((u) => u.blankId));
  const out = new Map<string, FieldReading>();
  for (const f of template.result.fields) {
    const read = f.blankIds.map((id) => byBlank.get(id)).filter((b): b is BlankReading => b !== undefined);
    const isLost = f.blankIds.some((id) => lost.has(id));
    const filled = read.filter((b) => b.value !== "");
    let value: string | null = null;
    let certainty: Certainty | null = null;
    let source: ValueSource | null = null;
    const parts = f.blankIds.map((id) => template.blanksById.get(id)?.datePart);
    if (filled.length > 0) {
      const best = filled.reduce((x, y) => (RANK[y.certainty] < RANK[x.certainty] ? y : x));
      source = best.source;
      if (f.kind === "date" && f.blankIds.length > 1 && parts.every((d) => d && d !== "date")) {
        // The parts of one date (day, month, year in their own blanks) make one value, in the template's order.
        value = f.blankIds.map((id) => byBlank.get(id)?.value ?? "").join("/");
        certainty = filled.reduce<Certainty>((c, b) => leastSure(c, b.certainty), "certain");
        if (filled.length < f.blankIds.length) certainty = "doubtful";
      } else {
        value = best.value;
        certainty = best.certainty;
        // Blanks of one field that read differently: the commune wrote two values where one was asked.
        if (filled.some((b) => b.value !== best.value)) certainty = "doubtful";
      }
      if (isLost) certainty = "doubtful";
    }
    const parsed = value !== null && f.kind === "number" ? parseNumber(value) : null;
    // Nothing between the words around a blank whose words moved: the value may stand elsewhere in the line.
    const doubtfulEmpty = read.some((b) => b.value === "" && b.certainty === "doubtful");
    out.set(f.id, {
      fieldId: f.id,
      value,
      number: parsed?.ok ? parsed.value : null,
      source,
      certainty: value === null && doubtfulEmpty ? "doubtful" : certainty,
      empty: !isLost && !doubtfulEmpty && read.length === f.blankIds.length && filled.length === 0,
      unplaced: isLost,
    });
  }
  return out;
}
