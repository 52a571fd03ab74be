/**
 * A paragraph's text as Word's `paragraph.text` reports it, with a map from every character back to the XML that
 * holds it. The reader uses the text; the simulator uses the map to split runs and write in place.
 *
 * Rules: `w:t` text; `w:tab`/`w:ptab` → `\t`; `w:br`/`w:cr` → `\v`; `w:noBreakHyphen` → `-`; `w:softHyphen` →
 * U+00AD; `w:sym` → its character code; deleted text (`w:del`, `w:moveFrom`, `w:delText`) and field codes
 * (`w:instrText`) give nothing; inserted text, hyperlinks, smart tags, simple fields and inline content controls
 * give their text. A footnote or endnote reference gives NO character: it is a zero-width piece at the offset
 * where it stands, so `text` matches what the engine sees and the reference is still locatable for writers.
 * Text boxes (`w:txbxContent`) anchored in the paragraph give nothing; they are listed once each (under
 * `mc:AlternateContent` only the `mc:Choice` copy is taken).
 *
 * Besides the text, the map lists what has no character of its own: bookmark starts and ends, the spans of field
 * results (a search never matches across their edges), tracked deletions (with the offset they stand at) and the
 * spans of tracked insertions, so the Original and Current readings of a tracked paragraph can be rebuilt.
 */
import { NS, isElement, isW, type Element, type Node } from "./xml";

export type PieceKind = "text" | "tab" | "break" | "char" | "ref";

export interface Piece {
  kind: PieceKind;
  /** The element holding the character(s): `w:t`, `w:tab`, `w:br`, `w:footnoteReference`, … */
  el: Element;
  /** The enclosing `w:r`, or null when the element sits outside a run (malformed, but seen in the wild). */
  run: Element | null;
  start: number;
  end: number;
  text: string;
}

export interface InlineSdt {
  el: Element;
  start: number;
  end: number;
}

export interface ParagraphText {
  text: string;
  pieces: Piece[];
  sdts: InlineSdt[];
  /** `w:txbxContent` elements anchored in this paragraph, each once. */
  textBoxes: Element[];
  /** `w:bookmarkStart` / `w:bookmarkEnd` elements and the offset each stands at. */
  marks: Array<{ el: Element; at: number }>;
  /** Field results (`w:fldSimple`, or between a `w:fldChar` separate and end) as [start, end). */
  fields: Array<[number, number]>;
  /** The results of legacy text form fields (FORMTEXT: `w:ffData` with `w:textInput`), a subset of `fields`. */
  formTexts: Array<[number, number]>;
  /** Tracked deletions (`w:del`, `w:moveFrom`): their text, which `text` leaves out, and the offset they stand at. */
  deleted: Array<{ at: number; text: string }>;
  /** Tracked insertions (`w:ins`, `w:moveTo`) as [start, end). */
  inserted: Array<[number, number]>;
}

const CONTAINERS = new Set(["ins", "moveTo", "hyperlink", "smartTag", "fldSimple", "customXml", "dir", "bdo"]);
const SKIPPED = new Set(["del", "moveFrom", "pPr", "rPr", "delText", "instrText", "delInstrText"]);

/** Text boxes in `node` (itself included); of an `mc:AlternateContent`, only the first alternative counts. */
export function collectTextBoxes(node: Node, out: Element[]): void {
  if (!isElement(node)) return;
  if (node.namespaceURI === NS.mc && node.localName === "AlternateContent") {
    const alt = firstChildNS(node, NS.mc, "Choice") ?? firstChildNS(node, NS.mc, "Fallback");
    if (alt) collectTextBoxes(alt, out);
    return;
  }
  if (node.namespaceURI === NS.w && node.localName === "txbxContent") {
    out.push(node);
    return;
  }
  for (let c = node.firstChild; c; c = c.nextSibling) collectTextBoxes(c, out);
}

function firstChildNS(el: Element, ns: string, local: string): Element | null {
  for (let c = el.firstChild; c; c = c.nextSibling)
    if (isElement(c) && c.namespaceURI === ns && c.localName === local) return c;
  return null;
}

