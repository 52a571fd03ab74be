/**
 * The write plan: every change the add-in makes to the text of the document (values, clears, marks) goes through
 * here, in one batch that also anchors every blank still without an anchor and reads back what it wrote.
 *
 * - A document with anchors: 1 sync. Each blank is reached by its anchor, written, and its anchor's text loaded in
 *   the same batch.
 * - Blanks without an anchor (a document never written to, new blanks since): 1 more sync before, reading the
 *   paragraph texts and searching for them, so the anchors are put on exactly the blanks the scan saw.
 * - What reads back differently is written once more (1 more sync); if it still differs it is reported and the state
 *   keeps what Word holds.
 * - A failed sync may have applied part of its batch (Word batches are not transactions): one read of every place
 *   the batch touched tells what landed, and that is committed to the state.
 */
import { anchorTag, isPlaceholderText, newBookmarkName, type Anchor } from "./anchors";
import { boxChars } from "./boxes";
import { toWordError } from "./errors";
import { PartLocator, type SearchStep } from "./locate";
import { markColor, MARK_COLOR } from "./marks";
import {
  byParagraph,
  currentText,
  partOf,
  replaceSpan,
  writeFor,
  type BlankInfo,
  type Model,
  type PartName,
} from "./model";
import { anchorControls, matchOf, partBody, queueLocate, type Located } from "./reach";
import type { GatewaySession } from "./session";
import type { SavedAnchor, SavedState, WordError } from "./types";

export interface Step {
  blank: BlankInfo;
  /** The value to write, null to clear back to the original characters, undefined to leave the text. */
  value?: string | null;
  /** Put our mark on the blank, take it off, or leave it. */
  mark?: "on" | "off";
}

export interface PlanResult {
  /** Steps whose write (or mark) Word read back as asked. */
  done: Step[];
  /** Not reached: the blank is not where the scan saw it, or its anchor is gone. Nothing written there. */
  moved: string[];
  /** No anchor can stand there and its paragraph changed: to be filled by hand in Word. */
  byHand: string[];
  failed: Array<{ blankId: string; error: WordError }>;
  /** The model now holds what Word read back, and the outcome can be shown without a rescan. */
  consistent: boolean;
  /** Blank ids whose saved anchor changed. */
  changed: Set<string>;
}

/** Estimated operations one request carries at most; a larger plan is written in several batches. */
export const MAX_OPS_PER_SYNC = 100_000;

interface Target {
  step: Step | null;
  blank: BlankInfo;
  /** The anchor the blank will have after the batch (already there, or put on now). */
  anchor: Anchor | null;
  /** What the batch puts in the blank's place; null when its text stays. */
  text: string | null;
  /** What its anchor (or, without one, its span) must read after the batch. */
  expect: string;
  /** Loaded after the writes: what Word holds there now. */
  readBack: () => string | null;
  /** What the blank's paragraph is reached through, to read it back once every write of the batch is done. */
  handle?: Word.ContentControl | Word.Range;
  /** What the blank holds in the model before the batch. */
  current: string;
  /** An anchor written to: its text as the batch found it, just before the write. */
  before?: () => string | null;
  /** Its chunk was synced without error. */
  synced?: boolean;
}

function linesOf(text: string): string[] {
  return text.split("\v");
}

/** Writes `text` through a control: lines with `insertBreak("Line")`, never a `\v` (literal on the web: oj#4275). */
function writeControl(cc: Word.ContentControl, text: string): void {
  const [first, ...rest] = linesOf(text);
  cc.insertText(first, "Replace");
  for (const line of rest) {
    cc.insertBreak("Line", "End");
    if (line) cc.insertText(line, "End");
  }
}

/** Writes `text` over `range`, lines joined by `insertBreak("Line")`; the range of everything written. */
function writeRange(range: Word.Range, text: string): Word.Range {
  const [first, ...rest] = linesOf(text);
  const start = range.insertText(first, "Replace");
  let last = start;
  for (const line of rest) {
    last = last.insertText(line, "After");
    last.insertBreak("Line", "Before");
  }
  return rest.length > 0 ? start.expandTo(last) : start;
}

function clearMark(range: Word.Range | Word.ContentControl): void {
  range.font.highlightColor = null as unknown as string;
}

/** The colour a blank typed over since the scan is taken to show: neither ours nor none. */
const TYPED = "typed over";
/** The colour of a blank whose anchor is no longer in the document. */
const GONE = "anchor gone";

