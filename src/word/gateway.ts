/**
 * The WordGateway over Office.js: the only code that reads or writes the document.
 *
 * Round trips are the cost that matters in Word on the web, so every operation is a fixed number of syncs:
 * scan reads paragraphs and content controls in one sync and the controls' positions in a second; apply, highlight
 * and finalize read (searches + current paragraph texts) in one sync and write in a second; select chains
 * first-match searches into one sync. Positions are character spans found again by literal search (see
 * `locate.ts`), checked against the text read in the same sync before anything is written.
 *
 * Anchors are content controls tagged `dien-mau:<blankId>` with appearance "BoundingBox": a user clicking a value
 * sees the box (and the field's label as its title) and knows the add-in keeps that text, while nothing of it is
 * printed. A blank where a control cannot be made (part of a table cell on the web, oj#3367; a blank touching
 * another control, oj#6103) is written as plain text and found again from its saved surrounding text.
 */
import { scan as runEngine } from "../core";
import { normalizeValue, spacedWrite } from "../core/spacing";
import type {
  Decisions,
  DocumentSnapshot,
  FilledBlank,
  ScanResult,
  SnapshotContentControl,
  SnapshotParagraph,
  TextBoxParagraph,
  UserSpan,
} from "../core/types";
import { mergeOoxml, readOoxml, type OoxmlReader } from "./ooxml";
import { toWordError, toWordFailure, WordFailure } from "./errors";
import { PartLocator, type SearchStep, type Target } from "./locate";
import { createRunQueue } from "./queue";
import { supportsWordApi } from "./requirements";
import { newState, parseState, serializeState, STATE_KEY } from "./state";
import type { ApplyReport, BlankWrite, SavedFill, SavedState, ScanOutcome, WordGateway, WordNotice } from "./types";

export const ANCHOR_TAG_PREFIX = "dien-mau:";
/** Word's "Turquoise": rarely used by people for their own marks, so ours stay recognisable. */
export const MARK_COLOR = "#00FFFF";
const MARK_NAMES = new Set(["#00ffff", "turquoise", "cyan", "aqua"]);
const CONTEXT_CHARS = 40;

export type Platform = "web" | "desktop";

export interface WordGatewayOptions {
  /** Defaults to the global `Word` (Office.js or an installed simulator). */
  word?: typeof Word;
  /** Defaults to the global `Office`. */
  office?: typeof Office;
  /** Where Word runs; decides which blanks can hold an anchor. Detected from Office when absent. */
  platform?: Platform;
  /** An operation Word has not answered within this many milliseconds fails with Timeout (default 30 s). */
  timeoutMs?: number;
}

/** The manifest's minimum; every Word API the gateway calls is in it (see `requirements.ts`). */
export const MIN_WORD_API = "1.3";
const DEFAULT_TIMEOUT_MS = 30_000;

export type PartName = "body" | "header" | "footer";

interface PartInfo {
  name: PartName;
  /** Global index of the part's first paragraph. */
  offset: number;
  count: number;
}

type BlankHow = "empty" | "anchor" | "text" | "control";

interface BlankInfo {
  id: string;
  label: string;
  /** Global paragraph index and the span the blank (or its written value) occupies now. */
  paragraph: number;
  start: number;
  end: number;
  original: string;
  how: BlankHow;
  /** How an empty blank gets written: decided at scan time so apply never batches an operation that may fail. */
  writeMode: "anchor" | "text";
  contentControlId: string | null;
  readOnly: boolean;
}

interface Model {
  texts: string[];
  parts: PartInfo[];
  blanks: Map<string, BlankInfo>;
  result: ScanResult;
}

function partBody(context: Word.RequestContext, name: PartName): Word.Body {
  if (name === "body") return context.document.body;
  const section = context.document.sections.getFirst();
  return name === "header" ? section.getHeader("Primary") : section.getFooter("Primary");
}

