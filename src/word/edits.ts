/**
 * Edits of the document's shape, beside the write plan of values (`plan.ts`) and held to its rules: a row added to
 * a register like one of its rows, a paragraph with blanks repeated after itself (its blanks as the template had
 * them), a guidance note taken out of its paragraph.
 *
 * - 1 sync reads the part's paragraph texts: the place must read as the last scan saw it, or nothing is changed.
 * - 1 sync makes the change and, in the same batch, reads back the part's paragraph texts (and, for a row, the
 *   table's row count): done only when Word reads exactly the texts expected.
 * - A failed batch may have applied its change (Word batches are not transactions): one read tells whether it did.
 *
 * Paragraph indices after the place move: the user's added blanks and the anchorless values follow, and the pane
 * shows the document read afresh (the new row's cells and the repeated line's blanks are blanks from then on).
 */
import { toWordError } from "./errors";
import { wordSearchText, matchStarts, SEARCH_LIMIT } from "./locate";
import { partOf, type Model, type PartInfo } from "./model";
import { partBody } from "./reach";
import type { GatewaySession } from "./session";
import type { PutBack, WordError } from "./types";

export type Edit =
  /** A row like row `row` of table `table` (the snapshot's numbers), right after it. */
  | { kind: "addRow"; table: number; row: number }
  /** A copy of paragraph `paragraph` right after it, its blanks holding the template's characters. */
  | { kind: "repeat"; paragraph: number }
  /** The note `note` (as written in the paragraph) taken out of paragraph `paragraph`. */
  | { kind: "removeNote"; paragraph: number; note: string }
  /** What a removal took out, put back where it stood. */
  | ({ kind: "putBack" } & PutBack);

export interface EditResult {
  /** Word read back the change as asked. */
  done: boolean;
  /** Nothing was changed: the place does not read as the last scan saw it (or no longer exists). */
  moved: boolean;
  error?: WordError;
  /** Done, and a removal: what puts it back. */
  undo?: PutBack;
}

/** What an edit does to the part's paragraph texts, as Word must read them afterwards. */
interface Change {
  /** Index in the part of the first paragraph the change replaces or inserts before. */
  at: number;
  /** Paragraphs taken out from `at`. */
  remove: number;
  /** Paragraph texts put in at `at`. */
  insert: string[];
  /** Paragraphs whose text the place is judged by (part indices), as the model holds them. */
  judged: number[];
  /**
   * The text a removal takes out. Under Track Changes it stays in the document as a deleted revision (a deleted
   * paragraph stays a paragraph, and the web reads deleted text in `text`): the change is then checked on the part's
   * current text, which has it once before and not after.
   */
  cut?: string;
  /** A removal: what puts it back, in the text as the change leaves it. */
  undo?: PutBack;
  /** Queues the change in the batch, given the part's paragraphs read by the first sync. */
  queue: (paragraphs: Word.Paragraph[], context: Word.RequestContext) => (() => boolean) | void;
}

const NOT_SCANNED: EditResult = { done: false, moved: true };

/** A paragraph left holding nothing but punctuation and spaces once its note is out is no paragraph at all. */
const EMPTY_LEFT = /^[\s\u00a0.,;:()\-–—…]*$/u;

/** The paragraph's text as the template had it: every blank holding its original characters. */
export function templateText(m: Model, paragraph: number): string {
  let text = m.texts[paragraph];
  const blanks = [...m.blanks.values()].filter((b) => b.paragraph === paragraph).sort((a, b) => b.start - a.start);
  for (const b of blanks) text = text.slice(0, b.start) + b.original + text.slice(b.end);
  return text;
}

