/**
 * A small, independent reader of .docx packages for the template tests: JSZip plus a strict XML parser, written
 * without the builder's code so the tests check the files, not the builder against itself.
 */
import JSZip from "jszip";
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from "@xmldom/xmldom";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface Package {
  zip: JSZip;
  /** Every part that is XML, parsed; a part that is not well-formed makes `openPackage` throw. */
  xml: Map<string, XmlDocument>;
}

export function parseStrict(text: string, name: string): XmlDocument {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${name} is not well-formed XML: ${message}`);
    },
  }).parseFromString(text, "text/xml");
}

export async function openPackage(bytes: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = new Map<string, XmlDocument>();
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir || !/\.(xml|rels)$/.test(name)) continue;
    xml.set(name, parseStrict(await zip.files[name].async("string"), name));
  }
  return { zip, xml };
}

export function part(pkg: Package, name: string): XmlDocument {
  const doc = pkg.xml.get(name);
  if (!doc) throw new Error(`the package has no part ${name}`);
  return doc;
}

/** Parts that `[Content_Types].xml` gives no content type (neither an Override nor a Default for the extension). */
export function partsWithoutContentType(pkg: Package): string[] {
  const types = part(pkg, "[Content_Types].xml");
  const overrides = new Set(
    Array.from(types.getElementsByTagNameNS(CT, "Override")).map((o) => o.getAttribute("PartName") ?? ""),
  );
  const defaults = new Set(
    Array.from(types.getElementsByTagNameNS(CT, "Default")).map((d) =>
      (d.getAttribute("Extension") ?? "").toLowerCase(),
    ),
  );
  return Object.keys(pkg.zip.files)
    .filter((name) => !pkg.zip.files[name].dir && name !== "[Content_Types].xml")
    .filter((name) => !overrides.has(`/${name}`) && !defaults.has(name.split(".").pop()!.toLowerCase()));
}

/** Internal relationship targets, from every .rels part, that name a part the package lacks. */
export function missingRelationshipTargets(pkg: Package): string[] {
  const missing: string[] = [];
  for (const [name, doc] of pkg.xml) {
    if (!name.endsWith(".rels")) continue;
    const base = name.replace(/_rels\/[^/]*\.rels$/, "");
    for (const rel of Array.from(doc.getElementsByTagNameNS(REL, "Relationship"))) {
      if (rel.getAttribute("TargetMode") === "External") continue;
      const target = rel.getAttribute("Target") ?? "";
      const resolved = normalise(target.startsWith("/") ? target.slice(1) : base + target);
      if (!pkg.zip.files[resolved]) missing.push(`${name} → ${target}`);
    }
  }
  return missing;
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

export function children(el: XmlElement, localName: string): XmlElement[] {
  return Array.from(el.childNodes).filter(
    (n): n is XmlElement => n.nodeType === 1 && (n as XmlElement).namespaceURI === W && n.localName === localName,
  );
}

export function descendants(el: XmlElement | XmlDocument, localName: string, ns = W): XmlElement[] {
  return Array.from(el.getElementsByTagNameNS(ns, localName));
}

function insideTextBox(el: XmlElement): boolean {
  for (let n = el.parentNode; n; n = n.parentNode) if (n.localName === "txbxContent") return true;
  return false;
}

/** Paragraphs in Word's order (body and table cells), leaving out the ones inside text boxes, as Word does. */
export function paragraphs(doc: XmlDocument | XmlElement): XmlElement[] {
  return descendants(doc, "p").filter((p) => !insideTextBox(p));
}

/** A paragraph's text as Word's API gives it: runs joined, `w:tab` as TAB; text-box content left out. */
export function textOf(p: XmlElement): string {
  let s = "";
  const walk = (n: XmlElement) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType !== 1) continue;
      const el = c as XmlElement;
      if (el.namespaceURI === W && el.localName === "t") s += el.textContent ?? "";
      else if (el.namespaceURI === W && el.localName === "tab" && el.parentNode?.localName === "r") s += "\t";
      else if (el.localName !== "txbxContent" && el.localName !== "pPr") walk(el);
    }
  };
  walk(p);
  return s;
}

/** A paragraph property element, e.g. `paragraphProp(p, "jc")`; null when absent. */
export function paragraphProp(p: XmlElement, localName: string): XmlElement | null {
  const pPr = children(p, "pPr")[0];
  return pPr ? (children(pPr, localName)[0] ?? null) : null;
}

export function wAttr(el: XmlElement | null | undefined, name: string): string | null {
  return el ? el.getAttributeNS(W, name) || null : null;
}

/** The runs that carry text in a paragraph (with `w:t`), including those inside content controls. */
export function textRuns(p: XmlElement): XmlElement[] {
  return descendants(p, "r").filter((r) => descendants(r, "t").some((t) => (t.textContent ?? "") !== ""));
}

export function runHas(run: XmlElement, localName: string): boolean {
  const rPr = children(run, "rPr")[0];
  if (!rPr) return false;
  const el = children(rPr, localName)[0];
  return !!el && wAttr(el, "val") !== "false" && wAttr(el, "val") !== "0";
}
