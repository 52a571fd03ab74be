/**
 * Which TABs of a paragraph draw a leader. Word places a TAB at the first tab stop beyond the current pen
 * position; the reader can't lay text out, so it estimates the pen position:
 *   - the pen starts at the first-line indent and returns to the left indent after a line break (`\v`);
 *   - every character advances it by 0.4 em of its run's font size (a deliberately narrow estimate, so that a
 *     TAB is credited to the stop it most likely reaches rather than skipping past it);
 *   - when the pen passes the line width (the cell or text width), it wraps to the next line;
 *   - a TAB jumps to the first stop strictly beyond the pen; that stop's leader decides. With no stop beyond the
 *     pen the TAB uses default stops, which have no leader;
 *   - the text after a TAB, up to the next TAB or line break, starts at a left stop, ends at a right one, centres
 *     on a centre one and puts its decimal point (the last `.` or `,` before a digit; none: its end) on a decimal
 *     one, never starting before the pen.
 * In short: a TAB counts as a leader TAB when the paragraph has a leader stop at or beyond its estimated
 * position and no leaderless stop comes first. A table of contents' leaders are never blanks.
 */
import { sdtProps } from "./sdt";
import { effectiveTabs, readTabs, styleName, styleSize, type Styles, type TabStop } from "./styles";
import type { ParagraphText } from "./text";
import { firstW, isW, wAttr, type Element } from "./xml";

const EM_FRACTION = 0.4;

export interface LayoutContext {
  styles: Styles;
  /** Usable line width in twips (text area or table cell). */
  lineWidth: number;
}

function num(v: string | null): number {
  const n = v === null ? NaN : Number(v);
  return Number.isFinite(n) ? n : 0;
}

function runSize(run: Element | null, fallback: number): number {
  const sz = firstW(firstW(run, "rPr"), "sz");
  const v = sz ? num(wAttr(sz, "val")) : 0;
  return v > 0 ? v : fallback;
}

export function hasLeader(stop: TabStop | undefined): boolean {
  return !!stop && !!stop.leader && stop.leader !== "none";
}

export function leaderTabOffsets(p: Element, pt: ParagraphText, ctx: LayoutContext): number[] {
  if (!pt.pieces.some((x) => x.kind === "tab")) return [];
  const pPr = firstW(p, "pPr");
  const styleId = wAttr(firstW(pPr, "pStyle"), "val");
  const stops = effectiveTabs(ctx.styles, styleId, readTabs(pPr));
  if (!stops.some(hasLeader) || tableOfContents(p, ctx.styles, styleId)) return [];
  const ind = firstW(pPr, "ind");
  const left = num(wAttr(ind, "left") ?? wAttr(ind, "start"));
  const first = num(wAttr(ind, "firstLine")) - num(wAttr(ind, "hanging"));
  const paraSize = styleSize(ctx.styles, styleId) ?? ctx.styles.defaultSize;
  const width = Math.max(ctx.lineWidth, 1440);
  const out: number[] = [];
  let x = left + first;
  // The text after a right, centre or decimal stop: where it stands is known at its end.
  let aligned: Aligned | null = null;
  for (const piece of pt.pieces) {
    if (aligned && (piece.kind === "break" || piece.kind === "tab")) {
      x = alignedEnd(aligned);
      if (x > width) x = left + (x - width);
      aligned = null;
    }
    if (piece.kind === "break") x = left;
    else if (piece.kind === "tab") {
      const stop = stops.find((s) => s.pos > x);
      if (stop) {
        if (hasLeader(stop)) out.push(piece.start);
        if (ALIGNED.has(stop.align)) aligned = { stop, from: x, chars: [] };
        x = stop.pos;
      } else x += 720 - (x % 720);
    } else {
      const w = runSize(piece.run, paraSize) * 10 * EM_FRACTION;
      if (aligned) for (const ch of piece.text) aligned.chars.push([ch, w]);
      else x += piece.text.length * w;
    }
    if (x > width) x = left + (x - width);
  }
  return out;
}

const ALIGNED = new Set(["right", "end", "center", "decimal"]);

interface Aligned {
  stop: TabStop;
  /** The pen before the TAB: the text never starts left of it. */
  from: number;
  /** Each character of the text after the TAB with its estimated width. */
  chars: Array<[string, number]>;
}

/** The pen after the text of an aligned stop. */
function alignedEnd({ stop, from, chars }: Aligned): number {
  const total = chars.reduce((s, [, w]) => s + w, 0);
  let after = 0;
  if (stop.align === "center") after = total / 2;
  else if (stop.align === "decimal") {
    const text = chars.map(([ch]) => ch).join("");
    const point = text.search(/[.,]\d(?!.*[.,]\d)/);
    if (point >= 0) for (let i = point; i < chars.length; i++) after += chars[i][1];
  }
  return Math.max(stop.pos + after, from + total);
}

/**
 * An entry of a table of contents, whose leaders run to page numbers: a paragraph in one of Word's TOC styles (a
 * TOC field writes its entries in them) or in the control Word puts a table of contents in.
 */
function tableOfContents(p: Element, styles: Styles, styleId: string | null): boolean {
  if (/^toc [1-9]$/i.test(styleName(styles, styleId).trim())) return true;
  for (let n = p.parentNode; n; n = n.parentNode)
    if (isW(n, "sdt") && /^table of contents$/i.test(sdtProps(n).gallery ?? "")) return true;
  return false;
}

/** Text width of the section (page width minus margins), in twips. */
export function sectionLineWidth(sectPr: Element | null): number {
  const pgSz = firstW(sectPr, "pgSz");
  const mar = firstW(sectPr, "pgMar");
  const w = num(wAttr(pgSz, "w")) || 11906;
  const l = num(wAttr(mar, "left") ?? wAttr(mar, "start")) || 1440;
  const r = num(wAttr(mar, "right") ?? wAttr(mar, "end")) || 1440;
  return w - l - r;
}

/** A table cell's width when given in twips; otherwise the caller's width. */
export function cellWidth(cell: Element | null, fallback: number): number {
  const tcW = firstW(firstW(cell, "tcPr"), "tcW");
  if (tcW && (wAttr(tcW, "type") ?? "dxa") === "dxa") {
    const w = num(wAttr(tcW, "w"));
    if (w > 0) return w;
  }
  return fallback;
}
