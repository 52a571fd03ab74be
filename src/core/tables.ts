/**
 * Cells as fields: the empty cells of a table that the table shows a value is expected in (under a column header,
 * beside a row label, in a data row), with a label from the row label and the column-header path, a kind and unit
 * from the header, and whether the row is a total, a group subtotal or the ordinal of a pre-drawn row. Box cells of
 * a tick row are check boxes. Layout tables (borderless: the letter's header, signatures), merged continuations,
 * header and column-number rows, form rows (a cell holding its own `label: ……` line), a made choice's twin and an
 * "and so on" row are not blanks. Works on the snapshot's cell coordinates only; linear in the table's size.
 */
import type { BlankCell, BlankKind, DatePart, SnapshotCell, SnapshotParagraph } from "./types";
import { gridLabel, MAX_BOX_TWIPS, MIN_BOXES, sameWidth } from "./digits";
import { foldTones, squash } from "./text";

export interface CellBlank {
  /** The cell's first paragraph: the blank stands there. */
  paragraph: number;
  label: string;
  kind: BlankKind;
  datePart: DatePart | null;
  unit: string | null;
  cell: BlankCell;
  /** A run of digit-box cells: the paragraph of each box, left to right; this blank stands in the first. */
  digits?: number[];
}

interface Cell {
  at: SnapshotCell;
  paragraphs: number[];
  text: string;
  /** The cell holds a legacy text form field: its author made it to be filled, whatever the table looks like. */
  form: boolean;
}

interface Table {
  rows: Cell[][];
}

/** Nothing a reader would take for a value: spaces, NBSP, en spaces, dots, an ellipsis, a dash or underscores. */
const EMPTY_LIKE = /^[\s\u00a0\u2002-\u200b\u202f.…_\-–—]*$/u;
const HAS_PLACEHOLDER = /[.…]{3,}|…|_{3,}|[□☐]/u;
/** A header may end its list with one "…" (etc.); a run of dots or ellipses is a fill-in line. */
const FILL_IN_LINE = /\.{3,}|…[.…]|_{3,}|[□☐]/u;
const TICK = /^\s*[xX✓✔☒■]\s*$/u;
const TOTAL = /^(tổng(\s+(số|cộng|điểm))?|cộng)\b/iu;
const ORDINAL_HEAD = /^(s[ốo]\s*)?t\.?\s*t\.?$|^stt$|^số thứ tự$/iu;
const ORDINAL = /^\s*(\d{1,3}(\.\d{1,3})*\.?|[IVXLC]{1,6}\.?|[a-zđ][.)]|[*\-+•–])\s*$/u;
const FREE_TEXT_HEAD = /^(ghi chú|tồn tại|nhận xét|ý kiến|nội dung|lý do)/iu;
const NUMBER_HEAD =
  /(^|[\s(/])(số|sl|số lượng|tỷ lệ|tỉ lệ|%|điểm|hệ số|tổng|giá trị|tiền|diện tích|bậc)([\s)/,:]|$)|\((người|ha|m2|m²|đồng|triệu đồng|tỷ đồng|kg|tấn|%|cái|hộ|lượt)\)/iu;
const NOT_NUMBER_HEAD = /mã số|số hiệu|ký hiệu|số điện thoại|số cccd|số cmnd|số hộ chiếu|số tài khoản/iu;
const REMARKS_HEAD = /^ghi chú/iu;
const DATE_HEAD = /^(ngày|thời gian|tháng\s*\/\s*năm|ngày\s*\/\s*tháng|năm sinh|năm)\b/iu;
const UNIT_HEAD = /\(([^()]{1,15})\)\s*$/u;
const COUNT_UNIT = /^(người|ha|m2|m²|đồng|triệu đồng|tỷ đồng|kg|tấn|%|cái|hộ|lượt|km|con|chiếc|buổi|ngày)$/iu;

/** The cells of every table, by paragraph, in document order. */
function readTables(paragraphs: SnapshotParagraph[], texts: string[]): Map<string, Table> {
  const tables = new Map<string, Table>();
  const cellOf = new Map<string, Cell>();
  paragraphs.forEach((p, i) => {
    const at = p.cell;
    if (!at) return;
    // A host reading each story on its own numbers the header's tables from 0 again: the story keeps them apart.
    const story = p.location === "table" ? "body" : p.location;
    const key = `${story}:${at.table}:${at.row}:${at.col}`;
    const known = cellOf.get(key);
    const form = (p.formFields?.length ?? 0) > 0;
    if (known) {
      known.paragraphs.push(i);
      known.text += `\n${texts[i]}`;
      known.form ||= form;
      return;
    }
    const cell: Cell = { at, paragraphs: [i], text: texts[i], form };
    cellOf.set(key, cell);
    let table = tables.get(`${story}:${at.table}`);
    if (!table) tables.set(`${story}:${at.table}`, (table = { rows: [] }));
    (table.rows[at.row] ??= []).push(cell);
  });
  for (const t of tables.values()) t.rows = Array.from(t.rows, (r) => r ?? []);
  return tables;
}

