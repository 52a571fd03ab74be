/**
 * A .docx opened for reading or editing: the zip, the main document, its styles, and the first section's primary
 * header and footer parts. Parts are parsed once; the simulator edits these DOMs in place.
 */
import type JSZip from "jszip";
import { mainDocumentPath, openZip, parseRels, readPartXml, relsPathOf, type Relationship } from "./package";
import { parseStyles, type Styles } from "./styles";
import { paragraphText } from "./text";
import { firstSectPr, storyParagraphs } from "./blocks";
import { DocxError } from "./errors";
import { NS, firstW, isW, wAttr, type Document, type Element } from "./xml";

export interface DocxModel {
  zip: JSZip;
  mainPath: string;
  main: Document;
  body: Element;
  rels: Relationship[];
  styles: Styles;
  headerPath: string | null;
  header: Document | null;
  footerPath: string | null;
  footer: Document | null;
  /** docPart name → its text, from the glossary document (placeholder texts of content controls). */
  docParts: Map<string, string>;
}

/** The `w:sectPr` of the first section: the first paragraph-level one in body order, else the body's own. */
function primaryRef(sectPr: Element | null, kind: "headerReference" | "footerReference"): string | null {
  if (!sectPr) return null;
  for (let c = sectPr.firstChild; c; c = c.nextSibling) {
    if (isW(c, kind) && (wAttr(c, "type") ?? "default") === "default") return c.getAttributeNS(NS.r, "id");
  }
  return null;
}

async function readDocParts(zip: JSZip, rels: Relationship[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const rel = rels.find((r) => r.type.endsWith("/glossaryDocument") && r.path);
  const doc = rel?.path ? await readPartXml(zip, rel.path) : null;
  if (!doc) return out;
  const parts = doc.getElementsByTagNameNS(NS.w, "docPart");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Element;
    const name = wAttr(firstW(firstW(part, "docPartPr"), "name"), "val");
    const body = firstW(part, "docPartBody");
    if (!name || !body) continue;
    out.set(
      name,
      storyParagraphs(body)
        .paragraphs.map((bp) => paragraphText(bp.p).text)
        .join("\r"),
    );
  }
  return out;
}

export async function loadDocx(bytes: Uint8Array): Promise<DocxModel> {
  const zip = await openZip(bytes);
  const mainPath = await mainDocumentPath(zip);
  const main = await readPartXml(zip, mainPath);
  const root = main?.documentElement;
  const body = root ? firstW(root, "body") : null;
  if (!main || !body) throw new DocxError("damaged", `${mainPath} has no w:body`);
  const rels = parseRels(await readPartXml(zip, relsPathOf(mainPath)), mainPath);
  const stylesRel = rels.find((r) => r.type.endsWith("/styles") && r.path);
  const styles = parseStyles(stylesRel?.path ? await readPartXml(zip, stylesRel.path) : null);
  const sectPr = firstSectPr(body);
  const pathOf = (id: string | null) => (id ? (rels.find((r) => r.id === id)?.path ?? null) : null);
  const headerPath = pathOf(primaryRef(sectPr, "headerReference"));
  const footerPath = pathOf(primaryRef(sectPr, "footerReference"));
  return {
    zip,
    mainPath,
    main,
    body,
    rels,
    styles,
    headerPath,
    header: headerPath ? await readPartXml(zip, headerPath) : null,
    footerPath,
    footer: footerPath ? await readPartXml(zip, footerPath) : null,
    docParts: await readDocParts(zip, rels),
  };
}
