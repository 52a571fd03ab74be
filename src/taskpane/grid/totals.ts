/**
 * What a table's total row comes to: each "Tổng số" / "Cộng" cell, the sum of its column's data cells as they stand
 * (typed or written), so the user sees the total follow what is typed.
 */
import { parseNumber } from "../../core/values";
import type { FieldEntry } from "../session/model";
import type { GridLayout } from "./tables";

// Document values are Vietnamese whatever the pane's language: a sum is written as the cells are.
const VI = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6 });

/** By the total cell's field id, its column's sum in Vietnamese notation; only columns with a number in them. */
export function columnTotals(layout: GridLayout, value: (entry: FieldEntry) => string): Record<string, string> {
  const out: Record<string, string> = {};
  layout.columns.forEach((_, c) => {
    const column = layout.cells.map((row) => row[c]).filter((e): e is FieldEntry => !!e);
    const totals = column.filter((e) => e.blanks[0].cell?.role === "total");
    if (totals.length === 0) return;
    let sum = 0;
    let any = false;
    for (const e of column) {
      if (e.blanks[0].cell?.role !== "data") continue;
      const parsed = parseNumber(value(e));
      if (!parsed.ok) continue;
      sum += parsed.value;
      any = true;
    }
    if (any) for (const e of totals) out[e.field.id] = VI.format(sum);
  });
  return out;
}