const clean = (text: string): string => squash(text.replace(/[\n\v\t]+/g, " ")).trim();
const sides = (c: Cell): number => {
  const b = c.at.borders;
  return b ? Number(b.top) + Number(b.left) + Number(b.bottom) + Number(b.right) : 4;
};
const isEmpty = (c: Cell): boolean => !c.at.numbered && EMPTY_LIKE.test(c.text);
const isContinuation = (c: Cell): boolean => c.at.vMerge === "continue";
/** Where a cell stands, as a blank's `cell` names it. */
const coords = (c: Cell) => ({ table: c.at.table, row: c.at.row, col: c.at.col, gridCol: c.at.gridCol });
const covers = (c: Cell, gridCol: number): boolean => c.at.gridCol <= gridCol && gridCol < c.at.gridCol + c.at.gridSpan;

/** A header cell: words, not a fill-in line and not a long sentence. */
function headerLike(c: Cell): boolean {
  const t = clean(c.text);
  return t.length > 0 && t.length <= 250 && !FILL_IN_LINE.test(t);
}

/** `1 2 3 … 10` or `(1) (2) …`, `A B C`: the column-number row some statistics tables print under the header. */
function isNumberRow(row: Cell[]): boolean {
  const filled = row.filter((c) => !isEmpty(c)).map((c) => clean(c.text));
  return filled.length >= 2 && filled.every((t) => /^\(?(\d{1,2}|[A-Z])\)?(\s*=.*)?$/u.test(t));
}

/** How many top rows are header rows: the first, and below it the rows its merged cells reach into. */
function headerRows(rows: Cell[][], top: number): number {
  const first = rows[top] ?? [];
  const filled = first.filter((c) => !isEmpty(c));
  if (filled.length < 2 || !filled.every(headerLike)) return top;
  let n = top + 1;
  while (n < rows.length) {
    const row = rows[n];
    const above = rows.slice(top, n).flat();
    const mergedDown = row.some(isContinuation);
    const underGroup = row.some(
      (c) => !isEmpty(c) && above.some((a) => a.at.gridSpan > c.at.gridSpan && covers(a, c.at.gridCol)),
    );
    const own = row.filter((c) => !isContinuation(c));
    if (!(mergedDown || underGroup) || own.length === 0 || !own.every((c) => !isEmpty(c) && headerLike(c))) break;
    n++;
  }
  return n;
}

/** The column-header path over a grid column: each header row's text there, merged repeats and blanks left out. */
function columnPath(rows: Cell[][], top: number, header: number, gridCol: number): string[] {
  const path: string[] = [];
  for (let r = top; r < header; r++) {
    const c = rows[r].find((x) => covers(x, gridCol));
    if (!c || isContinuation(c)) continue;
    const t = clean(c.text);
    if (t && path[path.length - 1] !== t) path.push(t);
  }
  return path;
}

/** The style of an ordinal (`I`, `1`, `2.1`, `*`, `-`, `a)`), for telling a group row from its items. */
function ordinalStyle(text: string): string | null {
  // The ordinal may have a cell of its own (`I | Quản lý`) or lead the name (`I. TÊN ĐỀ MỤC`).
  const lead = /^(\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.|[a-zđ][.)]|[*\-+•–])(?:\s|$)/u.exec(clean(text));
  const t = ORDINAL.test(clean(text)) ? clean(text) : (lead?.[1] ?? "");
  if (!t) return null;
  if (/^[IVXLC]+\.?$/.test(t)) return "roman";
  if (/^\d+\.?$/.test(t)) return "int";
  if (/^\d+(\.\d+)+\.?$/.test(t)) return `dotted${t.split(".").filter(Boolean).length}`;
  if (/^[a-zđ][.)]$/u.test(t)) return "letter";
  return t;
}

