/**
 * Scan: read the document (1 sync; 2 when hidden bookmarks or controls the OOXML cannot place need their
 * positions), find what the add-in holds by its anchors, run the engine.
 *
 * Before the first write nothing is anchored: a blank typed over by hand is recognised by its remembered shape
 * (see `remembered.ts`) and given to the engine as a held blank, so it keeps its id, label and field. The engine runs
 * a second time only when one was found, since finding one needs the ids the first run gave.
 *
 * The OOXML only adds extras (leader TABs, superscripts, footnote marks, text boxes): a read that fails with it is
 * read again without it, and one that fails with the header and footer is read again without them.
 */
import type { Decisions, FilledBlank, ScanResult } from "../core/types";
import { backupKeys, textFingerprint } from "./backup";
import { maskGrids } from "./boxes";
import { isWordError, WordFailure } from "./errors";
import { locateHeld } from "./held";
import { buildModel, engineSnapshot, heldBlanks, type Model } from "./model";
import { readDocument, type DocumentRead, type ReadOptions } from "./read";
import { recogniseBlanks, rememberBlanks, type Recognised } from "./remembered";
import { supportsWordApi } from "./requirements";
import { supportsShapes } from "./shapes";
import type { GatewaySession } from "./session";
import type { ScanOutcome, WordNotice } from "./types";
import { ANCHOR_TAG_PREFIX } from "./anchors";

/** The manifest's minimum; every Word API the gateway needs is in it (see `requirements.ts`). */
export const MIN_WORD_API = "1.3";

/** Reads the document, each failed attempt followed by a lighter one; the last one's failure is the scan's. */
async function readWithFallbacks(session: GatewaySession, options: Omit<ReadOptions, "headerFooter">) {
  const attempts: ReadOptions[] = [];
  if (options.ooxmlReader && !session.ooxmlUnreliable) {
    attempts.push({ ...options, headerFooter: true });
    // Shapes are the newest API read: a read that fails with them is read again without them first.
    if (options.shapes) attempts.push({ ...options, headerFooter: true, shapes: false, previous: null });
  }
  attempts.push({ ...options, ooxmlReader: null, headerFooter: true, previous: null });
  attempts.push({ ...options, ooxmlReader: null, headerFooter: false, shapes: false });
  // Track Changes is only told: a host that fails to tell it still gets its document read.
  if (options.api14) attempts.push({ ...options, ooxmlReader: null, headerFooter: false, api14: false, shapes: false });
  let last: unknown = null;
  for (const attempt of attempts) {
    try {
      return await session.run((context) => readDocument(context, attempt));
    } catch (err) {
      // A protected or closed document answers the same whatever is asked: no lighter read helps.
      if (isWordError(err) && (err.code === "AccessDenied" || err.code === "NotSupported")) throw err;
      last = err;
    }
  }
  throw last;
}