export async function runPlan(session: GatewaySession, steps: Step[]): Promise<PlanResult> {
  const m = session.requireModel();
  const st = session.requireState();
  // The document is about to change: the next scan reads it whole.
  session.lastRead = null;
  const out: PlanResult = { done: [], moved: [], byHand: [], failed: [], consistent: true, changed: new Set() };
  const stepOf = new Map(steps.map((s) => [s.blank.id, s]));
  // Every blank of the document without an anchor gets one now, where one can stand; the user's own controls and
  // locked blanks are theirs.
  const unanchored = [...m.blanks.values()].filter(
    (b) => !b.anchor && b.source !== "contentControl" && !b.readOnly && (b.anchorAs !== "none" || stepOf.has(b.id)),
  );
  const marked = new Set(st.highlighted ?? []);
  const needColours = steps.some((s) => s.mark !== undefined);
  let located = new Map<string, Located>();
  const colours = new Map<string, () => string | null>();
  const targets: Target[] = [];
  let syncError: unknown = null;
  const paragraphs = new Map<number, () => string>();
  await session.run(async (context) => {
    if (unanchored.length > 0 || needColours) {
      const resolve = queueLocate(context, m, unanchored, needColours);
      const anchoredColours: Array<[BlankInfo, Word.Range | Word.ContentControl]> = [];
      for (const s of steps) {
        if (s.mark === undefined || !s.blank.anchor) continue;
        // The anchor may have gone with a paragraph the user deleted: asked for as a null object, never failing.
        const a = s.blank.anchor;
        const range =
          a.kind === "bookmark"
            ? context.document.getBookmarkRangeOrNullObject(a.name)
            : anchorControls(context, m, s.blank).getFirstOrNullObject();
        range.load("text,font/highlightColor");
        anchoredColours.push([s.blank, range]);
      }
      await context.sync();
      located = new Map(resolve().map((l) => [l.blank.id, l]));
      // Text typed into an anchor since the scan is the user's: it shows no colour of ours to take off, and never
      // takes our mark. An anchor gone is not reached at all.
      for (const [b, range] of anchoredColours) {
        const colour = range.isNullObject ? GONE : range.text === currentText(m, b) ? range.font.highlightColor : TYPED;
        colours.set(b.id, () => colour);
      }
      for (const [id, l] of located) colours.set(id, l.highlight);
    }
    const taken = new Set(
      Object.values(st.anchors).flatMap((a) =>
        (a.boxes ?? (a.bookmark ? [a.bookmark] : [])).map((n) => n.toLowerCase()),
      ),
    );
    // The values asked for first: a blank elsewhere whose anchor Word refuses fails the rest of the batch, never
    // them. Right to left inside each paragraph, so a write through a searched range never shifts one to come.
    const rightToLeft = (blanks: Iterable<BlankInfo>) =>
      [...byParagraph(blanks).values()].flatMap((list) => list.slice().reverse());
    const order = [
      ...rightToLeft(steps.map((s) => s.blank)),
      ...rightToLeft(unanchored.filter((b) => !stepOf.has(b.id))),
    ];
    // Each paragraph written to is read back once the chunk's writes are done: the model must then read as Word
    // does, or the pane reads the document again (the user may have edited it since the scan).
    const readParagraphs = (from: number) => {
      for (const t of targets.slice(from)) {
        if (t.text === null || !t.handle || paragraphs.has(t.blank.paragraph)) continue;
        const para = t.handle.getRange("Whole").paragraphs.getFirst();
        paragraphs.set(t.blank.paragraph, textAfterSync(context, m, para));
      }
    };
    let chunk = 0;
    const syncChunk = async (): Promise<boolean> => {
      readParagraphs(chunk);
      try {
        await context.sync();
        for (const t of targets.slice(chunk)) t.synced = true;
        chunk = targets.length;
        return true;
      } catch (err) {
        syncError = err;
        return false;
      }
    };
    for (const blank of order) {
      const step = stepOf.get(blank.id) ?? null;
      const t = queueTarget(context, m, blank, step, located.get(blank.id), taken, colours.get(blank.id), marked, out);
      if (t) targets.push(t);
      // A plan larger than one request carries is written in several.
      if ((targets.length - chunk) * OPS_PER_TARGET >= MAX_OPS_PER_SYNC && !(await syncChunk())) return;
    }
    if (targets.length > chunk) await syncChunk();
  });
  const failedFrom = syncError ? chunkOf(targets) : targets.length;
  const landed = targets.slice(0, failedFrom);
  // An anchor whose text the user changed since the model was read: the write went over their text. It is put
  // back as it was, and the blank reported moved (the pane reads the document again).
  const overwritten = landed.filter((t) => t.before && t.before() !== t.current);
  // Read back differently: written once more, by the anchor it now has.
  const off = landed.filter(
    (t) => !overwritten.includes(t) && t.text !== null && t.anchor && t.readBack() !== t.expect,
  );
  const again = new Map<Target, () => string | null>();
  if (off.length > 0 || overwritten.length > 0) {
    await session.run(async (context) => {
      for (const t of off) again.set(t, rewrite(context, m, t, t.text!));
      for (const t of overwritten) {
        // An emptied control reads as its placeholder, never a text of the user's.
        const theirs = t.before!() ?? "";
        rewrite(context, m, t, isPlaceholderText(theirs, null) ? "" : theirs);
      }
      await context.sync();
    });
  }
  for (const t of overwritten) if (t.step) out.moved.push(t.blank.id);
  if (overwritten.length > 0) out.consistent = false;
  commit(
    session,
    landed.filter((t) => !overwritten.includes(t)),
    again,
    marked,
    out,
  );
  for (const [p, read] of paragraphs) if (!syncError && read() !== m.texts[p]) out.consistent = false;
  if (syncError) await recover(session, targets.slice(failedFrom), syncError, out);
  return out;
}

/** Estimated operations one target queues (reach, write, read back, its paragraph). */
const OPS_PER_TARGET = 12;