function shortLabel(text: string): string {
  const t = clean(text);
  if (t.length <= 70) return t;
  const cut = t.slice(0, 70);
  const at = Math.max(cut.lastIndexOf(","), cut.lastIndexOf(";"), cut.lastIndexOf(":"));
  return at >= 30 ? cut.slice(0, at) : `${cut.slice(0, cut.lastIndexOf(" ")).trim()}…`;
}

function kindOf(path: string[]): { kind: BlankKind; datePart: DatePart | null; unit: string | null } {
  const all = path.join(" ");
  // The innermost header that says something decides: `SL` under `Phân loại`, `Hội Nông dân` under `Số hội viên (người)`.
  for (let i = path.length - 1; i >= 0; i--) {
    const head = path[i];
    const unit = UNIT_HEAD.exec(head)?.[1]?.trim() ?? (/^%$/.test(head) ? "%" : null);
    const countUnit = unit !== null && COUNT_UNIT.test(unit);
    if (DATE_HEAD.test(head) && !NUMBER_HEAD.test(path[path.length - 1])) {
      const datePart: DatePart = /^nam( sinh)?$/.test(foldTones(path[path.length - 1])) ? "year" : "date";
      return { kind: "date", datePart, unit: null };
    }
    if ((NUMBER_HEAD.test(head) || countUnit) && !NOT_NUMBER_HEAD.test(all))
      return { kind: "number", datePart: null, unit: countUnit || unit === "%" ? unit : null };
  }
  return { kind: "text", datePart: null, unit: null };
}

/** Every empty cell that asks for a value, keyed by the paragraph it stands in. */
export function findCellBlanks(paragraphs: SnapshotParagraph[], texts: string[]): Map<number, CellBlank> {
  const out = new Map<number, CellBlank>();
  for (const table of readTables(paragraphs, texts).values()) {
    const taken = digitCells(table, out);
    checkBoxes(table, out, taken);
    dataCells(table, out, taken);
  }
  return out;
}

/** Bordered empty cells in a row whose other cells draw no box: a row of tick boxes, the option text beside or below. */
function checkBoxes(table: Table, out: Map<number, CellBlank>, taken: Set<Cell>): void {
  table.rows.forEach((row, r) => {
    const boxes = row.filter((c) => isEmpty(c) && sides(c) === 4 && !isContinuation(c) && !taken.has(c));
    const open = row.filter((c) => sides(c) <= 1);
    if (boxes.length < 2 || open.length === 0) return;
    for (const box of boxes) {
      const i = row.indexOf(box);
      const beside = [row[i + 1], row[i - 1]].find((c) => c && !isEmpty(c) && sides(c) <= 1);
      const below = table.rows[r + 1]?.find((c) => !isEmpty(c) && covers(c, box.at.gridCol));
      const option = clean((beside ?? below)?.text ?? "");
      out.set(box.paragraphs[0], {
        paragraph: box.paragraphs[0],
        label: option || `Ô ${boxes.indexOf(box) + 1}`,
        kind: "text",
        datePart: null,
        unit: null,
        cell: {
          ...coords(box),
          rowLabel: "",
          columnPath: [option],
          role: "checkbox",
        },
      });
    }
  });
}

/** Form-field cells of a table with no header (a member list laid out without lines): labelled by their row. */
function formCells(table: Table, out: Map<number, CellBlank>): void {
  for (const row of table.rows) {
    const fields = row.filter((c) => c.form && isEmpty(c) && !isContinuation(c));
    if (fields.length === 0) continue;
    const rowLabel = shortLabel(
      row
        .filter((c) => !isEmpty(c))
        .map((c) => clean(c.text))
        .join(" — "),
    );
    fields.forEach((c, k) => {
      const place = fields.length > 1 ? `ô ${k + 1}` : "";
      out.set(c.paragraphs[0], {
        paragraph: c.paragraphs[0],
        label: [rowLabel, place].filter(Boolean).join(" — ") || `Dòng ${c.at.row + 1} — ô ${k + 1}`,
        kind: "text",
        datePart: null,
        unit: null,
        cell: {
          ...coords(c),
          rowLabel,
          columnPath: [],
          role: "data",
        },
      });
    });
  }
}

/**
 * Runs of four or more empty, narrow cells of about equal width side by side after a label cell: one field per run,
 * standing in its first box. Returns the cells taken.
 */
