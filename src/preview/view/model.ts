/**
 * The document as the preview page draws it: plain data built from the live XML, so the React view never touches
 * XML and tests can check what will be on the page. Paragraphs are numbered like Word's `paragraphs` collection
 * (body in XML order, table cells where their table stands, then the primary header, then the primary footer) and
 * every text segment carries its offsets in Word's `paragraph.text`, so a selection on the page maps back to the
 * simulator's `{paragraph, start, end}`.
 */
import { paragraphText, type Piece } from "../../docx/text";
import { firstW, isW, wAttr, type Document, type Element } from "../../docx/xml";
import {
  paragraphFormat,
  paragraphStyleId,
  runFormat,
  type ParagraphFormat,
  type RunFormat,
  type StyleSheet,
} from "./format";

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
}

export interface TableCellBlock {
  colSpan: number;
  rowSpan: number;
  /** Points, when the cell states a width in twips. */
  width: number | null;
  shading: string | null;
  blocks: Block[];
}

export interface TableBlock {
  type: "table";
  bordered: boolean;
  rows: TableCellBlock[][];
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
    };
  }

  private table(tbl: Element): TableBlock {
    const borders = firstW(firstW(tbl, "tblPr"), "tblBorders");
    const bordered = !!borders && [...childNodesW(borders)].some((b) => (wAttr(b, "val") ?? "none") !== "none");
    const rows: TableCellBlock[][] = [];
    // Vertically merged cells: the "restart" cell grows downward; its "continue" cells are not drawn.
    const open = new Map<number, TableCellBlock>();
    for (const tr of childNodesW(tbl)) {
      if (!isW(tr, "tr")) continue;
      const row: TableCellBlock[] = [];
      let col = 0;
      for (const tc of childNodesW(tr)) {
        if (!isW(tc, "tc")) continue;
        const tcPr = firstW(tc, "tcPr");
        const span = Math.max(1, Number(wAttr(firstW(tcPr, "gridSpan"), "val")) || 1);
        const vMerge = firstW(tcPr, "vMerge");
        const merge = vMerge ? (wAttr(vMerge, "val") ?? "continue") : null;
        const blocks = this.blocks(tc);
        if (merge === "continue" && open.has(col)) {
          const top = open.get(col)!;
          top.rowSpan += 1;
          top.blocks.push(...blocks.filter((b) => b.type !== "paragraph" || b.text !== ""));
        } else {
          const w = firstW(tcPr, "tcW");
          const width = w && (wAttr(w, "type") ?? "dxa") === "dxa" ? Number(wAttr(w, "w")) / 20 || null : null;
          const cell: TableCellBlock = {
            colSpan: span,
            rowSpan: 1,
            width,
            shading: shadingOf(tcPr),
            blocks,
          };
          row.push(cell);
          if (merge === "restart") open.set(col, cell);
          else open.delete(col);
        }
        col += span;
      }
      rows.push(row);
    }
    return { type: "table", bordered, rows };
  }
}

function shadingOf(pr: Element | null): string | null {
  const fill = wAttr(firstW(pr, "shd"), "fill");
  return fill && /^[0-9a-f]{6}$/i.test(fill) ? `#${fill.toLowerCase()}` : null;
}

function* childNodesW(el: Element): Generator<Element> {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) yield c as Element;
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
