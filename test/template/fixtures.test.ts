/**
 * The documents in test/fixtures/ are inputs for the engine, Word-layer and simulator tests: each must hold exactly
 * the Word structures its README entry promises, in a package Word can open.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import mammoth from "mammoth";
import type { Element as XmlElement } from "@xmldom/xmldom";
import {
  children,
  descendants,
  missingRelationshipTargets,
  openPackage,
  paragraphProp,
  paragraphs,
  part,
  partsWithoutContentType,
  textOf,
  wAttr,
  type Package,
} from "./ooxml";

const root = join(__dirname, "../..");
const fixture = (name: string) => readFileSync(join(root, "test/fixtures", name));
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
const lines = readFileSync(join(root, "assets/template.txt"), "utf8").split("\n");
/** The template's paragraph texts: the source lines without the header table's cell separators (lines 1 and 6). */
const templateTexts = lines.map((l, i) => (i === 0 || i === 5 ? l.replace(/^[ \t]+/, "") : l));

const FIXTURES = [
  "template-headings.docx",
  "template-content-controls.docx",
  "template-header-blanks.docx",
  "tab-leaders.docx",
];

test.each(FIXTURES)("%s is a valid package: well-formed parts, content types, relationships", async (name) => {
  const pkg = await openPackage(fixture(name));
  expect(partsWithoutContentType(pkg)).toEqual([]);
  expect(missingRelationshipTargets(pkg)).toEqual([]);
  const { messages } = await mammoth.extractRawText({ buffer: fixture(name) });
  expect(messages.filter((m) => m.type === "error")).toEqual([]);
});

describe("template-headings.docx", () => {
  let pkg: Package;
  beforeAll(async () => (pkg = await openPackage(fixture("template-headings.docx"))));

  test("has the template's text with Heading 1/2/3 on parts, I./II. and 1./2. section headings", () => {
    const ps = paragraphs(part(pkg, "word/document.xml"));
    expect(ps.map(textOf)).toEqual(templateTexts);
    const byStyle = (id: string) => ps.filter((p) => wAttr(paragraphProp(p, "pStyle"), "val") === id).map(textOf);
    expect(byStyle("Heading1")).toEqual(["Phần thứ nhất", "Phần thứ hai"]);
    expect(byStyle("Heading2")).toEqual([
      "I. Tình hình chung:",
      "II. Công tác lãnh đạo, chỉ đạo, quán triệt và triển khai:",
      "III. Kết quả thực hiện Chỉ thị 17.",
      "III. Đánh giá chung:",
      "I. Phương hướng: ",
      "II. Nhiệm vụ và giải pháp:",
    ]);
    const h3 = byStyle("Heading3");
    expect(h3.map((t) => t.slice(0, 2))).toEqual(["1.", "2.", "1.", "2.", "3.", "4.", "5.", "1.", "2.", "3."]);
    expect(h3).toContain("3. Bài học kinh nghiệm:");
    expect(h3.some((t) => t.startsWith("1. Tiếp tục tuyên truyền"))).toBe(false);
  });

  test("mammoth sees the headings as h1/h2/h3", async () => {
    const { value } = await mammoth.convertToHtml({ buffer: fixture("template-headings.docx") });
    expect(value).toContain("<h1>Phần thứ nhất</h1>");
    expect(value).toContain("<h2>II. Nhiệm vụ và giải pháp:</h2>");
    expect(value).toContain("<h3>2. Hạn chế:</h3>");
  });
});

describe("template-content-controls.docx", () => {
  let pkg: Package;
  let sdts: XmlElement[];
  beforeAll(async () => {
    pkg = await openPackage(fixture("template-content-controls.docx"));
    sdts = descendants(part(pkg, "word/document.xml"), "sdt");
  });
  const prop = (sdt: XmlElement, name: string) => {
    const pr = children(sdt, "sdtPr")[0];
    return children(pr, name)[0] ?? null;
  };
  const contentText = (sdt: XmlElement) =>
    descendants(children(sdt, "sdtContent")[0], "t")
      .map((t) => t.textContent)
      .join("");

  test("holds five controls with unique ids; the commune name twice under one tag", () => {
    const summary = sdts.map((s) => ({
      tag: wAttr(prop(s, "tag"), "val"),
      title: wAttr(prop(s, "alias"), "val"),
      text: contentText(s),
      placeholder: !!prop(s, "showingPlcHdr"),
      locked: wAttr(prop(s, "lock"), "val"),
    }));
    expect(summary).toEqual([
      { tag: "so-ke-hoach", title: "Số kế hoạch", text: "45", placeholder: false, locked: null },
      { tag: "ten-xa", title: "Tên xã", text: "Nhập tên xã", placeholder: true, locked: null },
      { tag: "ten-xa", title: "Tên xã", text: "Nhập tên xã", placeholder: true, locked: null },
      { tag: "so-uy-vien-bch", title: "Số ủy viên BCH", text: ".....", placeholder: false, locked: "contentLocked" },
      { tag: "da-kiem-tra", title: "Đã kiểm tra số liệu", text: "☐", placeholder: false, locked: null },
    ]);
    const ids = sdts.map((s) => wAttr(prop(s, "id"), "val"));
    expect(new Set(ids).size).toBe(5);
    expect(ids.every((id) => /^-?\d+$/.test(id ?? ""))).toBe(true);
  });

  test("the checkbox is a w14:checkbox, unchecked", () => {
    const box = descendants(part(pkg, "word/document.xml"), "checkbox", W14);
    expect(box).toHaveLength(1);
    expect(descendants(box[0], "checked", W14)[0].getAttributeNS(W14, "val")).toBe("0");
  });

  test("placeholder runs use the Placeholder Text style, which the styles part defines", () => {
    const empty = sdts.filter((s) => prop(s, "showingPlcHdr"));
    for (const s of empty) {
      const rStyle = descendants(children(s, "sdtContent")[0], "rStyle")[0];
      expect(wAttr(rStyle, "val")).toBe("PlaceholderText");
    }
    const styleIds = descendants(part(pkg, "word/styles.xml"), "style").map((s) => wAttr(s, "styleId"));
    expect(styleIds).toContain("PlaceholderText");
  });

  test("controls sit inline in the template's paragraphs; everything else is the template's text", () => {
    const ps = paragraphs(part(pkg, "word/document.xml"));
    expect(ps).toHaveLength(templateTexts.length + 1);
    const expected = [...templateTexts, "☐ Đã kiểm tra số liệu"];
    expected[14] = templateTexts[14].replace("số .....-KH", "số 45-KH").replace("xã...........", "xãNhập tên xã");
    expected[21] = templateTexts[21].replace(/^………/, "Nhập tên xã");
    expect(ps.map(textOf)).toEqual(expected);
    for (const s of sdts) expect(s.parentNode?.localName).toBe("p");
  });
});

