/**
 * Tables (WordApi 1.3): a cell's row and table, a row's cells, and new rows made from an existing one. A new row is
 * a copy of its template row's cells (their properties, widths and borders) with each cell one empty paragraph that
 * keeps the first paragraph's properties: the stricter reading of Word's "using this row as a template", which does
 * not say that the template's text or marks are copied, so none are. `values` fill the new cells as plain runs.
 */
import { NS, firstW, isW, type Document, type Element } from "../../docx/xml";
import { SimCollection, SimObject, type SimContext } from "./context";
import { SimError } from "./errors";
import { makeRun } from "./store";

const children = (el: Element, local: string): Element[] => {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (isW(c, local)) out.push(c as Element);
  return out;
};

/** `el`'s children named `local` as Word counts them: direct ones, and those wrapped in a control (a cell-level or
 * row-level `w:sdt`). */
function partsOf(el: Element, local: "tc" | "tr"): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (isW(c, local)) out.push(c as Element);
    else if (isW(c, "sdt")) out.push(...children(firstW(c as Element, "sdtContent") ?? (c as Element), local));
  }
  return out;
}

const cellsOf = (tr: Element): Element[] => partsOf(tr, "tc");
const rowsOf = (tbl: Element): Element[] => partsOf(tbl, "tr");

/** An empty row shaped like `tr`, its cells filled from `values` (at most as many as the row has cells). */
function rowLike(tr: Element, values: string[] | undefined): Element {
  const doc = tr.ownerDocument as Document;
  const cells = cellsOf(tr);
  if (values && values.length > cells.length) {
    throw new SimError("InvalidArgument", "A row of values is longer than the row has cells.");
  }
  const row = doc.createElementNS(NS.w, "w:tr");
  for (const attr of ["tblPrEx", "trPr"]) {
    const el = firstW(tr, attr);
    if (el) row.appendChild(el.cloneNode(true));
  }
  cells.forEach((tc, i) => {
    const cell = doc.createElementNS(NS.w, "w:tc");
    const tcPr = firstW(tc, "tcPr");
    if (tcPr) cell.appendChild(tcPr.cloneNode(true));
    const p = doc.createElementNS(NS.w, "w:p");
    const pPr = firstW(firstW(tc, "p"), "pPr");
    if (pPr) p.appendChild(pPr.cloneNode(true));
    const text = values?.[i];
    if (text) p.appendChild(makeRun(doc, null, text));
    cell.appendChild(p);
    row.appendChild(cell);
  });
  return row;
}

/**
 * An object standing for one element of the table (a table, a row, a cell): null until the operation that finds it
 * ran, then a null object when there is none.
 */
export abstract class SimTablePart extends SimObject {
  constructor(
    context: SimContext,
    protected el: Element | null,
  ) {
    super(context);
    this.nullObject = el ? false : undefined;
  }

  resolve(el: Element | null): void {
    this.el = el;
    this.nullObject = !el;
  }

  /** The element, for an operation that needs it: a null object's (a paragraph outside a table) fails as Word's. */
  protected element(): Element {
    if (!this.el) throw new SimError("ItemNotFound", "The requested table object was not found.");
    return this.el;
  }

  /**
   * Queues new rows (WordApi 1.3) at one of the places `where` maps to a template row and a side of it; the rows
   * made, once the batch ran.
   */
  protected rowsAt(
    what: string,
    location: string,
    where: Record<string, () => [Element | undefined, "Before" | "After"]>,
    count: number,
    values: string[][] | undefined,
  ): SimTableRowCollection {
    this.needs("1.3", what);
    const out = new SimTableRowCollection(this.context);
    this.op(() => {
      const place = Object.hasOwn(where, location) ? where[location] : undefined;
      if (!place) throw new SimError("InvalidArgument", `Rows can't be put at '${location}'.`);
      const [template, side] = place();
      out.resolveItems(insertRows(this.context, template, side, count, values));
    }, true);
    return out;
  }
}

export class SimTable extends SimTablePart {
  protected scalars(): readonly string[] {
    return ["rowCount"];
  }

  protected read(prop: string): unknown {
    if (prop === "rowCount") return rowsOf(this.element()).length;
    throw new SimError("InvalidArgument", `Unknown property '${prop}'.`);
  }

  get rowCount(): number {
    return this.get_("rowCount");
  }

  /** New rows at the start or the end, made from the first or the last row. */
  addRows(insertLocation: string, rowCount: number, values?: string[][]): SimTableRowCollection {
    const rows = () => rowsOf(this.element());
    return this.rowsAt(
      "Table.addRows",
      insertLocation,
      { Start: () => [rows()[0], "Before"], End: () => [rows().at(-1), "After"] },
      rowCount,
      values,
    );
  }
}

export class SimTableRow extends SimTablePart {
  protected scalars(): readonly string[] {
    return ["cellCount", "rowIndex"];
  }

  protected read(prop: string): unknown {
    const tr = this.element();
    if (prop === "cellCount") return cellsOf(tr).length;
    if (prop === "rowIndex") return rowsOf(tr.parentNode as Element).indexOf(tr);
    throw new SimError("InvalidArgument", `Unknown property '${prop}'.`);
  }

  get cellCount(): number {
    return this.get_("cellCount");
  }
  get rowIndex(): number {
    return this.get_("rowIndex");
  }

  /** New rows before or after this one, made from it. */
  insertRows(insertLocation: string, rowCount: number, values?: string[][]): SimTableRowCollection {
    const here = (side: "Before" | "After") => (): [Element, "Before" | "After"] => [this.element(), side];
    return this.rowsAt(
      "TableRow.insertRows",
      insertLocation,
      { Before: here("Before"), After: here("After") },
      rowCount,
      values,
    );
  }
}

function insertRows(
  context: SimContext,
  template: Element | undefined,
  where: "Before" | "After",
  count: number,
  values: string[][] | undefined,
): SimTableRow[] {
  if (!template) throw new SimError("ItemNotFound", "The table has no row to copy.");
  if (!Number.isInteger(count) || count < 1) throw new SimError("InvalidArgument", "rowCount must be at least 1.");
  const store = context.core.store;
  const made: SimTableRow[] = [];
  let anchor: Element | null = where === "After" ? (template.nextSibling as Element | null) : template;
  for (let i = 0; i < count; i++) {
    const row = rowLike(template, values?.[i]);
    template.parentNode!.insertBefore(row, anchor);
    if (where === "Before") anchor = template;
    made.push(new SimTableRow(context, row));
  }
  store.invalidateStructure();
  store.markDirty(template);
  return made;
}

export class SimTableRowCollection extends SimCollection<SimTableRow> {
  constructor(context: SimContext) {
    super(context);
  }
}

/** The nearest element above `el` named `local`. */
function above(el: Element | null | undefined, local: string): Element | null {
  let up = (el?.parentNode ?? null) as Element | null;
  while (up && !(up.namespaceURI === NS.w && up.localName === local)) up = up.parentNode as Element | null;
  return up;
}

/** The row a `w:tc` stands in (above a cell-level control, where one wraps it). */
export function rowOf(tc: Element | null): Element | null {
  return above(tc, "tr");
}

export function tableOf(tc: Element | null): Element | null {
  return above(rowOf(tc), "tbl");
}
