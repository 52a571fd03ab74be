import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { useFocusOnMount } from "../useFocusOnMount";
import type { GridProps, GridState, NotationQuestion, PasteSummary } from "./Grid.types";
import { asDecimal, blockNotation, inNotation, readBlock, swapSeparators } from "./paste";
import { cellName, gridLayout, gridTables, type GridLayout } from "./tables";
import { columnSums, holdsSum } from "./totals";

/** Where an input of the grid is found: its row and column in the layout. */
export const cellSelector = (r: number, c: number) => `input[data-cell="${r}:${c}"]`;

/** The block's values put into the drafts from cell (r0, c0), and what did not fit. */
function fill(
  session: GridProps["session"],
  layout: GridLayout,
  r0: number,
  c0: number,
  block: string[][],
): Omit<PasteSummary, "converted"> {
  const before: PasteSummary["before"] = [];
  let rowsLeft = 0;
  let colsLeft = 0;
  let skipped = 0;
  block.forEach((values, i) => {
    const r = r0 + i;
    if (r >= layout.rows.length) {
      if (values.some((v) => v !== "")) rowsLeft++;
      return;
    }
    values.forEach((value, j) => {
      const c = c0 + j;
      // A spreadsheet's empty cell leaves the table's cell as it is.
      if (value === "" || c >= layout.columns.length) return;
      const entry = layout.cells[r][c];
      if (!entry || entry.field.readOnly) {
        skipped++;
        return;
      }
      before.push({ fieldId: entry.field.id, value: session.displayValue(entry) });
      session.setDraft(entry.field.id, value);
    });
  });
  // Columns are counted once for the block: those of any row that reach past the table's last column.
  const within = block.slice(0, Math.max(0, layout.rows.length - r0));
  for (let j = layout.columns.length - c0; j < Math.max(0, ...within.map((v) => v.length)); j++)
    if (within.some((v) => (v[j] ?? "") !== "")) colsLeft++;
  return { count: before.length, from: cellName(layout, r0, c0), rowsLeft, colsLeft, skipped, before };
}

/** The first cell to fill: the first empty writable one in reading order, else the first writable one. */
function firstCell(layout: GridLayout, value: (e: NonNullable<GridLayout["cells"][0][0]>) => string) {
  let first: [number, number] | null = null;
  for (let r = 0; r < layout.rows.length; r++)
    for (let c = 0; c < layout.columns.length; c++) {
      const e = layout.cells[r][c];
      if (!e || e.field.readOnly) continue;
      if (value(e) === "") return [r, c] as const;
      first ??= [r, c];
    }
  return first;
}

