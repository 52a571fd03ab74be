/**
 * A table's look as Word draws it, read from the XML for the view model: each side of a cell resolved in Word's
 * order (the cell's own borders, then the row's exceptions and the table's, then the table style's), widths from
 * the table grid or the preferred widths, cell margins, row heights and vertical alignment.
 */
import { childElements, firstW, isW, wAttr, type Element } from "../../docx/xml";
import type { TableStyle } from "./format";

export type Side = "top" | "left" | "bottom" | "right";

export interface Border {
  style: "solid" | "double" | "dotted" | "dashed";
  /** Points. */
  width: number;
  color: string;
}

/** A null side draws no line of its own (a neighbour's line may still stand there). */
export type CellBorders = Record<Side, Border | null>;

/** A preferred width: points, or a percentage (of the text column for a table, of the table for a cell). */
export type Width = { unit: "pt"; value: number } | { unit: "pct"; value: number };

/** Left and right cell margins, points. */
export interface CellPadding {
  left: number;
  right: number;
}

/** One layer of borders: cell-like layers name a cell's sides, table-like ones the table's edges and inside lines. */
export interface BorderLayer {
  el: Element;
  table: boolean;
}

const NAMES: Record<Side, string[]> = {
  top: ["top"],
  left: ["left", "start"],
  bottom: ["bottom"],
  right: ["right", "end"],
};
const INSIDE: Record<Side, string> = { top: "insideH", bottom: "insideH", left: "insideV", right: "insideV" };
/** A hairline is drawn one screen pixel wide, or it would vanish. */
const MIN_LINE_PT = 0.75;
/** Word's default cell margins, 108 twips left and right. */
const DEFAULT_PADDING_PT = 5.4;
const WRAPPERS = new Set(["sdt", "sdtContent", "customXml"]);

function hexColor(v: string | null): string | null {
  return v && /^[0-9a-f]{6}$/i.test(v) ? `#${v.toLowerCase()}` : null;
}

/** A border element as drawn; null for `none`/`nil`. `sz` is in eighths of a point. */
export function borderOf(el: Element): Border | null {
  const val = wAttr(el, "val") ?? "none";
  if (/^(none|nil)$/i.test(val)) return null;
  const sz = Number(wAttr(el, "sz"));
  const width = Math.max(Number.isFinite(sz) && sz > 0 ? sz / 8 : 0, MIN_LINE_PT);
  const style: Border["style"] = /double|triple|thinThick|thickThin/i.test(val)
    ? "double"
    : val === "dotted"
      ? "dotted"
      : /dash/i.test(val)
        ? "dashed"
        : "solid";
  // A double line needs room for two strokes and the gap between them.
  return {
    style,
    width: style === "double" ? Math.max(width * 3, 2.25) : width,
    color: hexColor(wAttr(el, "color")) ?? "#000000",
  };
}

/** Each side from the first layer that speaks of it; on the table's edge a table-like layer gives its edge line. */
export function resolveBorders(layers: BorderLayer[], edge: Record<Side, boolean>): CellBorders {
  const side = (s: Side): Border | null => {
    for (const { el, table } of layers) {
      const names = table && !edge[s] ? [INSIDE[s]] : NAMES[s];
      for (const n of names) {
        const b = firstW(el, n);
        if (b) return borderOf(b);
      }
    }
    return null;
  };
  return { top: side("top"), left: side("left"), bottom: side("bottom"), right: side("right") };
}

export function widthOf(el: Element | null): Width | null {
  const w = wAttr(el, "w");
  if (!el || w === null) return null;
  const type = wAttr(el, "type") ?? "dxa";
  if (type === "pct") {
    // Fiftieths of a percent, or a percentage written out ("50%").
    const v = w.endsWith("%") ? parseFloat(w) : Number(w) / 50;
    return v > 0 ? { unit: "pct", value: v } : null;
  }
  const v = Number(w) / 20;
  return type === "dxa" && v > 0 ? { unit: "pt", value: v } : null;
}

/** Column widths of the table grid, points; empty when the grid is missing or incomplete. */
export function gridOf(tbl: Element): number[] {
  const cols = childElements(firstW(tbl, "tblGrid") ?? tbl)
    .filter((g) => isW(g, "gridCol"))
    .map((g) => Number(wAttr(g, "w")) / 20);
  return cols.every((w) => w > 0) ? cols : [];
}

/** Cell margins: the cell's own, else the table's, else its style's, else Word's default. */
export function paddingOf(tcMar: Element | null, tableMar: Element[]): CellPadding {
  const side = (names: string[]): number => {
    for (const set of [tcMar, ...tableMar]) {
      for (const n of names) {
        const w = widthOf(firstW(set, n));
        if (w?.unit === "pt") return w.value;
        if (firstW(set, n)) return 0;
      }
    }
    return DEFAULT_PADDING_PT;
  };
  return { left: side(NAMES.left), right: side(NAMES.right) };
}

export function vAlignOf(tcPr: Element | null): "top" | "middle" | "bottom" {
  const v = wAttr(firstW(tcPr, "vAlign"), "val");
  return v === "center" ? "middle" : v === "bottom" ? "bottom" : "top";
}

/** The row's height in points (`w:trHeight`, twips), drawn as its least height. */
export function rowHeightOf(trPr: Element | null): number | null {
  const h = firstW(trPr, "trHeight");
  const v = Number(wAttr(h, "val")) / 20;
  return h && wAttr(h, "hRule") !== "auto" && v > 0 ? v : null;
}

export function tableAlignOf(tblPr: Element | null): "left" | "center" | "right" {
  const jc = wAttr(firstW(tblPr, "jc"), "val");
  return jc === "center" ? "center" : jc === "right" || jc === "end" ? "right" : "left";
}

/** The layers a table's cells take their borders from, in Word's order after the cell's own. */
export function tableLayers(tblPr: Element | null, style: TableStyle): BorderLayer[] {
  const own = firstW(tblPr, "tblBorders");
  return [
    ...(own ? [{ el: own, table: true }] : []),
    ...style.tcBorders.map((el) => ({ el, table: false })),
    ...style.tblBorders.map((el) => ({ el, table: true })),
  ];
}

/** Direct `w:tr` / `w:tc` children, looking through block controls and custom XML but not into nested tables. */
export function childrenW(el: Element, local: string, out: Element[] = []): Element[] {
  for (const c of childElements(el)) {
    const name = c.localName ?? "";
    if (name === local && isW(c, local)) out.push(c);
    else if (WRAPPERS.has(name) && isW(c, name)) childrenW(c, local, out);
  }
  return out;
}