function headingFromStyle(style: string | undefined | null): number | null {
  const m = /^Heading([1-9])$/.exec(style ?? "");
  return m ? Number(m[1]) : null;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function markColor(color: string | null | undefined): boolean {
  return !!color && MARK_NAMES.has(color.toLowerCase());
}

export function createWordGateway(options: WordGatewayOptions = {}): WordGateway {
  const queue = createRunQueue({ timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  const W = (): typeof Word => options.word ?? (globalThis as { Word?: typeof Word }).Word!;
  const O = (): typeof Office => options.office ?? (globalThis as { Office?: typeof Office }).Office!;
  let model: Model | null = null;
  let state: SavedState | null = null;
  /** Blanks whose anchor the user emptied back to the original characters (an undo): empty, written in place. */
  let undoneAnchors = new Set<string>();
  /** The last operation on the document was a finalize; cleared by the next scan. */
  let finalized = false;

  function platform(): Platform {
    if (options.platform) return options.platform;
    const ctx = O()?.context as unknown as { platform?: string; diagnostics?: { platform?: string } } | undefined;
    const p = ctx?.platform ?? ctx?.diagnostics?.platform;
    return p === "OfficeOnline" ? "web" : "desktop";
  }

  function settings(): Office.Settings | null {
    return O()?.context?.document?.settings ?? null;
  }

  function readState(): { state: SavedState; notices: WordNotice[] } {
    const s = settings();
    let raw: unknown = null;
    try {
      raw = s ? s.get(STATE_KEY) : null;
    } catch {
      return { state: newState(), notices: [{ type: "state-corrupt" }] };
    }
    const parsed = parseState(raw);
    return { state: parsed.state, notices: parsed.notices };
  }

  function saveSettings(): Promise<void> {
    const s = settings();
    if (!s) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      s.saveAsync((res) => {
        if (res.status === O().AsyncResultStatus.Failed) reject(toWordFailure(res.error));
        else resolve();
      });
    });
  }

  async function writeState(): Promise<void> {
    const s = settings();
    if (!s || !state) return;
    s.set(STATE_KEY, serializeState(state));
    await saveSettings();
  }

  /** One Word.run; callers are already inside the queue (see `queued`). */
  async function run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await W().run(batch);
    } catch (err) {
      throw toWordFailure(err);
    }
  }

  /** A whole operation, model reads included, runs after the previous one settled. */
  function queued<T>(op: () => Promise<T>): Promise<T> {
    return queue.run(async () => {
      try {
        return await op();
      } catch (err) {
        throw toWordFailure(err);
      }
    });
  }

  function requireModel(): Model {
    if (!model) throw new WordFailure("ItemNotFound", "scan the document first");
    return model;
  }

  function partOf(m: Model, paragraph: number): PartInfo {
    for (const p of m.parts) if (paragraph >= p.offset && paragraph < p.offset + p.count) return p;
    throw new WordFailure("ItemNotFound", `paragraph ${paragraph} is outside the document`);
  }

  function locator(texts: string[], part: PartInfo): PartLocator {
    return new PartLocator(texts.slice(part.offset, part.offset + part.count));
  }

  /** The text a blank must hold now for a write to land on it. */
  function expectedText(m: Model, b: BlankInfo): string {
    return m.texts[b.paragraph].slice(b.start, b.end);
  }

  /**
   * The blank's paragraph as it was before anything was written into it: the neighbours decide spacing.
   * A blank ending in a leader TAB keeps that TAB after the value: the value stands at the start of the dotted
   * line and the dots still run on to the tab stop, as on a form filled by hand, and whatever is aligned at or
   * after the stop stays where the template put it. Clearing puts back the original characters as always.
   */
  function writeFor(m: Model, b: BlankInfo, value: string): string {
    const text = m.texts[b.paragraph];
    const virtual = text.slice(0, b.start) + b.original + text.slice(b.end);
    const tab = b.original.endsWith("\t") ? 1 : 0;
    return spacedWrite(virtual, b.start, b.start + b.original.length - tab, value).text + (tab ? "\t" : "");
  }

  function contextOf(text: string, start: number, end: number): { before: string; after: string } {
    return {
      before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      after: text.slice(end, end + CONTEXT_CHARS),
    };
  }

  // ---------------------------------------------------------------- scan

  interface ReadPart {
    name: PartName;
    paragraphs: Word.ParagraphCollection;
    controls: Word.ContentControlCollection;
    /** The part's OOXML, read in the same sync: leader TABs, superscripts, footnote marks, text boxes. */
    ooxml: OfficeExtension.ClientResult<string>;
  }

  interface ControlRead {
    cc: Word.ContentControl;
    part: PartName;
    paragraph: Word.Paragraph;
    prefix: Word.Range;
  }

  async function scanDocument(decisions?: Decisions): Promise<ScanOutcome> {
    if (!supportsWordApi(O(), MIN_WORD_API)) {
      throw new WordFailure("NotSupported", `this version of Word lacks WordApi ${MIN_WORD_API}`);
    }
    // The OOXML reader is fetched while Word answers the first sync: the pane shows itself without waiting for it.
    const ooxmlReader = import("../docx/ooxml").then((m) => m.readFlatOpc);
    const { snapshot, controls } = await run(async (context) => {
      const readPart = (name: PartName): ReadPart => {
        const body = partBody(context, name);
        const paragraphs = body.paragraphs;
        paragraphs.load("items/text,items/styleBuiltIn,items/tableNestingLevel");
        const controls = body.contentControls;
        controls.load("items/id,items/tag,items/title,items/text,items/type,items/placeholderText,items/cannotEdit");
        return { name, paragraphs, controls, ooxml: body.getOoxml() };
      };
      // Word gives every section a primary header and footer (empty when the file has none), so one sync reads
      // all three parts. An error here is the document's answer, never taken for a missing part: a transient
      // ItemNotFound must not make the header's blanks disappear from later scans.
      const parts: ReadPart[] = (["body", "header", "footer"] as PartName[]).map(readPart);
      await context.sync();
      const reads: ControlRead[] = [];
      for (const part of parts) {
        for (const cc of part.controls.items) {
          const paragraph = cc.getRange("Whole").paragraphs.getFirst();
          paragraph.load("text");
          const prefix = paragraph.getRange("Start").expandTo(cc.getRange("Start"));
          prefix.load("text");
          reads.push({ cc, part: part.name, paragraph, prefix });
        }
      }
      if (reads.length > 0) await context.sync();
      return buildSnapshot(parts, reads, await ooxmlReader);
    });
    const read = readState();
    state = read.state;
    const notices = [...read.notices];
    const texts = snapshot.paragraphs.map((p) => p.text);
    const filled = locateFills(texts, controls, snapshot, notices);
    const usedDecisions = decisions ?? state.decisions;
    // The engine puts `original` back over exactly the characters that stand for the value, so it is given the
    // whole written span (value plus the spacing we added); the pane gets the value itself.
    const written = filled.map((f) => ({ ...f, value: texts[f.paragraph].slice(f.start, f.end) }));
    const engineResult = runEngine({
      snapshot,
      decisions: usedDecisions,
      filled: written,
      anchorTagPrefix: ANCHOR_TAG_PREFIX,
    });
    // Line breaks are `\v` in Word and `\n` in a text box of the pane.
    const valueOf = new Map(filled.map((f) => [f.blankId, f.value.replace(/\v/g, "\n")]));
    const result: ScanResult = {
      ...engineResult,
      blanks: engineResult.blanks.map((b) => (valueOf.has(b.id) ? { ...b, value: valueOf.get(b.id)! } : b)),
    };
    model = buildModel(snapshot, result, controls.parts);
    finalized = false;
    return { snapshot, result, state, filled, notices };
  }

  interface LocatedControl extends SnapshotContentControl {
    part: PartName;
  }

  function buildSnapshot(
    parts: ReadPart[],
    reads: ControlRead[],
    readFlatOpc: OoxmlReader,
  ): { snapshot: DocumentSnapshot; controls: { list: LocatedControl[]; parts: PartInfo[] } } {
    const paragraphs: SnapshotParagraph[] = [];
    const infos: PartInfo[] = [];
    const textBoxes: TextBoxParagraph[] = [];
    for (const part of parts) {
      const offset = paragraphs.length;
      const own: SnapshotParagraph[] = part.paragraphs.items.map((p) => {
        const nesting = p.tableNestingLevel ?? 0;
        return {
          text: p.text,
          location: part.name === "body" && nesting > 0 ? "table" : part.name,
          headingLevel: headingFromStyle(p.styleBuiltIn as string),
          tableNestingLevel: nesting,
        };
      });
      const merged = mergeOoxml(own, readOoxml(part.ooxml.value, readFlatOpc), offset);
      paragraphs.push(...merged.paragraphs);
      textBoxes.push(...merged.textBoxes);
      infos.push({ name: part.name, offset, count: paragraphs.length - offset });
    }
    // Controls come in document order: match each one's paragraph text from where the previous one stood, so
    // repeated paragraphs (a template pasted twice) resolve to the right copy.
    const list: LocatedControl[] = [];
    const cursor = new Map<PartName, number>();
    for (const r of reads) {
      const info = infos.find((i) => i.name === r.part)!;
      const text = r.paragraph.text;
      let from = cursor.get(r.part) ?? info.offset;
      let index = -1;
      for (let pass = 0; pass < 2 && index < 0; pass++) {
        for (let i = from; i < info.offset + info.count; i++) {
          if (paragraphs[i].text === text) {
            index = i;
            break;
          }
        }
        from = info.offset;
      }
      if (index < 0) continue;
      cursor.set(r.part, index);
      const start = r.prefix.text.length;
      const ccText = r.cc.text;
      const placeholder = r.cc.placeholderText || null;
      const fits = text.slice(start, start + ccText.length) === ccText;
      list.push({
        id: String(r.cc.id),
        tag: r.cc.tag ?? "",
        title: r.cc.title ?? "",
        text: ccText,
        type: String(r.cc.type ?? "RichText"),
        placeholder,
        showingPlaceholder: placeholder !== null && ccText === placeholder,
        cannotEdit: !!r.cc.cannotEdit,
        paragraph: index,
        start: fits ? start : -1,
        end: fits ? start + ccText.length : -1,
        part: r.part,
      });
    }
    const contentControls: SnapshotContentControl[] = list
      .filter((c) => !c.tag.startsWith(ANCHOR_TAG_PREFIX))
      .map(({ part: _part, ...c }) => c);
    return { snapshot: { paragraphs, contentControls, textBoxes }, controls: { list, parts: infos } };
  }

  function locateFills(
    texts: string[],
    controls: { list: LocatedControl[]; parts: PartInfo[] },
    snapshot: DocumentSnapshot,
    notices: WordNotice[],
  ): FilledBlank[] {
    const st = state!;
    const filled: FilledBlank[] = [];
    const taken = new Set<string>();
    undoneAnchors = new Set();
    let savedCount = 0;
    for (const c of controls.list) {
      if (!c.tag.startsWith(ANCHOR_TAG_PREFIX) || c.start < 0) continue;
      const blankId = c.tag.slice(ANCHOR_TAG_PREFIX.length);
      const fill = st.fills[blankId];
      if (!fill || taken.has(blankId)) continue;
      taken.add(blankId);
      savedCount++;
      // Undo in Word puts the blank's characters back, inside the anchor or with it gone: the field is empty
      // again. An anchor left with nothing in it means the user deleted the value and the blank with it.
      if (c.text === fill.original) {
        delete st.fills[blankId];
        undoneAnchors.add(blankId);
        continue;
      }
      if (c.text.trim() === "") {
        delete st.fills[blankId];
        notices.push({ type: "fill-not-found", blankId });
        continue;
      }
      // Typed over by hand inside the anchor: the document's text is the value now.
      const value = c.text === (fill.written ?? fill.value) ? fill.value : c.text.trim();
      if (value !== fill.value) fill.value = value;
      fill.written = c.text;
      filled.push({ blankId, original: fill.original, value, paragraph: c.paragraph, start: c.start, end: c.end });
    }
    const claimed: Array<[number, number, number]> = filled.map((f) => [f.paragraph, f.start, f.end]);
    const overlaps = (p: number, s: number, e: number) => claimed.some(([cp, cs, ce]) => cp === p && s < ce && cs < e);
    for (const [blankId, fill] of Object.entries(st.fills)) {
      if (taken.has(blankId)) continue;
      if (fill.mode !== "text" || !fill.written) {
        notices.push({ type: "fill-not-found", blankId });
        continue;
      }
      const hit = findTextFill(texts, fill, overlaps);
      if (!hit) {
        notices.push({ type: "fill-not-found", blankId });
        continue;
      }
      savedCount++;
      claimed.push([hit.paragraph, hit.start, hit.start + fill.written.length]);
      filled.push({
        blankId,
        original: fill.original,
        value: fill.value,
        paragraph: hit.paragraph,
        start: hit.start,
        end: hit.start + fill.written.length,
      });
    }
    const savedFills = Object.keys(st.fills).length;
    if (savedFills > 0 && savedCount === 0 && snapshot.paragraphs.length > 0) {
      // Nothing saved matches this document: the state came with a copied file of another report.
      notices.splice(0, notices.length, ...notices.filter((n) => n.type !== "fill-not-found"));
      notices.push({ type: "state-other-document" });
      st.fills = {};
      st.highlighted = [];
    }
    return filled;
  }

  function findTextFill(
    texts: string[],
    fill: SavedFill,
    overlaps: (p: number, s: number, e: number) => boolean,
  ): { paragraph: number; start: number } | null {
    const written = fill.written!;
    const before = fill.before ?? "";
    const after = fill.after ?? "";
    const perfect = before.length + after.length;
    let best: { paragraph: number; start: number; score: number } | null = null;
    let tie = false;
    const consider = (p: number) => {
      const text = texts[p];
      for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
        if (overlaps(p, at, at + written.length)) continue;
        const score =
          commonSuffix(before, text.slice(Math.max(0, at - before.length), at)) +
          commonPrefix(after, text.slice(at + written.length, at + written.length + after.length));
        if (!best || score > best.score) {
          best = { paragraph: p, start: at, score };
          tie = false;
        } else if (score === best.score) tie = true;
      }
    };
    if (fill.paragraph !== undefined && fill.paragraph < texts.length) consider(fill.paragraph);
    const found = best as { paragraph: number; start: number; score: number } | null;
    if (!found || found.score < perfect || tie) {
      for (let p = 0; p < texts.length; p++) if (p !== fill.paragraph) consider(p);
    }
    const b = best as { paragraph: number; start: number; score: number } | null;
    if (!b || tie) return null;
    // Enough of the surrounding text must agree that this is the place it was written.
    if (b.score < Math.min(perfect, 6)) return null;
    return { paragraph: b.paragraph, start: b.start };
  }

  function buildModel(snapshot: DocumentSnapshot, result: ScanResult, parts: PartInfo[]): Model {
    const texts = snapshot.paragraphs.map((p) => p.text);
    const st = state!;
    const spansByParagraph = new Map<number, Array<[number, number]>>();
    for (const c of snapshot.contentControls) {
      if (c.start < 0) continue;
      const list = spansByParagraph.get(c.paragraph) ?? [];
      list.push([c.start, c.end]);
      spansByParagraph.set(c.paragraph, list);
    }
    const web = platform() === "web";
    const blanks = new Map<string, BlankInfo>();
    for (const b of result.blanks) {
      const fill = st.fills[b.id];
      let how: BlankHow = "empty";
      if (b.source === "contentControl" && b.contentControlId) how = "control";
      else if (b.filled && fill) how = fill.mode;
      else if (!b.filled && undoneAnchors.has(b.id)) how = "anchor";
      const para = snapshot.paragraphs[b.paragraph];
      const touchesControl = (spansByParagraph.get(b.paragraph) ?? []).some(([s, e]) => b.start <= e && s <= b.end);
      const inCell = (para?.tableNestingLevel ?? 0) > 0 || para?.location === "table";
      const writeMode = (web && inCell) || touchesControl ? "text" : "anchor";
      blanks.set(b.id, {
        id: b.id,
        label: b.label,
        paragraph: b.paragraph,
        start: b.start,
        end: b.end,
        original: fill?.original ?? b.original,
        how,
        writeMode,
        contentControlId: b.contentControlId,
        readOnly: b.readOnly,
      });
    }
    return { texts, parts, blanks, result };
  }

  // ---------------------------------------------------------------- locating in a batch

  interface Located {
    blank: BlankInfo;
    /** Resolved after the read sync; null when the blank is no longer where it was. */
    range: () => Word.Range | null;
    control?: () => Word.ContentControl | null;
  }

  /**
   * Queue, in `context`, what is needed to reach `blanks`: current paragraph texts of their parts, one search per
   * distinct piece, anchors by tag, controls by id. Call `resolve` after the sync.
   */
  function queueLocate(context: Word.RequestContext, m: Model, blanks: BlankInfo[], loadFont: boolean) {
    const partReads = new Map<PartName, { body: Word.Body; paragraphs: Word.ParagraphCollection }>();
    const bodyOf = (part: PartInfo) => {
      let r = partReads.get(part.name);
      if (!r) {
        const body = partBody(context, part.name);
        const paragraphs = body.paragraphs;
        paragraphs.load("items/text");
        r = { body, paragraphs };
        partReads.set(part.name, r);
      }
      return r;
    };
    const searches = new Map<string, Word.RangeCollection>();
    const searchFor = (part: PartInfo, step: SearchStep) => {
      const key = `${part.name}\u0000${step.search}`;
      let s = searches.get(key);
      if (!s) {
        s = bodyOf(part).body.search(step.search, { matchCase: true });
        s.load(loadFont ? "items/text,items/font/highlightColor" : "items/text");
        searches.set(key, s);
      }
      return s;
    };
    const anchorProps = loadFont ? "items/text,items/font/highlightColor" : "items/text";
    const anchors = new Map<string, Word.ContentControlCollection>();
    const controls = new Map<string, Word.ContentControl>();
    const targets = new Map<string, Target>();
    const planners = new Map<PartName, PartLocator>();
    for (const b of blanks) {
      const part = partOf(m, b.paragraph);
      if (b.how === "anchor") {
        const c = bodyOf(part).body.contentControls.getByTag(ANCHOR_TAG_PREFIX + b.id);
        // eslint-disable-next-line office-addins/no-empty-load -- the rule cannot see through the variable
        c.load(anchorProps);
        anchors.set(b.id, c);
      } else if (b.how === "control" && b.contentControlId) {
        const c = context.document.contentControls.getByIdOrNullObject(Number(b.contentControlId));
        // eslint-disable-next-line office-addins/no-navigational-load -- cannotEdit is a scalar property
        c.load("text,cannotEdit");
        controls.set(b.id, c);
      } else {
        let planner = planners.get(part.name);
        if (!planner) planners.set(part.name, (planner = locator(m.texts, part)));
        const t = planner.target(b.paragraph - part.offset, b.start, b.end);
        if (!t) continue;
        targets.set(b.id, t);
        searchFor(part, t.first);
        if (t.last) searchFor(part, t.last);
      }
    }
    return (): Located[] => {
      const current = m.texts.slice();
      for (const [name, r] of partReads) {
        const part = m.parts.find((p) => p.name === name)!;
        const items = r.paragraphs.items;
        if (items.length !== part.count) {
          // Paragraphs were added or removed: indices no longer line up with the scan, nothing is safe to write.
          for (let i = 0; i < part.count; i++) current[part.offset + i] = "\u0000";
        } else for (let i = 0; i < items.length; i++) current[part.offset + i] = items[i].text;
      }
      const locators = new Map<PartName, PartLocator>();
      const locOf = (part: PartInfo) => {
        let l = locators.get(part.name);
        if (!l) locators.set(part.name, (l = locator(current, part)));
        return l;
      };
      return blanks.map((b): Located => {
        const part = partOf(m, b.paragraph);
        if (b.how === "anchor") {
          const expected = expectedText(m, b);
          const cc = anchors.get(b.id)!.items.find((c) => c.text === expected) ?? null;
          return { blank: b, range: () => (cc ? cc.getRange("Content") : null), control: () => cc };
        }
        if (b.how === "control") {
          const cc = controls.get(b.id);
          const ok = cc && !cc.isNullObject;
          return { blank: b, range: () => (ok ? cc.getRange("Content") : null), control: () => (ok ? cc : null) };
        }
        const expected = expectedText(m, b);
        const now = current[b.paragraph];
        const stillThere =
          now.slice(b.start, b.end) === expected && now.slice(0, b.start) === m.texts[b.paragraph].slice(0, b.start);
        const t = targets.get(b.id);
        if (!stillThere || !t) return { blank: b, range: () => null };
        const fresh = locOf(part).target(b.paragraph - part.offset, b.start, b.end);
        if (!fresh) return { blank: b, range: () => null };
        const pick = (step: SearchStep) => {
          const s = searches.get(`${part.name}\u0000${step.search}`);
          const item = s?.items[step.index];
          return item && item.text === step.raw ? item : null;
        };
        const first = pick(fresh.first);
        const last = fresh.last ? pick(fresh.last) : null;
        if (!first || (fresh.last && !last)) return { blank: b, range: () => null };
        return { blank: b, range: () => (last ? first.expandTo(last) : first) };
      });
    };
  }

  // ---------------------------------------------------------------- apply

  async function applyWrites(writes: BlankWrite[]): Promise<ApplyReport> {
    const m = requireModel();
    const st = state!;
    const report: ApplyReport = { written: [], cleared: [], moved: [], failed: [] };
    const last = new Map<string, string | null>();
    for (const w of writes) last.set(w.blankId, w.value === null ? null : normalizeValue(w.value));
    const jobs: Array<{ blank: BlankInfo; value: string | null }> = [];
    for (const [id, value] of last) {
      const blank = m.blanks.get(id);
      if (!blank) {
        report.moved.push(id);
        continue;
      }
      if (blank.readOnly) {
        report.failed.push({ blankId: id, error: { code: "AccessDenied", detail: "read-only field" } });
        continue;
      }
      const clear = value === null || value.trim() === "";
      if (clear && blank.how === "empty") {
        report.cleared.push(id);
        continue;
      }
      jobs.push({ blank, value: clear ? null : value });
    }
    if (jobs.length === 0) return report;
    // Right to left inside a paragraph, so a write never shifts a range still to be written.
    jobs.sort((a, b) => b.blank.paragraph - a.blank.paragraph || b.blank.start - a.blank.start);

    interface Done {
      blank: BlankInfo;
      value: string | null;
      text: string;
    }
    const done: Done[] = [];
    const marked = new Set(st.highlighted ?? []);
    let writeError: unknown = null;
    await run(async (context) => {
      const resolve = queueLocate(
        context,
        m,
        jobs.map((j) => j.blank),
        false,
      );
      await context.sync();
      const located = resolve();
      for (let i = 0; i < jobs.length; i++) {
        const { blank, value } = jobs[i];
        const where = located[i];
        const range = where.range();
        if (!range) {
          report.moved.push(blank.id);
          continue;
        }
        if (blank.how === "control") {
          const cc = where.control!()!;
          if (cc.cannotEdit) {
            report.failed.push({ blankId: blank.id, error: { code: "AccessDenied", detail: "locked control" } });
            continue;
          }
          const text = value ?? "";
          cc.insertText(text, "Replace");
          done.push({ blank, value, text });
          continue;
        }
        const text = value === null ? blank.original : writeFor(m, blank, value);
        if (blank.how === "anchor") {
          const cc = where.control!()!;
          const inserted = cc.insertText(text, "Replace");
          if (marked.has(blank.id)) inserted.font.highlightColor = null as unknown as string;
          if (value === null) cc.delete(true);
        } else {
          const inserted = range.insertText(text, "Replace");
          if (marked.has(blank.id)) inserted.font.highlightColor = null as unknown as string;
          if (value !== null && blank.how === "empty" && blank.writeMode === "anchor") {
            const cc = inserted.insertContentControl();
            cc.tag = ANCHOR_TAG_PREFIX + blank.id;
            cc.title = blank.label.slice(0, 255);
            cc.appearance = "BoundingBox";
          }
        }
        done.push({ blank, value, text });
      }
      if (done.length === 0) return;
      try {
        await context.sync();
      } catch (err) {
        writeError = err;
      }
    });
    if (writeError) {
      const error = toWordError(writeError);
      for (const d of done) report.failed.push({ blankId: d.blank.id, error });
      return report;
    }
    const touched = new Set<number>();
    for (const d of done) {
      commitWrite(m, d.blank, d.text);
      touched.add(d.blank.paragraph);
      marked.delete(d.blank.id);
      if (d.blank.how === "control") {
        if (d.value === null) report.cleared.push(d.blank.id);
        else report.written.push(d.blank.id);
        continue;
      }
      if (d.value === null) {
        delete st.fills[d.blank.id];
        d.blank.how = "empty";
        report.cleared.push(d.blank.id);
      } else {
        const mode = d.blank.how === "empty" ? d.blank.writeMode : d.blank.how === "anchor" ? "anchor" : "text";
        d.blank.how = mode;
        st.fills[d.blank.id] = { value: d.value, original: d.blank.original, mode, written: d.text };
        report.written.push(d.blank.id);
      }
    }
    refreshContexts(m, touched);
    st.highlighted = [...marked];
    await writeState();
    return report;
  }

  /** Our model of the document after a successful write: the paragraph text and the spans after it shift. */
  function commitWrite(m: Model, blank: BlankInfo, text: string): void {
    const p = blank.paragraph;
    const old = m.texts[p];
    const delta = text.length - (blank.end - blank.start);
    m.texts[p] = old.slice(0, blank.start) + text + old.slice(blank.end);
    for (const other of m.blanks.values()) {
      if (other !== blank && other.paragraph === p && other.start >= blank.end) {
        other.start += delta;
        other.end += delta;
      }
    }
    blank.end = blank.start + text.length;
  }

  /** Plain-text fills are found again by their surroundings: keep those current for every touched paragraph. */
  function refreshContexts(m: Model, paragraphs: Set<number>): void {
    const st = state!;
    for (const b of m.blanks.values()) {
      if (!paragraphs.has(b.paragraph)) continue;
      const fill = st.fills[b.id];
      if (!fill || fill.mode !== "text") continue;
      const ctx = contextOf(m.texts[b.paragraph], b.start, b.end);
      fill.before = ctx.before;
      fill.after = ctx.after;
      fill.paragraph = b.paragraph;
      fill.written = m.texts[b.paragraph].slice(b.start, b.end);
    }
  }

  // ---------------------------------------------------------------- select, highlight, finalize

  async function selectBlank(blankId: string): Promise<void> {
    const m = requireModel();
    const b = m.blanks.get(blankId);
    if (!b) throw new WordFailure("ItemNotFound", `no blank ${blankId}`);
    const part = partOf(m, b.paragraph);
    await run(async (context) => {
      if (b.how === "anchor") {
        partBody(context, part.name)
          .contentControls.getByTag(ANCHOR_TAG_PREFIX + b.id)
          .getFirst()
          .select();
        await context.sync();
        return;
      }
      if (b.how === "control" && b.contentControlId) {
        context.document.contentControls.getById(Number(b.contentControlId)).select();
        await context.sync();
        return;
      }
      const loc = locator(m.texts, part);
      const chain = loc.firstMatchChain(b.paragraph - part.offset, b.start, b.end);
      if (chain) {
        let range = partBody(context, part.name).search(chain[0], { matchCase: true }).getFirst();
        for (const s of chain.slice(1)) range = range.search(s, { matchCase: true }).getFirst();
        range.select();
        await context.sync();
        return;
      }
      // The same text stands earlier in the part (a repeated paragraph): learn the match positions first.
      const resolve = queueLocate(context, m, [b], false);
      await context.sync();
      const range = resolve()[0].range();
      if (!range) throw new WordFailure("ItemNotFound", `blank ${blankId} moved`);
      range.select();
      await context.sync();
    });
  }

  async function highlight(on: boolean): Promise<void> {
    const m = requireModel();
    const st = state!;
    const marked = new Set(st.highlighted ?? []);
    const targets = [...m.blanks.values()].filter((b) =>
      on ? b.how === "empty" && !b.readOnly && !marked.has(b.id) : marked.has(b.id) && b.how === "empty",
    );
    for (const id of [...marked]) if (!on && m.blanks.get(id)?.how !== "empty") marked.delete(id);
    if (targets.length > 0) {
      await run(async (context) => {
        const resolve = queueLocate(context, m, targets, true);
        await context.sync();
        const located = resolve();
        for (const l of located) {
          const range = l.range();
          if (!range) continue;
          const color = range.font.highlightColor;
          if (on && !color) {
            range.font.highlightColor = MARK_COLOR;
            marked.add(l.blank.id);
          } else if (!on) {
            if (markColor(color)) range.font.highlightColor = null as unknown as string;
            marked.delete(l.blank.id);
          }
        }
        await context.sync();
      });
    }
    st.highlighted = [...marked];
    await writeState();
  }

  async function finalizeDocument(): Promise<void> {
    // A finalize that timed out still finishes in Word; the user's retry then has nothing left to do.
    if (!model && finalized) return;
    const m = requireModel();
    const st = state!;
    const marked = new Set(st.highlighted ?? []);
    const targets = [...m.blanks.values()].filter((b) => marked.has(b.id) && b.how === "empty");
    await run(async (context) => {
      const collections = m.parts.map(({ name }) => {
        const c = partBody(context, name).contentControls;
        c.load("items/tag");
        return c;
      });
      const resolve = queueLocate(context, m, targets, true);
      await context.sync();
      for (const l of resolve()) {
        const range = l.range();
        if (range && markColor(range.font.highlightColor)) range.font.highlightColor = null as unknown as string;
      }
      for (const c of collections)
        for (const cc of c.items) if ((cc.tag ?? "").startsWith(ANCHOR_TAG_PREFIX)) cc.delete(true);
      await context.sync();
    });
    const s = settings();
    if (s) {
      s.remove(STATE_KEY);
      await saveSettings();
    }
    state = newState(st.documentId);
    model = null;
    finalized = true;
  }

  async function selection(): Promise<UserSpan | null> {
    const m = requireModel();
    return run(async (context) => {
      const sel = context.document.getSelection();
      sel.load("text");
      // A navigation to a collection proxy, loaded on the next line: nothing is read before the sync.
      // eslint-disable-next-line office-addins/load-object-before-read
      const paragraphs = sel.getRange("Whole").paragraphs;
      paragraphs.load("items/text");
      const prefix = paragraphs.getFirst().getRange("Start").expandTo(sel.getRange("Start"));
      prefix.load("text");
      await context.sync();
      const chosen = sel.text;
      if (!chosen || paragraphs.items.length !== 1) return null;
      const text = paragraphs.items[0].text;
      const start = prefix.text.length;
      const end = start + chosen.length;
      if (text.slice(start, end) !== chosen) return null;
      const paragraph = m.texts.indexOf(text);
      if (paragraph < 0) return null;
      return { paragraph, start, end };
    });
  }

  function onChanged(listener: () => void): () => void {
    const office = O();
    const doc = office?.context?.document;
    const type = office?.EventType?.DocumentSelectionChanged;
    if (!doc?.addHandlerAsync || !type) return () => undefined;
    const handler = () => listener();
    doc.addHandlerAsync(type, handler);
    return () => {
      doc.removeHandlerAsync(type, { handler });
    };
  }

  return {
    scan: (decisions) => queued(() => scanDocument(decisions)),
    apply: (writes) => queued(() => applyWrites(writes)),
    select: (blankId) => queued(() => selectBlank(blankId)),
    highlightEmpty: (on) => queued(() => highlight(on)),
    finalize: () => queued(() => finalizeDocument()),
    async saveDecisions(decisions: Decisions) {
      if (!state) state = readState().state;
      state.decisions = decisions;
      await queue
        .run(() => writeState())
        .catch((err: unknown) => {
          throw toWordFailure(err);
        });
    },
    selectionSpan: () => queued(() => selection()),
    onChanged,
  };
}