/** Index of the first target of the chunk whose sync failed: the targets before it landed with their chunk. */
function chunkOf(targets: Target[]): number {
  let i = targets.length;
  while (i > 0 && !targets[i - 1].synced) i--;
  return i;
}

const trackingReads = new WeakMap<Word.RequestContext, () => boolean>();

/**
 * Whether the document tracks changes, read in the batch (the user may have turned it on since the scan); false
 * where WordApi 1.4 is missing, as nothing can then be read another way.
 */
function trackingAfterSync(context: Word.RequestContext, m: Model): () => boolean {
  let tracking = trackingReads.get(context);
  if (!tracking) {
    const doc = context.document;
    if (m.bookmarks) doc.load("changeTrackingMode");
    tracking = () => m.bookmarks && String(doc.changeTrackingMode ?? "Off") !== "Off";
    trackingReads.set(context, tracking);
  }
  return tracking;
}

/**
 * Queues a read of a range's text, to be taken after the sync. Under Track Changes `text` holds the deleted
 * revisions too on the web (oj#1267): the current text is read as well, and taken while the document tracks.
 */
function textAfterSync(
  context: Word.RequestContext,
  m: Model,
  r: Word.Range | Word.ContentControl | Word.Paragraph,
): () => string {
  const tracking = trackingAfterSync(context, m);
  r.load("text");
  const current = m.bookmarks ? r.getReviewedText("Current") : null;
  return () => (current && tracking() ? current.value : r.text);
}

function queueTarget(
  context: Word.RequestContext,
  m: Model,
  blank: BlankInfo,
  step: Step | null,
  loc: Located | undefined,
  taken: Set<string>,
  colour: (() => string | null) | undefined,
  marked: Set<string>,
  out: PlanResult,
): Target | null {
  if (colour?.() === GONE) {
    if (step) out.moved.push(blank.id);
    return null;
  }
  const value = step?.value;
  const writes = value !== undefined;
  // Boxes drawn as shapes have no text a write can reach; boxes in cells are written one character a box, or not
  // at all: a value of another length never reaches Word.
  const cells = blank.boxes?.cells;
  if (blank.boxes && writes && (!cells || (!blank.anchor && blank.anchorAs !== "bookmark"))) {
    out.byHand.push(blank.id);
    return null;
  }
  if (cells && typeof value === "string" && boxChars(value).length !== cells.length) {
    out.failed.push({ blankId: blank.id, error: { code: "WrongLength", detail: "one character a box" } });
    return null;
  }
  // A control of the user's that showed its placeholder is emptied again (Word shows the placeholder), never given
  // the placeholder's words as its text.
  const control = m.snapshot.contentControls.find((c) => c.id === blank.contentControlId);
  const shown = blank.source === "contentControl" && isPlaceholderText(blank.original, control?.placeholder);
  const original = shown ? "" : blank.original;
  const text =
    value === undefined
      ? null
      : value === null
        ? original
        : cells
          ? boxChars(value).join("")
          : writeFor(m, blank, value);
  const current = m.texts[blank.paragraph].slice(blank.start, blank.end);
  const mark = step?.mark;
  // Our mark comes off a blank that gets a value, and off a marked one only while it shows our colour; it goes on
  // only where no colour of the user's stands.
  const unmark = (mark === "off" && markColor(colour?.())) || (writes && value !== null && marked.has(blank.id));
  const putMark = mark === "on" && colour?.() === null;
  if (blank.source === "contentControl") {
    const cc = context.document.contentControls.getById(Number(blank.contentControlId));
    if (writes) writeControl(cc, text!);
    if (unmark) clearMark(cc);
    if (putMark) cc.font.highlightColor = MARK_COLOR;
    const readBack = textAfterSync(context, m, cc);
    return { step, blank, anchor: null, text, expect: text ?? current, current, readBack, handle: cc };
  }
  if (cells) {
    const starts = blank.anchor ? null : (loc?.boxes?.() ?? null);
    if (!blank.anchor && (!starts || blank.anchorAs !== "bookmark")) {
      if (step) out.moved.push(blank.id);
      return null;
    }
    return queueBoxes(context, m, { blank, step, text, current, unmark, putMark }, starts, taken);
  }
  if (blank.anchor) {
    return queueAnchored(context, m, blank, step, blank.anchor, text, current, unmark, putMark);
  }
  // No anchor yet: reached by search, in a paragraph that reads as the model says.
  const range = loc?.range() ?? null;
  if (!range || (writes && !loc!.paragraphAsScanned)) {
    if (step) ((blank.anchorAs === "none" || loc?.disagrees) && writes ? out.byHand : out.moved).push(blank.id);
    return null;
  }
  if (blank.anchorAs === "control") {
    const cc = range.insertContentControl();
    cc.tag = anchorTag(blank.id);
    cc.title = blank.label.slice(0, 255);
    // An empty blank's anchor does not show: the clerk sees the dots as they are. A value's box shows on screen
    // (never in print), so a click on it tells that the add-in keeps that text.
    cc.appearance = (writes ? value !== null : blank.filled) ? "BoundingBox" : "Hidden";
    return queueAnchored(context, m, blank, step, { kind: "control" }, text, current, unmark, putMark, cc);
  }
  if (blank.anchorAs === "bookmark") {
    const name = newBookmarkName(taken);
    taken.add(name.toLowerCase());
    range.insertBookmark(name);
    return queueAnchored(context, m, blank, step, { kind: "bookmark", name }, text, current, unmark, putMark, range);
  }
  // No anchor can stand here: written only in a paragraph that reads exactly as the model says.
  const inserted = text !== null ? writeRange(range, text) : range;
  if (unmark) clearMark(inserted);
  if (putMark) inserted.font.highlightColor = MARK_COLOR;
  const readBack = textAfterSync(context, m, inserted);
  return { step, blank, anchor: null, text, expect: text ?? current, current, readBack, handle: inserted };
}

