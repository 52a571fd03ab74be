/**
 * Empty rectangles drawn as shapes anchored in a paragraph: forms draw the boxes of a number (the 12 boxes of a
 * CCCD number) this way. Only DrawingML shapes are read (`wp:anchor` / `wp:inline` holding a `wps:wsp` with a
 * `rect` geometry and no text box); of an `mc:AlternateContent` the first choice counts, so a VML fallback copy is
 * never read twice. Text boxes nested in the paragraph are not entered.
 */
import type { DrawnBox } from "../core/types";
import { NS, isElement, type Element, type Node } from "./xml";

const WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";

export function drawnBoxes(p: Element): DrawnBox[] {
  const out: DrawnBox[] = [];
  const walk = (node: Node) => {
    if (!isElement(node)) return;
    if (node.namespaceURI === NS.mc && node.localName === "AlternateContent") {
      const choice = child(node, NS.mc, "Choice");
      if (choice) walk(choice);
      return;
    }
    if (node.namespaceURI === NS.w && node.localName === "txbxContent") return;
    if (node.namespaceURI === WP && (node.localName === "anchor" || node.localName === "inline")) {
      const box = boxOf(node);
      if (box) out.push(box);
      return;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(p);
  return out;
}

function boxOf(frame: Element): DrawnBox | null {
  const shapes = frame.getElementsByTagNameNS(WPS, "wsp");
  if (shapes.length !== 1) return null;
  const wsp = shapes[0] as Element;
  if (wsp.getElementsByTagNameNS(WPS, "txbx").length > 0) return null;
  const geom = wsp.getElementsByTagNameNS(A, "prstGeom")[0] as Element | undefined;
  if (geom?.getAttribute("prst") !== "rect") return null;
  const extent = child(frame, WP, "extent");
  const width = Number(extent?.getAttribute("cx"));
  const height = Number(extent?.getAttribute("cy"));
  if (!(width > 0 && height > 0)) return null;
  const offset = (axis: "positionH" | "positionV") => {
    const pos = child(frame, WP, axis);
    const off = pos ? child(pos, WP, "posOffset") : null;
    return Number(off?.textContent ?? 0) || 0;
  };
  return { x: offset("positionH"), y: offset("positionV"), width, height };
}

function child(el: Element, ns: string, local: string): Element | null {
  for (let c = el.firstChild; c; c = c.nextSibling)
    if (isElement(c) && c.namespaceURI === ns && c.localName === local) return c;
  return null;
}
