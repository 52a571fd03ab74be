/**
 * From what the user typed to the blank writes, through the engine's value rules (`src/core/values.ts`): the
 * pane never parses numbers or dates itself. An empty input clears the field's blanks back to their original.
 */
import { writesForField } from "../../core/values";
import type { Params } from "../../i18n";
import type { BlankWrite } from "../../word/types";
import type { FieldEntry } from "./model";

export interface Message {
  key: string;
  params?: Params;
}

export type Prepared = { ok: true; writes: BlankWrite[]; warning?: Message } | { ok: false; error: Message };

const PART_RANGE = { day: [1, 31], month: [1, 12], year: [1000, 9999] } as const;

/** One typed date part (a day, month or year blank on its own). */
function preparePart(entry: FieldEntry, blankId: string, value: string): Prepared {
  const blank = entry.blanks.find((b) => b.id === blankId);
  if (!blank || blank.readOnly) return { ok: true, writes: [] };
  if (!value) return { ok: true, writes: [{ blankId, value: null }] };
  const part = blank.datePart;
  if (part === "day" || part === "month" || part === "year") {
    const [min, max] = PART_RANGE[part];
    const n = Number(value);
    if (!/^\d{1,4}$/.test(value) || n < min || n > max || (part === "year" && value.length !== 4)) {
      return { ok: false, error: { key: "pane.error.invalidPart" } };
    }
  }
  return { ok: true, writes: [{ blankId, value }] };
}

export function prepareWrites(entry: FieldEntry, input: string, blankId?: string): Prepared {
  const value = input.normalize("NFC").trim();
  // A whole date typed where one part is asked for is taken as the field's date, printed parts checked against it.
  if (blankId && !/\d[/.-]\d/.test(value)) return preparePart(entry, blankId, value);
  if (!value) {
    const writes = entry.blanks.filter((b) => b.filled && !b.readOnly).map((b) => ({ blankId: b.id, value: null }));
    return { ok: true, writes };
  }
  const plan = writesForField(entry.field, entry.blanks, input);
  if (!plan.ok) return { ok: false, error: { key: plan.error, params: plan.params } };
  return { ok: true, writes: plan.writes, warning: plan.warnings[0] };
}
