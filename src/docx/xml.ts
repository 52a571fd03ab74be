/** Namespaces and small DOM helpers over @xmldom/xmldom, shared by the reader and the simulator. */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";
import { DocxError } from "./errors";

export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
  ct: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

export type { Document, Element, Node };

const ELEMENT_NODE = 1;

export function parseXml(text: string, partName: string): Document {
  const fail = (msg: string): never => {
    throw new DocxError("damaged", `${partName}: ${msg}`);
  };
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") fail(msg);
      },
    }).parseFromString(text, "application/xml");
  } catch (e) {
    if (e instanceof DocxError) throw e;
    return fail(e instanceof Error ? e.message : String(e));
  }
  if (!doc.documentElement) fail("no root element");
  return doc;
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === ELEMENT_NODE;
}

/** `w:p` etc.: local name plus namespace; prefixes in real files vary less than namespaces, but both are checked. */
export function isW(n: Node | null | undefined, local: string): n is Element {
  return isElement(n) && n.localName === local && n.namespaceURI === NS.w;
}

export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c)) out.push(c);
  return out;
}

export function firstW(el: Element | null | undefined, local: string): Element | null {
  if (!el) return null;
  for (let c = el.firstChild; c; c = c.nextSibling) if (isW(c, local)) return c;
  return null;
}

export function wAttr(el: Element | null | undefined, local: string): string | null {
  if (!el) return null;
  const v = el.getAttributeNS(NS.w, local);
  return v === null || v === "" ? (el.hasAttributeNS(NS.w, local) ? v : null) : v;
}

/** A `w:b`-style toggle: present without `w:val`, or `w:val` other than false/0/off. */
export function onOff(el: Element | null | undefined): boolean {
  if (!el) return false;
  const v = wAttr(el, "val");
  return v === null || !/^(false|0|off|none)$/i.test(v);
}

export function textOf(el: Element): string {
  return el.textContent ?? "";
}
