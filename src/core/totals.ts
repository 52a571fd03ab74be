/**
 * What a table's total rows stand for, shared by the check (parts against total) and the grid (the sum it offers):
 * in one column, the rows since the previous total, group subtotals standing for their rows where the table has
 * them; where the first total heads its rows (no part above it), each total stands for the rows below it, down to
 * the next total.
 */
type Role = string | undefined;

function partsOf<T>(segment: readonly T[], role: (t: T) => Role): T[] {
  const subtotals = segment.filter((t) => role(t) === "subtotal");
  return subtotals.length > 0 ? subtotals : segment.filter((t) => role(t) === "data");
}

/** Each total of a column (its cells in row order) with the cells it adds up. */
export function columnTotals<T>(column: readonly T[], role: (t: T) => Role): Array<{ total: T; parts: T[] }> {
  const at = column.flatMap((t, i) => (role(t) === "total" ? [i] : []));
  if (at.length === 0) return [];
  // A column's first total with no part above it heads its rows: then every total of the column does.
  const heads = partsOf(column.slice(0, at[0]), role).length === 0;
  return at.map((i, k) => ({
    total: column[i],
    parts: heads
      ? partsOf(column.slice(i + 1, k + 1 < at.length ? at[k + 1] : column.length), role)
      : partsOf(column.slice(k > 0 ? at[k - 1] + 1 : 0, i), role),
  }));
}
