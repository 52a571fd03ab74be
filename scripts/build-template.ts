/**
 * `npm run template`: builds the shipped template `assets/template.docx` from `assets/template.txt`, and the test
 * fixtures in `test/fixtures/` from the same text, so the two can never drift apart.
 *
 * Layout decisions (see also test/fixtures/README.md):
 * - One paragraph per source line, in the text's order, so paragraph i of the document (body paragraphs and the
 *   header table's cell paragraphs, in Word's order) is line i of the text. The last line, a lone space after the
 *   final newline, is kept too.
 * - Lines 1–8 are the header block: a borderless table of one row and two cells. The left cell holds lines 1–5, the
 *   right cell lines 6–8, empty lines included, which keeps the reading order (left cell, then right cell) equal to
 *   the text's order and the paragraph numbering above intact. The leading space/TAB of lines 1 and 6 were the text
 *   export's cell separators and are dropped; every other paragraph holds its line's text exactly.
 * - Headings are bold by direct formatting, as in real templates; only the headings fixture uses Word heading styles.
 *
 * Output is deterministic: fixed document dates and fixed zip entry dates, so the same text gives the same bytes.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ISectionOptions,
} from "docx";
import JSZip from "jszip";
import { DOMParser, XMLSerializer, type Document as XmlDocument, type Element as XmlElement } from "@xmldom/xmldom";

// ---------------------------------------------------------------------------------------------------------------
// Types

/** What a line of the template is, which decides its formatting. */
export type LineRole =
  | "header-left"
  | "header-right"
  | "title"
  | "subtitle"
  | "rule"
  | "part"
  | "part-subtitle"
  | "roman-heading"
  | "numbered-heading"
  | "star-heading"
  | "guidance-note"
  | "list-item"
  | "body"
  | "empty";

/** A span of a line written as its own run, so later steps can find it (content-control fixture). */
interface RunSplit {
  start: number;
  end: number;
}

interface ParagraphVariant {
  /** Word heading styles on part (Heading 1), roman (Heading 2) and numbered (Heading 3) headings. */
  headingStyles: boolean;
  /** Extra run boundaries per line index. */
  splits?: ReadonlyMap<number, readonly RunSplit[]>;
}

// ---------------------------------------------------------------------------------------------------------------
// Constants

/** Lines 1–5 fill the header table's left cell, lines 6–8 its right cell (0-based indices below). */
export const HEADER_LEFT_LINES = [0, 1, 2, 3, 4] as const;
export const HEADER_RIGHT_LINES = [5, 6, 7] as const;
/** Lines whose leading whitespace was the text export's table-cell separator. */
export const CELL_SEPARATOR_LINES = [0, 5] as const;

const FONT = "Times New Roman";
const BODY_SIZE = 28; // half-points: 14 pt
const HEADER_SIZE = 26; // 13 pt, as official headers are set
const FIRST_LINE_INDENT = 567; // twips: 1 cm
/** A4 in twips, margins per Nghị định 30/2020 (top/bottom 20 mm, left 30 mm, right 15 mm). */
const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 850 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const HEADER_COLUMNS = [3900, TEXT_WIDTH - 3900];
/** Fixed dates keep the output byte-for-byte reproducible. */
const FIXED_DATE = new Date(Date.UTC(2017, 5, 1, 0, 0, 0));
const FIXED_ISO = "2017-06-01T00:00:00Z";
/** A numbered list whose items run longer than this is a list of tasks, not of section headings. */
const LIST_ITEM_MIN_LENGTH = 200;

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml";

// ---------------------------------------------------------------------------------------------------------------
// Reading and classifying the template text

/** The template's lines: split on LF only, so trailing spaces and the final lone-space line are kept. */
export function splitTemplateLines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split("\n");
}

/** The text a line's paragraph holds: the line itself, minus the cell separator on the header block's lines 1 and 6. */
export function paragraphText(lines: readonly string[], index: number): string {
  const line = lines[index];
  return (CELL_SEPARATOR_LINES as readonly number[]).includes(index) ? line.replace(/^[ \t]+/, "") : line;
}

