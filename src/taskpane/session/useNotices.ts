/** The pane's messages: what the Word layer noticed, restored drafts, and the outcome of the last actions. */
import { useCallback, useState } from "react";
import type { WordNotice } from "../../word/types";
import { toWordError } from "../../word/errors";
import type { PaneNotice } from "./types";

type ErrorKey = Extract<PaneNotice, { kind: "error" }>["key"];

export interface NoticeList {
  notices: PaneNotice[];
  add(notice: PaneNotice): void;
  /** A failed action, whatever it was rejected with. */
  fail(key: ErrorKey, error: unknown): void;
  remove(which: (n: PaneNotice) => boolean): void;
  /** The notices of a fresh scan replace the previous scan's; on opening, with how many drafts came back. */
  fromScan(notices: WordNotice[], restored?: number): void;
  dismiss(index: number): void;
}

const fromWord = (notice: WordNotice): PaneNotice => ({ kind: "word", notice });

export function useNotices(): NoticeList {
  const [notices, setNotices] = useState<PaneNotice[]>([]);
  const add = useCallback((notice: PaneNotice) => setNotices((old) => [...old, notice]), []);
  const fail = useCallback(
    (key: ErrorKey, error: unknown) => add({ kind: "error", key, error: toWordError(error) }),
    [add],
  );
  const remove = useCallback((which: (n: PaneNotice) => boolean) => {
    setNotices((old) => (old.some(which) ? old.filter((n) => !which(n)) : old));
  }, []);
  const fromScan = useCallback((list: WordNotice[], restored?: number) => {
    if (restored !== undefined) {
      setNotices([...list.map(fromWord), ...(restored > 0 ? [{ kind: "restored", count: restored } as const] : [])]);
    } else if (list.length > 0) {
      setNotices((old) => [...old.filter((n) => n.kind !== "word"), ...list.map(fromWord)]);
    }
  }, []);
  const dismiss = useCallback((index: number) => setNotices((old) => old.filter((_, i) => i !== index)), []);
  return { notices, add, fail, remove, fromScan, dismiss };
}
