/**
 * Between the page's DOM selection and the simulator's `{paragraph, start, end}`. Every drawn piece of text is an
 * element with `data-o` (its start offset in the paragraph's text) and `data-len`; every paragraph carries `data-p`
 * (its index) and `data-len` (its text length). A selection spanning paragraphs keeps its first paragraph, from the
 * start point to that paragraph's end, because the simulator's selection lives in one paragraph.
 */
export interface DocSelection {
  paragraph: number;
  start: number;
  end: number;
}

interface Point {
  paragraph: number;
  offset: number;
}

const TEXT_NODE = 3;

function pieceOf(node: Node | null): HTMLElement | null {
  const el = node && (node.nodeType === TEXT_NODE ? node.parentElement : (node as Element));
  return el ? (el.closest("[data-o]") as HTMLElement | null) : null;
}

function paragraphOf(el: Element | null): HTMLElement | null {
  return el ? (el.closest("[data-p]") as HTMLElement | null) : null;
}

function num(el: Element, attr: string): number {
  return Number(el.getAttribute(attr)) || 0;
}

/** A DOM boundary point (node, offset) as a paragraph offset; null outside any paragraph. */
export function pointToOffset(node: Node, offset: number): Point | null {
  const piece = pieceOf(node);
  if (piece && node.nodeType === TEXT_NODE) {
    const p = paragraphOf(piece);
    if (!p) return null;
    const start = num(piece, "data-o");
    return { paragraph: num(p, "data-p"), offset: start + Math.min(Math.max(offset, 0), num(piece, "data-len")) };
  }
  const el = node.nodeType === TEXT_NODE ? node.parentElement : (node as Element);
  if (!el) return null;
  const p = paragraphOf(el);
  if (p) {
    // A point between children: the start of the next drawn piece, else the end of the previous one.
    const children = Array.from(el.childNodes);
    for (let i = offset; i < children.length; i++) {
      const next = firstPiece(children[i]);
      if (next) return { paragraph: num(p, "data-p"), offset: num(next, "data-o") };
    }
    for (let i = Math.min(offset, children.length) - 1; i >= 0; i--) {
      const prev = lastPiece(children[i]);
      if (prev) return { paragraph: num(p, "data-p"), offset: num(prev, "data-o") + num(prev, "data-len") };
    }
    if (piece) return { paragraph: num(p, "data-p"), offset: num(piece, "data-o") };
    return { paragraph: num(p, "data-p"), offset: 0 };
  }
  // A point outside paragraphs (between blocks): the nearest paragraph after it, at its start.
  const children = Array.from(el.childNodes);
  for (let i = offset; i < children.length; i++) {
    const next = firstParagraph(children[i]);
    if (next) return { paragraph: num(next, "data-p"), offset: 0 };
  }
  return null;
}

function firstPiece(n: Node): HTMLElement | null {
  if (n.nodeType !== 1) return null;
  const el = n as HTMLElement;
  return el.hasAttribute("data-o") ? el : el.querySelector<HTMLElement>("[data-o]");
}

function lastPiece(n: Node): HTMLElement | null {
  if (n.nodeType !== 1) return null;
  const el = n as HTMLElement;
  const all = el.querySelectorAll<HTMLElement>("[data-o]");
  return all.length ? all[all.length - 1] : el.hasAttribute("data-o") ? el : null;
}

function firstParagraph(n: Node): HTMLElement | null {
  if (n.nodeType !== 1) return null;
  const el = n as HTMLElement;
  return el.hasAttribute("data-p") ? el : el.querySelector<HTMLElement>("[data-p]");
}

function before(a: Point, b: Point): boolean {
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset <= b.offset);
}

/** The DOM selection inside `root` as the simulator's selection; null when it is not inside the document. */
export function domSelectionToDoc(root: HTMLElement, sel: Selection | null): DocSelection | null {
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
  if (!root.contains(sel.anchorNode) || !root.contains(sel.focusNode)) return null;
  const a = pointToOffset(sel.anchorNode, sel.anchorOffset);
  const f = pointToOffset(sel.focusNode, sel.focusOffset);
  if (!a || !f) return null;
  const [from, to] = before(a, f) ? [a, f] : [f, a];
  if (to.paragraph === from.paragraph) return { paragraph: from.paragraph, start: from.offset, end: to.offset };
  const p = root.querySelector(`[data-p="${from.paragraph}"]`);
  return { paragraph: from.paragraph, start: from.offset, end: p ? num(p, "data-len") : from.offset };
}