const ROMAN = /^[IVXL]+\.\s/;
const NUMBERED = /^\d+\.\s/;
const PART = /^Phần thứ\s/;

/** Assigns each line its role. Pure: the same lines always give the same roles. */
export function classifyLines(lines: readonly string[]): LineRole[] {
  const roles: LineRole[] = lines.map((line, i) => {
    if ((HEADER_LEFT_LINES as readonly number[]).includes(i)) return "header-left";
    if ((HEADER_RIGHT_LINES as readonly number[]).includes(i)) return "header-right";
    if (line.trim() === "") return "empty";
    if (line.trim() === "BÁO CÁO") return "title";
    if (/^-{5,}$/.test(line.trim())) return "rule";
    if (PART.test(line)) return "part";
    if (ROMAN.test(line)) return "roman-heading";
    if (NUMBERED.test(line)) return "numbered-heading";
    if (/^\*\s+\S.*:\s*$/.test(line)) return "star-heading";
    if (/^\(.*\)\.?\s*$/.test(line)) return "guidance-note";
    return "body";
  });

  // The subtitle is the first text line after the title, and the lines between a part heading and the first section
  // heading (its name, possibly over several lines) are the part's subtitle.
  const title = roles.indexOf("title");
  if (title >= 0) {
    const sub = roles.findIndex((r, i) => i > title && r !== "empty");
    if (sub >= 0 && roles[sub] === "body") roles[sub] = "subtitle";
  }
  roles.forEach((role, i) => {
    if (role !== "part") return;
    for (let j = i + 1; j < roles.length && (roles[j] === "body" || roles[j] === "empty"); j++) {
      if (roles[j] === "body") roles[j] = "part-subtitle";
    }
  });

  // Within one roman section the numbered lines are either all headings or all list items: a list holding a long
  // sentence (the tasks under "II. Nhiệm vụ và giải pháp") is a list of items.
  let group: number[] = [];
  const closeGroup = () => {
    if (group.some((i) => lines[i].length > LIST_ITEM_MIN_LENGTH)) for (const i of group) roles[i] = "list-item";
    group = [];
  };
  roles.forEach((role, i) => {
    if (role === "roman-heading" || role === "part") closeGroup();
    else if (role === "numbered-heading") group.push(i);
  });
  closeGroup();
  return roles;
}

// ---------------------------------------------------------------------------------------------------------------
// Building paragraphs

/** Runs for a text; a TAB becomes a real `w:tab`, never a literal tab character inside `w:t`. */
function runsFor(text: string, run: IRunOptions = {}): TextRun[] {
  if (!text.includes("\t")) return [new TextRun({ ...run, text })];
  const children: (string | Tab)[] = [];
  text.split("\t").forEach((part, i) => {
    if (i > 0) children.push(new Tab());
    if (part) children.push(part);
  });
  return [new TextRun({ ...run, children })];
}

/** Runs for a line, split at the requested boundaries (each piece its own run, same formatting). */
function splitRuns(text: string, splits: readonly RunSplit[] | undefined, run: IRunOptions): TextRun[] {
  if (!splits?.length) return text === "" ? [] : runsFor(text, run);
  const cuts = [...new Set([0, text.length, ...splits.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const piece = text.slice(cuts[k], cuts[k + 1]);
    if (piece) runs.push(...runsFor(piece, run));
  }
  return runs;
}

const HEADING_FOR: Partial<Record<LineRole, (typeof HeadingLevel)[keyof typeof HeadingLevel]>> = {
  part: HeadingLevel.HEADING_1,
  "roman-heading": HeadingLevel.HEADING_2,
  "numbered-heading": HeadingLevel.HEADING_3,
};

function formatFor(role: LineRole): { paragraph: IParagraphOptions; run: IRunOptions } {
  const centred = { alignment: AlignmentType.CENTER };
  const justified = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE_INDENT } };
  const spaced = { spacing: { before: 60, after: 60 } };
  switch (role) {
    case "title":
      return { paragraph: { ...centred, spacing: { before: 120 } }, run: { bold: true } };
    case "subtitle":
    case "part":
    case "part-subtitle":
      return { paragraph: centred, run: { bold: true } };
    case "rule":
      return { paragraph: { ...centred, spacing: { after: 120 } }, run: {} };
    case "roman-heading":
    case "numbered-heading":
    case "star-heading":
      return { paragraph: { ...justified, ...spaced, keepNext: true }, run: { bold: true } };
    case "guidance-note":
      return { paragraph: { ...justified, ...spaced }, run: { italics: true } };
    case "empty":
      return { paragraph: {}, run: {} };
    default:
      return { paragraph: { ...justified, ...spaced }, run: {} };
  }
}

