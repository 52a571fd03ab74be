/** Small hand-written .docx packages for the simulator's tests, so every case is known. */
import JSZip from "jszip";
import type { Simulator } from "../../src/preview/sim";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface DocxParts {
  body: string[];
  header?: string[];
  footer?: string[];
  /** The inner XML of word/settings.xml; no settings part when absent. */
  settings?: string;
  /** Extra parts related from the main document: [path under word/, relationship type suffix, xml]. */
  parts?: Array<[string, string, string]>;
}

export async function buildDocx(d: DocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides: string[] = [
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
  ];
  const rels: string[] = [];
  const refs: string[] = [];
  const ns = `xmlns:w="${W}" xmlns:r="${R}"`;
  const story = (name: string, kind: "header" | "footer", paras: string[]) => {
    const root = kind === "header" ? "hdr" : "ftr";
    zip.file(
      `word/${name}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><w:${root} ${ns}>${paras.join("")}</w:${root}>`,
    );
    rels.push(`<Relationship Id="rId${name}" Type="${REL}/${kind}" Target="${name}.xml"/>`);
    refs.push(`<w:${kind}Reference w:type="default" r:id="rId${name}"/>`);
  };
  if (d.header) story("header1", "header", d.header);
  if (d.footer) story("footer1", "footer", d.footer);
  if (d.settings !== undefined) {
    zip.file("word/settings.xml", `<?xml version="1.0" encoding="UTF-8"?><w:settings ${ns}>${d.settings}</w:settings>`);
    rels.push(`<Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/>`);
  }
  for (const [path, type, xml] of d.parts ?? []) {
    zip.file(`word/${path}`, xml);
    rels.push(`<Relationship Id="rId${path.replace(/\W/g, "")}" Type="${REL}/${type}" Target="${path}"/>`);
  }
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${d.body.join("")}<w:sectPr>${refs.join("")}</w:sectPr></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

export const run = (text: string, rPr = "") =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;

export const para = (...runs: string[]) => `<w:p>${runs.join("")}</w:p>`;

export async function partText(sim: Simulator, path: string): Promise<string> {
  return (await JSZip.loadAsync(await sim.save())).file(path)!.async("string");
}
