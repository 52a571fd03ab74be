/**
 * Scan: read the document (at most 2 syncs), reconcile the saved state with it, run the engine.
 *
 * Reconciling finds the values written before (anchors, plain-text fills) and the blanks typed over by hand
 * (see `remembered.ts`): each is given to the engine as a filled blank, so it keeps its id, label and field and
 * the paragraph's other blanks keep theirs. The engine runs a second time only when a typed-over blank was found,
 * since finding one needs the ids the first run gave.
 */
import type { Decisions, FilledBlank, ScanResult } from "../core/types";
import { backupKeys, textFingerprint } from "./backup";
import { isWordError, WordFailure } from "./errors";
import { locateFills } from "./fills";
import { ANCHOR_TAG_PREFIX, buildModel, contextOf } from "./model";
import { readDocument, type DocumentRead } from "./read";
import { recogniseBlanks, rememberBlanks, writtenWithin, type Recognised } from "./remembered";
import { supportsWordApi } from "./requirements";
import type { GatewaySession } from "./session";
import type { ScanOutcome } from "./types";

/** The manifest's minimum; every Word API the gateway calls is in it (see `requirements.ts`). */
export const MIN_WORD_API = "1.3";

/** What a refused payload becomes (`RequestPayloadSizeLimitExceeded`, `ResponsePayloadSizeLimitExceeded`). */
const OOXML_TOO_LARGE = new Set(["InvalidArgument", "Unknown"]);

