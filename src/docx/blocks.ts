/**
 * Paragraphs of a story (body, header, footer, text box) in Word's `paragraphs` order: the order of `w:p` in the
 * XML, table-cell paragraphs where their table stands (nested tables too), block content controls opened.
 * Paragraphs inside text boxes are not visited: they are nested in a `w:p` and the walk never enters one.
 */
import { firstW, isW, type Element } from "./xml";

export interface BlockParagraph {
  p: Element;
  /** Table nesting level: 0 outside tables. */
  nesting: number;
  /** The innermost `w:tc` holding the paragraph, if any. */
  cell: Element | null;
  /** Where that cell stands: tables counted in the story from 0 in order of their start, rows and cells as elements. */
  at: CellAt | null;
}

export interface CellAt {
  table: number;
  row: number;
  col: number;
  tbl: Element;
  tr: Element;
}

interface TableWalk {
  table: number;
  tbl: Element;
  row: number;
  col: number;
  tr: Element | null;
}

export interface BlockSdt {
  el: Element;
  /** Index (in the story's list) of its first paragraph, and one past its last. */
  first: number;
  last: number;
}

const OPENED = new Set(["tr", "sdtContent", "customXml", "tbl", "tc", "body", "hdr", "ftr", "txbxContent"]);

export function storyParagraphs(root: Element): { paragraphs: BlockParagraph[]; sdts: BlockSdt[]; tables: number } {
  const paragraphs: BlockParagraph[] = [];
  const sdts: BlockSdt[] = [];
  let tables = 0;
  // Rows and cells may stand inside block controls or custom XML: the counters live with the table, not the parent.
  const walk = (el: Element, nesting: number, cell: Element | null, tw: TableWalk | null, at: CellAt | null) => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (isW(c, "p")) paragraphs.push({ p: c, nesting, cell, at });
      else if (isW(c, "tbl")) walk(c, nesting + 1, cell, { table: tables++, tbl: c, row: -1, col: -1, tr: null }, at);
      else if (isW(c, "tr") && tw) {
        tw.row++;
        tw.col = -1;
        tw.tr = c;
        walk(c, nesting, cell, tw, at);
      } else if (isW(c, "tc")) {
        if (!tw?.tr) walk(c, nesting, c, tw, at);
        else {
          tw.col++;
          walk(c, nesting, c, tw, { table: tw.table, row: tw.row, col: tw.col, tbl: tw.tbl, tr: tw.tr });
        }
      } else if (isW(c, "sdt")) {
        const entry: BlockSdt = { el: c, first: paragraphs.length, last: paragraphs.length };
        sdts.push(entry);
        for (let s = c.firstChild; s; s = s.nextSibling) if (isW(s, "sdtContent")) walk(s, nesting, cell, tw, at);
        entry.last = paragraphs.length;
      } else if (c.localName && OPENED.has(c.localName) && isW(c, c.localName)) walk(c, nesting, cell, tw, at);
    }
  };
  walk(root, 0, null, null, null);
  return { paragraphs, sdts, tables };
}

/** The section properties that govern the first page: the first paragraph-level sectPr, else the body's last. */
export function firstSectPr(body: Element): Element | null {
  for (const { p } of storyParagraphs(body).paragraphs) {
    const s = firstW(firstW(p, "pPr"), "sectPr");
    if (s) return s;
  }
  for (let c = body.lastChild; c; c = c.previousSibling) if (isW(c, "sectPr")) return c;
  return null;
}
