import { useId } from "react";
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
  };
}
