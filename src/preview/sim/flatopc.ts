/**
 * The flat OPC package Word's `getOoxml()` answers: besides the document and its styles, Word sends the theme,
 * the font table and (when the document numbers anything) the numbering part, so an answer is as large and as
 * varied as a real one. Parts the .docx lacks are replaced by small parts of the shape Word writes.
 */
import type JSZip from "jszip";
import type { Relationship } from "../../docx/package";
import { readPartText } from "../../docx/package";
import { NS } from "../../docx/xml";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";

export interface PackageParts {
  styles: string | null;
  theme: string;
  fontTable: string;
  numbering: string | null;
}

const DEFAULT_THEME =
  `<a:theme xmlns:a="${A}" name="Office Theme"><a:themeElements>` +
  `<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>` +
  `<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>` +
  `<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>` +
  `<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>` +
  `<a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>` +
  `<a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>` +
  `<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>` +
  `<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/>` +
  `<a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/>` +
  `<a:cs typeface=""/></a:minorFont></a:fontScheme>` +
  `<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>` +
  `<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>` +
  `</a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>` +
  `<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>` +
  `<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>` +
  `<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>` +
  `<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>` +
  `<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>` +
  `<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>` +
  `</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;

const font = (name: string, panose: string, family: string, pitch: string) =>
  `<w:font w:name="${name}"><w:panose1 w:val="${panose}"/><w:charset w:val="00"/>` +
  `<w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;

const DEFAULT_FONT_TABLE =
  `<w:fonts xmlns:w="${NS.w}">` +
  font("Times New Roman", "02020603050405020304", "roman", "variable") +
  font("Calibri", "020F0502020204030204", "swiss", "variable") +
  font("Calibri Light", "020F0302020204030204", "swiss", "variable") +
  `</w:fonts>`;

/** The document's parts Word sends with every getOoxml answer; defaults where the file has none. */
export async function readPackageParts(zip: JSZip, rels: Relationship[]): Promise<PackageParts> {
  const part = async (type: string) => {
    const rel = rels.find((r) => r.type.endsWith(`/${type}`) && r.path);
    return rel?.path ? readPartText(zip, rel.path) : null;
  };
  return {
    styles: await part("styles"),
    theme: (await part("theme")) ?? DEFAULT_THEME,
    fontTable: (await part("fontTable")) ?? DEFAULT_FONT_TABLE,
    numbering: await part("numbering"),
  };
}

/** Part XML without its declaration (or a byte-order mark), to go inside `pkg:xmlData`. */
function inline(xml: string): string {
  return xml.replace(/^\uFEFF?\s*<\?xml[^>]*\?>\s*/, "");
}

function part(name: string, contentType: string, xml: string): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${inline(xml)}</pkg:xmlData></pkg:part>`;
}

export function flatOpc(bodyXml: string, parts: PackageParts): string {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  const docRels = [
    parts.styles ? rel("rId1", "styles", "styles.xml") : "",
    rel("rId2", "theme", "theme/theme1.xml"),
    rel("rId3", "fontTable", "fontTable.xml"),
    parts.numbering ? rel("rId4", "numbering", "numbering.xml") : "",
  ].join("");
  const relsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
  return (
    `<pkg:package xmlns:pkg="${PKG}">` +
    part(
      "/_rels/.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      `<Relationships xmlns="${relsNs}">${rel("rId1", "officeDocument", "word/document.xml")}</Relationships>`,
    ) +
    part(
      "/word/_rels/document.xml.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      `<Relationships xmlns="${relsNs}">${docRels}</Relationships>`,
    ) +
    part(
      "/word/document.xml",
      `${CT}.wordprocessingml.document.main+xml`,
      `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${bodyXml}</w:body></w:document>`,
    ) +
    (parts.styles ? part("/word/styles.xml", `${CT}.wordprocessingml.styles+xml`, parts.styles) : "") +
    part("/word/theme/theme1.xml", `${CT}.theme+xml`, parts.theme) +
    part("/word/fontTable.xml", `${CT}.wordprocessingml.fontTable+xml`, parts.fontTable) +
    (parts.numbering ? part("/word/numbering.xml", `${CT}.wordprocessingml.numbering+xml`, parts.numbering) : "") +
    `</pkg:package>`
  );
}