describe("template-header-blanks.docx", () => {
  test("the primary header holds two blanks, the footer one, the body a few", async () => {
    const pkg = await openPackage(fixture("template-header-blanks.docx"));
    const sectPr = descendants(part(pkg, "word/document.xml"), "sectPr")[0];
    const ref = (kind: string) => {
      const el = children(sectPr, kind)[0];
      expect(wAttr(el, "type")).toBe("default");
      const rid = el.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
      const rels = part(pkg, "word/_rels/document.xml.rels");
      const rel = Array.from(rels.getElementsByTagName("Relationship")).find((r) => r.getAttribute("Id") === rid);
      return part(pkg, `word/${rel?.getAttribute("Target")}`);
    };
    expect(paragraphs(ref("headerReference")).map(textOf)).toEqual(["ĐẢNG ỦY XÃ ..........", "Số: ....../BC-ĐU"]);
    expect(paragraphs(ref("footerReference")).map(textOf)).toEqual(["Nơi lưu: Văn phòng Đảng ủy xã .........."]);
    expect(paragraphs(part(pkg, "word/document.xml")).map(textOf)).toEqual([
      "BÁO CÁO",
      "Kết quả công tác tháng ..... năm 2017",
      "Tổng số đảng viên: ..... đồng chí, trong đó nữ: ..... đồng chí.",
      "Người báo cáo: ..............................",
    ]);
  });
});

describe("tab-leaders.docx", () => {
  let pkg: Package;
  let ps: ReturnType<typeof paragraphs>;
  beforeAll(async () => {
    pkg = await openPackage(fixture("tab-leaders.docx"));
    ps = paragraphs(part(pkg, "word/document.xml"));
  });
  const tabStops = (i: number) => {
    const tabs = paragraphProp(ps[i], "tabs");
    return tabs ? children(tabs, "tab").map((t) => wAttr(t, "leader") ?? "none") : [];
  };

  test("paragraph texts as Word lists them (text-box paragraph left out)", () => {
    expect(ps.map(textOf)).toEqual([
      "PHIẾU THÔNG TIN",
      "Họ và tên:\t",
      "Đơn vị công tác:\t",
      "Ghi chú:\t",
      "\t",
      "Tổng số hội viên: ..... 5 ..... người.",
      "Số buổi tuyên truyền: .......... buổi.",
      "Mã hồ sơ ghi trong khung bên phải.",
      "Ghi chú: (5) Ghi tổng số hội viên của tất cả các chi hội.",
    ]);
  });

  test("label TABs and the lone TAB draw dot leaders; the 'Ghi chú:' TAB has none", () => {
    expect([1, 2, 3, 4].map(tabStops)).toEqual([["dot"], ["dot"], ["none"], ["dot"]]);
    for (const i of [1, 2, 3, 4])
      expect(descendants(ps[i], "tab").filter((t) => t.parentNode?.localName === "r")).toHaveLength(1);
  });

  test("the note number inside the blank is a superscript run of its own", () => {
    const runs = descendants(ps[5], "r");
    expect(runs.map((r) => descendants(r, "t")[0]?.textContent)).toEqual([
      "Tổng số hội viên: ..... ",
      "5",
      " ..... người.",
    ]);
    expect(wAttr(descendants(runs[1], "vertAlign")[0], "val")).toBe("superscript");
  });

  test("a real footnote reference follows a blank, and the footnote exists", () => {
    const refs = descendants(ps[6], "footnoteReference");
    expect(refs).toHaveLength(1);
    const id = wAttr(refs[0], "id");
    const note = descendants(part(pkg, "word/footnotes.xml"), "footnote").find((f) => wAttr(f, "id") === id);
    expect(note && paragraphs(note).map(textOf).join("")).toContain("Tính cả các buổi sinh hoạt chuyên đề.");
  });

  test("a text box holds a blank, as DrawingML with a VML fallback, inside paragraph 7", () => {
    const boxes = descendants(ps[7], "txbxContent");
    expect(boxes).toHaveLength(2);
    for (const box of boxes) expect(descendants(box, "p")).toHaveLength(1);
    for (const box of boxes) expect(descendants(box, "t").map((t) => t.textContent)).toEqual(["Mã số: .........."]);
    expect(
      descendants(
        part(pkg, "word/document.xml"),
        "AlternateContent",
        "http://schemas.openxmlformats.org/markup-compatibility/2006",
      ),
    ).toHaveLength(1);
  });
});
