/**
 * What the reader needs from `word/styles.xml`: built-in heading levels, tab stops inherited through `w:basedOn`,
 * character styles that make runs superscript, and each style's built-in name (for Word's `styleBuiltIn`).
 */
import { childElements, firstW, isW, wAttr, type Document, type Element } from "./xml";

export interface TabStop {
  /** Twips from the paragraph's left edge (text indent ignored). */
  pos: number;
  /** `left`, `right`, `center`, `decimal`, `bar`, `clear`, … */
  align: string;
  /** `none`, `dot`, `hyphen`, `underscore`, `heavy`, `middleDot`, or null when absent. */
  leader: string | null;
}

export interface StyleInfo {
  id: string;
  name: string;
  type: string;
  basedOn: string | null;
  tabs: TabStop[];
  superscript: boolean | null;
  /** Half-points, from the style's run properties. */
  size: number | null;
  /** A table style's borders (`w:tblPr/w:tblBorders`). */
  tableBorders: Element | null;
}

export interface Styles {
  byId: Map<string, StyleInfo>;
  defaultParagraph: string | null;
  /** Document default run size (half-points). */
  defaultSize: number;
}

const MAX_CHAIN = 12;

export function readTabs(pPr: Element | null): TabStop[] {
  const tabs = firstW(pPr, "tabs");
  if (!tabs) return [];
  return childElements(tabs)
    .filter((t) => isW(t, "tab"))
    .map((t) => ({
      pos: Number(wAttr(t, "pos") ?? 0) || 0,
      align: wAttr(t, "val") ?? "left",
      leader: wAttr(t, "leader"),
    }));
}

function halfPoints(rPr: Element | null): number | null {
  const sz = firstW(rPr, "sz");
  const v = sz ? Number(wAttr(sz, "val")) : NaN;
  return Number.isFinite(v) && v > 0 ? v : null;
}

export function parseStyles(doc: Document | null): Styles {
  const styles: Styles = { byId: new Map(), defaultParagraph: null, defaultSize: 20 };
  if (!doc) return styles;
  const root = doc.documentElement;
  if (!root) return styles;
  const docDefaults = firstW(root, "docDefaults");
  const defSize = halfPoints(firstW(firstW(docDefaults, "rPrDefault"), "rPr"));
  if (defSize) styles.defaultSize = defSize;
  for (const el of childElements(root)) {
    if (!isW(el, "style")) continue;
    const id = wAttr(el, "styleId") ?? "";
    const type = wAttr(el, "type") ?? "paragraph";
    const rPr = firstW(el, "rPr");
    const vert = firstW(rPr, "vertAlign");
    const info: StyleInfo = {
      id,
      name: wAttr(firstW(el, "name"), "val") ?? id,
      type,
      basedOn: wAttr(firstW(el, "basedOn"), "val"),
      tabs: readTabs(firstW(el, "pPr")),
      superscript: vert ? wAttr(vert, "val") === "superscript" : null,
      size: halfPoints(rPr),
      tableBorders: firstW(firstW(el, "tblPr"), "tblBorders"),
    };
    styles.byId.set(id, info);
    if (type === "paragraph" && /^(1|true|on)$/i.test(wAttr(el, "default") ?? "")) styles.defaultParagraph = id;
  }
  return styles;
}

function chain(styles: Styles, id: string | null): StyleInfo[] {
  const out: StyleInfo[] = [];
  const seen = new Set<string>();
  let cur = id;
  while (cur && !seen.has(cur) && out.length < MAX_CHAIN) {
    seen.add(cur);
    const s = styles.byId.get(cur);
    if (!s) break;
    out.push(s);
    cur = s.basedOn;
  }
  return out;
}

/**
 * Heading level of a paragraph style, as Word's `styleBuiltIn` sees it: only the paragraph's own style counts (a
 * custom style based on Heading 1 reports "Other" in Word), matched on the built-in name "heading N".
 */
export function headingLevel(styles: Styles, styleId: string | null): number | null {
  const s = styles.byId.get(styleId ?? styles.defaultParagraph ?? "");
  const m = s ? /^heading ([1-9])$/i.exec(s.name.trim()) : null;
  return m ? Number(m[1]) : null;
}

/** Word's `styleBuiltIn` value for a paragraph style (`Heading1`, `Normal`, `Title`…), `Other` for custom ones. */
export function builtInStyleName(styles: Styles, styleId: string | null): string {
  const s = styles.byId.get(styleId ?? styles.defaultParagraph ?? "");
  if (!s) return "Normal";
  const name = s.name.trim().toLowerCase();
  const h = /^heading ([1-9])$/.exec(name);
  if (h) return `Heading${h[1]}`;
  const known: Record<string, string> = {
    normal: "Normal",
    title: "Title",
    subtitle: "Subtitle",
    quote: "Quote",
    "intense quote": "IntenseQuote",
    "list paragraph": "ListParagraph",
    "no spacing": "NoSpacing",
    "footnote text": "FootnoteText",
    header: "Header",
    footer: "Footer",
    caption: "Caption",
  };
  return known[name] ?? "Other";
}

export function styleName(styles: Styles, styleId: string | null): string {
  const s = styles.byId.get(styleId ?? styles.defaultParagraph ?? "");
  return s ? s.name : "Normal";
}

/**
 * The paragraph's effective tab stops: the style chain's, outermost base first, then the paragraph's own; a
 * `clear` stop removes the inherited stop at its position. Sorted by position; `bar` stops don't stop a TAB.
 */
export function effectiveTabs(styles: Styles, styleId: string | null, own: TabStop[]): TabStop[] {
  const layers = chain(styles, styleId ?? styles.defaultParagraph)
    .reverse()
    .map((s) => s.tabs);
  layers.push(own);
  const byPos = new Map<number, TabStop>();
  for (const layer of layers) {
    for (const t of layer) {
      if (t.align === "clear") byPos.delete(t.pos);
      else byPos.set(t.pos, t);
    }
  }
  return [...byPos.values()].filter((t) => t.align !== "bar").sort((a, b) => a.pos - b.pos);
}

export function styleSuperscript(styles: Styles, styleId: string | null): boolean {
  for (const s of chain(styles, styleId)) if (s.superscript !== null) return s.superscript;
  return false;
}

export function styleSize(styles: Styles, styleId: string | null): number | null {
  for (const s of chain(styles, styleId)) if (s.size !== null) return s.size;
  return null;
}

/** The borders a table takes from its style chain, the nearest style that sets them. */
export function styleTableBorders(styles: Styles, styleId: string | null): Element | null {
  for (const s of chain(styles, styleId)) if (s.tableBorders) return s.tableBorders;
  return null;
}
