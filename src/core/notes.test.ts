import { readNotes } from "./notes";
import { scan, snapshotFromText } from "./index";

const TWO_SAMPLES = [
  "Mẫu 1.1 - Thông báo",
  "Về việc ……1……",
  "Ghi chú:",
  "1 Trích yếu nội dung thông báo.",
  "Mẫu 1.2 - Giấy mời",
  "Kính mời: ……2……",
  "Tới dự: ……1……",
  "Ghi chú:",
  "1 Tên cuộc họp.",
  "2 Người được mời.",
  "Mẫu 1.3 - Giấy giới thiệu",
  "Giới thiệu ông (bà): ……1……",
].join("\n");

function hints(text: string): Array<[string, string | null]> {
  return scan({ snapshot: snapshotFromText(text) }).blanks.map((b) => [b.context.before.trim(), b.hint]);
}

describe("template notes", () => {
  test("a marker is read in its own sample's notes, not the first sample's", () => {
    expect(hints(TWO_SAMPLES)).toEqual([
      ["Về việc", "Trích yếu nội dung thông báo."],
      ["Kính mời:", "Người được mời."],
      ["Tới dự:", "Tên cuộc họp."],
      ["Giới thiệu ông (bà):", null],
    ]);
  });

  test("a sample ends at its own note list: a form after it reads the next list", () => {
    const text = [
      "Mẫu 1.3 - Quyết định",
      "Điều 1. ……2……",
      "Ghi chú:",
      "2 Nội dung quyết định.",
      "Văn bản ban hành kèm theo quyết định",
      "Chương ……2……",
      "Ghi chú:",
      "2 Tên chương.",
    ].join("\n");
    expect(hints(text).map(([, h]) => h)).toEqual(["Nội dung quyết định.", "Tên chương."]);
  });

  test("notes printed above the form are its own", () => {
    const text = ["Ghi chú:", "(1) Ghi chữ in hoa.", "", "Họ và tên: ……1……"].join("\n");
    expect(hints(text)).toEqual([["Họ và tên:", "Ghi chữ in hoa."]]);
  });

  test("without a paragraph, the document's first note of that number", () => {
    const notes = readNotes(snapshotFromText(TWO_SAMPLES).paragraphs);
    expect(notes.get(1)).toBe("Trích yếu nội dung thông báo.");
    expect(notes.get(1, 6)).toBe("Tên cuộc họp.");
  });
});

describe("notes on a label", () => {
  const text = [
    "1. Họ và tên(1): ……………………",
    "2. Tên gọi khác (nếu có)(1): ……………………",
    "3. Số giấy tờ (2): ……………………",
    "4. Nơi cấp (3): ……………………",
    "Ghi chú: - (1): Ghi chữ in hoa đủ dấu.",
    "- (2) và (3): Ghi theo giấy tờ đã được cấp gần nhất.",
  ].join("\n");

  test("a marker on the label reads a note list whose first note shares the heading's line", () => {
    expect(hints(text)).toEqual([
      ["1. Họ và tên(1):", "Ghi chữ in hoa đủ dấu."],
      ["2. Tên gọi khác (nếu có)(1):", "Ghi chữ in hoa đủ dấu."],
      ["3. Số giấy tờ (2):", "Ghi theo giấy tờ đã được cấp gần nhất."],
      ["4. Nơi cấp (3):", "Ghi theo giấy tờ đã được cấp gần nhất."],
    ]);
  });

  test("the label stays the label's words, without the marker", () => {
    expect(scan({ snapshot: snapshotFromText(text) }).blanks.map((b) => b.label)).toEqual([
      "Họ và tên",
      "Tên gọi khác (nếu có)",
      "Số giấy tờ",
      "Nơi cấp",
    ]);
  });
});
