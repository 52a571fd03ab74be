/**
 * Tables on the preview page as a user sees them: lines where Word draws them (cell over table over table style),
 * merged cells, column widths, shading, and the cell being filled outlined.
 */
import { render } from "@testing-library/react";
import { NS, firstW, parseXml } from "../../docx/xml";
import { translator } from "../../i18n";
import { DocumentView } from "./DocumentView";
import { readStyleSheet } from "./format";
import { buildView, type ViewSource } from "./model";
import type { DocSelection } from "./selection";

const t = translator("vi");
const W = `xmlns:w="${NS.w}"`;

function source(body: string, styles = ""): ViewSource {
  const doc = parseXml(`<w:document ${W}><w:body>${body}</w:body></w:document>`, "word/document.xml");
  const sheet = styles ? parseXml(`<w:styles ${W}>${styles}</w:styles>`, "word/styles.xml") : null;
  return { body: firstW(doc.documentElement, "body")!, header: null, footer: null, styles: readStyleSheet(sheet) };
}

function draw(body: string, styles = "", selection: DocSelection | null = null): HTMLElement {
  return render(
    <DocumentView
      view={buildView(source(body, styles))}
      selection={selection}
      onSelect={() => undefined}
      followSelection={false}
      t={t}
    />,
  ).container;
}

