/**
 * The engine: given a document snapshot (and the user's decisions and the blanks already filled), say where every
 * blank is, what it asks for, which blanks take one value together, which section each belongs to, and what is
 * still missing. Pure and linear in the document's size.
 */
import { detectBlanks } from "./blanks";
import { placedSpans } from "./boxes";
import { drawnGrids, gridLabel } from "./digits";
import type { DetectedSpan } from "./blanks";
import { findings } from "./completeness";
import { buildFields, contextKey } from "./fields";
import type { LinkInfo } from "./fields";
import { controlBlankId, IdMinter, textBlankId, userBlankId } from "./ids";
import { dateGroups, masked } from "./kinds";
import { continuedLabels, describeParagraph, noteLabel, type Described } from "./labels";
import { readNotes } from "./notes";
import { buildOutline, headingPath } from "./outline";
import { grownLists } from "./repeat";
import { restoreOriginal } from "./restore";
import type {
  Blank,
  BlankSource,
  EngineInput,
  FilledBlank,
  ScanResult,
  Section,
  SnapshotContentControl,
  UserSpan,
} from "./types";
import { withInstructions } from "./instructions";
import { findCellBlanks } from "./tables";
import { foldTones } from "./text";
import { t } from "../i18n";

export { snapshotFromText } from "./txt";
export type * from "./types";

export const DEFAULT_ANCHOR_PREFIX = "dien-mau:";
const CONTEXT = 60;