function changeFor(m: Model, edit: Edit): { part: PartInfo; change: Change } | null {
  if (edit.kind === "addRow") {
    const paras = m.snapshot.paragraphs.flatMap((p, i) =>
      p.cell && p.cell.table === edit.table && p.cell.row === edit.row ? [i] : [],
    );
    if (paras.length === 0) return null;
    const part = partOf(m, paras[0]);
    const cells = new Set(paras.map((i) => m.snapshot.paragraphs[i].cell!.col)).size;
    const rows = 1 + Math.max(...m.snapshot.paragraphs.map((p) => (p.cell?.table === edit.table ? p.cell.row : -1)));
    const last = Math.max(...paras) - part.offset;
    return {
      part,
      change: {
        at: last + 1,
        remove: 0,
        insert: Array<string>(cells).fill(""),
        judged: [paras[0] - part.offset],
        queue: (items) => {
          const cell = items[paras[0] - part.offset].parentTableCellOrNullObject;
          cell.parentRow.insertRows("After", 1);
          const table = cell.parentTable;
          table.load("rowCount");
          return () => table.rowCount === rows + 1;
        },
      },
    };
  }
  const p = edit.paragraph;
  if (p < 0 || p >= m.texts.length) return null;
  const part = partOf(m, p);
  const at = p - part.offset;
  if (edit.kind === "repeat") {
    const text = templateText(m, p);
    // A line break in the copy would need a break of its own, not text: such a paragraph is not repeated.
    if (text.includes("\v")) return null;
    return {
      part,
      change: {
        at: at + 1,
        remove: 0,
        insert: [text],
        judged: [at],
        queue: (items) => void items[at].insertParagraph(text, "After"),
      },
    };
  }
  if (edit.kind === "putBack") return putBackChange(m, part, at, edit);
  const text = m.texts[p];
  const starts = matchStarts(text, edit.note);
  if (!edit.note || starts.length !== 1) return null;
  let start = starts[0];
  let end = start + edit.note.length;
  // One space beside the note goes with it, so the words around it stay one space apart.
  if (text[start - 1] === " ") start--;
  else if (text[end] === " ") end++;
  const left = text.slice(0, start) + text.slice(end);
  const where = m.snapshot.paragraphs[p];
  const lastOfPart = at === part.count - 1;
  // A paragraph of nothing but the note goes whole, unless it is one Word keeps (a cell's or the part's last).
  if (EMPTY_LEFT.test(left) && where?.location === "body" && !lastOfPart) {
    return {
      part,
      change: {
        at,
        remove: 1,
        insert: [],
        judged: [at],
        cut: text,
        undo: { paragraph: p, text, whole: true, at: 0 },
        queue: (items) => void items[at].delete(),
      },
    };
  }
  const cut = EMPTY_LEFT.test(left) ? text : text.slice(start, end);
  const after = EMPTY_LEFT.test(left) ? "" : left;
  // Reached by a search inside the paragraph itself: the piece must stand there once, and be short enough.
  if (cut.length > SEARCH_LIMIT || matchStarts(text, cut).length !== 1) return null;
  return {
    part,
    change: {
      at,
      remove: 1,
      insert: [after],
      judged: [at],
      cut,
      undo: { paragraph: p, text: cut, whole: false, at: after ? start : 0 },
      queue: (items) => {
        const found = items[at].search(wordSearchText(cut), { matchCase: true }).getFirst();
        found.insertText("", "Replace");
      },
    },
  };
}

/** The words beside a put-back piece that reach its place: unique in the paragraph, short enough to search. */
const REACH = 40;

function putBackChange(m: Model, part: PartInfo, at: number, undo: PutBack): { part: PartInfo; change: Change } | null {
  if (undo.whole) {
    // Before the paragraph now at its place, or after the part's last one when it was the last.
    const last = at === part.count;
    const next = last ? at - 1 : at;
    if (next < 0 || undo.text.includes("\v")) return null;
    return {
      part,
      change: {
        at,
        remove: 0,
        insert: [undo.text],
        judged: [next],
        queue: (items) => void items[next].insertParagraph(undo.text, last ? "After" : "Before"),
      },
    };
  }
  const text = m.texts[part.offset + at];
  if (undo.at < 0 || undo.at > text.length) return null;
  const put = text.slice(0, undo.at) + undo.text + text.slice(undo.at);
  // The paragraph's text becomes `put`, the piece going in where `queue` reaches.
  const replace = (queue: Change["queue"]) => ({
    part,
    change: { at, remove: 1, insert: [put], judged: [at], queue },
  });
  // A paragraph the removal emptied (a cell's, the part's last) takes the text back whole.
  if (!text) return replace((items) => void items[at].insertText(undo.text, "Start"));
  // Reached by the words just before its place, or, at the paragraph's start, the words just after it.
  const [piece, where] =
    undo.at > 0
      ? [text.slice(Math.max(0, undo.at - REACH), undo.at), "After" as const]
      : [text.slice(0, REACH), "Before" as const];
  if (!piece || piece.length > SEARCH_LIMIT || matchStarts(text, piece).length !== 1) return null;
  return replace((items) => {
    const found = items[at].search(wordSearchText(piece), { matchCase: true }).getFirst();
    found.insertText(undo.text, where);
  });
}

