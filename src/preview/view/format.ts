/**
 * The formatting the document view shows, resolved the way Word layers it: document defaults, then the paragraph
 * style chain, then the character style chain, then direct formatting. Only what the page draws is read (bold,
 * italic, underline, strike, highlight, shading, colour, size, font, vertical alignment, alignment, indents,
 * spacing); everything else is left to the browser's defaults.
 */
import { NS, childElements, firstW, isW, onOff, wAttr, type Document, type Element } from "../../docx/xml";

export interface RunFormat {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  /** CSS colour of `w:highlight`, or null. */
  highlight: string | null;
  /** CSS colour of `w:shd` fill, or null. */
  shading: string | null;
  color: string | null;
  /** Points. */
  size: number | null;
  font: string | null;
  vertAlign: "superscript" | "subscript" | null;
}

export interface ParagraphFormat {
  align: "left" | "center" | "right" | "justify";
  /** Points; negative first line means hanging. */
  indentLeft: number;
  indentRight: number;
  firstLine: number;
  spaceBefore: number;
  spaceAfter: number;
  /** A multiple of single spacing, when `w:spacing/@w:lineRule` is auto. */
  lineHeight: number | null;
  /** The paragraph has a dotted-leader tab stop: its TABs are drawn as dot leaders. */
  dotLeader: boolean;
}

interface StyleDef {
  basedOn: string | null;
  pPr: Element | null;
  rPr: Element | null;
  /** A table style's whole-table properties (`w:tblPr`, `w:tcPr`). */
  tblPr: Element | null;
  tcPr: Element | null;
}

export interface StyleSheet {
  byId: Map<string, StyleDef>;
  defaultParagraph: string | null;
  defaultRPr: Element | null;
  defaultPPr: Element | null;
}

/** Word's named highlight colours (ST_HighlightColor). */
const HIGHLIGHT: Record<string, string> = {
  yellow: "#ffff00",
  green: "#00ff00",
  cyan: "#00ffff",
  magenta: "#ff00ff",
  blue: "#0000ff",
  red: "#ff0000",
  darkBlue: "#000080",
  darkCyan: "#008080",
  darkGreen: "#008000",
  darkMagenta: "#800080",
  darkRed: "#800000",
  darkYellow: "#808000",
  darkGray: "#808080",
  lightGray: "#c0c0c0",
  black: "#000000",
  white: "#ffffff",
};

const MAX_CHAIN = 12;

export function highlightColor(name: string | null): string | null {
  if (!name || name === "none") return null;
  return HIGHLIGHT[name] ?? null;
}

function hexColor(v: string | null): string | null {
  return v && /^[0-9a-f]{6}$/i.test(v) ? `#${v.toLowerCase()}` : null;
}

export function readStyleSheet(doc: Document | null): StyleSheet {
  const sheet: StyleSheet = { byId: new Map(), defaultParagraph: null, defaultRPr: null, defaultPPr: null };
  const root = doc?.documentElement;
  if (!root) return sheet;
  const defaults = firstW(root, "docDefaults");
  sheet.defaultRPr = firstW(firstW(defaults, "rPrDefault"), "rPr");
  sheet.defaultPPr = firstW(firstW(defaults, "pPrDefault"), "pPr");
  for (const el of childElements(root)) {
    if (!isW(el, "style")) continue;
    const id = wAttr(el, "styleId") ?? "";
    sheet.byId.set(id, {
      basedOn: wAttr(firstW(el, "basedOn"), "val"),
      pPr: firstW(el, "pPr"),
      rPr: firstW(el, "rPr"),
      tblPr: firstW(el, "tblPr"),
      tcPr: firstW(el, "tcPr"),
    });
    if (wAttr(el, "type") === "paragraph" && /^(1|true|on)$/i.test(wAttr(el, "default") ?? "")) {
      sheet.defaultParagraph = id;
    }
  }
  return sheet;
}

/** The style chain, outermost base first, so later layers override earlier ones. */
function chain(sheet: StyleSheet, id: string | null): StyleDef[] {
  const out: StyleDef[] = [];
  const seen = new Set<string>();
  let cur = id;
  while (cur && !seen.has(cur) && out.length < MAX_CHAIN) {
    seen.add(cur);
    const s = sheet.byId.get(cur);
    if (!s) break;
    out.push(s);
    cur = s.basedOn;
  }
  return out.reverse();
}

