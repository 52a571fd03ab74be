/**
 * Opening a .docx package: sniffing legacy .doc and non-zip input, finding the main document part through the
 * package relationships, and resolving a part's relationships (headers, footers, styles).
 */
import JSZip from "jszip";
import { DocxError } from "./errors";
import { NS, parseXml, type Document, type Element } from "./xml";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];

export interface Relationship {
  id: string;
  type: string;
  /** Resolved to a package path without a leading slash (`word/header1.xml`); null for external targets. */
  path: string | null;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

export async function openZip(bytes: Uint8Array): Promise<JSZip> {
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new DocxError("legacy-doc", "legacy Word 97–2003 .doc file; save it as .docx");
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new DocxError("not-docx", "not a .docx file (not a zip package)");
  try {
    return await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new DocxError("damaged", `damaged zip: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function readPartText(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  if (!f) return null;
  try {
    return await f.async("string");
  } catch (e) {
    throw new DocxError("damaged", `${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function readPartXml(zip: JSZip, path: string): Promise<Document | null> {
  const text = await readPartText(zip, path);
  return text === null ? null : parseXml(text, path);
}

export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

export function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = partPath.slice(0, partPath.lastIndexOf("/") + 1);
  const out: string[] = [];
  for (const seg of (base + target).split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

export function parseRels(doc: Document | null, partPath: string): Relationship[] {
  if (!doc) return [];
  const out: Relationship[] = [];
  const els = doc.getElementsByTagNameNS(NS.rel, "Relationship");
  for (let i = 0; i < els.length; i++) {
    const el = els[i] as Element;
    const external = el.getAttribute("TargetMode") === "External";
    out.push({
      id: el.getAttribute("Id") ?? "",
      type: el.getAttribute("Type") ?? "",
      path: external ? null : resolveTarget(partPath, el.getAttribute("Target") ?? ""),
    });
  }
  return out;
}

/** The main document part's path: `word/document.xml` in nearly every file, but the package rels decide. */
export async function mainDocumentPath(zip: JSZip): Promise<string> {
  const rels = parseRels(await readPartXml(zip, "_rels/.rels"), "");
  const main = rels.find((r) => r.type.endsWith("/officeDocument") && r.path);
  const path = main?.path && zip.file(main.path) ? main.path : "word/document.xml";
  if (!zip.file(path)) throw new DocxError("damaged", "the package has no word/document.xml");
  return path;
}