export function useGrid({ session, table, embedded }: GridProps): GridState {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const gridRef = useRef<HTMLTableElement | null>(null);
  const { model } = session;
  const layout = useMemo(() => gridLayout(model, table), [model, table]);
  const paragraphs = session.outcome?.snapshot.paragraphs;
  const info = useMemo(
    () => gridTables(model, paragraphs).find((g) => g.table === table) ?? null,
    [model, paragraphs, table],
  );
  const [summary, setSummary] = useState<PasteSummary | null>(null);
  // A step of the form lands in the table itself, so typing starts at once; the grid is mounted once per table.
  useEffect(() => {
    if (!embedded) return;
    const at = firstCell(layout, (e) => session.displayValue(e));
    if (at) gridRef.current?.querySelector<HTMLInputElement>(cellSelector(at[0], at[1]))?.focus();
    // Once, on arrival: a later render (a value typed) must not pull the focus back.
  }, []);
  const [pending, setPending] = useState<{ r: number; c: number; block: string[][]; sample: string } | null>(null);

  const apply = useCallback(
    (r: number, c: number, block: string[][], notation: "vi" | "en") => {
      const converted = notation === "en" ? block.flat().find((v) => swapSeparators(v) !== v) : undefined;
      const done = fill(session, layout, r, c, inNotation(block, notation));
      setSummary({ ...done, converted: converted ? { from: converted, to: swapSeparators(converted) } : null });
    },
    [session, layout],
  );

  const onPaste = useCallback(
    (r: number, c: number, e: ClipboardEvent<HTMLInputElement>) => {
      const text = e.clipboardData.getData("text/plain");
      // One value is the input's own paste; a block (tabs or lines) fills the grid.
      if (!/[\t\n]/.test(text.replace(/[\r\n]+$/, ""))) return;
      e.preventDefault();
      const block = readBlock(text);
      const notation = blockNotation(block);
      if (notation.kind === "ask") {
        setSummary(null);
        setPending({ r, c, block, sample: notation.sample });
      } else {
        setPending(null);
        apply(r, c, block, notation.kind);
      }
    },
    [apply],
  );

  const answer = useCallback(
    (notation: "en" | "vi" | null) => {
      if (pending && notation) apply(pending.r, pending.c, pending.block, notation);
      setPending(null);
    },
    [pending, apply],
  );

  const undo = useCallback(() => {
    if (!summary) return;
    for (const { fieldId, value } of summary.before) session.setDraft(fieldId, value);
    setSummary(null);
  }, [summary, session]);

  const writeAll = useCallback(() => {
    void session.commitAll().then((done) => {
      if (done) setSummary(null);
    });
  }, [session]);

  const focusCell = (r: number, c: number) => {
    const input = gridRef.current?.querySelector<HTMLInputElement>(cellSelector(r, c));
    input?.focus();
    return !!input;
  };

  const totals = columnSums(layout, (e) => session.displayValue(e));
  const offered = new Set(
    Object.keys(totals).filter((id) => {
      const entry = model?.byId.get(id);
      return !!entry && !entry.field.readOnly && !holdsSum(session.displayValue(entry), totals[id]);
    }),
  );

  const acceptSum = (fieldId: string) => {
    const sum = totals[fieldId];
    if (sum === undefined) return;
    session.setDraft(fieldId, sum);
    void session.commit(fieldId);
  };

  const onKeyDown = (r: number, c: number, e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    const entry = layout.cells[r][c];
    // Alt+= is the spreadsheet's own key for a sum.
    if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === "Equal" && entry && offered.has(entry.field.id)) {
      e.preventDefault();
      acceptSum(entry.field.id);
      return;
    }
    if (embedded && e.key === "Enter" && (e.ctrlKey || e.metaKey) && !e.altKey) {
      e.preventDefault();
      embedded.onDone();
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const down = e.key === "Enter" || e.key === "ArrowDown";
    if (!down && e.key !== "ArrowUp") return;
    e.preventDefault();
    if (e.key === "Enter" && entry) void session.commit(entry.field.id);
    // The next row with a cell to fill in the same column; rows without one are stepped over.
    const step = down ? 1 : -1;
    for (let k = r + step; k >= 0 && k < layout.rows.length; k += step) if (focusCell(k, c)) return;
  };

  const pasted = useMemo(() => new Set(summary?.before.map((b) => b.fieldId)), [summary]);

  const [adding, setAdding] = useState(false);
  const { addRow: add } = session;
  const template = lastValueRow(layout);
  const addRow =
    add && template !== null
      ? () => {
          setAdding(true);
          void add(table, template).finally(() => setAdding(false));
        }
      : null;

  return {
    session,
    embedded,
    table: info,
    layout,
    totals,
    offered,
    acceptSum,
    pasted,
    summary,
    question: pending ? questionFor(pending.sample) : null,
    answer,
    undo,
    writeAll,
    dismissSummary: () => setSummary(null),
    onPaste,
    onKeyDown,
    gridRef,
    headingRef,
    addRow,
    adding,
  };
}

/** The table's row number of the last row with a value to fill that is not a total: the row a new one copies. */
function lastValueRow(layout: GridLayout): number | null {
  for (let r = layout.rows.length - 1; r >= 0; r--) {
    const roles = layout.cells[r].map((e) => e?.blanks[0].cell?.role);
    if (roles.some((role) => role === "data" || role === "ordinal")) return layout.rows[r].row;
  }
  return null;
}

function questionFor(sample: string): NotationQuestion {
  return { sample, asThousands: swapSeparators(sample), asDecimal: asDecimal(sample) };
}
