import { buildSnapshot } from "./build";
import { parseStyles } from "./styles";
import { firstW, parseXml } from "./xml";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string, pPr = "") => `<w:p>${pPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, tcPr = "") => `<w:tc><w:tcPr>${tcPr}</w:tcPr>${inner}</w:tc>`;
const nil = ["top", "left", "bottom", "right"].map((s) => `<w:${s} w:val="nil"/>`).join("");
const lines = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((s) => `<w:${s} w:val="single" w:sz="4"/>`)
  .join("");

function read(bodyXml: string) {
  const doc = parseXml(`<w:document ${W}><w:body>${bodyXml}</w:body></w:document>`, "document.xml");
  const body = firstW(doc.documentElement, "body")!;
  return buildSnapshot({ body, header: null, footer: null, styles: parseStyles(null), docParts: new Map() });
}

describe("table structure in the snapshot", () => {
  const snapshot = read(
    p("Biểu số liệu") +
      `<w:tbl><w:tblPr><w:tblBorders>${lines}</w:tblBorders></w:tblPr>` +
      `<w:tblGrid><w:gridCol w:w="600"/><w:gridCol w:w="3000"/><w:gridCol w:w="1200"/><w:gridCol w:w="1200"/></w:tblGrid>` +
      `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(p("STT"), '<w:vMerge w:val="restart"/>')}${tc(p("Đơn vị"))}` +
      `${tc(p("Số hội viên"), '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${tc("<w:p/>", "<w:vMerge/>")}${tc("<w:p/>", `<w:tcBorders>${nil}</w:tcBorders>`)}` +
      `${tc(p("Nam"))}${tc(p("", '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>'))}</w:tr>` +
      `</w:tbl>` +
      p("Giữa hai bảng") +
      `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr>${tc(p("Không kẻ"))}</w:tr></w:tbl>`,
  );
  const at = (i: number) => snapshot.paragraphs[i].cell;

  test("every cell paragraph knows its table, row, cell, grid column, span and merge; empty cells are kept", () => {
    expect(snapshot.paragraphs.map((x) => x.text)).toEqual([
      "Biểu số liệu",
      "STT",
      "Đơn vị",
      "Số hội viên",
      "",
      "",
      "Nam",
      "",
      "Giữa hai bảng",
      "Không kẻ",
    ]);
    expect(at(0)).toBeUndefined();
    expect(at(1)).toMatchObject({ table: 0, row: 0, col: 0, gridCol: 0, gridSpan: 1, vMerge: "restart", header: true });
    expect(at(3)).toMatchObject({ table: 0, row: 0, col: 2, gridCol: 2, gridSpan: 2, widthTwips: 2400 });
    expect(at(4)).toMatchObject({ table: 0, row: 1, col: 0, vMerge: "continue" });
    expect(at(4)?.header).toBeUndefined();
    expect(at(7)).toMatchObject({ row: 1, col: 3, gridCol: 3, numbered: true });
    expect(at(9)).toMatchObject({ table: 1, row: 0, col: 0, widthTwips: 4000 });
  });

  test("borders come from the cell, else from the table; a table without any draws none", () => {
    const all = { top: true, left: true, bottom: true, right: true };
    expect(at(1)?.borders).toEqual(all);
    expect(at(5)?.borders).toEqual({ top: false, left: false, bottom: false, right: false });
    expect(at(9)?.borders).toEqual({ top: false, left: false, bottom: false, right: false });
  });

  test("a legacy text form field's result is listed", () => {
    const ff =
      '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:textInput/></w:ffData></w:fldChar></w:r>' +
      '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:r><w:t xml:space="preserve">\u2002\u2002\u2002\u2002\u2002</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const s = read(`<w:p><w:r><w:t xml:space="preserve">Tại xã </w:t></w:r>${ff}</w:p>`);
    expect(s.paragraphs[0].formFields).toEqual([[7, 12]]);
    expect(read(p("Trang 1")).paragraphs[0].formFields).toBeUndefined();
  });
});

describe("drawn boxes", () => {
  const rect = (x: number, text = "") =>
    `<w:r><w:drawing><wp:anchor ${WP}><wp:positionH relativeFrom="column"><wp:posOffset>${x}</wp:posOffset></wp:positionH>` +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>19685</wp:posOffset></wp:positionV><wp:extent cx="247650" cy="180975"/>` +
    `<a:graphic ${A}><a:graphicData><wps:wsp ${WPS}><wps:spPr><a:prstGeom prst="rect"/></wps:spPr>${text}</wps:wsp></a:graphicData></a:graphic>` +
    `</wp:anchor></w:drawing></w:r>`;
  const WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"';
  const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  const WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';

  test("empty rectangles anchored in a paragraph are listed with their place and size; a text box is not", () => {
    const s = read(
      `<w:p><w:r><w:t>Số CCCD:</w:t></w:r>${rect(100)}${rect(347650)}` +
        `${rect(600000, "<wps:txbx><w:txbxContent><w:p/></w:txbxContent></wps:txbx>")}</w:p>`,
    );
    expect(s.paragraphs[0].drawnBoxes).toEqual([
      { x: 100, y: 19685, width: 247650, height: 180975 },
      { x: 347650, y: 19685, width: 247650, height: 180975 },
    ]);
  });
});
