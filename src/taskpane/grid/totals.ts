/**
 * What a table's total rows come to: each "Tổng số" / "Cộng" cell, the sum of its parts in the same column as they
 * stand (typed, pasted or written), so the grid can offer it and follow what is typed. The parts are those the
 * check's "parts against total" finding adds up (src/core/totals.ts).
 */
import { columnTotals } from "../../core/totals";
import { parseNumber } from "../../core/values";
import type { FieldEntry } from "../session/model";
import type { GridLayout } from "./tables";

// Document values are Vietnamese whatever the pane's language: a sum is written as the cells are.
const VI = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6 });

const roleOf = (e: FieldEntry) => e.blanks[0].cell?.role;

/**
 * By the total cell's field id, its parts' sum in Vietnamese notation; only where at least one part holds a number
 * (a part that holds something else is left out of the sum, as the user has not settled it).
 */
export function columnSums(layout: GridLayout, value: (entry: FieldEntry) => string): Record<string, string> {
  const out: Record<string, string> = {};
  layout.columns.forEach((_, c) => {
    const column = layout.cells.map((row) => row[c]).filter((e): e is FieldEntry => !!e);
    for (const { total, parts } of columnTotals(column, roleOf)) {
      let sum = 0;
      let any = false;
      for (const e of parts) {
        const parsed = parseNumber(value(e));
        if (!parsed.ok) continue;
        sum += parsed.value;
        any = true;
      }
      if (any) out[total.field.id] = VI.format(sum);
    }
  });
  return out;
}

/** True when the cell already holds the offered sum (written as the user likes: `1200` or `1.200`). */
export function holdsSum(current: string, sum: string): boolean {
  const a = parseNumber(current);
  const b = parseNumber(sum);
  return a.ok && b.ok && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(b.value));
}