function queueAnchored(
  context: Word.RequestContext,
  m: Model,
  blank: BlankInfo,
  step: Step | null,
  anchor: Anchor,
  text: string | null,
  current: string,
  unmark: boolean,
  putMark: boolean,
  made?: Word.ContentControl | Word.Range,
): Target {
  // An anchor that stood before this batch is read just before the write: text the user typed in it since the
  // model was read must not be lost (see `runPlan`).
  let before: (() => string | null) | undefined;
  if (!made && text !== null) {
    const pre =
      anchor.kind === "control"
        ? anchorControls(context, m, blank).getFirst().getRange("Content")
        : context.document.getBookmarkRange(anchor.name);
    before = textAfterSync(context, m, pre);
  }
  if (anchor.kind === "control") {
    const cc = (made as Word.ContentControl | undefined) ?? anchorControls(context, m, blank).getFirst();
    if (text !== null) {
      writeControl(cc, text);
      // The box shows only around a value (see above).
      if (!made && (step?.value === null) === blank.filled)
        cc.appearance = step?.value === null ? "Hidden" : "BoundingBox";
    }
    if (unmark) clearMark(cc);
    if (putMark) cc.font.highlightColor = MARK_COLOR;
    const readBack = textAfterSync(context, m, cc);
    return { step, blank, anchor, text, expect: text ?? current, current, readBack, handle: cc, before };
  }
  let range = (made as Word.Range | undefined) ?? context.document.getBookmarkRange(anchor.name);
  if (text !== null) {
    range = writeRange(range, text);
    // Whether a bookmark survives a replace of its own range is not documented: it is put back on the new text.
    range.insertBookmark(anchor.name);
  }
  if (unmark) clearMark(range);
  if (putMark) range.font.highlightColor = MARK_COLOR;
  const read = bookmarkAfterSync(context, m, anchor.name, range);
  return {
    step,
    blank,
    anchor,
    text,
    expect: text ?? current,
    current,
    readBack: read,
    handle: range,
    before,
  };
}

/**
 * A row of digit-box cells: each box written its character (or emptied), and bookmarked again, in the batch; read
 * back as the boxes' texts joined, null when a box's bookmark did not hold. `starts`: where each box's text goes in
 * a row without bookmarks yet.
 */
function queueBoxes(
  context: Word.RequestContext,
  m: Model,
  w: { blank: BlankInfo; step: Step | null; text: string | null; current: string; unmark: boolean; putMark: boolean },
  starts: Word.Range[] | null,
  taken: Set<string>,
): Target {
  const { blank, step, text, current } = w;
  const held = blank.anchor?.kind === "bookmark" ? blank.anchor.boxes : undefined;
  const names =
    held ??
    blank.boxes!.cells!.map(() => {
      const name = newBookmarkName(taken);
      taken.add(name.toLowerCase());
      return name;
    });
  const ranges = starts ?? names.map((n) => context.document.getBookmarkRange(n));
  // Text the user typed in a box since the model was read is theirs (see `runPlan`).
  let before: (() => string | null) | undefined;
  if (!starts && text !== null) {
    const pre = ranges.map((r) => textAfterSync(context, m, r));
    before = () => pre.map((read) => read()).join("");
  }
  const reads = writeBoxes(context, m, names, ranges, text, { ...w, put: !!starts });
  const anchor: Anchor = { kind: "bookmark", name: names[0], boxes: names };
  return { step, blank, anchor, text, expect: text ?? current, current, readBack: reads, before };
}

/**
 * Writes each box of a row its character of `text` (null: leaves the text) and bookmarks it again, or for the
 * first time (`put`); the boxes read back.
 */
function writeBoxes(
  context: Word.RequestContext,
  m: Model,
  names: string[],
  ranges: Word.Range[],
  text: string | null,
  how: { unmark: boolean; putMark: boolean; put: boolean } = { unmark: false, putMark: false, put: false },
): () => string | null {
  const chars = text === null ? null : [...text];
  const reads = ranges.map((r, i) => {
    let range = r;
    if (chars) range = writeRange(range, chars[i] ?? "");
    // Whether a bookmark survives a replace of its own range is not documented: it is put back on the new text.
    if (chars || how.put) range.insertBookmark(names[i]);
    if (how.unmark) clearMark(range);
    if (how.putMark) range.font.highlightColor = MARK_COLOR;
    return bookmarkAfterSync(context, m, names[i], range);
  });
  return () => {
    const texts = reads.map((read) => read());
    return texts.some((x) => x === null) ? null : texts.join("");
  };
}

