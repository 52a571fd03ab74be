import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { SnapshotParagraph } from "../../core/types";
import { gridTables } from "../grid/tables";
import { focusBlank, nextEmptyIndex, type FieldEntry, type FormModel } from "../session/model";
import type { GuidedFormProps, GuidedFormSession, GuidedFormState, TableStep } from "./GuidedForm.types";

const WINDOW = 90;

function clip(text: string, side: "before" | "after"): string {
  const flat = text.replace(/[\t\v]/g, " ");
  if (flat.length <= WINDOW) return flat;
  return side === "before"
    ? `…${flat.slice(-WINDOW).replace(/^\S*\s/, "")}`
    : `${flat.slice(0, WINDOW).replace(/\s\S*$/, "")}…`;
}

const tableOf = (entry: FieldEntry | undefined): number | null => {
  const b = entry?.blanks[0];
  return b?.source === "cell" && b.cell ? b.cell.table : null;
};

/** The table the field at `index` stands in, as one step: its first and last fields around `index`. */
function tableStep(
  model: FormModel | null,
  paragraphs: readonly SnapshotParagraph[] | undefined,
  index: number,
): TableStep | null {
  const table = model ? tableOf(model.entries[index]) : null;
  if (!model || table === null) return null;
  const grid = gridTables(model, paragraphs).find((g) => g.table === table);
  if (!grid) return null;
  let first = index;
  let last = index;
  while (first > 0 && tableOf(model.entries[first - 1]) === table) first--;
  while (last + 1 < model.entries.length && tableOf(model.entries[last + 1]) === table) last++;
  return { grid, first, last };
}

/**
 * Previous, Next and Skip over whole tables. A table's cells are written together (one batch) before the form moves
 * on, and the form stays on the table when a value is refused.
 */
function useTableMoves(session: GuidedFormSession, table: TableStep | null) {
  const { commitAll, goToIndex, setView, model } = session;
  const next = useCallback(async () => {
    if (!table) return session.next();
    if (!(await commitAll())) return;
    if (model && table.last + 1 < model.entries.length) goToIndex(table.last + 1);
    else setView("overview");
  }, [session, table, commitAll, goToIndex, setView, model]);
  const previous = useCallback(async () => {
    if (!table) return session.previous();
    if (!(await commitAll())) return;
    if (table.first > 0) goToIndex(table.first - 1);
  }, [session, table, commitAll, goToIndex]);
  const skip = useCallback(() => {
    if (!table || !model) return session.skip();
    const n = nextEmptyIndex(model, table.last + 1);
    // Back round to this same table: nothing is left to fill elsewhere.
    if (n === null || (n >= table.first && n <= table.last)) setView("overview");
    else goToIndex(n);
  }, [session, table, model, goToIndex, setView]);
  return {
    next: () => void next(),
    previous: () => void previous(),
    skip,
  };
}

export function useGuidedForm({ session }: GuidedFormProps): GuidedFormState {
  const inputId = useId();
  const model = session.model;
  const entry = session.current;
  const index = entry && model ? model.entries.indexOf(entry) : -1;
  const total = model?.entries.length ?? 0;
  const blank = entry ? focusBlank(entry) : null;
  const ahead = useTypeAhead(session, entry?.field.id ?? null);
  const paragraphs = session.outcome?.snapshot.paragraphs;
  const table = useMemo(() => tableStep(model, paragraphs, index), [model, paragraphs, index]);
  const moves = useTableMoves(session, table);
  return {
    session,
    entry,
    index,
    total,
    save: entry ? session.saves[entry.field.id] : undefined,
    context: blank
      ? { before: clip(blank.context.before, "before"), blank: blank.text, after: clip(blank.context.after, "after") }
      : null,
    isFirst: (table?.first ?? index) <= 0,
    isLast: (table?.last ?? index) === total - 1,
    inputId,
    table,
    ...moves,
    ...ahead,
  };
}

/**
 * Enter writes the field before moving on, and a write takes a round trip to Word: what the user types meanwhile
 * is held, then given to the field the form moved to (or back to the same one, where the move did not happen).
 */
function useTypeAhead(session: GuidedFormProps["session"], fieldId: string | null) {
  const pending = useRef<{ from: string; text: string; settled: number } | null>(null);
  const { next, setDraft, model } = session;
  const modelRef = useRef(model);
  modelRef.current = model;
  const give = useCallback(
    (to: string) => {
      const p = pending.current;
      pending.current = null;
      const entry = modelRef.current?.byId.get(to);
      if (!p || !p.text || !entry) return;
      const before = to === p.from ? session.displayValue(entry) : "";
      setDraft(to, before + p.text);
    },
    [session, setDraft],
  );
  // Counts moves that came back; rendered with the field they led to, so the effect sees where the form is.
  const [settled, setSettled] = useState(0);
  useEffect(() => {
    const p = pending.current;
    if (fieldId !== null && p && (p.from !== fieldId || settled > p.settled)) give(fieldId);
  }, [fieldId, settled, give]);
  const onEnter = useCallback(() => {
    if (fieldId === null) return;
    pending.current = { from: fieldId, text: "", settled };
    void next().finally(() => setSettled((n) => n + 1));
  }, [fieldId, next, settled]);
  const takeKey = useCallback((key: string) => {
    if (!pending.current) return false;
    pending.current.text += key;
    return true;
  }, []);
  return { onEnter, takeKey };
}
