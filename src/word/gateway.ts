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
 *
 * Each operation lives in its own module (`scan`, `apply`, `select`, `highlight`, `finalize`) over the shared
 * `GatewaySession`; this one puts them behind the run queue, so no two of them ever overlap.
 */
import type { Decisions } from "../core/types";
import { collectDiagnostics, createOperationLog, errorRecord, keepOfficeError, savedStateBytes } from "./diagnostics";
import { isWordError, toWordFailure } from "./errors";
import { createRunQueue } from "./queue";
import { scanDocument } from "./scan";
import { addedInOriginal, selectBlank, selectionSpan, selectParagraph } from "./select";
import { GatewaySession, type WordGatewayOptions } from "./session";
import type { Edit } from "./edits";
import type { EditReport, OperationName, WordGateway } from "./types";

export { MARK_COLOR } from "./marks";
export { ANCHOR_TAG_PREFIX } from "./anchors";
export type { PartName } from "./model";
export { MIN_WORD_API } from "./scan";
export type { Platform, WordGatewayOptions } from "./session";

const DEFAULT_TIMEOUT_MS = 30_000;
/** How long after the add-in's own selection a selection change is still taken for its echo. */
const OWN_SELECTION_MS = 500;
/**
 * How late the one echo still owed for an own selection may come: Word on the web sends it over the network, and a
 * busy machine runs its handler late.
 */
const LATE_ECHO_MS = 3000;
/** Quiet time after the last change before listeners hear of it. */
const CHANGE_DEBOUNCE_MS = 400;

/** An edit of the document's shape, then the scan that shows the document as it now stands. */
async function edited(session: GatewaySession, edit: Edit): Promise<EditReport> {
  const { runEdit } = await import("./edits");
  const result = await runEdit(session, edit);
  // Paragraphs moved: what the state keeps by paragraph follows before the scan reads it. A failed save leaves the
  // values where they are; the scan still shows the document.
  if (!result.moved) await session.writeState().catch(() => undefined);
  const outcome = await scanDocument(session, session.decisions);
  return { ...result, outcome };
}

export function createWordGateway(options: WordGatewayOptions = {}): WordGateway {
  const queue = createRunQueue({ timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  const session = new GatewaySession(options);
  const log = createOperationLog();

  /**
   * A whole operation, model reads included, runs after the previous one settled. It is logged when its caller
   * hears of it, so one that timed out shows as the Timeout the user saw.
   */
  function queued<T>(name: OperationName, op: () => Promise<T>): Promise<T> {
    let at = Date.now();
    const result = queue.run(async () => {
      at = Date.now();
      session.syncs = 0;
      try {
        return await op();
      } catch (err) {
        throw keepOfficeError(toWordFailure(err), err);
      }
    });
    const done = (ok: boolean) => ({ name, at, ms: Date.now() - at, syncs: session.syncs, ok });
    return result.then(
      (value) => {
        log.record(done(true));
        return value;
      },
      (err: unknown) => {
        log.record({ ...done(false), error: errorRecord(err) });
        throw err;
      },
    );
  }

  /**
   * Word reports the add-in's own `select()` as a selection change like any other, some time after its sync: while
   * one runs, and for a while after, a change is taken to be ours and not passed on (a "Next" would otherwise cost
   * a full rescan of the document).
   */
  let selecting = 0;
  let selectedAt = Number.NEGATIVE_INFINITY;
  /** Own selections whose echo has not come yet (two at most: "Next" selects a blank, then maybe its paragraph). */
  let owedEchoes = 0;
  const ownWindowMs = options.ownSelectionMs ?? OWN_SELECTION_MS;
  const debounceMs = options.changeDebounceMs ?? CHANGE_DEBOUNCE_MS;

  function selectingQueued(name: OperationName, op: () => Promise<void>): Promise<void> {
    return queued(name, async () => {
      selecting++;
      try {
        await op();
        owedEchoes = Math.min(owedEchoes + 1, 2);
      } finally {
        selecting--;
        selectedAt = Date.now();
      }
    });
  }

  function onChanged(listener: () => void): () => void {
    const office = session.office();
    const doc = office?.context?.document;
    const type = office?.EventType?.DocumentSelectionChanged;
    if (!doc?.addHandlerAsync || !type) return () => undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Every cursor move in Word is a change: the listener hears of a burst once, when it has settled.
    const handler = () => {
      const since = Date.now() - selectedAt;
      if (selecting > 0 || (owedEchoes > 0 && since < LATE_ECHO_MS)) {
        owedEchoes = Math.max(0, owedEchoes - 1);
        return;
      }
      if (since < ownWindowMs) return;
      clearTimeout(timer);
      timer = setTimeout(listener, debounceMs);
    };
    doc.addHandlerAsync(type, handler);
    return () => {
      clearTimeout(timer);
      doc.removeHandlerAsync(type, { handler });
    };
  }

  return {
    // A read that did not answer in time is most often the OOXML of a long body (oj#702): the retry does without.
    scan: (decisions) =>
      queued("scan", () => scanDocument(session, decisions)).catch((err: unknown) => {
        if (isWordError(err) && err.code === "Timeout") session.ooxmlUnreliable = true;
        throw err;
      }),
    // Writing is fetched with the first write (a chunk of its own): the pane shows itself without it.
    apply: (writes) => queued("apply", async () => (await import("./apply")).applyWrites(session, writes)),
    select: (blankId) => selectingQueued("select", () => selectBlank(session, blankId)),
    selectParagraph: (paragraph) => selectingQueued("selectParagraph", () => selectParagraph(session, paragraph)),
    highlightEmpty: (on) => queued("highlight", async () => (await import("./highlight")).highlight(session, on)),
    finalize: () => queued("finalize", async () => (await import("./finalize")).finalizeDocument(session)),
    saveDecisions: (decisions: Decisions) =>
      queued("saveDecisions", () => {
        const state = session.requireState();
        state.decisions = addedInOriginal(session.model, state.anchors, state.decisions, decisions);
        session.decisions = state.decisions;
        return session.writeState();
      }),
    selectionSpan: () => queued("selectionSpan", () => selectionSpan(session)),
    addTableRow: (table, row) => queued("addTableRow", () => edited(session, { kind: "addRow", table, row })),
    repeatParagraph: (paragraph) => queued("repeatParagraph", () => edited(session, { kind: "repeat", paragraph })),
    removeNote: (paragraph, note) =>
      queued("removeNote", () => edited(session, { kind: "removeNote", paragraph, note })),
    undoEdit: (undo) => queued("undoEdit", () => edited(session, { kind: "putBack", ...undo })),
    readReport: (bytes) => import("./reports").then((m) => m.readReportBytes(bytes)),
    onChanged,
    diagnostics: () => collectDiagnostics(session.office(), log, savedStateBytes(session.settings())),
  };
}