export function paragraphText(p: Element): ParagraphText {
  const out: ParagraphText = {
    text: "",
    pieces: [],
    sdts: [],
    textBoxes: [],
    marks: [],
    fields: [],
    formTexts: [],
    deleted: [],
    inserted: [],
  };
  // Open complex fields: where each one's result began (-1 while still in its instructions).
  const open: number[] = [];
  const openForm: boolean[] = [];
  const parts: string[] = [];
  let pos = 0;
  const add = (kind: PieceKind, el: Element, run: Element | null, text: string) => {
    out.pieces.push({ kind, el, run, start: pos, end: pos + text.length, text });
    if (text) parts.push(text);
    pos += text.length;
  };

  const walkRun = (r: Element) => {
    for (let c = r.firstChild; c; c = c.nextSibling) {
      if (!isElement(c)) continue;
      if (c.namespaceURI !== NS.w) {
        collectTextBoxes(c, out.textBoxes);
        continue;
      }
      switch (c.localName) {
        case "t":
          add("text", c, r, c.textContent ?? "");
          break;
        case "tab":
        case "ptab":
          add("tab", c, r, "\t");
          break;
        case "br":
        case "cr":
          add("break", c, r, "\v");
          break;
        case "noBreakHyphen":
          add("char", c, r, "-");
          break;
        case "softHyphen":
          add("char", c, r, "\u00ad");
          break;
        case "sym": {
          const code = parseInt(c.getAttributeNS(NS.w, "char") ?? "", 16);
          if (Number.isFinite(code) && code > 0) add("char", c, r, String.fromCharCode(code));
          break;
        }
        case "fldChar": {
          const type = c.getAttributeNS(NS.w, "fldCharType");
          if (type === "begin") {
            open.push(-1);
            const ffData = firstW(c, "ffData");
            openForm.push(!!ffData && !!firstW(ffData, "textInput"));
          } else if (type === "separate" && open.length) open[open.length - 1] = pos;
          else if (type === "end") {
            // An end without its begin closes a field that began in an earlier paragraph.
            const form = openForm.length ? openForm.pop()! : false;
            const from = open.length ? open.pop()! : 0;
            if (from >= 0) out.fields.push([from, pos]);
            if (from >= 0 && form) out.formTexts.push([from, pos]);
          }
          break;
        }
        case "footnoteReference":
        case "endnoteReference":
          add("ref", c, r, "");
          break;
        case "drawing":
        case "pict":
        case "object":
          collectTextBoxes(c, out.textBoxes);
          break;
        default:
          break;
      }
    }
  };

  const walk = (el: Element) => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (!isElement(c)) continue;
      if (c.namespaceURI === NS.mc && c.localName === "AlternateContent") {
        const choice = firstChildNS(c, NS.mc, "Choice");
        if (choice) walk(choice);
        continue;
      }
      if (c.namespaceURI !== NS.w) continue;
      const name = c.localName ?? "";
      if (name === "del" || name === "moveFrom") {
        const text = deletedText(c);
        if (text) out.deleted.push({ at: pos, text });
        continue;
      }
      if (SKIPPED.has(name)) continue;
      if (name === "bookmarkStart" || name === "bookmarkEnd") out.marks.push({ el: c, at: pos });
      else if (name === "r") walkRun(c);
      else if (name === "sdt") {
        const start = pos;
        const content = firstW(c, "sdtContent");
        const entry: InlineSdt = { el: c, start, end: start };
        out.sdts.push(entry);
        if (content) walk(content);
        entry.end = pos;
      } else if (CONTAINERS.has(name)) {
        const start = pos;
        walk(c);
        if (name === "ins" || name === "moveTo") out.inserted.push([start, pos]);
        else if (name === "fldSimple") out.fields.push([start, pos]);
      }
    }
  };

  walk(p);
  // A field whose end is in a later paragraph: its result runs to this paragraph's end.
  for (const from of open) if (from >= 0) out.fields.push([from, pos]);
  out.text = parts.join("");
  return out;
}

/** The text a tracked deletion removed, read as `text` reads kept text. */
function deletedText(el: Element): string {
  let out = "";
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (!isElement(c) || c.namespaceURI !== NS.w) continue;
    const name = c.localName;
    if (name === "delText" || name === "t") out += c.textContent ?? "";
    else if (name === "tab" || name === "ptab") out += "\t";
    else if (name === "br" || name === "cr") out += "\v";
    else if (name !== "rPr" && name !== "instrText" && name !== "delInstrText") out += deletedText(c);
  }
  return out;
}

function firstW(el: Element, local: string): Element | null {
  for (let c = el.firstChild; c; c = c.nextSibling) if (isW(c, local)) return c;
  return null;
}
