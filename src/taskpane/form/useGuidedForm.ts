import { useCallback, useEffect, useId, useRef, useState } from "react";
import { focusBlank } from "../session/model";
import type { GuidedFormProps, GuidedFormState } from "./GuidedForm.types";

const WINDOW = 90;

function clip(text: string, side: "before" | "after"): string {
  const flat = text.replace(/[\t\v]/g, " ");
  if (flat.length <= WINDOW) return flat;
  return side === "before"
    ? `…${flat.slice(-WINDOW).replace(/^\S*\s/, "")}`
    : `${flat.slice(0, WINDOW).replace(/\s\S*$/, "")}…`;
}

export function useGuidedForm({ session }: GuidedFormProps): GuidedFormState {
  const inputId = useId();
  const model = session.model;
  const entry = session.current;
  const index = entry && model ? model.entries.indexOf(entry) : -1;
  const total = model?.entries.length ?? 0;
  const blank = entry ? focusBlank(entry) : null;
  const ahead = useTypeAhead(session, entry?.field.id ?? null);
  return {
    session,
    entry,
    index,
    total,
    save: entry ? session.saves[entry.field.id] : undefined,
    context: blank
      ? { before: clip(blank.context.before, "before"), blank: blank.text, after: clip(blank.context.after, "after") }
      : null,
    isFirst: index <= 0,
    isLast: index === total - 1,
    inputId,
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