export async function scanDocument(session: GatewaySession, decisions?: Decisions): Promise<ScanOutcome> {
  const office = session.office();
  if (!supportsWordApi(office, MIN_WORD_API)) {
    throw new WordFailure("NotSupported", `this version of Word lacks WordApi ${MIN_WORD_API}`);
  }
  const api14 = supportsWordApi(office, "1.4");
  // The engine and the OOXML reader are fetched while Word answers the first sync: the pane shows itself (and
  // its "scanning" state) without waiting for either.
  const engineModule = session.engine();
  // A chunk that fails to load (a dropped connection) leaves the scan to the text alone.
  const ooxmlReader = import("../docx/ooxml").then(
    (m) => m.readFlatOpc,
    () => null,
  );
  const stored = session.readState();
  const state = stored.state;
  const notices: WordNotice[] = [...stored.notices];
  const bookmarks = Object.values(state.anchors).flatMap((a) =>
    a.kind === "bookmark" && a.bookmark ? (a.boxes ?? [a.bookmark]) : [],
  );
  const read: DocumentRead = await readWithFallbacks(session, {
    ooxmlReader,
    bookmarks: api14 ? bookmarks : [],
    api14,
    shapes: supportsShapes(office, session.platform()),
    previous: session.lastRead,
  });
  session.lastRead = read.ooxml ? read : null;
  const runEngine = await engineModule;
  const readTexts = read.snapshot.paragraphs.map((p) => p.text);
  const located = locateHeld(readTexts, read.controls, read.bookmarks, state.anchors, read.snapshot.paragraphs);
  // From here on a row of digit boxes reads as one blank (see `boxes.ts`).
  const snapshot = maskGrids(read.snapshot, located.grids);
  const texts = snapshot.paragraphs.map((p) => p.text);
  let changed = located.changed;
  let missing = located.missing;
  const held = located.held;
  const decided = decisions ?? state.decisions;
  // The user's controls that are no places to fill stay in the model's snapshot: a blank or a write beside one
  // still knows it is there.
  const fields = {
    ...engineSnapshot(snapshot, read.notFields),
    ...(read.textBoxesKnown ? {} : { textBoxesUnread: true as const }),
  };
  const engine = () =>
    runEngine({ snapshot: fields, decisions: decided, filled: held, anchorTagPrefix: ANCHOR_TAG_PREFIX });
  let result = engine();
  const present = new Set(result.blanks.map((b) => b.id));
  const shapes = session.remembered ?? state.blanks ?? [];
  const recognised: Recognised =
    shapes.length > 0
      ? recogniseBlanks({
          texts,
          shapes,
          present,
          located: new Set(held.map((f) => f.blankId)),
          // The user's own controls are blanks of their own: text typed over a blank beside one ends where it starts.
          claimed: [...held, ...snapshot.contentControls.filter((c) => c.start >= 0 && c.end > c.start)],
        })
      : { typed: [], empty: [] };
  // Nothing the state holds stands in the document and none of the blanks it remembers is there either, not even
  // typed over: the state came with a copied file of another report.
  const remembered =
    shapes.some(([, , , ids]) => ids.some((id) => present.has(id))) ||
    recognised.typed.length > 0 ||
    recognised.empty.length > 0;
  if (located.otherDocument && !remembered) {
    notices.push({ type: "state-other-document" });
    state.anchors = {};
    state.highlighted = [];
    delete state.blanks;
    missing = [];
    changed = false;
  } else if (recognised.typed.length > 0 || recognised.empty.length > 0) {
    for (const t of recognised.typed) {
      const value = t.text.trim();
      state.anchors[t.blankId] = {
        kind: "none",
        original: t.original,
        value,
        ...(t.text !== value ? { written: t.text } : {}),
        paragraph: t.paragraph,
        start: t.start,
        paragraphText: texts[t.paragraph],
      };
      held.push({
        blankId: t.blankId,
        original: t.original,
        value: t.text,
        paragraph: t.paragraph,
        start: t.start,
        end: t.end,
      });
    }
    for (const id of recognised.empty) {
      if (state.anchors[id]) changed = true;
      delete state.anchors[id];
    }
    if (recognised.typed.length > 0) changed = true;
    const found = new Set([...recognised.empty, ...recognised.typed.map((t) => t.blankId)]);
    missing = missing.filter((id) => !found.has(id));
    if (recognised.typed.length > 0) result = engine();
  }
  for (const blankId of missing) notices.push({ type: "fill-not-found", blankId });
  // Text boxes are known from the OOXML or from the shapes; with neither, their blanks are not even listed.
  if (!read.textBoxesKnown) notices.push({ type: "text-boxes-unread" });
  session.state = state;
  session.decisions = decided;
  session.model = buildModel({
    snapshot,
    result,
    parts: read.parts,
    anchors: state.anchors,
    found: located.found,
    web: session.platform() === "web",
    bookmarks: api14,
    refused: session.refused,
    controls: state.controls,
    notFields: read.notFields,
  });
  session.remembered = rememberBlanks(texts, result.blanks);
  state.blanks = session.remembered;
  session.finalized = false;
  session.tracking = read.tracking;
  // The blanks are saved with the state whenever it is saved anyway (apply, decisions, highlight). A scan saves it
  // only when it found values typed or undone by hand: the user has just edited the document, so this makes
  // nothing dirty that was clean. A failed save costs nothing now (this pane remembers), so the scan does not fail.
  if (changed) await session.writeState().catch(() => undefined);
  const keys = backupKeys(stored.found ? state.documentId : null, session.url(), textFingerprint(texts, written(held)));
  session.backupKeys = keys;
  session.notices = notices;
  return outcomeOf(session, session.model, notices);
}

/** Held blanks as the backup's fingerprint takes them: values only, empty anchors hold their original already. */
function written(held: FilledBlank[]): FilledBlank[] {
  return held.filter((h) => !h.empty);
}

/** The pane's view of the model: the engine's result with each value as the pane shows it. */
export function outcomeOf(session: GatewaySession, m: Model, notices: WordNotice[] = []): ScanOutcome {
  // Line breaks are `\v` in Word and `\n` in a text box of the pane.
  const result: ScanResult = {
    ...m.result,
    blanks: m.result.blanks.map((b) =>
      b.value !== null && b.source !== "contentControl" ? { ...b, value: valueOf(session, b.id, b.value) } : b,
    ),
  };
  return {
    snapshot: m.snapshot,
    result,
    state: session.requireState(),
    filled: heldBlanks(m, session.requireState().anchors).filter((h) => !h.empty),
    notices,
    backupKeys: session.backupKeys,
    tracking: session.tracking,
  };
}

/** The value the user gave, where the text standing in the blank is that value with the spacing we added. */
function valueOf(session: GatewaySession, id: string, standing: string): string {
  const a = session.state?.anchors[id];
  const v = a?.value !== undefined && (a.written ?? a.value) === standing ? a.value : standing.trim();
  return v.replace(/\v/g, "\n");
}
