/**
 * What Word puts in a document of its own is no place to fill: a page-number block in the footer, a table of
 * contents, a document property that already holds its value. Read by the .docx reader and by the Word layer.
 */
import { scan } from "../../src/core";
import { readDocxSnapshot } from "../../src/docx/snapshot";
import { buildDocx, para, partText, run, W } from "../sim/build";
import { ALTERNATING, tabbedParagraph, tabsOf } from "../sim/tabs";
import { open, savedTexts, unreadableOoxml } from "./helpers";

const field = (instr: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/** A block control Word inserts from a gallery (`w:docPartObj`), around `content`. */
const gallery = (name: string, id: number, content: string) =>
  `<w:sdt><w:sdtPr><w:id w:val="${id}"/><w:docPartObj><w:docPartGallery w:val="${name}"/><w:docPartUnique/>` +
  `</w:docPartObj></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

const CORE = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}";
const APP = "{6668398D-A668-4E3E-A5EB-62B293D839F1}";
const COVER = "{55AF091B-3C7A-41E3-B477-F2FDAA23CFDA}";

/** An inline control bound to a document property, as Insert › Quick Parts › Document Property makes it. */
function property(alias: string, id: number, store: string, xpath: string, text: string | null, placeholder = "") {
  const empty = text === null;
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${alias}"/><w:tag w:val=""/><w:id w:val="${id}"/>` +
    `${empty ? "<w:showingPlcHdr/>" : ""}<w:dataBinding w:xpath="${xpath}" w:storeItemID="${store}"/><w:text/>` +
    `</w:sdtPr><w:sdtContent>${run(empty ? placeholder : text)}</w:sdtContent></w:sdt>`
  );
}

const tocStyles =
  `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">` +
  [1, 2]
    .map(
      (n) =>
        `<w:style w:type="paragraph" w:styleId="TOC${n}"><w:name w:val="toc ${n}"/><w:pPr><w:tabs>` +
        `<w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs></w:pPr></w:style>`,
    )
    .join("") +
  `</w:styles>`;