/** Writes `text` once more through the anchor the blank has now; its read-back. */
function rewrite(context: Word.RequestContext, m: Model, t: Target, text: string): () => string | null {
  const a = t.anchor!;
  if (a.kind === "bookmark" && a.boxes) {
    const names = a.boxes;
    return writeBoxes(
      context,
      m,
      names,
      names.map((n) => context.document.getBookmarkRange(n)),
      text,
    );
  }
  if (a.kind === "control") {
    const cc = anchorControls(context, m, t.blank).getFirst();
    writeControl(cc, text);
    return textAfterSync(context, m, cc);
  }
  const range = writeRange(context.document.getBookmarkRange(a.name), text);
  range.insertBookmark(a.name);
  return bookmarkAfterSync(context, m, a.name, range);
}

/**
 * A bookmark's text after the sync, null where it did not hold. While tracking, the current text is read from the
 * range it was put on: a bookmark that may be gone is never asked for more than its text.
 */
function bookmarkAfterSync(
  context: Word.RequestContext,
  m: Model,
  name: string,
  range: Word.Range,
): () => string | null {
  const back = context.document.getBookmarkRangeOrNullObject(name);
  back.load("text");
  const tracking = trackingAfterSync(context, m);
  const current = textAfterSync(context, m, range);
  return () => (back.isNullObject ? null : tracking() ? current() : back.text);
}

function savedAnchor(t: Target, st: SavedAnchor | undefined, text: string): SavedAnchor | null {
  const original = st?.original ?? t.blank.original;
  // A blank the user added keeps its label and stays theirs once anchored.
  const label = st?.label ?? (t.blank.source === "user" ? t.blank.label : undefined);
  const kind = t.anchor ? t.anchor.kind : "none";
  const a: SavedAnchor = { kind, original };
  if (t.anchor?.kind === "bookmark") a.bookmark = t.anchor.name;
  if (t.anchor?.kind === "bookmark" && t.anchor.boxes) a.boxes = t.anchor.boxes;
  if (label !== undefined) a.label = label;
  if (text === original) return kind === "none" ? null : a;
  const asked = t.step?.value;
  const value =
    typeof asked === "string" && text === t.text
      ? asked
      : st?.value !== undefined && text === (st.written ?? st.value)
        ? st.value
        : text.trim();
  a.value = value;
  if (text !== value) a.written = text;
  return a;
}

/** Commits what Word read back: the model's text and spans, the saved anchors, the marks. */
function commit(
  session: GatewaySession,
  targets: Target[],
  again: Map<Target, () => string | null>,
  marked: Set<string>,
  out: PlanResult,
): void {
  const m = session.requireModel();
  const st = session.requireState();
  for (const t of targets) {
    let read = again.get(t)?.() ?? t.readBack();
    const id = t.blank.id;
    if (read === null) {
      // The bookmark did not come back (put on and gone in one batch): nothing holds this blank.
      if (t.step) out.failed.push({ blankId: id, error: { code: "NotVerified", detail: "the anchor did not hold" } });
      out.consistent = false;
      continue;
    }
    if (t.blank.source === "contentControl") {
      // An emptied control reads as its placeholder.
      const placeholder = m.snapshot.contentControls.find((c) => c.id === t.blank.contentControlId)?.placeholder;
      if (t.expect === "" && isPlaceholderText(read, placeholder)) read = "";
      if (read !== t.expect) {
        out.consistent = false;
        if (t.step?.value !== undefined)
          out.failed.push({ blankId: id, error: { code: "NotVerified", detail: "the control reads otherwise" } });
        continue;
      }
      if (t.text !== null) {
        rememberControl(st, t.blank, placeholder, read);
        userControlWritten(m, t.blank, read);
        out.changed.add(id);
      }
      if (t.step) out.done.push(t.step);
      continue;
    }
    // A blank only anchored or marked that reads otherwise than the model says was edited by the user since: the
    // model keeps the pane's view (a write the pane then sends is checked against it), and the pane reads again.
    const untouched = t.text === null && read !== t.expect;
    if (untouched) out.consistent = false;
    if (untouched && t.blank.anchor) continue;
    if (untouched) read = t.expect;
    if (t.anchor || read !== t.expect || t.text !== null) {
      replaceSpan(m, t.blank, read);
      t.blank.anchor = t.anchor;
      const saved = savedAnchor(t, st.anchors[id], read);
      if (saved) st.anchors[id] = saved;
      else delete st.anchors[id];
      t.blank.filled = saved?.value !== undefined;
      out.changed.add(id);
    }
    if (read !== t.expect) {
      if (t.step?.value !== undefined)
        out.failed.push({ blankId: id, error: { code: "NotVerified", detail: "Word reads another text there" } });
      continue;
    }
    if (t.step?.mark === "on") marked.add(id);
    if (t.step?.mark === "off" || (t.step?.value !== undefined && t.step.value !== null)) marked.delete(id);
    if (t.step) out.done.push(t.step);
  }
  st.highlighted = [...marked];
  // An anchorless value is found again only by its paragraph's whole text: every one in a paragraph the batch
  // wrote in is recorded as that paragraph reads now.
  const touched = new Set(targets.filter((t) => t.text !== null).map((t) => t.blank.paragraph));
  for (const b of m.blanks.values()) {
    const a = st.anchors[b.id];
    if (!a || a.kind !== "none" || !touched.has(b.paragraph)) continue;
    a.paragraph = b.paragraph;
    a.start = b.start;
    a.paragraphText = m.texts[b.paragraph];
    out.changed.add(b.id);
  }
}