function bodyParagraph(text: string, role: LineRole, variant: ParagraphVariant, splits?: readonly RunSplit[]) {
  const { paragraph, run } = formatFor(role);
  const heading = variant.headingStyles ? HEADING_FOR[role] : undefined;
  // With a heading style the style carries the bold, as in a document formatted the Word way.
  if (heading) return new Paragraph({ ...paragraph, heading, children: splitRuns(text, splits, {}) });
  return new Paragraph({ ...paragraph, children: splitRuns(text, splits, run) });
}

function headerCellParagraph(text: string, index: number, variant: ParagraphVariant): Paragraph {
  const size = HEADER_SIZE;
  // Line 2 (ĐẢNG ỦY …) and line 6 (ĐẢNG CỘNG SẢN VIỆT NAM) carry the emphasis real headers give them.
  const run: IRunOptions =
    index === 1
      ? { size, bold: true }
      : index === 5
        ? { size, bold: true, underline: {} }
        : index === 7
          ? { size, italics: true }
          : { size };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: splitRuns(text, variant.splits?.get(index), run),
  });
}

function headerTable(lines: readonly string[], variant: ParagraphVariant): Table {
  const cell = (indices: readonly number[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.TOP,
      borders: TableBorders.NONE,
      children: indices.map((i) => headerCellParagraph(paragraphText(lines, i), i, variant)),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: HEADER_COLUMNS,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [cell(HEADER_LEFT_LINES, HEADER_COLUMNS[0]), cell(HEADER_RIGHT_LINES, HEADER_COLUMNS[1])],
      }),
    ],
  });
}

/** The template's block content: the header table, then one paragraph per remaining line. */
export function templateContent(lines: readonly string[], variant: ParagraphVariant): (Paragraph | Table)[] {
  const roles = classifyLines(lines);
  const body = lines
    .map((line, i) => ({ line, i }))
    .filter(({ i }) => roles[i] !== "header-left" && roles[i] !== "header-right")
    .map(({ line, i }) => bodyParagraph(line, roles[i], variant, variant.splits?.get(i)));
  return [headerTable(lines, variant), ...body];
}

// ---------------------------------------------------------------------------------------------------------------
// Documents and packaging

const PAGE_PROPERTIES: ISectionOptions["properties"] = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 567, footer: 567 },
  },
};

const HEADING_STYLE = { run: { font: FONT, size: BODY_SIZE, bold: true, color: "000000" } };

function newDocument(
  sections: ISectionOptions[],
  extra: { title: string; footnotes?: Record<string, { children: Paragraph[] }>; placeholderStyle?: boolean },
) {
  return new Document({
    creator: "Điền mẫu",
    lastModifiedBy: "Điền mẫu",
    title: extra.title,
    revision: 1,
    footnotes: extra.footnotes,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE, language: { value: "vi-VN" } },
          paragraph: { spacing: { line: 276 } },
        },
        heading1: { ...HEADING_STYLE, paragraph: { alignment: AlignmentType.CENTER, outlineLevel: 0 } },
        heading2: { ...HEADING_STYLE, paragraph: { outlineLevel: 1 } },
        heading3: { ...HEADING_STYLE, paragraph: { outlineLevel: 2 } },
      },
      characterStyles: extra.placeholderStyle
        ? [{ id: "PlaceholderText", name: "Placeholder Text", run: { color: "808080" } }]
        : [],
    },
    sections: sections.map((s) => ({ ...s, properties: PAGE_PROPERTIES })),
  });
}

type XmlEdit = (doc: XmlDocument) => void;

