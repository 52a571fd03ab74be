/**
 * The add-in's settings as Word keeps them in a .docx (Office.context.document.settings): a task-pane part
 * (`word/webextensions/taskpanes.xml`, related from `_rels/.rels`) pointing at `webextension1.xml`, whose
 * `we:property` entries hold each setting as JSON. Read here for every host that opens a file (the simulator, the
 * roll-up); written by the simulator's `saveAsync`.
 */
import type JSZip from "jszip";
import { parseRels, readPartXml, relsPathOf } from "./package";
import type { Element } from "./xml";

export const WE = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
export const REL_TASKPANES = "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
export const REL_WEBEXT = "http://schemas.microsoft.com/office/2011/relationships/webextension";
export const WEBEXT = "word/webextensions/webextension1.xml";

/** The settings stored in the package, or an empty map. Unparseable values are skipped, never fatal. */
export async function readSettings(zip: JSZip): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  const rels = parseRels(await readPartXml(zip, "_rels/.rels"), "");
  const tp = rels.find((r) => r.type === REL_TASKPANES && r.path);
  const parts = tp?.path ? parseRels(await readPartXml(zip, relsPathOf(tp.path)), tp.path) : [];
  const paths = parts.filter((r) => r.type === REL_WEBEXT && r.path).map((r) => r.path as string);
  for (const path of paths.length ? paths : zip.file(WEBEXT) ? [WEBEXT] : []) {
    const doc = await readPartXml(zip, path);
    const props = doc?.getElementsByTagNameNS(WE, "property");
    for (let i = 0; props && i < props.length; i++) {
      const el = props[i] as Element;
      const name = el.getAttribute("name");
      if (!name) continue;
      try {
        out.set(name, JSON.parse(el.getAttribute("value") ?? "null"));
      } catch {
        // A property another tool wrote in a form we can't read: leave it out rather than fail the open.
      }
    }
  }
  return out;
}