export async function scanDocument(session: GatewaySession, decisions?: Decisions): Promise<ScanOutcome> {
  if (!supportsWordApi(session.office(), MIN_WORD_API)) {
    throw new WordFailure("NotSupported", `this version of Word lacks WordApi ${MIN_WORD_API}`);
  }
  // The engine and the OOXML reader are fetched while Word answers the first sync: the pane shows itself (and
  // its "scanning" state) without waiting for either.
  const engineModule = import("../core");
  // Handled here too, so a failed read that ends the scan first leaves no unhandled rejection behind.
  engineModule.catch(() => undefined);
  // A chunk that fails to load (a dropped connection) leaves the scan to the text alone.
  const ooxmlReader = import("../docx/ooxml").then(
    (m) => m.readFlatOpc,
    () => null,
  );
  let read: DocumentRead;
  try {
    read = await session.run((context) => readDocument(context, ooxmlReader));
  } catch (err) {
    // Word on the web refuses a batch whose answer is too large (a long body, images in the OOXML): the whole
    // read fails with it, so it is read again without the OOXML. Other failures are the document's answer.
    if (!isWordError(err) || !OOXML_TOO_LARGE.has(err.code)) throw err;
    read = await session.run((context) => readDocument(context, null));
  }
  const { snapshot } = read;
  const { scan: runEngine } = await engineModule;
  const stored = session.readState();
  const state = stored.state;
  const notices = [...stored.notices];
  const texts = snapshot.paragraphs.map((p) => p.text);
  const located = locateFills(texts, read.controls, state.fills);
  let missing = located.missing;
  const filled = located.filled;
  // The engine puts `original` back over exactly the characters that stand for the value, so it is given the
  // whole written span (value plus the spacing we added); the pane gets the value itself.
  const written = (): FilledBlank[] => filled.map((f) => ({ ...f, value: texts[f.paragraph].slice(f.start, f.end) }));
  const engine = () =>
    runEngine({
      snapshot,
      decisions: decisions ?? state.decisions,
      filled: written(),
      anchorTagPrefix: ANCHOR_TAG_PREFIX,
    });
  let engineResult = engine();
  const present = new Set(engineResult.blanks.map((b) => b.id));
  const shapes = session.remembered ?? state.blanks ?? [];
  const recognised: Recognised =
    shapes.length > 0
      ? recogniseBlanks({
          texts,
          shapes,
          present,
          located: new Set(filled.map((f) => f.blankId)),
          // The user's own controls are blanks of their own: text typed over a blank beside one ends where it starts.
          claimed: [...filled, ...snapshot.contentControls.filter((c) => c.start >= 0 && c.end > c.start)],
        })
      : { typed: [], empty: [] };
  // No saved value stands in the document and none of the blanks the state remembers is there either, not even
  // typed over: the state came with a copied file of another report. (A document whose only value was deleted
  // still has its blanks.)
  const remembered =
    shapes.some(([, , , ids]) => ids.some((id) => present.has(id))) ||
    recognised.typed.length > 0 ||
    recognised.empty.length > 0;
  let changed = false;
  if (located.otherDocument && !remembered) {
    notices.push({ type: "state-other-document" });
    state.fills = {};
    state.highlighted = [];
    delete state.blanks;
    missing = [];
  } else {
    for (const t of recognised.typed) {
      const text = texts[t.paragraph];
      // A value the add-in wrote, not found by its edited surroundings, is what stands there still.
      const saved = state.fills[t.blankId];
      const at = saved?.written ? writtenWithin(text, t.start, t.end, saved.written) : null;
      const free =
        at && !filled.some((f) => f.paragraph === t.paragraph && at.start < f.end && f.start < at.end) ? at : null;
      const span = free ?? { start: t.start, end: t.end };
      const value = free ? saved!.value : t.text.trim();
      state.fills[t.blankId] = {
        value,
        original: t.original,
        mode: "text",
        written: text.slice(span.start, span.end),
        ...contextOf(text, span.start, span.end),
        paragraph: t.paragraph,
      };
      filled.push({ blankId: t.blankId, original: t.original, value, paragraph: t.paragraph, ...span });
    }
    // Dots back where a value was (an undo): the blank is simply empty again, nothing to report.
    for (const id of recognised.empty) {
      if (state.fills[id]) changed = true;
      delete state.fills[id];
    }
    if (recognised.typed.length > 0) changed = true;
    const found = new Set([...recognised.empty, ...recognised.typed.map((t) => t.blankId)]);
    missing = missing.filter((id) => !found.has(id));
    if (recognised.typed.length > 0) engineResult = engine();
  }
  const emptyNow = new Set(engineResult.blanks.filter((b) => !b.filled).map((b) => b.id));
  for (const blankId of missing) {
    notices.push({ type: "fill-not-found", blankId });
    // Its id names an empty blank now (a copy of its paragraph took the id when another was edited): that blank
    // shows its dots, and the saved value must not be found on them later.
    if (emptyNow.has(blankId)) {
      delete state.fills[blankId];
      changed = true;
    }
  }
  // Line breaks are `\v` in Word and `\n` in a text box of the pane.
  const valueOf = new Map(filled.map((f) => [f.blankId, f.value.replace(/\v/g, "\n")]));
  const result: ScanResult = {
    ...engineResult,
    blanks: engineResult.blanks.map((b) => (valueOf.has(b.id) ? { ...b, value: valueOf.get(b.id)! } : b)),
  };
  session.state = state;
  session.model = buildModel({
    snapshot,
    result,
    parts: read.parts,
    fills: state.fills,
    undoneAnchors: located.undoneAnchors,
    web: session.platform() === "web",
  });
  session.remembered = rememberBlanks(texts, result.blanks);
  state.blanks = session.remembered;
  session.finalized = false;
  // The blanks are saved with the state whenever it is saved anyway (apply, decisions, highlight). A scan saves it
  // only when it found values typed by hand: the user has just edited the document, so this makes nothing dirty
  // that was clean, and a value kept this way is reported if its sentence is later deleted, even after the pane
  // was closed. A failed save costs nothing now (this pane remembers the blanks), so the scan does not fail.
  if (changed) await session.writeState().catch(() => undefined);
  const keys = backupKeys(stored.found ? state.documentId : null, session.url(), textFingerprint(texts, written()));
  return { snapshot, result, state, filled, notices, backupKeys: keys };
}
