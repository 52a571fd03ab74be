/** Drawing shapes for hand-written test documents: a text box (DrawingML, with its VML copy) and a plain rectangle. */
const WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const V = "urn:schemas-microsoft-com:vml";

function drawing(id: number, wsp: string, fallback: string): string {
  const frame =
    `<wp:anchor xmlns:wp="${WP}" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" ` +
    `allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>` +
    `</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="2000000" cy="300000"/><wp:wrapNone/><wp:docPr id="${id}" name="Shape ${id}"/>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${WPS}"><wps:wsp xmlns:wps="${WPS}">${wsp}</wps:wsp>` +
    `</a:graphicData></a:graphic></wp:anchor>`;
  return (
    `<w:r><mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="wps"><w:drawing>${frame}</w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:rect xmlns:v="${V}">${fallback}</v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
  );
}

/** A run holding a text box whose story is `paragraphs` (w:p elements); empty: a text box holding no text. */
export function textBox(id: number, paragraphs: string[]): string {
  const story = `<w:txbxContent>${paragraphs.join("") || "<w:p/>"}</w:txbxContent>`;
  const wsp =
    `<wps:cNvSpPr txBox="1"/><wps:spPr><a:prstGeom xmlns:a="${A}" prst="rect"/></wps:spPr>` +
    `<wps:txbx>${story}</wps:txbx><wps:bodyPr/>`;
  return drawing(id, wsp, `<v:textbox>${story}</v:textbox>`);
}

/** A run holding a group of shapes whose one member is a text box with `paragraphs`. */
export function groupedTextBox(id: number, paragraphs: string[]): string {
  const WPG = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup";
  const member =
    `<wps:wsp xmlns:wps="${WPS}"><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>` +
    `${paragraphs.join("")}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>`;
  const frame =
    `<wp:inline xmlns:wp="${WP}"><wp:extent cx="2000000" cy="300000"/><wp:docPr id="${id}" name="Group ${id}"/>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${WPG}"><wpg:wgp xmlns:wpg="${WPG}"><wpg:cNvGrpSpPr/>` +
    `<wpg:grpSpPr/>${member}</wpg:wgp></a:graphicData></a:graphic></wp:inline>`;
  return `<w:r><w:drawing>${frame}</w:drawing></w:r>`;
}

/** A run holding a rectangle with no text story at all. */
export function rectangle(id: number): string {
  return drawing(id, `<wps:cNvSpPr/><wps:spPr><a:prstGeom xmlns:a="${A}" prst="rect"/></wps:spPr><wps:bodyPr/>`, "");
}

export const DESKTOP_SHAPES = {
  platform: "desktop" as const,
  requirementSets: { WordApi: "1.9", WordApiDesktop: "1.2" },
};
