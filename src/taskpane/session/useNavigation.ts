/**
 * Where the user is: which view, which field of the form, and Word's selection following it. Moving on writes the
 * field's drafts first and stays put when they are rejected.
 */
import { useCallback, useMemo, useRef, useState, type RefObject } from "react";
import type { WordGateway } from "../../word/types";
import { focusBlank, nextEmptyIndex, type FormModel } from "./model";
import type { View } from "./types";
import type { Writing } from "./useWriting";

export interface Navigation {
  view: View;
  setView(view: View): void;
  currentId: string | null;
  /**
   * The form at a field. From the check (`from: "check"`), moving on goes to the next field still empty, and back
   * to the check when none is left.
   */
  goTo(fieldId: string, from?: "check"): void;
  goToIndex(index: number): void;
  next(): Promise<void>;
  previous(): Promise<void>;
  skip(): void;
  continueFilling(): void;
  jump(blankId: string): void;
  jumpToParagraph: ((paragraph: number) => void) | null;
}

export function useNavigation(
  gateway: WordGateway,
  modelRef: RefObject<FormModel | null>,
  writing: Pick<Writing, "commitField" | "takeFreshWarning">,
): Navigation {
  const [view, setViewState] = useState<View>("overview");
  const [currentId, setCurrentId] = useState<string | null>(null);
  const currentRef = useRef(currentId);
  const fromCheck = useRef(false);
  const setView = useCallback((next: View) => {
    if (next !== "form") fromCheck.current = false;
    setViewState(next);
  }, []);
  const { commitField, takeFreshWarning } = writing;

  const jump = useCallback(
    (blankId: string) => {
      gateway.select(blankId).catch(() => {
        // Selecting is a convenience: the form stays usable when Word cannot move its selection.
      });
    },
    [gateway],
  );

  const jumpToParagraph = useMemo(() => {
    const selectParagraph = gateway.selectParagraph?.bind(gateway);
    if (!selectParagraph) return null;
    return (paragraph: number) => {
      selectParagraph(paragraph).catch(() => {
        // As with blanks: a selection Word cannot make leaves the check usable.
      });
    };
  }, [gateway]);

  const show = useCallback(
    (fieldId: string) => {
      const entry = modelRef.current?.byId.get(fieldId);
      setCurrentId(fieldId);
      currentRef.current = fieldId;
      setViewState("form");
      if (entry) jump(focusBlank(entry).id);
    },
    [jump, modelRef],
  );

  const goTo = useCallback(
    (fieldId: string, from?: "check") => {
      fromCheck.current = from === "check";
      show(fieldId);
    },
    [show],
  );

  const goToIndex = useCallback(
    (index: number) => {
      const entry = modelRef.current?.entries[index];
      if (entry) show(entry.field.id);
    },
    [show, modelRef],
  );

  const indexOfCurrent = useCallback(() => {
    const m = modelRef.current;
    const id = currentRef.current;
    return m && id ? m.entries.findIndex((e) => e.field.id === id) : -1;
  }, [modelRef]);

  const next = useCallback(async () => {
    const id = currentRef.current;
    if (id && !(await commitField(id))) return;
    if (id && takeFreshWarning(id)) return;
    const m = modelRef.current;
    if (!m) return;
    const i = indexOfCurrent();
    if (fromCheck.current) {
      // Sent here to fix what the check found: on to what is still missing, not to the next field in order.
      const n = nextEmptyIndex(m, i + 1);
      if (n === null || n === i) setView("check");
      else goToIndex(n);
    } else if (i + 1 < m.entries.length) goToIndex(i + 1);
    else setView("overview");
  }, [commitField, takeFreshWarning, goToIndex, indexOfCurrent, modelRef, setView]);

  const previous = useCallback(async () => {
    const id = currentRef.current;
    if (id && !(await commitField(id))) return;
    const i = indexOfCurrent();
    if (i > 0) goToIndex(i - 1);
  }, [commitField, goToIndex, indexOfCurrent]);

  const skip = useCallback(() => {
    const m = modelRef.current;
    if (!m) return;
    const i = indexOfCurrent();
    const n = nextEmptyIndex(m, i + 1);
    if (n === null || n === i) setView(fromCheck.current ? "check" : "overview");
    else goToIndex(n);
  }, [goToIndex, indexOfCurrent, modelRef, setView]);

  const continueFilling = useCallback(() => {
    const m = modelRef.current;
    if (!m || m.entries.length === 0) return;
    goToIndex(nextEmptyIndex(m, 0) ?? 0);
  }, [goToIndex, modelRef]);

  return { view, setView, currentId, goTo, goToIndex, next, previous, skip, continueFilling, jump, jumpToParagraph };
}
