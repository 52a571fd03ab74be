/**
 * The shipped template, `assets/template.docx`: read back with independent readers (mammoth for the text, a plain
 * XML read for layout), it must hold the template text line for line and look like a real official report.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import mammoth from "mammoth";
import type { Element as XmlElement } from "@xmldom/xmldom";
import {
  W,
  children,
  descendants,
  missingRelationshipTargets,
  openPackage,
  paragraphProp,
  paragraphs,
  part,
  partsWithoutContentType,
  runHas,
  textOf,
  textRuns,
  wAttr,
  type Package,
} from "./ooxml";
import { buildAll, OUTPUTS } from "../../scripts/build-template";

const root = join(__dirname, "../..");
const sourceText = readFileSync(join(root, "assets/template.txt"), "utf8");
const docxBytes = readFileSync(join(root, "assets/template.docx"));
/** The source's lines, split on LF only: trailing spaces and the lone space after the final newline are lines too. */
const lines = sourceText.split("\n");

/**
 * What each paragraph must hold: the source line exactly, except lines 1 and 6, whose leading " \t" and "\t" were the
 * text export's separators between the header table's cells and are not part of the text.
 */
function expectedParagraphs(): string[] {
  const expected = [...lines];
  expect(lines[0].slice(0, 2)).toBe(" \t");
  expect(lines[5].slice(0, 1)).toBe("\t");
  expected[0] = lines[0].slice(2);
  expected[5] = lines[5].slice(1);
  return expected;
}

let pkg: Package;
let body: ReturnType<typeof paragraphs>;

beforeAll(async () => {
  pkg = await openPackage(docxBytes);
  body = paragraphs(part(pkg, "word/document.xml"));
});

describe("text", () => {
  test("mammoth reads back one paragraph per source line, with the exact text", async () => {
    const { value, messages } = await mammoth.extractRawText({ buffer: docxBytes });
    expect(messages).toEqual([]);
    // mammoth ends every paragraph with a blank line; no line of the template contains a newline itself.
    const read = value.split("\n\n");
    expect(read.pop()).toBe("");
    expect(read).toHaveLength(121);
    expect(read).toEqual(expectedParagraphs());
  });

  test("blanks, typos and trailing spaces survive exactly", async () => {
    const { value } = await mammoth.extractRawText({ buffer: docxBytes });
    expect(value).toContain("Đảng ủy xã........... báo cáo");
    expect(value).toContain("xã có…..hội quẩn chúng( gồm…….)  với");
    expect(value).toContain("Số     - BC/ĐU");
    expect(value).toContain(".................., ngày     tháng 6 năm 2017");
    expect(value).toContain("đã ban ban hành");
    expect(value).toContain("I. Phương hướng: \n");
    expect(value).toContain("\n---------------------\n");
    expect(value).toContain("địa phương.\u00a0Vai trò");
  });

  test("the XML's paragraphs in Word's order match the source lines too", () => {
    expect(body.map(textOf)).toEqual(expectedParagraphs());
  });
});

describe("header block", () => {
  test("is a borderless table of one row and two cells holding lines 1–5 and 6–8", () => {
    const doc = part(pkg, "word/document.xml");
    const tables = descendants(doc, "tbl");
    expect(tables).toHaveLength(1);
    const bodyEl = descendants(doc, "body")[0];
    expect(children(bodyEl, "tbl")[0]).toBe(tables[0]);
    expect(Array.from(bodyEl.childNodes).find((n) => n.nodeType === 1)).toBe(tables[0]);

    const rows = children(tables[0], "tr");
    expect(rows).toHaveLength(1);
    const cells = children(rows[0], "tc");
    expect(cells).toHaveLength(2);
    const expected = expectedParagraphs();
    expect(paragraphs(cells[0]).map(textOf)).toEqual(expected.slice(0, 5));
    expect(paragraphs(cells[1]).map(textOf)).toEqual(expected.slice(5, 8));

    const borders = children(children(tables[0], "tblPr")[0], "tblBorders")[0];
    const sides = Array.from(borders.childNodes).filter((n): n is XmlElement => n.nodeType === 1);
    expect(sides.length).toBeGreaterThanOrEqual(4);
    for (const side of sides) expect(["none", "nil"]).toContain(side.getAttributeNS(W, "val"));
  });
});

