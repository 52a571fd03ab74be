/**
 * The document as the preview page draws it: plain data built from the live XML, so the React view never touches
 * XML and tests can check what will be on the page. Paragraphs are numbered like Word's `paragraphs` collection
 * (body in XML order, table cells where their table stands, then the primary header, then the primary footer) and
 * every text segment carries its offsets in Word's `paragraph.text`, so a selection on the page maps back to the
 * simulator's `{paragraph, start, end}`.
 */
import { drawnBoxes } from "../../docx/shapes";
import { paragraphText, type Piece } from "../../docx/text";
import { firstW, isW, wAttr, type Document, type Element } from "../../docx/xml";
import {
  paragraphFormat,
  paragraphStyleId,
  runFormat,
  tableStyle,
  type ParagraphFormat,
  type RunFormat,
  type StyleSheet,
} from "./format";
import {
  childrenW,
  gridOf,
  paddingOf,
  resolveBorders,
  rowHeightOf,
  tableAlignOf,
  tableLayers,
  vAlignOf,
  widthOf,
  type CellBorders,
  type CellPadding,
  type Width,
} from "./table";

/** Tag prefix of the anchors the add-in writes (content controls it created). */
export const ANCHOR_PREFIX = "dien-mau:";

export interface Segment {
  /** Offsets in the paragraph's text; a break or tab is one character, a note reference none. */
  start: number;
  end: number;
  kind: "text" | "tab" | "break" | "ref";
  text: string;
  format: RunFormat;
}

/** An inline content control: the segments between `start` and `end` sit inside it. */
export interface InlineControl {
  start: number;
  end: number;
  tag: string;
  title: string;
}

