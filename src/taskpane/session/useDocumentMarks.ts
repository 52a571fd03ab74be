/** The add-in's marks in the document: highlighting the empty blanks, and finalizing (marks removed, text kept). */
import { useCallback, useState } from "react";
import type { ScanOutcome, WordGateway } from "../../word/types";
import type { NoticeList } from "./useNotices";

export interface DocumentMarks {
  highlight: boolean;
  finalized: boolean;
  setHighlight(on: boolean): Promise<void>;
  finalize(): Promise<void>;
  /** A write put the add-in's marks back: the document is no longer finalized. */
  reopen(): void;
}

export function useDocumentMarks(
  gateway: WordGateway,
  runScan: (fresh: boolean) => Promise<ScanOutcome | null>,
  notices: Pick<NoticeList, "add" | "fail" | "remove">,
): DocumentMarks {
  const [highlight, setHighlightState] = useState(false);
  const [finalized, setFinalized] = useState(false);
  const { add, fail, remove } = notices;
  /** An earlier failure's message is stale once the next action succeeds. */
  const succeeded = useCallback(() => remove((n) => n.kind === "error"), [remove]);

  const setHighlight = useCallback(
    async (on: boolean) => {
      setHighlightState(on);
      try {
        await gateway.highlightEmpty(on);
        succeeded();
      } catch (e) {
        setHighlightState(!on);
        fail("pane.save.failed", e);
      }
    },
    [gateway, fail, succeeded],
  );

  const finalize = useCallback(async () => {
    try {
      await gateway.finalize();
    } catch (e) {
      fail("pane.save.failed", e);
      return;
    }
    succeeded();
    setFinalized(true);
    setHighlightState(false);
    add({ kind: "info", key: "pane.check.finalized" });
    await runScan(true);
  }, [gateway, runScan, add, fail, succeeded]);

  const reopen = useCallback(() => setFinalized(false), []);

  return { highlight, finalized, setHighlight, finalize, reopen };
}