function digitCells(table: Table, out: Map<number, CellBlank>): Set<Cell> {
  const taken = new Set<Cell>();
  // A column with its own header above (a statistics table's narrow `SL | %` columns) is not one box of a number.
  const headed = (c: Cell) =>
    table.rows
      .slice(0, c.at.row)
      .some((r) => r.some((a) => a.at.gridCol === c.at.gridCol && a.at.gridSpan === c.at.gridSpan && !isEmpty(a)));
  for (const row of table.rows) {
    let label: Cell | null = null;
    let run: Cell[] = [];
    const close = () => {
      if (label && run.length >= MIN_BOXES && run.filter(headed).length * 2 < run.length) {
        const first = run[0];
        const text = gridLabel(clean(label.text));
        for (const c of run) taken.add(c);
        out.set(first.paragraphs[0], {
          paragraph: first.paragraphs[0],
          label: text,
          kind: "text",
          datePart: null,
          unit: null,
          cell: { ...coords(first), rowLabel: text, columnPath: [], role: "data" },
          digits: run.map((c) => c.paragraphs[0]),
        });
      }
      run = [];
    };
    for (const c of row) {
      const w = c.at.widthTwips;
      const box = isEmpty(c) && !isContinuation(c) && w !== undefined && w <= MAX_BOX_TWIPS;
      const prev = run[run.length - 1];
      if (
        box &&
        (!prev || (prev.at.gridCol + prev.at.gridSpan === c.at.gridCol && sameWidth(w, run[0].at.widthTwips ?? 0)))
      )
        run.push(c);
      else {
        close();
        if (box) run.push(c);
        else if (!isEmpty(c)) label = c;
      }
    }
    close();
  }
  return taken;
}

/**
 * A table with no column headers asking one thing per row: `Họ và tên | ␣`, `Ngày sinh | ␣`. The empty cell right
 * of a short label cell is a blank named by it, where at least two rows of the table ask so.
 */
function keyValueCells(table: Table, out: Map<number, CellBlank>, taken: Set<Cell>): void {
  const pairs: Array<[Cell, Cell]> = [];
  for (const row of table.rows) {
    for (let i = 0; i + 1 < row.length; i++) {
      const [key, value] = [row[i], row[i + 1]];
      const label = clean(key.text);
      if (isEmpty(key) || !headerLike(key) || label.length > 80 || !/\p{L}{2,}/u.test(label)) continue;
      if (!isEmpty(value) || isContinuation(value) || taken.has(value) || row.some((c) => HAS_PLACEHOLDER.test(c.text)))
        continue;
      pairs.push([key, value]);
    }
  }
  if (pairs.length < 2) return;
  for (const [key, value] of pairs) {
    const label = clean(key.text).replace(/[\s:]+$/u, "");
    out.set(value.paragraphs[0], {
      paragraph: value.paragraphs[0],
      label,
      ...kindOf([label]),
      cell: { ...coords(value), rowLabel: label, columnPath: [], role: "data" },
    });
  }
}

