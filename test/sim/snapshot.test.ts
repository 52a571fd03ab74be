import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { DocxError } from "../../src/docx/errors";
import { readDocxSnapshot } from "../../src/docx/snapshot";
import { CORPUS, corpusFile, corpusTest } from "./helpers";

const norm = (s: string) => s.replace(/\u00ad/g, "").trim();

describe("readDocxSnapshot on the corpus", () => {
  const pairs: Array<[string, string]> = [
    ["nd30_m17_giay_moi.docx", "nd30_m17_giay_moi.txt"],
    ["nd30_pl5_bien_ban_giao_nhan.docx", "nd30_pl5_bien_ban_giao_nhan.txt"],
    ["tt28_m16_thong_bao_tim_viec.docx", "tt28_m16_thong_bao_tim_viec.txt"],
    ["originals/cccd_to_khai.docx", "cccd_to_khai.txt"],
    ["originals/tt28_2015_mau16.docx", "tt28_m16_thong_bao_tim_viec.txt"],
  ];
  for (const [docx, txt] of pairs) {
    corpusTest(`${docx}: paragraph texts are LibreOffice's lines`, async () => {
      const snap = await readDocxSnapshot(corpusFile(docx));
      const mine = snap.paragraphs
        .flatMap((p) => p.text.split("\v"))
        .map(norm)
        .filter(Boolean);
      const lines = readFileSync(join(CORPUS, txt), "utf8").split(/\r?\n/).map(norm).filter(Boolean);
      expect(mine).toEqual(lines);
    });
  }

  corpusTest("table cells stand where their table stands, with nesting level and location", async () => {
    const snap = await readDocxSnapshot(corpusFile("nd30_m17_giay_moi.docx"));
    expect(snap.paragraphs[0]).toMatchObject({ text: "Mẫu 1.7 - Giấy mời", location: "body", tableNestingLevel: 0 });
    expect(snap.paragraphs[1]).toMatchObject({ text: "TÊN CQ, TC CHỦ QUẢN1", location: "table", tableNestingLevel: 1 });
  });

  corpusTest("a TAB reaching a dotted tab stop is a leader TAB; plain TABs are not", async () => {
    const snap = await readDocxSnapshot(corpusFile("nd30_m17_giay_moi.docx"));
    const p = snap.paragraphs.find((x) => x.text.startsWith("Chủ trì:"))!;
    expect(p.leaderTabs).toEqual([p.text.indexOf("\t")]);
    const phuluc3 = await readDocxSnapshot(corpusFile("originals/nd30_2020_phuluc3.docx"));
    const canCu = phuluc3.paragraphs.find((x) => x.text === "\tCăn cứ \t;")!;
    expect(canCu.leaderTabs).toEqual([8]);
  });

  corpusTest("text boxes are left out of the paragraphs and listed once with their anchor", async () => {
    const snap = await readDocxSnapshot(corpusFile("originals/cccd_to_khai.docx"));
    const boxes = snap.textBoxes ?? [];
    expect(boxes.map((b) => b.text)).toEqual([
      "Mẫu CCO1 ban hành kèm theo",
      " Thông tư số 41/2019/TT-BCA ngày 01/10/2019",
    ]);
    expect(snap.paragraphs.some((p) => p.text.includes("Mẫu CCO1"))).toBe(false);
  });

  corpusTest("footnote references are offsets with no character; superscript note numbers are spans", async () => {
    const snap = await readDocxSnapshot(corpusFile("originals/nd30_2020_phuluc5.docx"));
    const p = snap.paragraphs.find((x) => x.footnoteRefs?.length && x.text.startsWith("TÊN ĐƠN VỊ"))!;
    expect(p.footnoteRefs).toEqual([11]);
    expect(p.text).toBe("TÊN ĐƠN VỊ ");
    const phuluc3 = await readDocxSnapshot(corpusFile("originals/nd30_2020_phuluc3.docx"));
    const q = phuluc3.paragraphs.find((x) => x.text.startsWith("Điều 1......"))!;
    expect(q.superscripts).toEqual([[50, 51]]);
    expect(q.text.slice(50, 51)).toBe("8");
  });

  corpusTest("the first section's primary header follows the body", async () => {
    const snap = await readDocxSnapshot(corpusFile("originals/nd30_2020_phuluc5.docx"));
    const firstHeader = snap.paragraphs.findIndex((p) => p.location === "header");
    expect(firstHeader).toBeGreaterThan(200);
    expect(snap.paragraphs.slice(firstHeader).every((p) => p.location !== "body")).toBe(true);
  });
});

describe("readDocxSnapshot errors", () => {
  corpusTest("a legacy .doc is refused as legacy-doc", async () => {
    await expect(readDocxSnapshot(corpusFile("originals/tt66_2023_ct01.doc"))).rejects.toMatchObject({
      code: "legacy-doc",
    });
  });
  test("text is not-docx; a zip without word/document.xml or with broken XML is damaged", async () => {
    await expect(readDocxSnapshot(new TextEncoder().encode("hello"))).rejects.toBeInstanceOf(DocxError);
    await expect(readDocxSnapshot(new TextEncoder().encode("hello"))).rejects.toMatchObject({ code: "not-docx" });
    const zip = new JSZip();
    zip.file("x.txt", "x");
    const noDoc = await zip.generateAsync({ type: "uint8array" });
    await expect(readDocxSnapshot(noDoc)).rejects.toMatchObject({ code: "damaged" });
    zip.file("word/document.xml", "<w:document xmlns:w='x'><w:body></w:document>");
    await expect(readDocxSnapshot(await zip.generateAsync({ type: "uint8array" }))).rejects.toMatchObject({
      code: "damaged",
    });
    const truncated = noDoc.slice(0, 20);
    await expect(readDocxSnapshot(truncated)).rejects.toMatchObject({ code: "damaged" });
  });
});