function applyRPr(f: RunFormat, rPr: Element | null): void {
  if (!rPr) return;
  for (const c of childElements(rPr)) {
    if (c.namespaceURI !== NS.w) continue;
    switch (c.localName) {
      case "b":
        f.bold = onOff(c);
        break;
      case "i":
        f.italic = onOff(c);
        break;
      case "u":
        f.underline = (wAttr(c, "val") ?? "single") !== "none";
        break;
      case "strike":
      case "dstrike":
        f.strike = onOff(c);
        break;
      case "highlight":
        f.highlight = highlightColor(wAttr(c, "val"));
        break;
      case "shd":
        f.shading = hexColor(wAttr(c, "fill"));
        break;
      case "color":
        f.color = hexColor(wAttr(c, "val"));
        break;
      case "sz": {
        const v = Number(wAttr(c, "val"));
        if (Number.isFinite(v) && v > 0) f.size = v / 2;
        break;
      }
      case "rFonts":
        f.font = wAttr(c, "ascii") ?? wAttr(c, "hAnsi") ?? f.font;
        break;
      case "vertAlign": {
        const v = wAttr(c, "val");
        f.vertAlign = v === "superscript" || v === "subscript" ? v : null;
        break;
      }
      default:
        break;
    }
  }
}

function twipsToPt(v: string | null): number | null {
  const n = Number(v);
  return v !== null && Number.isFinite(n) ? n / 20 : null;
}

function applyPPr(f: ParagraphFormat, pPr: Element | null): void {
  if (!pPr) return;
  const jc = wAttr(firstW(pPr, "jc"), "val");
  if (jc) {
    f.align =
      jc === "center"
        ? "center"
        : jc === "right" || jc === "end"
          ? "right"
          : jc === "both" || jc === "distribute"
            ? "justify"
            : "left";
  }
  const ind = firstW(pPr, "ind");
  if (ind) {
    f.indentLeft = twipsToPt(wAttr(ind, "left") ?? wAttr(ind, "start")) ?? f.indentLeft;
    f.indentRight = twipsToPt(wAttr(ind, "right") ?? wAttr(ind, "end")) ?? f.indentRight;
    const hanging = twipsToPt(wAttr(ind, "hanging"));
    const first = twipsToPt(wAttr(ind, "firstLine"));
    if (hanging !== null) f.firstLine = -hanging;
    else if (first !== null) f.firstLine = first;
  }
  const spacing = firstW(pPr, "spacing");
  if (spacing) {
    f.spaceBefore = twipsToPt(wAttr(spacing, "before")) ?? f.spaceBefore;
    f.spaceAfter = twipsToPt(wAttr(spacing, "after")) ?? f.spaceAfter;
    const line = Number(wAttr(spacing, "line"));
    const rule = wAttr(spacing, "lineRule") ?? "auto";
    if (rule === "auto" && Number.isFinite(line) && line > 0) f.lineHeight = line / 240;
  }
  const tabs = firstW(pPr, "tabs");
  if (tabs) {
    for (const t of childElements(tabs)) {
      const leader = wAttr(t, "leader");
      if (isW(t, "tab") && leader && leader !== "none" && wAttr(t, "val") !== "clear") f.dotLeader = true;
    }
  }
}

export function paragraphFormat(sheet: StyleSheet, pPr: Element | null): ParagraphFormat {
  const f: ParagraphFormat = {
    align: "left",
    indentLeft: 0,
    indentRight: 0,
    firstLine: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    lineHeight: null,
    dotLeader: false,
  };
  applyPPr(f, sheet.defaultPPr);
  for (const s of chain(sheet, paragraphStyleId(sheet, pPr))) applyPPr(f, s.pPr);
  applyPPr(f, pPr);
  return f;
}

export function paragraphStyleId(sheet: StyleSheet, pPr: Element | null): string | null {
  return wAttr(firstW(pPr, "pStyle"), "val") ?? sheet.defaultParagraph;
}

/** Run formatting; `paragraphStyle` is the paragraph's style id, whose run properties apply to its runs. */
export function runFormat(sheet: StyleSheet, paragraphStyle: string | null, rPr: Element | null): RunFormat {
  const f: RunFormat = {
    bold: false,
    italic: false,
    underline: false,
    strike: false,
    highlight: null,
    shading: null,
    color: null,
    size: null,
    font: null,
    vertAlign: null,
  };
  applyRPr(f, sheet.defaultRPr);
  for (const s of chain(sheet, paragraphStyle)) applyRPr(f, s.rPr);
  for (const s of chain(sheet, wAttr(firstW(rPr, "rStyle"), "val"))) applyRPr(f, s.rPr);
  applyRPr(f, rPr);
  return f;
}

/**
 * What a table takes from its style chain, nearest style first: a style may set some sides of a border and leave
 * the others to the style it is based on.
 */
export interface TableStyle {
  tblBorders: Element[];
  tcBorders: Element[];
  tblCellMar: Element[];
}

export function tableStyle(sheet: StyleSheet, id: string | null): TableStyle {
  const out: TableStyle = { tblBorders: [], tcBorders: [], tblCellMar: [] };
  for (const s of chain(sheet, id).reverse()) {
    const add = (list: Element[], el: Element | null) => el && list.push(el);
    add(out.tblBorders, firstW(s.tblPr, "tblBorders"));
    add(out.tblCellMar, firstW(s.tblPr, "tblCellMar"));
    add(out.tcBorders, firstW(s.tcPr, "tcBorders"));
  }
  return out;
}