/**
 * After a failed sync: one read of every place the batch touched. What landed is committed to the state (anchors
 * that stand, values that read as written); the rest is reported with the sync's error.
 */
async function recover(
  session: GatewaySession,
  targets: Target[],
  syncError: unknown,
  out: PlanResult,
): Promise<PlanResult> {
  const m = session.requireModel();
  const st = session.requireState();
  const error = toWordError(syncError);
  out.consistent = false;
  const reads = new Map<Target, () => string | null>();
  // What stands between the paragraph's unchanged start and end, for a bookmark that is gone or a span without one.
  const spans = new Map<Target, () => string | null>();
  const partTexts = new Map<PartName, () => string[]>();
  // Under Track Changes the web's `text` holds deleted revisions too: what each object read holds now, by object.
  const current = new Map<object, string>();
  type Readable = Word.Range | Word.ContentControl | Word.Paragraph;
  const textOf = (o: Readable): string => current.get(o) ?? o.text;
  const readFrom: Array<() => Readable | null | undefined> = [];
  // A row of digit boxes: each box's bookmark and what it reads, null where the bookmark is not there.
  const boxReads = new Map<Target, () => Array<[string, string | null]>>();
  try {
    await session.run(async (context) => {
      const doc = context.document;
      if (m.bookmarks) doc.load("changeTrackingMode");
      const parts = new Map<string, Word.ParagraphCollection>();
      /** Without an anchor, what landed shows only in its paragraph: the expected text there, or not. */
      const inParagraph = (t: Target): (() => string | null) => {
        const part = partOf(m, t.blank.paragraph);
        let ps = parts.get(part.name);
        if (!ps) {
          ps = partBody(context, part.name).paragraphs;
          ps.load("items/text");
          parts.set(part.name, ps);
          const list = ps;
          partTexts.set(part.name, () => list.items.map(textOf));
        }
        const list = ps;
        const item = () => list.items[t.blank.paragraph - part.offset];
        readFrom.push(item);
        return () => {
          const p = item();
          return p && list.items.length === part.count ? spanBetween(m, t.blank, textOf(p)) : null;
        };
      };
      for (const t of targets) {
        if (t.blank.source === "contentControl") {
          const cc = context.document.contentControls.getByIdOrNullObject(Number(t.blank.contentControlId));
          cc.load("text");
          // eslint-disable-next-line office-addins/call-sync-before-read -- read back only after the caller's sync
          const found = () => (cc.isNullObject ? null : cc);
          readFrom.push(found);
          reads.set(t, () => {
            const c = found();
            return c ? textOf(c) : null;
          });
        } else if (t.anchor?.kind === "control") {
          const list = anchorControls(context, m, t.blank);
          list.load("items/text");
          readFrom.push(() => list.items[0]);
          reads.set(t, () => (list.items.length > 0 ? textOf(list.items[0]) : null));
        } else if (t.anchor?.kind === "bookmark" && t.anchor.boxes) {
          const names = t.anchor.boxes;
          const ranges = names.map((name) => {
            const r = context.document.getBookmarkRangeOrNullObject(name);
            r.load("text");
            readFrom.push(() => (r.isNullObject ? null : r));
            return r;
          });
          boxReads.set(t, () => ranges.map((r, i) => [names[i], r.isNullObject ? null : textOf(r)]));
          reads.set(t, () => {
            const texts = ranges.map((r) => (r.isNullObject ? null : textOf(r)));
            return texts.some((x) => x === null) ? null : texts.join("");
          });
        } else if (t.anchor?.kind === "bookmark") {
          const r = context.document.getBookmarkRangeOrNullObject(t.anchor.name);
          r.load("text");
          readFrom.push(() => (r.isNullObject ? null : r));
          // A bookmark replaced with its text and not put back yet (the batch stopped between the two).
          if (t.text !== null) spans.set(t, inParagraph(t));
          reads.set(t, () => (r.isNullObject ? null : textOf(r)));
        } else {
          const span = inParagraph(t);
          spans.set(t, span);
          reads.set(t, () => {
            const x = span();
            return x === t.expect || x === t.current ? x : null;
          });
        }
      }
      await context.sync();
      // Tracking: one more read, of the current text of each object found.
      if (!m.bookmarks || String(doc.changeTrackingMode ?? "Off") === "Off") return;
      const asked = readFrom.flatMap((get) => {
        const o = get();
        return o ? [[o, o.getReviewedText("Current")] as const] : [];
      });
      await context.sync();
      for (const [o, r] of asked) current.set(o, r.value);
    });
  } catch {
    // Not even the read answers: nothing is known to have landed, and the state stays as it was.
    for (const t of targets) if (t.step) out.failed.push({ blankId: t.blank.id, error });
    return out;
  }
  const found = await findAgain(session, targets, reads, spans, partTexts);
  for (const [t, read] of found) reads.set(t, () => read);
  // A control put on whose tag was never set (the batch stopped between the two) would read as the user's own on
  // the next scan: it is taken off again, its text kept.
  if (targets.some((t) => t.anchor?.kind === "control" && !t.blank.anchor && reads.get(t)!() === null)) {
    await removeOrphans(session).catch(() => undefined);
  }
  // Word stopped at the first operation it refused: the first anchor that did not land is where. That blank gets
  // the next kind of anchor from now on, so the next write goes past it.
  const refused = targets.find((t) => t.anchor && !t.blank.anchor && !boxReads.has(t) && reads.get(t)!() === null);
  if (refused) {
    // Bookmarks are for body text only (a web footer's comes back null: oj#6855).
    const where = m.snapshot.paragraphs[refused.blank.paragraph]?.location;
    const body = where === "body" || where === "table";
    refused.blank.anchorAs = refused.blank.anchorAs === "control" && m.bookmarks && body ? "bookmark" : "none";
    session.refused.set(refused.blank.id, refused.blank.anchorAs);
  }
  // Put back as it stood: text the user typed in an anchor since the model was read that the batch wrote over, and
  // a value the batch wrote only in part (the first line of two): each blank is written whole or not at all.
  const restore = new Map<Target, string>();
  for (const t of targets) {
    const read = reads.get(t)!();
    let before: string | null | undefined;
    try {
      before = t.before?.();
    } catch {
      before = undefined;
    }
    if (before !== undefined && before !== null && before !== t.current && read === t.expect) {
      restore.set(t, isPlaceholderText(before, null) ? "" : before);
    } else if (t.text !== null && t.anchor && read !== null && read !== t.expect && read !== t.current) {
      restore.set(t, t.current);
    }
  }
  // A row of boxes whose bookmarks did not all land holds part of its value: each box that landed is put back as it
  // stood, so the row is written whole or not at all.
  // A box written whose bookmark the batch did not put back yet is found by its paragraph, where that still reads
  // the character just written.
  const boxesBack: Array<{ name: string; text: string; paragraph?: number; wrote?: string }> = [];
  for (const [t, read] of boxReads) {
    if (reads.get(t)!() !== null) continue;
    const was = [...t.current];
    const wrote = t.text === null ? null : [...t.text];
    read().forEach(([name, text], i) => {
      const back = was[i] ?? "";
      if (text !== null && text !== back) boxesBack.push({ name, text: back });
      if (text === null && wrote && (wrote[i] ?? "") !== back)
        boxesBack.push({ name, text: back, paragraph: t.blank.boxes!.cells![i], wrote: wrote[i] ?? "" });
    });
  }
  if (restore.size > 0 || boxesBack.length > 0) {
    try {
      await session.run(async (context) => {
        const lost = boxesBack.filter((b) => b.paragraph !== undefined);
        const body = partOf(m, lost[0]?.paragraph ?? 0);
        const items = lost.length > 0 ? partBody(context, body.name).paragraphs.load("items/text") : null;
        if (items) await context.sync();
        for (const b of boxesBack) {
          if (b.paragraph === undefined) {
            writeRange(context.document.getBookmarkRange(b.name), b.text).insertBookmark(b.name);
            continue;
          }
          const p = items!.items[b.paragraph - body.offset];
          if (items!.items.length === body.count && p?.text === b.wrote)
            writeRange(p.getRange("Content"), b.text).insertBookmark(b.name);
        }
        for (const [t, text] of restore) rewrite(context, m, t, text);
        await context.sync();
      });
    } catch {
      // Nothing more can be done now: the rescan that follows shows what the document holds.
    }
  }
  for (const t of targets) {
    const read = reads.get(t)!();
    const id = t.blank.id;
    if (restore.has(t)) {
      if (t.step && read === t.expect) out.moved.push(id);
      else if (t.step) out.failed.push({ blankId: id, error });
      continue;
    }
    if (read === null) {
      // An anchor that stood before the batch and is gone now was removed by the user: the blank moved. One the
      // batch was to put on never landed, nor did a row of boxes the batch was writing (put back above).
      if (t.step && t.blank.anchor && !boxReads.has(t)) out.moved.push(id);
      else if (t.step) out.failed.push({ blankId: id, error });
      continue;
    }
    if (t.blank.source !== "contentControl" && (t.anchor || read === t.expect)) {
      const saved = savedAnchor(t, st.anchors[id], read);
      if (saved) st.anchors[id] = saved;
      else if (t.anchor || st.anchors[id]?.kind === "none") delete st.anchors[id];
      t.blank.anchor = t.anchor;
      // What the anchor reads is exact: the model follows it (the rest of its paragraph the next scan reads).
      if (t.anchor) replaceSpan(m, t.blank, read);
      t.blank.filled = saved?.value !== undefined;
      out.changed.add(id);
    }
    if (read === t.expect && t.step) out.done.push(t.step);
    else if (t.step) out.failed.push({ blankId: id, error });
  }
  return out;
}