describe("page and fonts", () => {
  test("the page is A4 portrait", () => {
    const pgSz = descendants(part(pkg, "word/document.xml"), "pgSz")[0];
    expect(Number(wAttr(pgSz, "w"))).toBe(11906);
    expect(Number(wAttr(pgSz, "h"))).toBe(16838);
  });

  test("the text is Times New Roman, 13–14 pt, and nothing overrides the font", () => {
    const styles = part(pkg, "word/styles.xml");
    const defaults = descendants(descendants(styles, "docDefaults")[0], "rFonts")[0];
    for (const a of ["ascii", "hAnsi", "cs"]) expect(wAttr(defaults, a)).toBe("Times New Roman");
    const doc = part(pkg, "word/document.xml");
    for (const f of descendants(doc, "rFonts")) expect(wAttr(f, "ascii")).toBe("Times New Roman");
    const sizes = [
      ...descendants(styles, "docDefaults").flatMap((d) => descendants(d, "sz")),
      ...descendants(doc, "sz"),
    ];
    expect(sizes.length).toBeGreaterThan(0);
    for (const sz of sizes) expect([26, 27, 28]).toContain(Number(wAttr(sz, "val")));
  });
});

describe("formatting", () => {
  /** 1-based source lines that are headings: parts and their names, I./II., 1./2. sections, `* …:` sub-heads. */
  const headingLines = [
    16, 18, 19, 20, 23, 29, 34, 41, 43, 46, 49, 53, 56, 69, 71, 75, 86, 89, 97, 104, 106, 108, 110, 113,
  ];
  /** Numbered tasks under "II. Nhiệm vụ và giải pháp": long sentences, list items rather than headings. */
  const taskLines = [115, 117, 118, 119];
  const at = (line: number) => body[line - 1];
  const bold = (line: number) => textRuns(at(line)).every((r) => runHas(r, "b"));

  test("no paragraph uses a heading style: headings are direct formatting", () => {
    const styled = body.filter((p) => paragraphProp(p, "pStyle")).map(textOf);
    expect(styled).toEqual([]);
  });

  test("the title is centred and bold, the subtitle centred", () => {
    expect(textOf(at(11))).toBe("BÁO CÁO");
    expect(wAttr(paragraphProp(at(11), "jc"), "val")).toBe("center");
    expect(bold(11)).toBe(true);
    expect(textOf(at(13)).startsWith("Sơ kết 5 năm")).toBe(true);
    expect(wAttr(paragraphProp(at(13), "jc"), "val")).toBe("center");
  });

  test("part and section headings are bold; the task list items and body text are not", () => {
    for (const line of headingLines) expect([line, bold(line)]).toEqual([line, true]);
    for (const line of taskLines) expect([line, bold(line)]).toEqual([line, false]);
    for (const line of [15, 22, 24, 36, 120]) expect([line, bold(line)]).toEqual([line, false]);
  });

  test("body paragraphs are justified with a first-line indent", () => {
    const bodyLines = lines
      .map((text, i) => ({ text, line: i + 1 }))
      .filter(({ line, text }) => line > 14 && text.trim() !== "" && ![104, 106, 108, 16, 18].includes(line));
    expect(bodyLines.length).toBeGreaterThan(60);
    for (const { line } of bodyLines) {
      const p = at(line);
      expect([line, wAttr(paragraphProp(p, "jc"), "val")]).toEqual([line, "both"]);
      expect([line, Number(wAttr(paragraphProp(p, "ind"), "firstLine")) > 0]).toEqual([line, true]);
    }
  });
});

describe("package", () => {
  test("every XML part is well-formed, has a content type, and every relationship resolves", () => {
    expect(pkg.xml.size).toBeGreaterThan(5);
    expect(partsWithoutContentType(pkg)).toEqual([]);
    expect(missingRelationshipTargets(pkg)).toEqual([]);
  });

  test("the committed files are exactly what `npm run template` builds now (deterministic output)", async () => {
    const built = await buildAll(sourceText);
    for (const [key, path] of Object.entries(OUTPUTS) as [keyof typeof OUTPUTS, string][]) {
      const committed = readFileSync(join(root, path));
      expect([path, Buffer.compare(built[key], committed)]).toEqual([path, 0]);
    }
    const again = await buildAll(sourceText);
    expect(Buffer.compare(again.template, built.template)).toBe(0);
  });

  test("document properties carry fixed dates, not the build time", () => {
    const core = part(pkg, "docProps/core.xml");
    const created = core.getElementsByTagName("dcterms:created")[0]?.textContent;
    const modified = core.getElementsByTagName("dcterms:modified")[0]?.textContent;
    expect(created).toBe("2017-06-01T00:00:00Z");
    expect(modified).toBe("2017-06-01T00:00:00Z");
  });
});

const sharedSource = join(root, "../shared/templates/bao-cao-so-ket-chi-thi-17.txt");
if (!existsSync(sharedSource))
  console.warn(`SKIPPED: ../shared not found (${sharedSource}); the source-copy check did not run`);
(existsSync(sharedSource) ? test : test.skip)(
  "assets/template.txt is an unmodified copy of the shared template text",
  () => {
    expect(sourceText).toBe(readFileSync(sharedSource, "utf8"));
  },
);
