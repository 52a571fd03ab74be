/**
 * Changes to the document's shape the pane asks for: a register's row added, a line repeated per item, a guidance
 * note taken out, the spans that name a repeated line's item added as blanks. Each is made by the Word layer (verified there), and the
 * pane takes the document as Word read it afterwards.
 */
import { useCallback, type RefObject } from "react";
import type { Decisions, UserSpan } from "../../core/types";
import type { EditReport, PutBack, ScanOutcome, WordGateway } from "../../word/types";
import type { NoticeList } from "./useNotices";

export interface ListActions {
  /**
   * Adds a row like row `row` of table `table` right after it and shows the document read afresh (the new cells are
   * fields); true when Word read it back as asked. Absent where the Word layer cannot add rows.
   */
  addRow?(table: number, row: number): Promise<boolean>;
  /** Present where the host can: a copy of paragraph `paragraph` right after it, blanks as the template had them. */
  repeatParagraph?(paragraph: number): Promise<ScanOutcome | null>;
  /** Present where the host can: the note's text taken out of its paragraph; a notice offers to put it back. */
  removeNote?(paragraph: number, note: string): Promise<ScanOutcome | null>;
  /** Present where the host can: a note taken out put back where it stood. */
  putBack?(undo: PutBack): Promise<ScanOutcome | null>;
  /** Spans of the last scan's text added as blanks of their own (a repeated line's name). */
  addSpans(spans: UserSpan[]): Promise<ScanOutcome | null>;
}

const NO_DECISIONS: Decisions = { dismissed: [], added: [], unlinked: [] };

export function useLists(
  gateway: WordGateway,
  scan: {
    outcomeRef: RefObject<ScanOutcome | null>;
    runScan(fresh: boolean): Promise<ScanOutcome | null>;
    patch(change: (outcome: ScanOutcome) => ScanOutcome): void;
  },
  notices: Pick<NoticeList, "fail" | "add" | "remove">,
  /** After an edit Word made: the marks the document should carry follow (the new line's blanks highlighted). */
  edited?: () => Promise<void> | void,
): ListActions {
  const { outcomeRef, runScan, patch } = scan;
  const { fail, add, remove } = notices;

  const edit = useCallback(
    async (run: () => Promise<EditReport>, removed?: string): Promise<ScanOutcome | null> => {
      try {
        const report = await run();
        patch(() => report.outcome);
        if (report.error) fail("pane.save.failed", report.error);
        remove((n) => n.kind === "noteRemoved");
        if (report.done && report.undo && removed) add({ kind: "noteRemoved", text: removed, undo: report.undo });
        if (report.done) await edited?.();
        return report.done ? report.outcome : null;
      } catch (e) {
        fail("pane.save.failed", e);
        return null;
      }
    },
    [patch, fail, add, remove, edited],
  );

  const addRow = useCallback(
    async (table: number, row: number) => (await edit(() => gateway.addTableRow!(table, row))) !== null,
    [edit, gateway],
  );
  const repeat = useCallback((paragraph: number) => edit(() => gateway.repeatParagraph!(paragraph)), [edit, gateway]);
  const removeNote = useCallback(
    (paragraph: number, note: string) => edit(() => gateway.removeNote!(paragraph, note), note),
    [edit, gateway],
  );
  const putBack = useCallback((undo: PutBack) => edit(() => gateway.undoEdit!(undo)), [edit, gateway]);

  const addSpans = useCallback(
    async (spans: UserSpan[]) => {
      const decisions = outcomeRef.current?.state.decisions ?? NO_DECISIONS;
      try {
        await gateway.saveDecisions({ ...decisions, added: [...decisions.added, ...spans] });
      } catch (e) {
        fail("pane.decision.failed", e);
        return null;
      }
      return runScan(true);
    },
    [gateway, outcomeRef, runScan, fail],
  );

  return {
    ...(gateway.addTableRow ? { addRow } : {}),
    ...(gateway.repeatParagraph ? { repeatParagraph: repeat } : {}),
    ...(gateway.removeNote ? { removeNote } : {}),
    ...(gateway.undoEdit ? { putBack } : {}),
    addSpans,
  };
}