/**
 * Fixes the package's dates and applies XML edits the docx library cannot express, then zips it again with fixed
 * entry dates in the library's part order.
 */
async function finishPackage(bytes: Uint8Array, edits: Record<string, XmlEdit> = {}): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(source.files)) {
    const entry = source.files[name];
    if (entry.dir) continue;
    let content: string | Uint8Array = await entry.async("uint8array");
    if (name.endsWith(".xml") || name.endsWith(".rels")) {
      let xml = new TextDecoder().decode(content);
      if (name === "docProps/core.xml") {
        xml = xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${FIXED_ISO}$2`);
      }
      const edit = edits[name];
      if (edit) {
        const doc = parseXml(xml, name);
        edit(doc);
        xml = new XMLSerializer().serializeToString(doc);
      }
      content = xml;
    }
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  for (const name of Object.keys(edits)) if (!source.files[name]) throw new Error(`part ${name} not in the package`);
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

function parseXml(xml: string, name: string): XmlDocument {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${name}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
}

/** The document's paragraphs in Word's order: body and table-cell paragraphs, none from inside text boxes. */
function documentParagraphs(doc: XmlDocument): XmlElement[] {
  return Array.from(doc.getElementsByTagNameNS(W_NS, "p")).filter((p) => {
    for (let n = p.parentNode; n; n = n.parentNode) if (n.nodeName === "w:txbxContent") return false;
    return true;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The shipped template

export async function buildTemplate(lines: readonly string[]): Promise<Buffer> {
  const doc = newDocument([{ children: templateContent(lines, { headingStyles: false }) }], {
    title: "Báo cáo sơ kết 5 năm thực hiện Chỉ thị 17-CT/TW",
  });
  return finishPackage(await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------------------------------------------------------
// Fixture: the template with Word heading styles

export async function buildHeadingsFixture(lines: readonly string[]): Promise<Buffer> {
  const doc = newDocument([{ children: templateContent(lines, { headingStyles: true }) }], {
    title: "Báo cáo (kiểu Heading)",
  });
  return finishPackage(await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------------------------------------------------------
// Fixture: blanks already wrapped in content controls

/** A blank of the template wrapped in a rich-text content control. */
export interface ControlSpec {
  /** 0-based line index. */
  line: number;
  /** A piece of the line that contains the blank exactly once, so the blank's position is unambiguous. */
  within: string;
  blank: string;
  id: number;
  tag: string;
  title: string;
  /** The control's text; absent means empty, showing `placeholder`. */
  value?: string;
  placeholder?: string;
  locked?: boolean;
}

export const CONTROL_SPECS: readonly ControlSpec[] = [
  {
    line: 14,
    within: "số .....-KH",
    blank: ".....",
    id: 101,
    tag: "so-ke-hoach",
    title: "Số kế hoạch",
    value: "45",
  },
  {
    line: 14,
    within: "xã........... báo",
    blank: "...........",
    id: 102,
    tag: "ten-xa",
    title: "Tên xã",
    placeholder: "Nhập tên xã",
  },
  {
    line: 21,
    within: "………là xã",
    blank: "………",
    id: 103,
    tag: "ten-xa",
    title: "Tên xã",
    placeholder: "Nhập tên xã",
  },
  {
    line: 60,
    within: "BCH có.....đồng",
    blank: ".....",
    id: 104,
    tag: "so-uy-vien-bch",
    title: "Số ủy viên BCH",
    value: ".....",
    locked: true,
  },
];

export const CHECKBOX_SPEC = {
  id: 105,
  tag: "da-kiem-tra",
  title: "Đã kiểm tra số liệu",
  label: " Đã kiểm tra số liệu",
};

function controlSpan(lines: readonly string[], spec: ControlSpec): RunSplit {
  const text = paragraphText(lines, spec.line);
  const at = text.indexOf(spec.within);
  const offset = spec.within.indexOf(spec.blank);
  if (at < 0 || offset < 0 || text.indexOf(spec.within, at + 1) >= 0) {
    throw new Error(`line ${spec.line + 1}: "${spec.within}" must occur exactly once and contain "${spec.blank}"`);
  }
  return { start: at + offset, end: at + offset + spec.blank.length };
}

function wEl(doc: XmlDocument, name: string, attrs: Record<string, string> = {}, ns = W_NS): XmlElement {
  const el = doc.createElementNS(ns, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(k.startsWith("w14:") ? W14_NS : W_NS, k, v);
  return el;
}

function runText(run: XmlElement): string {
  let s = "";
  for (const t of Array.from(run.getElementsByTagNameNS(W_NS, "t"))) s += t.textContent ?? "";
  return s;
}

/** The run of paragraph `p` that starts at `start` and holds exactly `text`. */
function runAt(p: XmlElement, start: number, text: string): XmlElement {
  let pos = 0;
  for (const r of Array.from(p.getElementsByTagNameNS(W_NS, "r"))) {
    const t = runText(r);
    if (pos === start && t === text) return r;
    pos += t.length;
  }
  throw new Error(`no run "${text}" at offset ${start}`);
}

function setRunText(doc: XmlDocument, run: XmlElement, text: string) {
  for (const t of Array.from(run.getElementsByTagNameNS(W_NS, "t"))) run.removeChild(t);
  const t = wEl(doc, "w:t", {});
  t.setAttribute("xml:space", "preserve");
  t.appendChild(doc.createTextNode(text));
  run.appendChild(t);
}

function ensureRunProps(doc: XmlDocument, run: XmlElement): XmlElement {
  const first = run.firstChild as XmlElement | null;
  if (first && first.nodeName === "w:rPr") return first;
  const rPr = wEl(doc, "w:rPr");
  run.insertBefore(rPr, run.firstChild);
  return rPr;
}

/** Wraps `run` in a `w:sdt` whose properties are `props` (in schema order), keeping its place in the paragraph. */
function wrapInControl(doc: XmlDocument, run: XmlElement, props: XmlElement[]) {
  const sdt = wEl(doc, "w:sdt");
  const sdtPr = wEl(doc, "w:sdtPr");
  props.forEach((p) => sdtPr.appendChild(p));
  const content = wEl(doc, "w:sdtContent");
  run.parentNode!.insertBefore(sdt, run);
  sdt.appendChild(sdtPr);
  sdt.appendChild(content);
  content.appendChild(run);
}

function addTextControl(doc: XmlDocument, run: XmlElement, spec: ControlSpec) {
  const props = [
    wEl(doc, "w:alias", { "w:val": spec.title }),
    wEl(doc, "w:tag", { "w:val": spec.tag }),
    wEl(doc, "w:id", { "w:val": String(spec.id) }),
  ];
  if (spec.locked) props.push(wEl(doc, "w:lock", { "w:val": "contentLocked" }));
  if (spec.value === undefined) {
    props.push(wEl(doc, "w:showingPlcHdr"));
    setRunText(doc, run, spec.placeholder ?? "");
    const rPr = ensureRunProps(doc, run);
    rPr.insertBefore(wEl(doc, "w:rStyle", { "w:val": "PlaceholderText" }), rPr.firstChild);
  } else {
    setRunText(doc, run, spec.value);
  }
  wrapInControl(doc, run, props);
}

function addCheckbox(doc: XmlDocument, p: XmlElement) {
  const run = Array.from(p.getElementsByTagNameNS(W_NS, "r"))[0];
  const box = wEl(doc, "w14:checkbox", {}, W14_NS);
  box.appendChild(wEl(doc, "w14:checked", { "w14:val": "0" }, W14_NS));
  box.appendChild(wEl(doc, "w14:checkedState", { "w14:val": "2612", "w14:font": "MS Gothic" }, W14_NS));
  box.appendChild(wEl(doc, "w14:uncheckedState", { "w14:val": "2610", "w14:font": "MS Gothic" }, W14_NS));
  wrapInControl(doc, run, [
    wEl(doc, "w:alias", { "w:val": CHECKBOX_SPEC.title }),
    wEl(doc, "w:tag", { "w:val": CHECKBOX_SPEC.tag }),
    wEl(doc, "w:id", { "w:val": String(CHECKBOX_SPEC.id) }),
    box,
  ]);
}

export async function buildContentControlsFixture(lines: readonly string[]): Promise<Buffer> {
  const splits = new Map<number, RunSplit[]>();
  const spans = CONTROL_SPECS.map((spec) => {
    const span = controlSpan(lines, spec);
    splits.set(spec.line, [...(splits.get(spec.line) ?? []), span]);
    return span;
  });
  const checkboxParagraph = new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    children: [
      new TextRun({ text: "\u2610", font: "MS Gothic" }),
      new TextRun({ text: CHECKBOX_SPEC.label, italics: true }),
    ],
  });
  const doc = newDocument(
    [{ children: [...templateContent(lines, { headingStyles: false, splits }), checkboxParagraph] }],
    { title: "Báo cáo (có điều khiển nội dung)", placeholderStyle: true },
  );
  return finishPackage(await Packer.toBuffer(doc), {
    "word/document.xml": (xml) => {
      const paragraphs = documentParagraphs(xml);
      // Find every run before changing any: a control's new text would shift the offsets of the blanks after it.
      const runs = CONTROL_SPECS.map((spec, k) => runAt(paragraphs[spec.line], spans[k].start, spec.blank));
      CONTROL_SPECS.forEach((spec, k) => addTextControl(xml, runs[k], spec));
      addCheckbox(xml, paragraphs[lines.length]);
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Fixture: blanks in the page header and footer

export const HEADER_FIXTURE = {
  header: ["ĐẢNG ỦY XÃ ..........", "Số: ....../BC-ĐU"],
  footer: ["Nơi lưu: Văn phòng Đảng ủy xã .........."],
  body: [
    "BÁO CÁO",
    "Kết quả công tác tháng ..... năm 2017",
    "Tổng số đảng viên: ..... đồng chí, trong đó nữ: ..... đồng chí.",
    "Người báo cáo: ..............................",
  ],
} as const;

export async function buildHeaderBlanksFixture(): Promise<Buffer> {
  const centred = (text: string, bold = false) =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold })] });
  const [title, ...rest] = HEADER_FIXTURE.body;
  const doc = newDocument(
    [
      {
        headers: { default: new Header({ children: HEADER_FIXTURE.header.map((t, i) => centred(t, i === 0)) }) },
        footers: { default: new Footer({ children: HEADER_FIXTURE.footer.map((t) => centred(t)) }) },
        children: [centred(title, true), ...rest.map((t) => bodyParagraph(t, "body", { headingStyles: false }))],
      },
    ],
    { title: "Mẫu có chỗ trống ở đầu trang" },
  );
  return finishPackage(await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------------------------------------------------------
// Fixture: TAB leaders, note numbers, a footnote and a text box

/** The paragraph texts of tab-leaders.docx as Word's `body.paragraphs` gives them (TABs as `\t`). */
export const TAB_FIXTURE = {
  paragraphs: [
    "PHIẾU THÔNG TIN",
    "Họ và tên:\t",
    "Đơn vị công tác:\t",
    "Ghi chú:\t",
    "\t",
    "Tổng số hội viên: ..... 5 ..... người.",
    "Số buổi tuyên truyền: .......... buổi.",
    "Mã hồ sơ ghi trong khung bên phải.",
    "Ghi chú: (5) Ghi tổng số hội viên của tất cả các chi hội.",
  ],
  /** Paragraph indices whose TAB draws a dotted leader; paragraph 3's TAB has no leader. */
  leaderParagraphs: [1, 2, 4],
  plainTabParagraph: 3,
  noteParagraph: 5,
  footnoteParagraph: 6,
  textBoxParagraph: 7,
  textBoxText: "Mã số: ..........",
  footnoteText: "Tính cả các buổi sinh hoạt chuyên đề.",
} as const;

const DOT_LEADER_TAB = [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: "dot" as const }];
const PLAIN_TAB = [{ type: TabStopType.LEFT, position: 4000 }];

/** A floating text box as Word writes it: DrawingML shape with a VML fallback, each holding the same content. */
function textBoxRunXml(text: string): string {
  const para = `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const emuW = 1828800;
  const emuH = 457200;
  return (
    `<w:r xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"` +
    ` xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"` +
    ` xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"` +
    ` xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>` +
    `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"` +
    ` behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>` +
    `<wp:positionH relativeFrom="column"><wp:posOffset>3600000</wp:posOffset></wp:positionH>` +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${emuW}" cy="${emuH}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>` +
    `<wp:docPr id="1" name="Hộp văn bản 1"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>` +
    `<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emuW}" cy="${emuH}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/>` +
    `</a:solidFill></a:ln></wps:spPr><wps:txbx><w:txbxContent>${para}</w:txbxContent></wps:txbx>` +
    `<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">` +
    `<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"` +
    ` xmlns:o="urn:schemas-microsoft-com:office:office" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>` +
    `<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="Hộp văn bản 1" o:spid="_x0000_s1026"` +
    ` xmlns:o="urn:schemas-microsoft-com:office:office" type="#_x0000_t202"` +
    ` style="position:absolute;margin-left:283.45pt;margin-top:0;width:144pt;height:36pt;z-index:251659264"` +
    ` strokeweight=".5pt"><v:textbox><w:txbxContent>${para}</w:txbxContent></v:textbox></v:shape></w:pict>` +
    `</mc:Fallback></mc:AlternateContent></w:r>`
  );
}

export async function buildTabLeadersFixture(): Promise<Buffer> {
  const f = TAB_FIXTURE;
  const para = (text: string, options: IParagraphOptions = {}) =>
    new Paragraph({ ...options, children: runsFor(text) });
  const doc = newDocument(
    [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: f.paragraphs[0], bold: true })],
          }),
          para(f.paragraphs[1], { tabStops: DOT_LEADER_TAB }),
          para(f.paragraphs[2], { tabStops: DOT_LEADER_TAB }),
          para(f.paragraphs[3], { tabStops: PLAIN_TAB }),
          para(f.paragraphs[4], { tabStops: DOT_LEADER_TAB }),
          new Paragraph({
            children: [
              new TextRun("Tổng số hội viên: ..... "),
              new TextRun({ text: "5", superScript: true }),
              new TextRun(" ..... người."),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun("Số buổi tuyên truyền: .........."),
              new FootnoteReferenceRun(1),
              new TextRun(" buổi."),
            ],
          }),
          para(f.paragraphs[7]),
          new Paragraph({ children: [new TextRun({ text: f.paragraphs[8], italics: true })] }),
        ],
      },
    ],
    {
      title: "Dấu chấm dẫn, số chú thích, hộp văn bản",
      footnotes: { 1: { children: [new Paragraph(f.footnoteText)] } },
    },
  );
  return finishPackage(await Packer.toBuffer(doc), {
    "word/document.xml": (xml) => {
      const target = documentParagraphs(xml)[f.textBoxParagraph];
      const fragment = parseXml(textBoxRunXml(f.textBoxText), "text box");
      target.appendChild(xml.importNode(fragment.documentElement!, true));
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Command line

export const OUTPUTS = {
  template: "assets/template.docx",
  headings: "test/fixtures/template-headings.docx",
  contentControls: "test/fixtures/template-content-controls.docx",
  headerBlanks: "test/fixtures/template-header-blanks.docx",
  tabLeaders: "test/fixtures/tab-leaders.docx",
} as const;

/** Builds every document from the template text; keyed like OUTPUTS. */
export async function buildAll(templateText: string): Promise<Record<keyof typeof OUTPUTS, Buffer>> {
  const lines = splitTemplateLines(templateText);
  return {
    template: await buildTemplate(lines),
    headings: await buildHeadingsFixture(lines),
    contentControls: await buildContentControlsFixture(lines),
    headerBlanks: await buildHeaderBlanksFixture(),
    tabLeaders: await buildTabLeadersFixture(),
  };
}

async function main() {
  const root = resolve(__dirname, "..");
  const built = await buildAll(readFileSync(join(root, "assets/template.txt"), "utf8"));
  for (const [key, path] of Object.entries(OUTPUTS) as [keyof typeof OUTPUTS, string][]) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, built[key]);
    console.log(`${path}  ${built[key].length} bytes`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`build-template: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