const tocEntry = (style: string, title: string, page: string) =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${run(title)}<w:r><w:tab/></w:r>${field(`PAGEREF _Toc1 \\h`, page)}</w:p>`;

async function documentWithBuiltIns(): Promise<Uint8Array> {
  return buildDocx({
    body: [
      gallery(
        "Table of Contents",
        11,
        para(run("MỤC LỤC")) +
          tocEntry("TOC1", "Phần thứ nhất. Kết quả thực hiện", "3") +
          tocEntry("TOC2", "1. Khái quát đặc điểm tình hình", "3") +
          tocEntry("TOC2", "2. Những hạn chế", "iv"),
      ),
      // A table of contents as a bare field, with no control around it.
      `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
        `<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>` +
        `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run("Phần thứ hai. Phương hướng")}<w:r><w:tab/></w:r>` +
        `${run("12")}</w:p>`,
      `<w:p><w:pPr><w:pStyle w:val="TOC2"/></w:pPr>${run("Mẫu 1.2 — Quyết định")}<w:r><w:tab/></w:r>${run("15")}` +
        `<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
      para(run("Tiêu đề: "), property("Title", 21, CORE, "/ns1:coreProperties[1]/ns0:title[1]", "Báo cáo sơ kết")),
      para(
        run("Người soạn: "),
        property("Author", 22, CORE, "/ns1:coreProperties[1]/ns0:creator[1]", null, "[Tác giả]"),
      ),
      para(run("Đơn vị: "), property("Company", 23, APP, "/ns0:Properties[1]/ns0:Company[1]", "UBND xã Tân Lập")),
      para(
        run("Ngày ban hành: "),
        property("Publish Date", 24, COVER, "/ns0:CoverPageProperties[1]/ns0:PublishDate[1]", null, "[Ngày]"),
      ),
      para(run("Họ và tên người báo cáo: ……………")),
    ],
    footer: [
      gallery(
        "Page Numbers (Bottom of Page)",
        31,
        `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${field("PAGE", "1")}</w:p>`,
      ),
    ],
    parts: [["styles.xml", "styles", tocStyles]],
  });
}

const labelsOf = (blanks: Array<{ label: string }>) => blanks.map((b) => b.label);

describe(".docx reader: Word's own building blocks and document properties", () => {
  test("a page-number block in the footer and a table of contents are no controls to fill", async () => {
    const snapshot = await readDocxSnapshot(await documentWithBuiltIns());
    expect(snapshot.contentControls.map((c) => c.title)).toEqual(["Author", "Publish Date"]);
    const { blanks } = scan({ snapshot });
    const footer = snapshot.paragraphs.findIndex((p) => p.location === "footer");
    expect(blanks.filter((b) => b.paragraph === footer)).toEqual([]);
    // Nothing in the table of contents, in the control or in the bare field.
    expect(blanks.filter((b) => b.paragraph < 6)).toEqual([]);
  });

  test("a document property is a field while empty, and not once it holds its value", async () => {
    const { blanks } = scan({ snapshot: await readDocxSnapshot(await documentWithBuiltIns()) });
    expect(labelsOf(blanks)).toEqual(["Author", "Publish Date", "Họ và tên người báo cáo"]);
  });
});

describe("Word layer: Word's own building blocks and document properties", () => {
  test("the same fields as the .docx reader, from Word's controls and its OOXML", async () => {
    const s = await open(await documentWithBuiltIns());
    const out = await s.gw.scan();
    expect(labelsOf(out.result.blanks)).toEqual(["Author", "Publish Date", "Họ và tên người báo cáo"]);
  });

  test("a write that fails part-way takes none of them for a half-made anchor of its own", async () => {
    const probe = await open(await documentWithBuiltIns());
    const values = (await probe.gw.scan()).result.blanks.map((b) => ({ blankId: b.id, value: `V-${b.label}` }));
    probe.sim.stats.reset();
    await probe.gw.apply(values);
    const total = probe.sim.stats.writes;
    for (let k = 0; k < total; k++) {
      const s = await open(await documentWithBuiltIns());
      await s.gw.scan();
      s.sim.options.failAfterWrites = { count: k };
      await s.gw.apply(values);
      const body = await partText(s.sim, "word/document.xml");
      expect(body.match(/<w:docPartObj>/g)).toHaveLength(1);
      expect(body.match(/<w:dataBinding /g)).toHaveLength(4);
      expect(await partText(s.sim, "word/footer1.xml")).toContain("Page Numbers (Bottom of Page)");
    }
  });

  test("a property filled from the pane is the document's from then on; the page number is left alone", async () => {
    const s = await open(await documentWithBuiltIns());
    const { result } = await s.gw.scan();
    const [author, date, name] = result.blanks;
    // What the pane shows right after a write offers none of Word's own controls either.
    const first = await s.gw.apply([{ blankId: name.id, value: "Nguyễn Văn An" }]);
    expect(first.outcome?.result.blanks.map((b) => b.label)).toEqual(labelsOf(result.blanks));
    const report = await s.gw.apply([author, date].map((b) => ({ blankId: b.id, value: `V-${b.label}` })));
    expect(report.failed).toEqual([]);
    const texts = await savedTexts(s.sim);
    expect(texts).toContain("Người soạn: V-Author");
    expect(texts).toContain("Ngày ban hành: V-Publish Date");
    expect(texts[texts.length - 1]).toBe("1");
    // Holding its value, the property is no longer asked for; the text blank keeps its value.
    const again = await s.gw.scan();
    expect(again.result.blanks.map((b) => [b.label, b.value])).toEqual([["Họ và tên người báo cáo", "Nguyễn Văn An"]]);
  });

  test("without the OOXML, a gallery control (the page-number block) is still no field", async () => {
    const s = await open(await documentWithBuiltIns());
    unreadableOoxml(s.sim);
    const out = await s.gw.scan();
    const fromControls = out.result.blanks.map((b) => b.contentControlId);
    expect(fromControls).not.toContain("31");
    expect(fromControls).not.toContain("11");
    expect(fromControls).toContain("22");
  });
});

describe("Word layer: leader TABs on right-aligned stops", () => {
  test("`Xã: … Huyện: … Tỉnh: …`: each blank is the TAB to its dotted stop, read from Word's OOXML", async () => {
    const { text, stops } = ALTERNATING;
    const s = await open(await buildDocx({ body: [tabbedParagraph(text, stops)] }));
    const out = await s.gw.scan();
    const at = tabsOf(text, 3, 6, 9);
    expect(out.snapshot.paragraphs[0].leaderTabs).toEqual(at);
    expect(out.result.blanks.map((b) => [b.label, b.start])).toEqual([
      ["Xã", at[0]],
      ["Huyện", at[1]],
      ["Tỉnh", at[2]],
    ]);
  });
});
