/**
 * A finished report without the add-in's package parts: Word keeps the web-extension part (`word/webextensions/`,
 * the add-in's settings and its task pane) in every document an add-in stored settings in, even once they are
 * emptied. A file built outside Word can leave the part out, with every relationship and content type naming it.
 */
import { openZip, readPartXml, resolveTarget } from "./package";
import { NS, serializeXml, type Element } from "./xml";

const FOLDER = "word/webextensions/";

const inFolder = (path: string): boolean => path.startsWith(FOLDER);

/** The package without `word/webextensions/` and without the relationships and content types that point into it. */
export async function withoutAddinParts(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await openZip(bytes);
  const files = Object.keys(zip.files);
  for (const path of files) if (inFolder(path)) zip.remove(path);

  for (const relsPath of files.filter((p) => p.endsWith(".rels") && !inFolder(p))) {
    const doc = await readPartXml(zip, relsPath);
    if (!doc) continue;
    // `word/_rels/document.xml.rels` belongs to `word/document.xml`; `_rels/.rels` to the package itself.
    const owner = relsPath.replace(/_rels\/([^/]*)\.rels$/, "$1");
    const els = doc.getElementsByTagNameNS(NS.rel, "Relationship");
    const drop: Element[] = [];
    for (let i = 0; i < els.length; i++) {
      const el = els[i] as Element;
      if (el.getAttribute("TargetMode") === "External") continue;
      if (inFolder(resolveTarget(owner, el.getAttribute("Target") ?? ""))) drop.push(el);
    }
    if (drop.length === 0) continue;
    for (const el of drop) el.parentNode?.removeChild(el);
    zip.file(relsPath, serializeXml(doc));
  }

  const typesPath = "[Content_Types].xml";
  const types = await readPartXml(zip, typesPath);
  if (types) {
    const overrides = types.getElementsByTagNameNS(NS.ct, "Override");
    const drop: Element[] = [];
    for (let i = 0; i < overrides.length; i++) {
      const el = overrides[i] as Element;
      if (inFolder((el.getAttribute("PartName") ?? "").replace(/^\//, ""))) drop.push(el);
    }
    for (const el of drop) el.parentNode?.removeChild(el);
    if (drop.length > 0) zip.file(typesPath, serializeXml(types));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