/** What stands in a blank's place in its paragraph's text `now`, if the text around it reads as the model says. */
function spanBetween(m: Model, blank: BlankInfo, now: string): string | null {
  const before = m.texts[blank.paragraph];
  const head = before.slice(0, blank.start);
  const tail = before.slice(blank.end);
  if (now.length < head.length + tail.length || !now.startsWith(head) || !now.endsWith(tail)) return null;
  return now.slice(head.length, now.length - tail.length);
}

/**
 * After a failed batch: a bookmark that went with the text the batch replaced, or a span without an anchor that
 * holds part of its value. Each is found by a search checked against the paragraph texts just read (as a blank
 * without an anchor is, see `queueLocate`), put back as it stood unless its value landed whole, and bookmarked
 * again. Returns what each reads now; one not found is left out (reported as not written, the rescan shows it).
 */
async function findAgain(
  session: GatewaySession,
  targets: Target[],
  reads: Map<Target, () => string | null>,
  spans: Map<Target, () => string | null>,
  partTexts: Map<PartName, () => string[]>,
): Promise<Map<Target, string>> {
  const m = session.requireModel();
  const out = new Map<Target, string>();
  const todo = targets.flatMap((t) => {
    const x = spans.get(t)?.();
    if (x === null || x === undefined || x === "") return [];
    const bookmark = t.anchor?.kind === "bookmark" ? t.anchor.name : null;
    if (bookmark === null && (x === t.expect || x === t.current)) return [];
    // A bookmark still there needs nothing; one this batch was to put on and never did is Word's refusal.
    if (bookmark !== null && (reads.get(t)!() !== null || (x === t.current && !t.blank.anchor))) return [];
    // Landed whole, or not at all: kept. In part: put back as it stood.
    return [{ t, x, write: x === t.expect || x === t.current ? null : t.current, bookmark }];
  });
  if (todo.length === 0) return out;
  try {
    await session.run(async (context) => {
      const located = todo.flatMap((d) => {
        const part = partOf(m, d.t.blank.paragraph);
        const texts = partTexts.get(part.name)?.();
        if (!texts || texts.length !== part.count) return [];
        const loc = new PartLocator(texts);
        const where = d.t.blank.paragraph - part.offset;
        const target = loc.target(where, d.t.blank.start, d.t.blank.start + d.x.length);
        if (!target) return [];
        const body = partBody(context, part.name);
        const search = (step: SearchStep) => {
          const found = body.search(step.search, { matchCase: true });
          found.load("items/text");
          return { step, found, count: loc.count(step.raw) };
        };
        return [{ ...d, first: search(target.first), last: target.last ? search(target.last) : null }];
      });
      if (located.length === 0) return;
      await context.sync();
      const reading: Array<[Target, () => string | null]> = [];
      for (const d of located) {
        const pick = ({ step, found, count }: (typeof d)["first"]) => matchOf(found, step, count).item;
        const first = pick(d.first);
        const last = d.last ? pick(d.last) : null;
        if (!first || (d.last && !last)) continue;
        let range = last ? first.expandTo(last) : first;
        if (d.write !== null) range = writeRange(range, d.write);
        if (d.bookmark) {
          range.insertBookmark(d.bookmark);
          reading.push([d.t, bookmarkAfterSync(context, m, d.bookmark, range)]);
        } else reading.push([d.t, textAfterSync(context, m, range)]);
      }
      await context.sync();
      for (const [t, read] of reading) {
        const text = read();
        if (text !== null) out.set(t, text);
      }
    });
  } catch {
    // Nothing more can be done now: the rescan that follows shows what the document holds.
  }
  return out;
}

