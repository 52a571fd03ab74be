/**
 * Offline manifest checks. The XSDs catch structure (element order, GUID form, permission values); the rule checks
 * catch what they miss: resid references that point nowhere, non-https URLs, icons missing from assets/, the host,
 * the minimum requirement set and the permission this add-in needs.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Element as XElement } from "@xmldom/xmldom";

export interface ManifestProblem {
  rule: string;
  message: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function elements(root: XElement): XElement[] {
  const out: XElement[] = [];
  const walk = (el: XElement): void => {
    out.push(el);
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) walk(c as XElement);
  };
  walk(root);
  return out;
}

const local = (el: XElement): string => el.localName ?? el.nodeName.replace(/^.*:/, "");

/** Rule checks on the manifest's text; `assetsDir` is where icon files must exist, `baseUrl` where they are served. */
export function checkManifestRules(xml: string, assetsDir: string, baseUrl?: string): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, msg: string) => {
      if (level !== "warning") errors.push(msg);
    },
  }).parseFromString(xml, "text/xml");
  if (errors.length > 0 || !doc.documentElement) {
    return [{ rule: "xml", message: `not well-formed XML: ${errors[0] ?? "no root element"}` }];
  }
  const all = elements(doc.documentElement as unknown as XElement);
  const byName = (name: string) => all.filter((e) => local(e) === name);

  const id = byName("Id")[0]?.textContent?.trim() ?? "";
  if (!GUID.test(id)) problems.push({ rule: "id", message: `<Id> is not a GUID: "${id}"` });

  for (const h of byName("Host")) {
    const name = h.getAttribute("Name") || h.getAttribute("xsi:type");
    if (name !== "Document") problems.push({ rule: "host", message: `host ${name} is not Word (Document)` });
  }

  const perm = byName("Permissions")[0]?.textContent?.trim();
  if (perm !== "ReadWriteDocument")
    problems.push({ rule: "permissions", message: `Permissions must be ReadWriteDocument, not ${perm}` });

  const wordSet = byName("Set").find((s) => s.getAttribute("Name") === "WordApi");
  if (!wordSet || wordSet.getAttribute("MinVersion") !== "1.3") {
    problems.push({ rule: "requirements", message: "the minimum requirement set must be WordApi 1.3" });
  }

  // Every resid must name a resource; every resource should be used.
  const resources = new Map<string, XElement>();
  for (const el of all) {
    const parent = el.parentNode as XElement | null;
    const group = parent ? local(parent) : "";
    if (["Images", "Urls", "ShortStrings", "LongStrings"].includes(group) && el.getAttribute("id")) {
      resources.set(el.getAttribute("id") as string, el);
    }
  }
  const used = new Set<string>();
  for (const el of all) {
    const resid = el.getAttribute("resid");
    if (!resid) continue;
    used.add(resid);
    if (!resources.has(resid))
      problems.push({ rule: "resid", message: `resid "${resid}" on <${local(el)}> names no resource` });
  }
  for (const rid of resources.keys()) {
    if (!used.has(rid)) problems.push({ rule: "resid", message: `resource "${rid}" is never used` });
  }

  // URLs: https only; icons must exist in assets/ when served from the base URL.
  const urls: string[] = [];
  for (const el of all) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
    if (local(el) === "AppDomain" && el.textContent) urls.push(el.textContent.trim());
  }
  for (const u of urls) {
    if (!u.startsWith("https://")) problems.push({ rule: "https", message: `URL is not https: ${u}` });
  }
  const base = baseUrl ?? inferBase(urls);
  for (const u of urls) {
    const m = /\/assets\/([^/?#]+\.png)$/i.exec(u);
    if (!m) continue;
    if (base && !u.startsWith(base))
      problems.push({ rule: "base-url", message: `icon not under the base URL ${base}: ${u}` });
    if (!existsSync(join(assetsDir, m[1])))
      problems.push({ rule: "icon", message: `icon file missing in assets/: ${m[1]}` });
  }
  return problems;
}

function inferBase(urls: string[]): string | undefined {
  const src = urls.find((u) => u.endsWith("/taskpane.html"));
  return src ? src.slice(0, -"taskpane.html".length) : undefined;
}

/** Validates against the published XSDs (from `schemaDir`), without the network. */
export async function validateManifestSchema(xml: string, schemaDir: string): Promise<string[]> {
  const { validateXML } = await import("xmllint-wasm");
  const read = (f: string) => ({ fileName: f, contents: readFileSync(join(schemaDir, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [read("OfficeAppManifestV1_1.xsd")],
    preload: [
      "OfficeAppBasicTypesV1_0.xsd",
      "MailAppVersionOverridesV1_0.xsd",
      "MailAppVersionOverridesV1_1.xsd",
      "TaskPaneAppVersionOverridesV1_0.xsd",
      "ContentAppVersionOverridesV1_0.xsd",
    ].map(read),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** Rewrites every localhost base URL to `baseUrl` (ends with "/"), for a production build hosted elsewhere. */
export function rebaseManifest(xml: string, baseUrl: string): string {
  if (!/^https:\/\/[^\s"<>]+\/$/.test(baseUrl)) {
    throw new Error(`ADDIN_BASE_URL must be an https URL ending with "/": ${baseUrl}`);
  }
  const origin = new URL(baseUrl).origin;
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .replace(/https:\/\/localhost:3000\//g, baseUrl);
}