interface Candidate {
  start: number;
  end: number;
  source: BlankSource;
  confidence: number;
  notes: number[];
  fill?: FilledBlank;
  user?: UserSpan;
  /** Digit boxes drawn in the paragraph: how many. */
  digits?: number;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export function scan(input: EngineInput): ScanResult {
  const { snapshot } = input;
  const paragraphs = snapshot.paragraphs;
  const prefix = input.anchorTagPrefix ?? DEFAULT_ANCHOR_PREFIX;
  const dismissed = new Set(input.decisions?.dismissed ?? []);
  const unlinked = new Set(input.decisions?.unlinked ?? []);
  const notes = readNotes(paragraphs);
  const outline = buildOutline(paragraphs);
  const minter = new IdMinter();

  const fillsBy = groupBy(input.filled ?? [], (f) => f.paragraph);
  const addedBy = groupBy(input.decisions?.added ?? [], (u) => u.paragraph);
  const controls = (snapshot.contentControls ?? []).filter((c) => !c.tag.startsWith(prefix));
  const controlsBy = groupBy(controls, (c) => c.paragraph);

  const scopeOf = numberedScopes(paragraphs, outline);
  const blanks: Blank[] = [];
  const links: LinkInfo[] = [];
  let prevHadTabBlank = false;
  let prevOriginal = "";

  const restoredAll = paragraphs.map((para, p) => restoreOriginal(para.text, fillsBy.get(p) ?? []));
  // Cells are judged on the original texts, so a filled cell is still the blank it was.
  const cellBlanks = findCellBlanks(
    paragraphs,
    restoredAll.map((r) => r.original),
  );

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const restored = restoredAll[p];
    const cellBlank = cellBlanks.get(p);
    const original = restored.original;
    const pkey = minter.paragraphKey(original);
    // The host's offsets are in the current text; detection runs on the restored one, so every hint is mapped
    // back (a footnote mark left where it stood now would let a blank grow over it and the write delete it).
    const at = restored.toOriginal;
    const detected = detectBlanks(original, {
      leaderTabs: para.leaderTabs?.map(at),
      superscripts: para.superscripts?.map(([s, e]): [number, number] => [at(s), at(e)]),
      footnoteRefs: para.footnoteRefs?.map(at),
      prevText: prevOriginal,
      nextText: paragraphs[p + 1]?.text,
      prevHadTabBlank,
    });
    prevHadTabBlank = detected.length > 0 && detected[detected.length - 1].hasTab;
    prevOriginal = original;

    const pControls = controlsBy.get(p) ?? [];
    const controlSpans = pControls
      .filter((c) => c.start >= 0 && c.end >= c.start)
      .map((c) => ({ start: restored.toOriginal(c.start), end: restored.toOriginal(c.end) }));
    let cands = mergeCandidates(restored.fills, detected, addedBy.get(p) ?? [], controlSpans, original.length);
    // Form fields and tick boxes are the author's own blanks: they win over a rule's span that reaches into them.
    const placed = placedSpans(
      original,
      para.formFields?.map(([s, e]): [number, number] => [at(s), at(e)]),
    );
    if (placed.length > 0) {
      cands = cands.filter((c) => c.fill || c.user || !placed.some((s) => overlap(s, c)));
      for (const s of placed) {
        if (!cands.some((c) => overlap(s, c)) && !controlSpans.some((o) => overlap(s, o)))
          cands.push({ start: s.start, end: s.end, source: "text", confidence: 1, notes: [] });
      }
      cands.sort((a, b) => a.start - b.start);
    }
    // An empty cell (or one of spaces) no rule takes is a blank as a whole; a cell of dots is the rules' span.
    if (cellBlank && cands.length === 0 && pControls.length === 0)
      cands.push({
        start: 0,
        end: original.length,
        source: cellBlank.digits ? "boxes" : "cell",
        confidence: 0.9,
        notes: [],
      });
    // Boxes drawn after the label: the field stands at the paragraph's end, the text itself is never touched.
    for (const count of para.drawnBoxes ? drawnGrids(para.drawnBoxes) : [])
      cands.push({
        start: original.length,
        end: original.length,
        source: "boxes",
        confidence: 0.9,
        notes: [],
        digits: count,
      });
    // A value written into a whole cell keeps the cell's own kind of blank: a filled cell is the blank it was.
    if (cellBlank)
      for (const c of cands)
        if (c.fill && c.source === "text" && c.start === 0 && c.end === original.length)
          c.source = cellBlank.digits ? "boxes" : "cell";
    if (cands.length > 0) {
      // A cell or box grid found by its table or drawing is described by it: the words around it say nothing.
      const own = cellBlank !== undefined && cands.every((c) => c.source === "cell" || c.source === "boxes");
      const described = own
        ? cands.map((): Described => ({ ...cellBlank, dateGroup: null, dateLabel: null, weakLabel: false }))
        : describeParagraph(original, cands, paragraphs[p - 1]?.text ?? "");
      const groups = own ? [] : dateGroups(original, cands);
      const m = own ? original : masked(original, cands);
      cands.forEach((c, i) => {
        const d = described[i];
        const id = minter.claim(
          c.fill ? c.fill.blankId : c.user ? userBlankId(pkey, c.start, c.end) : textBlankId(pkey, c.start),
        );
        const start = c.fill ? c.fill.start : restored.toCurrent(c.start);
        const end = c.fill ? c.fill.end : restored.toCurrent(c.end);
        const hint = c.notes.map((n) => notes.get(n, p)).find((n) => n !== undefined) ?? null;
        const group = d.dateGroup !== null && !cellBlank ? groups[d.dateGroup] : null;
        // A span the user chose over words (a repeated line's name) asks for words, whatever follows it.
        const words = !!c.user && /\p{L}/u.test(original.slice(c.start, c.end));
        blanks.push({
          id,
          paragraph: p,
          start,
          end,
          text: para.text.slice(start, end),
          kind: words ? "text" : (cellBlank?.kind ?? d.kind),
          datePart: words ? null : cellBlank ? cellBlank.datePart : d.datePart,
          unit: words ? null : cellBlank ? cellBlank.unit : d.unit,
          label:
            c.user?.label?.trim() ||
            c.fill?.userLabel?.trim() ||
            (c.digits ? gridLabel(original) : "") ||
            cellBlank?.label ||
            placedAt(placed, c)?.label ||
            (d.weakLabel && hint ? noteLabel(hint) : d.label),
          hint,
          context: {
            before: para.text.slice(Math.max(0, start - CONTEXT), start),
            after: para.text.slice(end, end + CONTEXT),
          },
          fieldId: "",
          section: sectionFor(outline, p),
          confidence: c.confidence,
          source: c.source,
          filled: !!c.fill && !c.fill.empty,
          value: c.fill && !c.fill.empty ? c.fill.value : null,
          original: original.slice(c.start, c.end),
          contentControlId: null,
          readOnly: false,
          wholeLine: isWholeLine(original, c.start, c.end),
          ...(cellBlank ? { cell: cellBlank.cell } : {}),
          ...(c.digits ? { digitBoxes: { count: c.digits } } : {}),
          ...(cellBlank?.digits && !c.digits
            ? { digitBoxes: { count: cellBlank.digits.length, paragraphs: cellBlank.digits } }
            : {}),
          ...(cellBlank?.cell.role === "checkbox" || placedAt(placed, c)?.checkbox ? { checkbox: true } : {}),
        });
        links.push({
          dateKey: group ? `date:${p}:${d.dateGroup}` : null,
          dateLabel: d.dateLabel,
          printed: group ? group.printed : null,
          slashed: group ? group.slashed : false,
          controlKey: null,
          contextKey:
            d.kind === "date" || cellBlank || c.digits
              ? null
              : contextKey(m.slice(0, c.start), m.slice(c.end, c.end + 80), d.kind, scopeOf[p]),
        });
      });
    }
    for (const c of pControls) {
      blanks.push(controlBlank(c, para.text, sectionFor(outline, p), minter));
      const key = (c.tag || c.title).trim();
      links.push({
        dateKey: null,
        dateLabel: null,
        printed: null,
        slashed: false,
        controlKey: key ? foldTones(key) : null,
        contextKey: null,
      });
    }
  }

