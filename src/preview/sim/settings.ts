/**
 * Office.context.document.settings as Word keeps them in a .docx: a task-pane part
 * (`word/webextensions/taskpanes.xml`, related from `_rels/.rels`) pointing at `webextension1.xml`, whose
 * `we:property` entries hold each setting as JSON. Read when the file is opened, written by `saveAsync`.
 */
import type JSZip from "jszip";
import { REL_TASKPANES, REL_WEBEXT, WE, WEBEXT } from "../../docx/settings";
import { parseRels, relsPathOf } from "../../docx/package";
import { parseXml, serializeXml, type Element } from "../../docx/xml";

export { readSettings } from "../../docx/settings";

const WETP = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const CT_WEBEXT = "application/vnd.ms-office.webextension+xml";
const CT_TASKPANES = "application/vnd.ms-office.webextensiontaskpanes+xml";
const TASKPANES = "word/webextensions/taskpanes.xml";

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Writes the settings parts, relationships and content types into the zip. */
export async function writeSettings(zip: JSZip, settings: Map<string, unknown>, addinId: string): Promise<void> {
  const props = [...settings]
    .map(([k, v]) => `<we:property name="${escapeAttr(k)}" value="${escapeAttr(JSON.stringify(v))}"/>`)
    .join("");
  zip.file(
    WEBEXT,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<we:webextension xmlns:we="${WE}" id="{52811C31-4593-43B8-A697-EB873422D156}">` +
      `<we:reference id="${escapeAttr(addinId)}" version="1.0.0.0" store="developer" storeType="Registry"/>` +
      `<we:alternateReferences/><we:properties>${props}</we:properties><we:bindings/>` +
      `<we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
  if (!zip.file(TASKPANES)) {
    zip.file(
      TASKPANES,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<wetp:taskpanes xmlns:wetp="${WETP}"><wetp:taskpane dockstate="right" visibility="0" width="350" row="0">` +
        `<wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>` +
        `</wetp:taskpane></wetp:taskpanes>`,
    );
    zip.file(
      relsPathOf(TASKPANES),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL_WEBEXT}" Target="webextension1.xml"/></Relationships>`,
    );
  }
  await ensureRel(zip);
  await ensureContentTypes(zip);
}

async function ensureRel(zip: JSZip): Promise<void> {
  const text = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  const doc = parseXml(text, "_rels/.rels");
  const rels = parseRels(doc, "");
  if (rels.some((r) => r.type === REL_TASKPANES)) return;
  let n = 1;
  while (rels.some((r) => r.id === `rIdWe${n}`)) n++;
  const el = doc.createElementNS("http://schemas.openxmlformats.org/package/2006/relationships", "Relationship");
  el.setAttribute("Id", `rIdWe${n}`);
  el.setAttribute("Type", REL_TASKPANES);
  el.setAttribute("Target", TASKPANES);
  doc.documentElement!.appendChild(el);
  zip.file("_rels/.rels", serializeXml(doc));
}

async function ensureContentTypes(zip: JSZip): Promise<void> {
  const path = "[Content_Types].xml";
  const doc = parseXml((await zip.file(path)?.async("string")) ?? "", path);
  const root = doc.documentElement!;
  const ns = "http://schemas.openxmlformats.org/package/2006/content-types";
  const have = new Set<string>();
  const overrides = doc.getElementsByTagNameNS(ns, "Override");
  for (let i = 0; i < overrides.length; i++) have.add((overrides[i] as Element).getAttribute("PartName") ?? "");
  let changed = false;
  for (const [part, ct] of [
    [`/${WEBEXT}`, CT_WEBEXT],
    [`/${TASKPANES}`, CT_TASKPANES],
  ]) {
    if (have.has(part)) continue;
    const el = doc.createElementNS(ns, "Override");
    el.setAttribute("PartName", part);
    el.setAttribute("ContentType", ct);
    root.appendChild(el);
    changed = true;
  }
  if (changed) zip.file(path, serializeXml(doc));
}

/**
 * Makes a part the main document relates to (word/settings.xml) reachable: a relationship from the main document
 * and a content type, each added only when missing.
 */
export async function ensureDocumentPart(
  zip: JSZip,
  mainPath: string,
  path: string,
  part: { type: string; contentType: string },
): Promise<void> {
  const relsPath = relsPathOf(mainPath);
  const relsText = await zip.file(relsPath)?.async("string");
  const ns = "http://schemas.openxmlformats.org/package/2006/relationships";
  const doc = parseXml(relsText ?? `<Relationships xmlns="${ns}"/>`, relsPath);
  const rels = parseRels(doc, mainPath);
  if (!rels.some((r) => r.path === path)) {
    let n = 1;
    while (rels.some((r) => r.id === `rIdS${n}`)) n++;
    const el = doc.createElementNS(ns, "Relationship");
    el.setAttribute("Id", `rIdS${n}`);
    el.setAttribute("Type", part.type);
    el.setAttribute("Target", path.slice(mainPath.lastIndexOf("/") + 1));
    doc.documentElement!.appendChild(el);
    zip.file(relsPath, serializeXml(doc));
  }
  const ctPath = "[Content_Types].xml";
  const ct = parseXml((await zip.file(ctPath)?.async("string")) ?? "", ctPath);
  const ctNs = "http://schemas.openxmlformats.org/package/2006/content-types";
  const overrides = ct.getElementsByTagNameNS(ctNs, "Override");
  for (let i = 0; i < overrides.length; i++) {
    if ((overrides[i] as Element).getAttribute("PartName") === `/${path}`) return;
  }
  const el = ct.createElementNS(ctNs, "Override");
  el.setAttribute("PartName", `/${path}`);
  el.setAttribute("ContentType", part.contentType);
  ct.documentElement!.appendChild(el);
  zip.file(ctPath, serializeXml(ct));
}
