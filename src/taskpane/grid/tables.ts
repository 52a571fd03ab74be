/**
 * A document's tables as grids: the cell fields of each table by row and column, in the table's order. Pure, so the
 * overview can list the tables without loading the grid editor.
 */
import type { Blank, BlankCell, SnapshotParagraph } from "../../core/types";
import type { FieldEntry, FormModel } from "../session/model";

export interface GridTable {
  /** The table's index in the document (`BlankCell.table`). */
  table: number;
  /** 1-based, among the tables that have cells to fill. */
  number: number;
  /** The line just above the table (its caption), else the heading it stands under; null when neither. */
  title: string | null;
  /** Writable cells, and those of them that hold a value. */
  total: number;
  filled: number;
}

export interface GridRow {
  row: number;
  label: string;
}

export interface GridColumn {
  gridCol: number;
  label: string;
}

export interface GridLayout {
  rows: GridRow[];
  columns: GridColumn[];
  /** `cells[r][c]`: the field at row `r` and column `c`, or null where the table has nothing to fill. */
  cells: Array<Array<FieldEntry | null>>;
}

function cellOf(entry: FieldEntry): (Blank & { cell: BlankCell }) | null {
  const b = entry.blanks[0];
  return b.source === "cell" && b.cell ? (b as Blank & { cell: BlankCell }) : null;
}

/** A caption is a short line: a longer paragraph above a table is the text, not its title. */
const CAPTION_MAX = 120;

/** By table index, the last non-empty body line before the table's first paragraph, when it is short. */
function captions(paragraphs: readonly SnapshotParagraph[]): Map<number, string> {
  const out = new Map<number, string>();
  let last: string | null = null;
  for (const p of paragraphs) {
    if (p.cell) {
      if (!out.has(p.cell.table) && last !== null) out.set(p.cell.table, last);
      last = null;
      continue;
    }
    const text = p.text.replace(/\s+/g, " ").trim();
    if (text && p.location === "body") last = text.length <= CAPTION_MAX ? text : null;
  }
  return out;
}

/** The tables with cells to fill; `paragraphs`, where the document's are known, give each its caption. */
export function gridTables(model: FormModel | null, paragraphs: readonly SnapshotParagraph[] = []): GridTable[] {
  const caption = captions(paragraphs);
  const byTable = new Map<number, FieldEntry[]>();
  for (const e of model?.entries ?? []) {
    const b = cellOf(e);
    if (!b) continue;
    const list = byTable.get(b.cell.table);
    if (list) list.push(e);
    else byTable.set(b.cell.table, [e]);
  }
  return [...byTable.entries()]
    .sort(([a], [b]) => a - b)
    .map(([table, entries], i) => {
      const writable = entries.filter((e) => !e.field.readOnly);
      const section = entries[0].section;
      return {
        table,
        number: i + 1,
        title: caption.get(table) ?? (section.length > 0 ? section[section.length - 1] : null),
        total: writable.length,
        filled: writable.filter((e) => e.field.filled).length,
      };
    });
}

export function gridLayout(model: FormModel | null, table: number): GridLayout {
  const placed: Array<{ entry: FieldEntry; cell: BlankCell }> = [];
  for (const entry of model?.entries ?? []) {
    const b = cellOf(entry);
    if (b && b.cell.table === table) placed.push({ entry, cell: b.cell });
  }
  const rows = new Map<number, string>();
  const columns = new Map<number, string>();
  for (const { cell } of placed) {
    if (!rows.has(cell.row)) rows.set(cell.row, cell.rowLabel);
    if (!columns.has(cell.gridCol)) columns.set(cell.gridCol, cell.columnPath.join(" — "));
  }
  const rowList = [...rows.entries()].sort(([a], [b]) => a - b).map(([row, label]) => ({ row, label }));
  const colList = [...columns.entries()].sort(([a], [b]) => a - b).map(([gridCol, label]) => ({ gridCol, label }));
  const rowIndex = new Map(rowList.map((r, i) => [r.row, i]));
  const colIndex = new Map(colList.map((c, i) => [c.gridCol, i]));
  const cells = rowList.map(() => colList.map((): FieldEntry | null => null));
  for (const { entry, cell } of placed) cells[rowIndex.get(cell.row)!][colIndex.get(cell.gridCol)!] = entry;
  return { rows: rowList, columns: colList, cells };
}

/** A cell's name as its input is announced: its row and its column. */
export function cellName(layout: GridLayout, r: number, c: number): string {
  const col = layout.columns[c].label;
  return col ? `${layout.rows[r].label} — ${col}` : layout.rows[r].label;
}