  const keep = blanks.map((b) => !dismissed.has(b.id));
  const kept = blanks.filter((_, i) => keep[i]);
  const keptLinks = links.filter((_, i) => keep[i]);
  const order = kept
    .map((_, i) => i)
    .sort((a, b) => kept[a].paragraph - kept[b].paragraph || kept[a].start - kept[b].start);
  const labelled = withInstructions(
    continuedLabels(
      order.map((i) => kept[i]),
      paragraphs,
    ),
    paragraphs,
  );
  const sortedLinks = order.map((i) => keptLinks[i]);
  let freq: Map<string, number> | null = null;
  const wordFreq = (ws: string[]): Map<string, number> => (freq ??= countWords(paragraphs, ws));
  // The lines of a list the user grew each hold their own figures: never one field across lines.
  const lists = grownLists(
    paragraphs.map((p) => p.text),
    labelled,
  );
  const sorted = lists.blanks as Blank[];
  const own = lists.own;
  const fields = buildFields(sorted, sortedLinks, own.size > 0 ? new Set([...unlinked, ...own]) : unlinked, wordFreq);

  // Dismissed blanks keep the fields they had, so a field dismissed whole (a date's parts, a name written twice)
  // is listed, and restored, as one.
  const gone = blanks
    .map((_, i) => i)
    .filter((i) => !keep[i])
    .sort((a, b) => blanks[a].paragraph - blanks[b].paragraph || blanks[a].start - blanks[b].start);
  const dismissedBlanks = gone.map((i) => blanks[i]);
  const dismissedFields = buildFields(
    dismissedBlanks,
    gone.map((i) => links[i]),
    unlinked,
    wordFreq,
  );
  return {
    blanks: sorted,
    fields,
    sections: sections(outline, sorted),
    findings: findings(snapshot, sorted, outline, lists.groups),
    ...(dismissedBlanks.length > 0 ? { dismissed: dismissedBlanks, dismissedFields } : {}),
  };
}

function mergeCandidates(
  fills: Array<{ fill: FilledBlank; start: number; end: number }>,
  detected: DetectedSpan[],
  added: UserSpan[],
  controlSpans: Array<{ start: number; end: number }>,
  length: number,
): Candidate[] {
  const out: Candidate[] = fills.map((f) => {
    const det = detected.find((d) => d.start < f.end && f.start < d.end);
    return {
      start: f.start,
      end: f.end,
      source: f.fill.userLabel !== undefined ? "user" : "text",
      confidence: det?.confidence ?? 1,
      notes: det?.notes ?? [],
      fill: f.fill,
    };
  });
  const overlaps = (s: { start: number; end: number }): boolean =>
    out.some((o) => s.start < o.end && o.start < s.end) || controlSpans.some((o) => s.start < o.end && o.start < s.end);
  for (const d of detected) {
    if (!overlaps(d))
      out.push({ start: d.start, end: d.end, source: "text", confidence: d.confidence, notes: d.notes });
  }
  // Added spans are kept in the original text (see `UserSpan`): mapping them through this scan's values would
  // move them whenever a value before them changes length.
  for (const u of added) {
    const s = { start: u.start, end: u.end };
    if (s.start >= 0 && s.end > s.start && s.end <= length && !overlaps(s))
      out.push({ ...s, source: "user", confidence: 1, notes: [], user: u });
  }
  return out.sort((a, b) => a.start - b.start);
}

