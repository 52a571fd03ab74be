import { scan, snapshotFromText } from "./index";
import type { SnapshotParagraph } from "./types";

const heading = (text: string): SnapshotParagraph => ({ text, location: "body", headingLevel: 2 });
const line = (text: string): SnapshotParagraph => ({ text, location: "body" });

function titles(paragraphs: SnapshotParagraph[]): string[] {
  return scan({ snapshot: { paragraphs, contentControls: [] } }).sections.map((s) => s.title);
}

describe("section titles", () => {
  test("a heading that is only a blank with its note number is named from its sample", () => {
    const doc = [
      line("Mẫu 2.1 - Thông báo (cá biệt) (*)"),
      line("THÔNG BÁO"),
      heading("………........ 3 ..............."),
      line("Nội dung: ……………………"),
    ];
    expect(titles(doc)).toEqual(["Mẫu 2.1 — Thông báo (cá biệt)"]);
  });

  test("a heading with a blank in it says its sample, the blank shown once as …", () => {
    const doc = [
      line("Mẫu 2.2 - Tờ trình"),
      heading("Về việc ............4 ..................."),
      line("Kính gửi: ……"),
    ];
    expect(titles(doc)).toEqual(["Mẫu 2.2 — Về việc …"]);
  });

  test("outside any sample, a heading of dots is named by its number", () => {
    const doc = [line("1. Tình hình chung"), line("Dân số: …… người"), line("2. ……………………"), line("Nội dung: ……")];
    expect(titles(doc)).toEqual(["1. Tình hình chung", "Mục 2"]);
  });

  test("an unnumbered heading of dots outside any sample is named by its place among its siblings", () => {
    const doc = [heading("Kết quả"), line("Số hộ: …… hộ"), heading("……………"), line("Ý kiến: ……")];
    expect(titles(doc)).toEqual(["Kết quả", "Mục 2"]);
  });

  test("a numbered heading keeps its words, without the blank after its colon", () => {
    const doc = [line("1. Tên khối tài liệu giao nộp: ……………… ……………………"), line("Ghi rõ: ……")];
    expect(titles(doc)).toEqual(["1. Tên khối tài liệu giao nộp:"]);
  });

  test("blanks under a named heading carry its name as their section", () => {
    const doc = [line("Mẫu 3 - Biên bản"), heading("……… 2 ………"), line("Địa điểm: ……………………")];
    const { blanks } = scan({ snapshot: { paragraphs: doc, contentControls: [] } });
    expect(blanks.find((b) => b.label === "Địa điểm")?.section).toEqual(["Mẫu 3 — Biên bản"]);
  });

  test("a heading without blanks is shown as written", () => {
    const text = ["I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Về kinh tế", "Tổng thu: …… đồng"].join("\n");
    expect(scan({ snapshot: snapshotFromText(text) }).sections.map((s) => s.title)).toEqual([
      "I. KẾT QUẢ ĐẠT ĐƯỢC",
      "1. Về kinh tế",
    ]);
  });
});