const p = (text: string) => (text ? `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>` : "<w:p/>");
const tc = (text: string, tcPr = "") => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${p(text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const tbl = (tblPr: string, grid: number[], ...rows: string[]) =>
  `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows.join("")}</w:tbl>`;
const border = (side: string, val: string, sz = 4, color = "000000") =>
  `<w:${side} w:val="${val}" w:sz="${sz}" w:space="0" w:color="${color}"/>`;

function cell(container: HTMLElement, text: string): HTMLTableCellElement {
  const td = Array.from(container.querySelectorAll("td")).find((c) => c.textContent === text);
  if (!td) throw new Error(`no cell ${text}`);
  return td;
}

type Side = "Top" | "Right" | "Bottom" | "Left";
/** A cell side as drawn: "style width color", or "none". */
function line(td: HTMLElement, side: Side): string {
  const cs = getComputedStyle(td);
  const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`) || "none";
  if (style === "none") return "none";
  const width = cs.getPropertyValue(`border-${side.toLowerCase()}-width`);
  const color = cs.getPropertyValue(`border-${side.toLowerCase()}-color`);
  return `${style} ${width} ${color}`;
}

const BLACK = "rgb(0, 0, 0)";

test("a cell's own lines win over the table's, and the table's over its style's, edges and inside lines alike", () => {
  const styles = `<w:style w:type="table" w:styleId="LuoiBang"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>${[
    "top",
    "left",
    "bottom",
    "right",
    "insideH",
    "insideV",
  ]
    .map((s) => border(s, "single", 12))
    .join("")}</w:tblBorders></w:tblPr></w:style>`;
  const c = draw(
    tbl(
      `<w:tblStyle w:val="LuoiBang"/><w:tblBorders>${border("top", "double", 4, "FF0000")}${border("insideH", "dotted", 8)}</w:tblBorders>`,
      [2000, 2000],
      tr(
        tc("A", `<w:tcBorders>${border("left", "nil")}${border("bottom", "dashed", 16, "0000FF")}</w:tcBorders>`),
        tc("B"),
      ),
      tr(tc("C"), tc("D", `<w:tcBorders>${border("right", "none")}</w:tcBorders>`)),
    ),
    styles,
  );
  const [a, b, d] = [cell(c, "A"), cell(c, "B"), cell(c, "D")];
  // The table's top edge: a double red line, wide enough to show its two strokes.
  expect(line(a, "Top")).toBe("double 2.25pt rgb(255, 0, 0)");
  expect(line(b, "Top")).toBe("double 2.25pt rgb(255, 0, 0)");
  // The cell's own: no left line, a blue dashed bottom of 2 pt (sz in eighths of a point).
  expect(line(a, "Left")).toBe("none");
  expect(line(a, "Bottom")).toBe("dashed 2pt rgb(0, 0, 255)");
  // Between rows, the table's inside line; between columns and on the other edges, the style's.
  expect(line(b, "Bottom")).toBe(`dotted 1pt ${BLACK}`);
  expect(line(a, "Right")).toBe(`solid 1.5pt ${BLACK}`);
  expect(line(b, "Right")).toBe(`solid 1.5pt ${BLACK}`);
  expect(line(d, "Bottom")).toBe(`solid 1.5pt ${BLACK}`);
  expect(line(d, "Right")).toBe("none");
});

test("lines set only per cell, as official annexes do, draw the grid; a table with none draws no line", () => {
  const all = `<w:tcBorders>${["top", "left", "bottom", "right"].map((s) => border(s, "single")).join("")}</w:tcBorders>`;
  const ruled = draw(tbl("", [1000, 1000], tr(tc("x", all), tc("y", all))));
  for (const side of ["Top", "Right", "Bottom", "Left"] as const) {
    // A hairline (sz 4, half a point) is drawn one screen pixel wide, or it would vanish.
    expect(line(cell(ruled, "x"), side)).toBe(`solid 0.75pt ${BLACK}`);
  }
  const layout = draw(tbl("", [1000, 1000], tr(tc("x"), tc("y"))));
  for (const side of ["Top", "Right", "Bottom", "Left"] as const) expect(line(cell(layout, "y"), side)).toBe("none");
});

test("a table style's cell lines and a row's own table lines are drawn", () => {
  const styles = `<w:style w:type="table" w:styleId="O"><w:tcPr><w:tcBorders>${border("bottom", "single", 8)}</w:tcBorders></w:tcPr></w:style>`;
  const c = draw(
    tbl(
      '<w:tblStyle w:val="O"/>',
      [1000],
      tr(tc("r1")),
      `<w:tr><w:tblPrEx><w:tblBorders>${border("top", "double", 4)}${border("insideH", "double", 4)}</w:tblBorders></w:tblPrEx>${tc("r2")}</w:tr>`,
    ),
    styles,
  );
  expect(line(cell(c, "r1"), "Bottom")).toBe(`solid 1pt ${BLACK}`);
  expect(line(cell(c, "r2"), "Top")).toBe(`double 2.25pt ${BLACK}`);
  expect(line(cell(c, "r2"), "Bottom")).toBe(`solid 1pt ${BLACK}`);
});

test("merged cells cover the columns and rows they span; a merged cell ends with its last piece's line", () => {
  const c = draw(
    tbl(
      "",
      [600, 1500, 1500],
      tr(tc("STT", '<w:vMerge w:val="restart"/>'), tc("Số hội viên", '<w:gridSpan w:val="2"/>')),
      tr(tc("", `<w:vMerge/><w:tcBorders>${border("bottom", "double", 4)}</w:tcBorders>`), tc("Nam"), tc("Nữ")),
      tr(tc("1"), tc(""), tc("")),
    ),
  );
  const rows = Array.from(c.querySelectorAll("tr"));
  expect(rows.map((r) => r.cells.length)).toEqual([2, 2, 3]);
  expect(cell(c, "STT").rowSpan).toBe(2);
  expect(cell(c, "Số hội viên").colSpan).toBe(2);
  expect(line(cell(c, "STT"), "Bottom")).toBe(`double 2.25pt ${BLACK}`);
});

test("columns are as wide as the table grid; a percentage table keeps the grid's proportions", () => {
  const fixed = draw(tbl("", [1000, 3000], tr(tc("a"), tc("b"))));
  const table = fixed.querySelector("table")!;
  expect(table.style.tableLayout).toBe("fixed");
  expect(table.style.width).toBe("200pt");
  expect(Array.from(fixed.querySelectorAll("col")).map((col) => col.style.width)).toEqual(["50pt", "150pt"]);

  const pct = draw(tbl('<w:tblW w:w="5000" w:type="pct"/>', [1000, 3000], tr(tc("a"), tc("b"))));
  expect(pct.querySelector("table")!.style.width).toBe("100%");
  expect(Array.from(pct.querySelectorAll("col")).map((col) => col.style.width)).toEqual(["25%", "75%"]);

  // Without a grid the cells' preferred widths are drawn.
  const free = draw(
    `<w:tbl><w:tblPr/>${tr(tc("a", '<w:tcW w:w="2000" w:type="dxa"/>'), tc("b", '<w:tcW w:w="2500" w:type="pct"/>'))}</w:tbl>`,
  );
  expect(cell(free, "a").style.width).toBe("100pt");
  expect(cell(free, "b").style.width).toBe("50%");
});

test("a row's skipped grid columns keep the cells after them under their columns", () => {
  const c = draw(
    tbl(
      "",
      [500, 500, 500],
      tr(tc("1"), tc("2"), tc("3")),
      `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${tc("x")}</w:tr>`,
    ),
  );
  const last = c.querySelectorAll("tr")[1];
  expect(last.cells[0].colSpan).toBe(2);
  expect(last.cells[0].textContent).toBe("");
  expect(last.cells[1].textContent).toBe("x");
});

test("cell shading, vertical alignment and cell margins", () => {
  const c = draw(
    tbl(
      '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="40" w:type="dxa"/></w:tblCellMar>',
      [1000, 1000],
      tr(tc("xám", '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/><w:vAlign w:val="center"/>'), tc("thường")),
    ),
  );
  const grey = getComputedStyle(cell(c, "xám"));
  expect(grey.backgroundColor).toBe("rgb(217, 217, 217)");
  expect(grey.verticalAlign).toBe("middle");
  expect(grey.paddingLeft).toBe("0pt");
  expect(grey.paddingRight).toBe("2pt");
  expect(getComputedStyle(cell(c, "thường")).verticalAlign).toBe("top");
});

describe("the cell being filled", () => {
  // Paragraph 0 is "Họ và tên", 1 the empty cell beside it, 2 "Số", 3 the dotted cell, 4 "Ghi chú".
  const body = tbl(
    "",
    [2000, 2000],
    tr(tc("Họ và tên"), tc("")),
    tr(tc("Số"), tc(" ..........")),
    tr(tc("Ghi chú"), tc("")),
  );
  const outlined = (c: HTMLElement) =>
    Array.from(c.querySelectorAll("td"))
      .filter((td) => getComputedStyle(td).outlineStyle === "solid")
      .map((td) => td.closest("tr")!.rowIndex * 10 + td.cellIndex);

  test("an empty cell the pane selected is outlined and marked current", () => {
    const c = draw(body, "", { paragraph: 1, start: 0, end: 0 });
    expect(outlined(c)).toEqual([1]);
    expect(c.querySelector('td[aria-current="true"]')).toBe(c.querySelectorAll("td")[1]);
  });

  test("a cell of dots selected whole is outlined", () => {
    expect(outlined(draw(body, "", { paragraph: 3, start: 1, end: 11 }))).toEqual([11]);
  });

  test("a caret inside a cell's text, or a part of it selected, outlines nothing", () => {
    expect(outlined(draw(body, "", { paragraph: 0, start: 3, end: 3 }))).toEqual([]);
    expect(outlined(draw(body, "", { paragraph: 3, start: 1, end: 4 }))).toEqual([]);
    expect(outlined(draw(body))).toEqual([]);
  });
});

test("empty rectangles a form draws as shapes (a number's boxes) are drawn where they are anchored", () => {
  const ns =
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  // EMU: 12,700 to the point. Boxes of 24 × 17.25 pt, from 243 pt right of the text column's edge.
  const rect = (x: number) =>
    `<w:r><w:drawing><wp:anchor ${ns}><wp:positionH relativeFrom="column"><wp:posOffset>${x}</wp:posOffset></wp:positionH>` +
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="304800" cy="219075"/>' +
    '<a:graphic><a:graphicData><wps:wsp><wps:spPr><a:prstGeom prst="rect"/></wps:spPr></wps:wsp></a:graphicData></a:graphic>' +
    "</wp:anchor></w:drawing></w:r>";
  const c = draw(
    `<w:p><w:pPr><w:ind w:left="360"/></w:pPr><w:r><w:t>Số CCCD</w:t></w:r>${rect(3086100)}${rect(3390900)}</w:p>`,
  );
  const boxes = Array.from(c.querySelectorAll<HTMLElement>(".box")).map((b) => getComputedStyle(b));
  expect(boxes.map((b) => [b.left, b.width, b.height, b.borderStyle])).toEqual([
    // The paragraph's box starts at its 18 pt indent; the shapes stand from the column's edge.
    ["225pt", "24pt", "17.25pt", "solid"],
    ["249pt", "24pt", "17.25pt", "solid"],
  ]);
  expect(c.querySelector("[data-p]")!.textContent).toBe("Số CCCD");
});

test("rows and cells wrapped in content controls are drawn in their place, numbered as Word numbers paragraphs", () => {
  const c = draw(
    tbl(
      "",
      [1000, 1000],
      tr(tc("a"), tc("b")),
      `<w:sdt><w:sdtPr><w:tag w:val="hang"/></w:sdtPr><w:sdtContent>${tr(tc("c"), `<w:sdt><w:sdtContent>${tc("d")}</w:sdtContent></w:sdt>`)}</w:sdtContent></w:sdt>`,
    ) + p("sau bảng"),
  );
  expect(Array.from(c.querySelectorAll("tr")).map((r) => Array.from(r.cells).map((td) => td.textContent))).toEqual([
    ["a", "b"],
    ["c", "d"],
  ]);
  const numbered = Array.from(c.querySelectorAll<HTMLElement>("[data-p]")).map((el) => [el.dataset.p, el.textContent]);
  expect(numbered).toEqual([
    ["0", "a"],
    ["1", "b"],
    ["2", "c"],
    ["3", "d"],
    ["4", "sau bảng"],
  ]);
});