function controlBlank(c: SnapshotContentControl, paragraphText: string, section: string[], minter: IdMinter): Blank {
  const start = c.start >= 0 ? c.start : 0;
  const end = c.end >= start ? c.end : start;
  const blankLike = /^[\s.\u2026_]*$/.test(c.text) || (c.placeholder !== null && c.text === c.placeholder);
  const filled = !c.showingPlaceholder && !blankLike;
  const label = c.title.trim() || c.tag.trim() || c.placeholder?.trim() || t("vi", "core.label.control");
  const kind = /date/i.test(c.type) ? "date" : "text";
  return {
    id: minter.claim(controlBlankId(c.id)),
    paragraph: c.paragraph,
    start,
    end,
    text: c.text,
    kind,
    datePart: kind === "date" ? "date" : null,
    unit: null,
    label,
    hint: c.placeholder,
    context: {
      before: paragraphText.slice(Math.max(0, start - CONTEXT), start),
      after: paragraphText.slice(end, end + CONTEXT),
    },
    fieldId: "",
    section,
    confidence: 1,
    source: "contentControl",
    filled,
    value: filled ? c.text : null,
    original: filled ? "" : c.text,
    contentControlId: c.id,
    readOnly: c.cannotEdit || /^(checkbox|picture)$/i.test(c.type),
    wholeLine: false,
  };
}

/** A numbered item (`2. Với sự chứng kiến của:`), whether or not the outline took it for a heading. */
const NUMBERED = /^\s*(?:\d{1,2}|[IVXLC]{1,6}|\p{Ll})[.)]\s+\S/u;

/** For each paragraph, the paragraph of the numbered item or heading it stands under (-1 above the first). */
function numberedScopes(paragraphs: Array<{ text: string }>, outline: ReturnType<typeof buildOutline>): Int32Array {
  const out = new Int32Array(paragraphs.length);
  let item = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    if (NUMBERED.test(paragraphs[p].text)) item = p;
    const h = outline.sectionOf[p] ?? -1;
    out[p] = Math.max(item, h >= 0 ? outline.headings[h].paragraph : -1);
  }
  return out;
}

function placedAt<T extends { start: number; end: number }>(
  placed: T[],
  c: { start: number; end: number },
): T | undefined {
  return placed.find((s) => overlap(s, c) || (s.start === c.start && s.end === c.end));
}

function isWholeLine(text: string, start: number, end: number): boolean {
  return /^[\s\-+•]*$/.test(text.slice(0, start)) && /^[\s.;,/]*$/.test(text.slice(end)) && end - start >= 20;
}

function sectionFor(outline: ReturnType<typeof buildOutline>, p: number): string[] {
  const h = outline.sectionOf[p] ?? -1;
  return h >= 0 ? headingPath(outline.headings, h) : [];
}

function sections(outline: ReturnType<typeof buildOutline>, blanks: Blank[]): Section[] {
  const counts = outline.headings.map(() => ({ blank: 0, empty: 0 }));
  for (const b of blanks) {
    for (let h = outline.sectionOf[b.paragraph] ?? -1; h >= 0; h = outline.headings[h].parent) {
      counts[h].blank++;
      if (!b.filled && !b.readOnly && !b.optional) counts[h].empty++;
    }
  }
  return outline.headings.map((h, i) => ({
    title: h.title,
    level: h.level,
    paragraph: h.paragraph,
    path: headingPath(outline.headings, i),
    blankCount: counts[i].blank,
    emptyCount: counts[i].empty,
  }));
}

function groupBy<T>(items: T[], key: (t: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

/** How often each of `ws` occurs in the document, counted up to a cap: enough to tell a typo from the usual word. */
function countWords(paragraphs: Array<{ text: string }>, ws: string[]): Map<string, number> {
  const CAP = 50;
  const freq = new Map<string, number>();
  for (const w of new Set(ws)) {
    let n = 0;
    for (let p = 0; p < paragraphs.length && n < CAP; p++) {
      for (
        let at = paragraphs[p].text.indexOf(w);
        at >= 0 && n < CAP;
        at = paragraphs[p].text.indexOf(w, at + w.length)
      )
        n++;
    }
    freq.set(w, n);
  }
  return freq;
}
