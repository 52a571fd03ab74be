/**
 * Builds small .docx packages from a plain description (paragraphs as runs, tables of cells, a header and a
 * footer), by templating the XML parts directly: fast enough for hundreds of property cases.
 */
import JSZip from "jszip";

export interface GenRun {
  text: string;
  bold?: boolean;
  superscript?: boolean;
  /** The run stands inside an inline content control with this tag. */
  control?: string;
}

/** A table, with a single-line grid on every cell when `grid` (a form's data table) or none (a layout table). */
export type GenBlock =
  { type: "p"; runs: GenRun[] } | { type: "table"; rows: GenRun[][][]; grid?: boolean; widths?: number[] };

export interface GenDoc {
  body: GenBlock[];
  header?: GenRun[][];
  footer?: GenRun[][];
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function runXml(run: GenRun): string {
  const props = `${run.bold ? "<w:b/>" : ""}${run.superscript ? '<w:vertAlign w:val="superscript"/>' : ""}`;
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : "";
  const inner = run.text
    .split(/(\t)/)
    .filter(Boolean)
    .map((t) => (t === "\t" ? "<w:tab/>" : `<w:t xml:space="preserve">${esc(t)}</w:t>`))
    .join("");
  const r = `<w:r>${rPr}${inner}</w:r>`;
  if (run.control === undefined) return r;
  controlIds++;
  const pr = `<w:sdtPr><w:tag w:val="${esc(run.control)}"/><w:id w:val="${100000 + controlIds}"/></w:sdtPr>`;
  return `<w:sdt>${pr}<w:sdtContent>${r}</w:sdtContent></w:sdt>`;
}

let controlIds = 0;

export function paragraphXml(runs: GenRun[]): string {
  return `<w:p>${runs.map(runXml).join("")}</w:p>`;
}

function blockXml(b: GenBlock): string {
  if (b.type === "p") return paragraphXml(b.runs);
  const rows = b.rows
    .map(
      (cells) =>
        `<w:tr>${cells.map((c, i) => `<w:tc><w:tcPr><w:tcW w:w="${b.widths?.[i] ?? 3000}" w:type="dxa"/></w:tcPr>${paragraphXml(c)}</w:tc>`).join("")}</w:tr>`,
    )
    .join("");
  const line = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = b.grid
    ? `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(line).join("")}</w:tblBorders>`
    : "";
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>${borders}</w:tblPr>${rows}</w:tbl>`;
}

const SECT = (refs: string) =>
  `<w:sectPr>${refs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`;

/** The document.xml for `body` blocks (raw XML allowed through `rawBody`). */
export function documentXml(bodyXml: string, refs = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml}${SECT(refs)}</w:body></w:document>`;
}

export async function packageDocx(bodyXml: string, header?: string, footer?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides = [
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
    header
      ? `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`
      : "",
    footer
      ? `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`
      : "",
  ].join("");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const rels: string[] = [];
  let refs = "";
  if (header) {
    rels.push(`<Relationship Id="rIdH" Type="${R}/header" Target="header1.xml"/>`);
    refs += `<w:headerReference w:type="default" r:id="rIdH"/>`;
    zip.file(
      "word/header1.xml",
      `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}" xmlns:r="${R}">${header}</w:hdr>`,
    );
  }
  if (footer) {
    rels.push(`<Relationship Id="rIdF" Type="${R}/footer" Target="footer1.xml"/>`);
    refs += `<w:footerReference w:type="default" r:id="rIdF"/>`;
    zip.file(
      "word/footer1.xml",
      `<?xml version="1.0" encoding="UTF-8"?><w:ftr xmlns:w="${W}" xmlns:r="${R}">${footer}</w:ftr>`,
    );
  }
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  zip.file("word/document.xml", documentXml(bodyXml, refs));
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

export function buildDocx(doc: GenDoc): Promise<Uint8Array> {
  const story = (ps?: GenRun[][]) => (ps && ps.length ? ps.map(paragraphXml).join("") : undefined);
  return packageDocx(doc.body.map(blockXml).join(""), story(doc.header), story(doc.footer));
}

/** Paragraphs of plain text, one run each. */
export function plainDocx(paragraphs: string[]): Promise<Uint8Array> {
  return buildDocx({ body: paragraphs.map((text) => ({ type: "p", runs: [{ text }] })) });
}
