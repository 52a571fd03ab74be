/**
 * What Word's `getOoxml()` tells that `paragraph.text` does not: which TABs draw a leader, superscript spans,
 * footnote reference marks, the paragraphs of text boxes, and where each content control stands. Word answers a flat OPC package (`pkg:package` with
 * `pkg:part`s holding their XML inline); its document part's body holds the range's paragraphs. The paragraphs are
 * read with the same code as a .docx file, so the add-in and the scan command see one reading.
 */
import type { SnapshotContentControl, SnapshotParagraph, TextBoxParagraph } from "../core/types";
import { buildSnapshot } from "./build";
import { offeredAsField, type SdtProps } from "./sdt";
import { parseStyles } from "./styles";
import { NS, firstW, isElement, parseXml, type Document, type Element } from "./xml";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

export interface OoxmlReading {
  /** The body's paragraphs in Word's order (tables in place, text-box paragraphs left out). */
  paragraphs: SnapshotParagraph[];
  /** Text-box paragraphs; `anchorParagraph` indexes `paragraphs`. */
  textBoxes: TextBoxParagraph[];
  /** The content controls, in Word's order, with the paragraph (indexing `paragraphs`) and span they stand at. */
  controls: SnapshotContentControl[];
  /** For each of `controls`, whether it is a place to fill (`offeredAsField`). */
  fields: boolean[];
}

function partXml(pkg: Document, name: string): Element | null {
  const parts = pkg.getElementsByTagNameNS(PKG, "part");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Element;
    if (part.getAttributeNS(PKG, "name") !== name && part.getAttribute("pkg:name") !== name) continue;
    const data = part.getElementsByTagNameNS(PKG, "xmlData")[0] as Element | undefined;
    for (let c = data?.firstChild; c; c = c.nextSibling) if (isElement(c)) return c;
  }
  return null;
}

/** Reads a flat OPC answer. Throws DocxError when it is not XML or holds no document body. */
export function readFlatOpc(xml: string): OoxmlReading {
  const pkg = parseXml(xml, "getOoxml");
  const root = pkg.documentElement;
  const documentEl =
    root && root.namespaceURI === NS.w && root.localName === "document" ? root : partXml(pkg, "/word/document.xml");
  const body = firstW(documentEl, "body");
  if (!body) return { paragraphs: [], textBoxes: [], controls: [], fields: [] };
  const stylesEl = partXml(pkg, "/word/styles.xml");
  const styles = parseStyles(stylesEl ? ({ documentElement: stylesEl } as unknown as Document) : null);
  const sdts: SdtProps[] = [];
  const snapshot = buildSnapshot({ body, header: null, footer: null, styles, docParts: new Map() }, undefined, sdts);
  const controls = snapshot.contentControls;
  const fields = controls.map((c, i) => offeredAsField(sdts[i], c.text));
  return { paragraphs: snapshot.paragraphs, textBoxes: snapshot.textBoxes ?? [], controls, fields };
}
