/**
 * A table cell's place and look for the snapshot (`SnapshotCell`): grid column and span, vertical merge, width, the
 * header-row flag, which sides draw a line, and list numbering. The engine reads tables from these, never the XML.
 */
import type { SnapshotCell } from "../core/types";
import type { CellAt } from "./blocks";
import { styleTableBorders, type Styles } from "./styles";
import { childElements, firstW, isW, onOff, wAttr, type Element } from "./xml";

type Side = "top" | "left" | "bottom" | "right";

interface TableInfo {
  grid: number[];
  own: Element | null;
  style: Element | null;
  rows: number;
}

/** One per snapshot: tables and rows are looked at once, whatever the number of their paragraphs. */
export class CellReader {
  private readonly tables = new Map<Element, TableInfo>();
  private readonly rows = new Map<Element, Element[]>();

  constructor(private readonly styles: Styles) {}

  read(at: CellAt, tc: Element, p: Element, tableBase: number): SnapshotCell {
    const table = this.table(at.tbl);
    const cells = this.cells(at.tr);
    const tcPr = firstW(tc, "tcPr");
    const span = (c: Element) => Math.max(1, Number(wAttr(firstW(firstW(c, "tcPr"), "gridSpan"), "val")) || 1);
    let gridCol = Number(wAttr(firstW(firstW(at.tr, "trPr"), "gridBefore"), "val")) || 0;
    for (const c of cells) {
      if (c === tc) break;
      gridCol += span(c);
    }
    const gridSpan = span(tc);
    const out: SnapshotCell = { table: tableBase + at.table, row: at.row, col: at.col, gridCol, gridSpan };
    const vm = firstW(tcPr, "vMerge");
    if (vm) out.vMerge = wAttr(vm, "val") === "restart" ? "restart" : "continue";
    const width = this.width(table, gridCol, gridSpan, tcPr);
    if (width !== undefined) out.widthTwips = width;
    if (onOff(firstW(firstW(at.tr, "trPr"), "tblHeader"))) out.header = true;
    const edge = {
      top: at.row === 0,
      bottom: at.row === table.rows - 1,
      left: gridCol === 0,
      right: table.grid.length > 0 && gridCol + gridSpan >= table.grid.length,
    };
    const own = firstW(tcPr, "tcBorders");
    const side = (s: Side): boolean => {
      const names = s === "left" ? ["left", "start"] : s === "right" ? ["right", "end"] : [s];
      const inner = s === "top" || s === "bottom" ? "insideH" : "insideV";
      for (const set of [own, table.own, table.style]) {
        const el = names.map((n) => firstW(set, set === own || edge[s] ? n : inner)).find((e) => e) ?? null;
        if (el) return drawn(el);
      }
      return false;
    };
    out.borders = { top: side("top"), left: side("left"), bottom: side("bottom"), right: side("right") };
    const numId = wAttr(firstW(firstW(firstW(p, "pPr"), "numPr"), "numId"), "val");
    if (numId !== null && numId !== "0") out.numbered = true;
    return out;
  }

  private table(tbl: Element): TableInfo {
    let info = this.tables.get(tbl);
    if (!info) {
      const tblPr = firstW(tbl, "tblPr");
      info = {
        grid: childElements(firstW(tbl, "tblGrid") ?? tbl)
          .filter((g) => isW(g, "gridCol"))
          .map((g) => Number(wAttr(g, "w")) || 0),
        own: firstW(tblPr, "tblBorders"),
        style: styleTableBorders(this.styles, wAttr(firstW(tblPr, "tblStyle"), "val")),
        rows: rowsOf(tbl).length,
      };
      this.tables.set(tbl, info);
    }
    return info;
  }

  private cells(tr: Element): Element[] {
    let list = this.rows.get(tr);
    if (!list) {
      list = [];
      collect(tr, "tc", list);
      this.rows.set(tr, list);
    }
    return list;
  }

  private width(table: TableInfo, gridCol: number, gridSpan: number, tcPr: Element | null): number | undefined {
    const cols = table.grid.slice(gridCol, gridCol + gridSpan);
    if (cols.length === gridSpan && cols.every((w) => w > 0)) return cols.reduce((a, b) => a + b, 0);
    const tcW = firstW(tcPr, "tcW");
    const w = Number(wAttr(tcW, "w"));
    return tcW && (wAttr(tcW, "type") ?? "dxa") === "dxa" && w > 0 ? w : undefined;
  }
}

function drawn(border: Element): boolean {
  const v = wAttr(border, "val");
  return v !== null && !/^(nil|none)$/i.test(v);
}

const WRAPPERS = new Set(["sdt", "sdtContent", "customXml"]);

/** Direct `w:tr` / `w:tc` children, looking through block controls and custom XML but not into nested tables. */
function collect(el: Element, local: string, out: Element[]): void {
  for (const c of childElements(el)) {
    const name = c.localName ?? "";
    if (name === local && isW(c, local)) out.push(c);
    else if (WRAPPERS.has(name)) collect(c, local, out);
  }
}

function rowsOf(tbl: Element): Element[] {
  const out: Element[] = [];
  collect(tbl, "tr", out);
  return out;
}