export interface ParagraphBlock {
  type: "paragraph";
  index: number;
  text: string;
  format: ParagraphFormat;
  segments: Segment[];
  controls: InlineControl[];
  /** Empty rectangles drawn as shapes anchored here (a form's number boxes), points from the text column. */
  boxes: Box[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TableCellBlock {
  colSpan: number;
  rowSpan: number;
  /** The cell's preferred width, drawn when the table has no grid. */
  width: Width | null;
  shading: string | null;
  borders: CellBorders;
  vAlign: "top" | "middle" | "bottom";
  padding: CellPadding;
  blocks: Block[];
}

export interface TableRowBlock {
  /** Points: the row's least height. */
  height: number | null;
  cells: TableCellBlock[];
}

export interface TableBlock {
  type: "table";
  /** Column widths in points, from the table grid; empty when the table has none. */
  columns: number[];
  width: Width | null;
  align: "left" | "center" | "right";
  /** Points from the text column's left edge. */
  indent: number;
  rows: TableRowBlock[];
}

export interface ControlBlock {
  type: "control";
  tag: string;
  title: string;
  blocks: Block[];
}

export type Block = ParagraphBlock | TableBlock | ControlBlock;

export interface PageLayout {
  /** Points. */
  width: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
}

export interface DocumentView {
  page: PageLayout;
  header: Block[];
  body: Block[];
  footer: Block[];
  paragraphCount: number;
}

export interface ViewSource {
  body: Element;
  header: Document | null;
  footer: Document | null;
  styles: StyleSheet;
}

const EMU_PER_PT = 12700;
const A4: PageLayout = { width: 595.3, marginLeft: 72, marginRight: 72, marginTop: 72, marginBottom: 72 };

function sdtTagTitle(sdt: Element): { tag: string; title: string } {
  const pr = firstW(sdt, "sdtPr");
  return { tag: wAttr(firstW(pr, "tag"), "val") ?? "", title: wAttr(firstW(pr, "alias"), "val") ?? "" };
}

function segmentKind(p: Piece): Segment["kind"] {
  return p.kind === "char" ? "text" : p.kind;
}

class Builder {
  private next = 0;
  constructor(private readonly styles: StyleSheet) {}

  get count(): number {
    return this.next;
  }

  story(root: Element | null | undefined): Block[] {
    return root ? this.blocks(root) : [];
  }

  private blocks(container: Element): Block[] {
    const out: Block[] = [];
    for (let c = container.firstChild; c; c = c.nextSibling) {
      if (isW(c, "p")) out.push(this.paragraph(c));
      else if (isW(c, "tbl")) out.push(this.table(c));
      else if (isW(c, "sdt")) {
        const content = firstW(c, "sdtContent");
        out.push({ type: "control", ...sdtTagTitle(c), blocks: content ? this.blocks(content) : [] });
      } else if (isW(c, "customXml")) out.push(...this.blocks(c));
    }
    return out;
  }

  private paragraph(p: Element): ParagraphBlock {
    const index = this.next++;
    const pPr = firstW(p, "pPr");
    const styleId = paragraphStyleId(this.styles, pPr);
    const pt = paragraphText(p);
    const formats = new Map<Element | null, RunFormat>();
    const formatOf = (run: Element | null): RunFormat => {
      let f = formats.get(run);
      if (!f) {
        f = runFormat(this.styles, styleId, run ? firstW(run, "rPr") : null);
        formats.set(run, f);
      }
      return f;
    };
    const segments: Segment[] = [];
    for (const piece of pt.pieces) {
      const kind = segmentKind(piece);
      const format = formatOf(piece.run);
      const last = segments[segments.length - 1];
      // Adjacent text of the same run merges, so the page holds few elements and a selection maps simply.
      if (last && kind === "text" && last.kind === "text" && last.end === piece.start && last.format === format) {
        last.text += piece.text;
        last.end = piece.end;
      } else segments.push({ start: piece.start, end: piece.end, kind, text: piece.text, format });
    }
    return {
      type: "paragraph",
      index,
      text: pt.text,
      format: paragraphFormat(this.styles, pPr),
      segments,
      controls: pt.sdts.map((s) => ({ start: s.start, end: s.end, ...sdtTagTitle(s.el) })),
      boxes: drawnBoxes(p).map((b) => ({
        x: b.x / EMU_PER_PT,
        y: b.y / EMU_PER_PT,
        width: b.width / EMU_PER_PT,
        height: b.height / EMU_PER_PT,
      })),
    };
  }

  private table(tbl: Element): TableBlock {
    const tblPr = firstW(tbl, "tblPr");
    const style = tableStyle(this.styles, wAttr(firstW(tblPr, "tblStyle"), "val"));
    const layers = tableLayers(tblPr, style);
    const margins = [firstW(tblPr, "tblCellMar"), ...style.tblCellMar].filter((m): m is Element => !!m);
    const trs = childrenW(tbl, "tr");
    const rows: TableRowBlock[] = [];
    // Vertically merged cells: the "restart" cell grows downward; its "continue" cells are not drawn.
    const open = new Map<number, TableCellBlock>();
    trs.forEach((tr, r) => {
      const trPr = firstW(tr, "trPr");
      const row: TableRowBlock = { height: rowHeightOf(trPr), cells: [] };
      const exception = firstW(firstW(tr, "tblPrEx"), "tblBorders");
      const rowLayers = exception ? [{ el: exception, table: true }, ...layers] : layers;
      let col = Math.max(0, Number(wAttr(firstW(trPr, "gridBefore"), "val")) || 0);
      // Grid columns a row skips are drawn as an empty cell without lines, so the cells after it line up.
      if (col > 0) row.cells.push(emptyCell(col));
      const tcs = childrenW(tr, "tc");
      tcs.forEach((tc, i) => {
        const tcPr = firstW(tc, "tcPr");
        const span = Math.max(1, Number(wAttr(firstW(tcPr, "gridSpan"), "val")) || 1);
        const vMerge = firstW(tcPr, "vMerge");
        const merge = vMerge ? (wAttr(vMerge, "val") ?? "continue") : null;
        const own = firstW(tcPr, "tcBorders");
        const edge = { top: r === 0, bottom: r === trs.length - 1, left: i === 0, right: i === tcs.length - 1 };
        const borders = resolveBorders(own ? [{ el: own, table: false }, ...rowLayers] : rowLayers, edge);
        const blocks = this.blocks(tc);
        const top = merge === "continue" ? open.get(col) : undefined;
        if (top) {
          top.rowSpan += 1;
          // The merged cell ends where its last piece ends, with that piece's bottom line.
          top.borders.bottom = borders.bottom;
          top.blocks.push(...blocks.filter((b) => b.type !== "paragraph" || b.text !== ""));
        } else {
          const cell: TableCellBlock = {
            colSpan: span,
            rowSpan: 1,
            width: widthOf(firstW(tcPr, "tcW")),
            shading: shadingOf(tcPr),
            borders,
            vAlign: vAlignOf(tcPr),
            padding: paddingOf(firstW(tcPr, "tcMar"), margins),
            blocks,
          };
          row.cells.push(cell);
          if (merge === "restart") open.set(col, cell);
          else open.delete(col);
        }
        col += span;
      });
      rows.push(row);
    });
    return {
      type: "table",
      columns: gridOf(tbl),
      width: widthOf(firstW(tblPr, "tblW")),
      align: tableAlignOf(tblPr),
      indent: indentOf(firstW(tblPr, "tblInd")),
      rows,
    };
  }
}

/** `w:tblInd` in points; negative pulls the table into the left margin. */
function indentOf(ind: Element | null): number {
  const v = Number(wAttr(ind, "w")) / 20;
  return (wAttr(ind, "type") ?? "dxa") === "dxa" && Number.isFinite(v) ? v : 0;
}

function emptyCell(span: number): TableCellBlock {
  return {
    colSpan: span,
    rowSpan: 1,
    width: null,
    shading: null,
    borders: { top: null, left: null, bottom: null, right: null },
    vAlign: "top",
    padding: { left: 0, right: 0 },
    blocks: [],
  };
}

function shadingOf(pr: Element | null): string | null {
  const fill = wAttr(firstW(pr, "shd"), "fill");
  return fill && /^[0-9a-f]{6}$/i.test(fill) ? `#${fill.toLowerCase()}` : null;
}

function lastSectPr(body: Element): Element | null {
  for (let c = body.lastChild; c; c = c.previousSibling) if (isW(c, "sectPr")) return c;
  return null;
}

function pageLayout(body: Element): PageLayout {
  const sectPr = lastSectPr(body);
  const pt = (el: Element | null, name: string, fallback: number) => {
    const v = Number(wAttr(el, name));
    return Number.isFinite(v) && v > 0 ? v / 20 : fallback;
  };
  const pgSz = firstW(sectPr, "pgSz");
  const pgMar = firstW(sectPr, "pgMar");
  return {
    width: pt(pgSz, "w", A4.width),
    marginLeft: pt(pgMar, "left", A4.marginLeft),
    marginRight: pt(pgMar, "right", A4.marginRight),
    marginTop: pt(pgMar, "top", A4.marginTop),
    marginBottom: pt(pgMar, "bottom", A4.marginBottom),
  };
}

export function buildView(src: ViewSource): DocumentView {
  const b = new Builder(src.styles);
  const body = b.story(src.body);
  const header = b.story(src.header?.documentElement);
  const footer = b.story(src.footer?.documentElement);
  return { page: pageLayout(src.body), header, body, footer, paragraphCount: b.count };
}

export function isAnchorTag(tag: string): boolean {
  return tag.startsWith(ANCHOR_PREFIX);
}