function dataCells(table: Table, out: Map<number, CellBlank>, taken: Set<Cell>): void {
  const rows = table.rows;
  const all = rows.flat();
  // A layout table (the letter's header, a signature block) draws no grid.
  const layout = all.filter((c) => sides(c) >= 2).length * 2 < all.length;
  if (layout) return formCells(table, out);
  // A title row spanning the whole table ("BIỂU SỐ LIỆU …") may stand above the column headers.
  const width = Math.max(...all.map((c) => c.at.gridCol + c.at.gridSpan));
  let top = 0;
  while (
    top < rows.length - 1 &&
    rows[top].filter((c) => !isEmpty(c)).length <= 1 &&
    rows[top].some((c) => c.at.gridSpan >= width)
  )
    top++;
  const header = headerRows(rows, top);
  if (header === top) return keyValueCells(table, out, taken);
  const headerTexts = rows.slice(top, header).map((r) => r.map((c) => clean(c.text)).join("|"));
  const gridCols = new Set(all.map((c) => c.at.gridCol));
  const pathOf = new Map<number, string[]>();
  for (const g of gridCols) pathOf.set(g, columnPath(rows, top, header, g));
  const isOrdinalCol = (g: number): boolean =>
    ORDINAL_HEAD.test(foldTones(pathOf.get(g)?.[0] ?? "").replace(/đ/g, "d"));

  const data: number[] = [];
  for (let r = header; r < rows.length; r++) {
    const row = rows[r];
    if (row.length === 0 || isNumberRow(row)) continue;
    // A header row repeated where the table goes on over a page counts once.
    if (headerTexts.includes(row.map((c) => clean(c.text)).join("|"))) continue;
    data.push(r);
  }
  // Row-label columns: those left of the first column that holds an empty cell in a labelled data row.
  const labelCols = new Set<number>();
  for (const g of [...gridCols].sort((a, b) => a - b)) {
    if (isOrdinalCol(g)) {
      labelCols.add(g);
      continue;
    }
    const values = data.map((r) => rows[r].find((c) => c.at.gridCol === g)).filter((c): c is Cell => !!c);
    const texty = values.filter(
      (c) => !isEmpty(c) && /\p{L}{2,}/u.test(c.text) && !/^\s*[\d.,%<>\-–\s]+\s*$/u.test(c.text),
    );
    if (values.length > 0 && texty.length * 2 >= values.filter((c) => !isEmpty(c)).length && texty.length > 0)
      labelCols.add(g);
    else break;
  }

  const styles = data.map((r) => {
    // A `-` item marker reads as a dash placeholder elsewhere; here any printed mark is the row's ordinal.
    const first = rows[r].find((c) => labelCols.has(c.at.gridCol) && clean(c.text) !== "");
    return first ? ordinalStyle(first.text) : null;
  });
  const stack: string[] = [];
  let unlabelled = 0;
  data.forEach((r, k) => {
    const row = rows[r];
    const labels = row.filter((c) => labelCols.has(c.at.gridCol) && !isEmpty(c) && !isContinuation(c));
    const entries = row.filter((c) => !labelCols.has(c.at.gridCol) || isEmpty(c));
    const rowEmpty = row.every((c) => isEmpty(c));
    const style = styles[k];
    let role: BlankCell["role"] = "data";
    if (style) {
      const at = stack.indexOf(style);
      if (at >= 0) stack.length = at;
      stack.push(style);
      const next = styles[k + 1];
      if (next && !stack.includes(next)) role = "subtotal";
    }
    const name = labels.map((c) => clean(c.text)).filter((t) => !ORDINAL.test(t));
    const total = name.some((t) => TOTAL.test(t));
    if (total) role = "total";
    // A form row (a cell holding its own fill-in line) or a made choice (an X in a sibling): empty cells are layout.
    if (row.some((c) => !isEmpty(c) && (HAS_PLACEHOLDER.test(c.text) || TICK.test(c.text)))) return;
    // "……." standing for the rows that follow: the row itself is not filled.
    if (
      labels.length === 0 &&
      row.some((c) => labelCols.has(c.at.gridCol) && /[.…]{2,}/u.test(c.text) && c.text.trim())
    )
      return;
    if (!rowEmpty && labels.length === 0 && row.every((c) => isEmpty(c) || labelCols.has(c.at.gridCol))) return;
    const ordinal = labels.find((c) => ORDINAL.test(clean(c.text)));
    let rowLabel: string;
    if (labels.length === 0) rowLabel = `Dòng ${++unlabelled}`;
    else {
      const o = ordinal ? clean(ordinal.text).replace(/[.)]$/, "") : "";
      const n = shortLabel(name.join(" — "));
      rowLabel = o && /^[\dIVXLCa-zđ.]+$/u.test(o) ? (n ? `${o}. ${n}` : `Dòng ${o}`) : n || `Dòng ${o}`;
    }
    for (const c of entries) {
      if (!isEmpty(c) || isContinuation(c) || taken.has(c)) continue;
      const path = pathOf.get(c.at.gridCol) ?? [];
      if (path.length === 0) continue;
      const ordinalCell = isOrdinalCol(c.at.gridCol) || (labelCols.has(c.at.gridCol) && c === row[0] && rowEmpty);
      // An empty label cell is the row's own name to write only where the row has none (`2 | ␣ | …`).
      if (labelCols.has(c.at.gridCol) && !rowEmpty && (ordinalCell || total || name.length > 0)) continue;
      // Nothing to write for a sum in a free-text column, nor a remark on a group row.
      if (total && FREE_TEXT_HEAD.test(path[path.length - 1])) continue;
      if (role === "subtotal" && REMARKS_HEAD.test(path[path.length - 1])) continue;
      const kind = ordinalCell ? { kind: "number" as BlankKind, datePart: null, unit: null } : kindOf(path);
      out.set(c.paragraphs[0], {
        paragraph: c.paragraphs[0],
        label: `${rowLabel} — ${path.join(" — ")}`,
        ...kind,
        cell: {
          ...coords(c),
          rowLabel,
          columnPath: path,
          role: ordinalCell ? "ordinal" : role,
        },
      });
    }
  });
}
