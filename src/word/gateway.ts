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
import { applyWrites } from "./apply";
import { toWordFailure } from "./errors";
import { finalizeDocument } from "./finalize";
import { highlight } from "./highlight";
import { createRunQueue } from "./queue";
import { scanDocument } from "./scan";
import { selectBlank, selectionSpan, selectParagraph } from "./select";
import { GatewaySession, type WordGatewayOptions } from "./session";
import type { WordGateway } from "./types";

export { MARK_COLOR } from "./highlight";
export { ANCHOR_TAG_PREFIX, type PartName } from "./model";
export { MIN_WORD_API } from "./scan";
export type { Platform, WordGatewayOptions } from "./session";

const DEFAULT_TIMEOUT_MS = 30_000;

export function createWordGateway(options: WordGatewayOptions = {}): WordGateway {
  const queue = createRunQueue({ timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  const session = new GatewaySession(options);

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

  function onChanged(listener: () => void): () => void {
    const office = session.office();
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
    scan: (decisions) => queued(() => scanDocument(session, decisions)),
    apply: (writes) => queued(() => applyWrites(session, writes)),
    select: (blankId) => queued(() => selectBlank(session, blankId)),
    selectParagraph: (paragraph) => queued(() => selectParagraph(session, paragraph)),
    highlightEmpty: (on) => queued(() => highlight(session, on)),
    finalize: () => queued(() => finalizeDocument(session)),
    saveDecisions: (decisions: Decisions) =>
      queued(() => {
        session.requireState().decisions = decisions;
        return session.writeState();
      }),
    selectionSpan: () => queued(() => selectionSpan(session)),
    onChanged,
  };
}