export async function runEdit(session: GatewaySession, edit: Edit): Promise<EditResult> {
  const m = session.requireModel();
  const planned = changeFor(m, edit);
  if (!planned) return NOT_SCANNED;
  const { part, change } = planned;
  // The document is about to change: the next scan reads it whole.
  session.lastRead = null;
  let before: string[] | null = null;
  let expected: string[] = [];
  let syncError: unknown = null;
  let done = false;
  let landed = false;
  // The paragraphs after the place moved as the change says (a paragraph deleted under Track Changes stays one).
  let shifted = false;
  await session.run(async (context) => {
    const paragraphs = partBody(context, part.name).paragraphs;
    paragraphs.load("items/text");
    const doc = context.document;
    const tracks = m.bookmarks && change.cut !== undefined;
    if (tracks) doc.load("changeTrackingMode");
    const currentBefore = tracks ? partBody(context, part.name).getReviewedText("Current") : null;
    await context.sync();
    const tracking = tracks && String(doc.changeTrackingMode ?? "Off") !== "Off";
    const items = paragraphs.items;
    const texts = items.map((p) => p.text);
    if (items.length !== part.count || change.judged.some((i) => texts[i] !== m.texts[part.offset + i])) return;
    before = texts;
    expected = [...texts.slice(0, change.at), ...change.insert, ...texts.slice(change.at + change.remove)];
    const checked = change.queue(items, context);
    const after = partBody(context, part.name).paragraphs;
    after.load("items/text");
    const currentAfter = tracking ? partBody(context, part.name).getReviewedText("Current") : null;
    try {
      await context.sync();
    } catch (err) {
      syncError = err;
      return;
    }
    shifted = after.items.length === expected.length;
    landed =
      currentBefore && currentAfter
        ? cutOnce(currentBefore.value, change.cut!) === bare(currentAfter.value)
        : sameTexts(after.items, expected);
    done = landed && (checked ? checked() : true);
  });
  if (!before) return NOT_SCANNED;
  if (!syncError) {
    // Read back otherwise (the user typed meanwhile, Word made the row its own way): the document keeps what Word
    // made, reported, and the pane reads it afresh.
    if (landed && shifted) shiftAfter(session, part, change);
    return done
      ? { done: true, moved: false, ...(change.undo ? { undo: change.undo } : {}) }
      : { done: false, moved: false, error: notVerified() };
  }
  // The batch failed: one read of the part tells whether the change landed before Word stopped.
  const error = toWordError(syncError);
  let now: string[] | null = null;
  try {
    await session.run(async (context) => {
      const paragraphs = partBody(context, part.name).paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      now = paragraphs.items.map((p) => p.text);
    });
  } catch {
    // Not even the read answers: the rescan that follows shows what the document holds.
  }
  const afterFailure = now !== null && sameTexts(now, expected);
  if (afterFailure) shiftAfter(session, part, change);
  return { done: afterFailure, moved: false, ...(afterFailure ? {} : { error }) };
}

/** Text without paragraph marks, as a part's whole text and its paragraphs' joined compare. */
const bare = (text: string): string => text.replace(/[\r\n]/g, "");

/** `text` without its one occurrence of `cut` (paragraph marks left out of both); null when it has none or more. */
function cutOnce(text: string, cut: string): string | null {
  const whole = bare(text);
  const piece = bare(cut);
  const at = matchStarts(whole, piece);
  return at.length === 1 ? whole.slice(0, at[0]) + whole.slice(at[0] + piece.length) : null;
}

function notVerified(): WordError {
  return { code: "NotVerified", detail: "Word reads the paragraphs otherwise" };
}

function sameTexts(a: ReadonlyArray<string | { text: string }>, b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => (typeof x === "string" ? x : x.text) === b[i]);
}

/**
 * Paragraphs after the change moved by the number it added or took out: the blanks the user added and the values
 * written where no anchor could stand follow them. Saved with the state by the caller.
 */
function shiftAfter(session: GatewaySession, part: PartInfo, change: Change): void {
  const st = session.requireState();
  const delta = change.insert.length - change.remove;
  const from = part.offset + change.at;
  const gone = (p: number) => p >= from && p < from + change.remove;
  const shift = (p: number) => (p >= from + change.remove ? p + delta : p);
  for (const decisions of new Set([st.decisions, session.decisions ?? st.decisions])) {
    decisions.added = decisions.added
      .filter((u) => !gone(u.paragraph))
      .map((u) => ({ ...u, paragraph: shift(u.paragraph) }));
  }
  for (const a of Object.values(st.anchors)) if (a.paragraph !== undefined) a.paragraph = shift(a.paragraph);
}