/** Deletes (keeping their text) controls without a tag that the last read did not list: ours, left half-made. */
async function removeOrphans(session: GatewaySession): Promise<void> {
  const m = session.requireModel();
  const known = new Set(m.snapshot.contentControls.map((c) => c.id));
  await session.run(async (context) => {
    const lists = m.parts.map((p) => {
      const list = partBody(context, p.name).contentControls;
      list.load("items/id,items/tag");
      return list;
    });
    await context.sync();
    let any = false;
    for (const list of lists) {
      for (const cc of list.items) {
        if (cc.tag || known.has(String(cc.id))) continue;
        cc.delete(true);
        any = true;
      }
    }
    if (any) await context.sync();
  });
}

/**
 * Keeps the template text a user's control held (dots, a hint typed as text) before its first value, so a clear
 * writes it back; forgotten once the control holds it again.
 */
function rememberControl(st: SavedState, blank: BlankInfo, placeholder: string | null | undefined, read: string): void {
  const controls = { ...st.controls };
  const template = !blank.filled && blank.original !== "" && !isPlaceholderText(blank.original, placeholder);
  if (template && !(blank.id in controls)) controls[blank.id] = blank.original;
  if (controls[blank.id] === read) delete controls[blank.id];
  if (Object.keys(controls).length > 0) st.controls = controls;
  else delete st.controls;
}

/** The model after a write into the user's own control: its paragraph's text, and the control's own text and span. */
function userControlWritten(m: Model, blank: BlankInfo, read: string): void {
  const empty = read === "";
  replaceSpan(m, blank, read);
  blank.filled = !empty && read !== blank.original;
  m.snapshot.contentControls = m.snapshot.contentControls.map((c) =>
    c.id === blank.contentControlId
      ? {
          ...c,
          text: empty ? (c.placeholder ?? "") : read,
          showingPlaceholder: empty,
          start: blank.start,
          end: blank.end,
        }
      : c,
  );
}
