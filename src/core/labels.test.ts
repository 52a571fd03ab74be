/** Labels a clerk can act on: from the blank's own line first, never with dots, note markers or check boxes. */
import { scan, snapshotFromText } from "./index";
import type { SnapshotParagraph } from "./types";

function labels(text: string): string[] {
  return scan({ snapshot: snapshotFromText(text) }).blanks.map((b) => b.label);
}

describe("labels", () => {
  test("a footnote marker after the label is not part of it", () => {
    expect(labels("1. Họ, chữ đệm và tên(1): ………………………")).toEqual(["Họ, chữ đệm và tên"]);
  });

  test("a note marker between the colon and the blank leaves the colon's label", () => {
    expect(labels("Chức danh: (7) ………………………")).toEqual(["Chức danh"]);
  });

  test("the blank's own line names it, not the check-box option above", () => {
    expect(
      labels(["Tình trạng hiện nay:", "o Đang đi học", "o Khác (ốm đau, nghỉ phép,…..)…………………"].join("\n")),
    ).toEqual(["Khác"]);
  });

  test("a check box and an instruction in brackets are left out of the option's label", () => {
    expect(labels("o Đang làm việc tự do (ghi rõ nơi làm, công việc) ……………………")).toEqual(["Đang làm việc tự do"]);
  });

  test("with nothing after it in its clause, the words before are the label, without a gap mark", () => {
    expect(labels(["Căn cứ ……………………………;", "Theo đề nghị của ……………………………"].join("\n"))).toEqual([
      "Căn cứ",
      "Theo đề nghị của",
    ]);
  });

  test("a line of only a blank under a numbered heading takes the heading without its number and aside", () => {
    expect(labels(["(1) Cơ sở thứ nhất (tên cơ sở, địa chỉ, kết quả).", "………………………………………"].join("\n"))).toEqual([
      "Cơ sở thứ nhất",
    ]);
  });

  test("the minutes after `giờ` and the date of what the clause says happened", () => {
    expect(labels("Cuộc họp kết thúc vào …. giờ …., ngày …. tháng …. năm ….")).toEqual([
      "Giờ",
      "Phút",
      "Ngày kết thúc – ngày",
      "Ngày kết thúc – tháng",
      "Ngày kết thúc – năm",
    ]);
  });

  test("the date of the paper named before it, and whose name follows", () => {
    expect(labels("Xét Tờ trình đề nghị ngày …………… của ông (bà) ……………")).toEqual(["Ngày tờ trình đề nghị", "Ông (bà)"]);
  });

  test("`tỉnh/thành phố` is named whole", () => {
    expect(labels("hiện cư trú tại tỉnh/thành phố………………")).toEqual(["Tên tỉnh/thành phố"]);
  });

  test("`tại` alone before a blank asks where", () => {
    expect(labels("Cuộc họp bắt đầu lúc …… giờ, tại (3) ……")).toEqual(["Giờ", "Địa điểm"]);
  });

  test("the parts of a document number are not a date", () => {
    const r = scan({ snapshot: snapshotFromText("Số:          /... 3...-...4...") });
    expect(r.blanks.map((b) => [b.kind, b.label])).toEqual([
      ["number", "Số văn bản"],
      ["text", "Ký hiệu văn bản"],
      ["text", "Nội dung"],
    ]);
  });
});

describe("labels from the lines above", () => {
  test("a list item of only a blank takes its list's heading, over a title set beside it", () => {
    expect(labels(["Nơi nhận:", "", "CHỨC VỤ CỦA NGƯỜI KÝ", "- ……………;", "- ……………;"].join("\n"))).toEqual([
      "Nơi nhận",
      "Nơi nhận",
    ]);
  });

  test("a line of only a blank continuing the blank above takes its label, `(tiếp)`", () => {
    const text = ["Ý kiến khác: ……………………………………", "……………………………………………", "……………………………………………"].join("\n");
    expect(labels(text)).toEqual(["Ý kiến khác", "Ý kiến khác (tiếp)", "Ý kiến khác (tiếp)"]);
  });

  test("a note as a label: whole up to 80 characters, without `(nếu có)` or `v.v...`", () => {
    const text = [
      "Về việc ……1……",
      "……2……",
      "Ghi chú:",
      "1 Tên cơ quan, tổ chức hoặc chức danh nhà nước nhận văn bản hành chính (nếu có).",
      "2 Tên cuộc họp, hội thảo, hội nghị v.v...",
    ].join("\n");
    expect(labels(text)).toEqual([
      "Tên cơ quan, tổ chức hoặc chức danh nhà nước nhận văn bản hành chính",
      "Tên cuộc họp, hội thảo, hội nghị",
    ]);
  });
});

describe("a label asked again for another person", () => {
  test("names whose it is, from the heading line it stands under", () => {
    const text = [
      "Người vợ:",
      "Họ và tên: ……………",
      "Số điện thoại: ……………",
      "Người chồng:",
      "Họ và tên: ……………",
      "Số điện thoại: ……………",
      "Ngày đăng ký: ……………",
    ].join("\n");
    expect(labels(text)).toEqual([
      "Họ và tên (người vợ)",
      "Số điện thoại (người vợ)",
      "Họ và tên (người chồng)",
      "Số điện thoại (người chồng)",
      "Ngày đăng ký",
    ]);
  });

  test("`Với sự chứng kiến của:` introduces the witness; a place's name stays the document's", () => {
    const text = [
      "Với sự chứng kiến của:",
      "Họ và tên: ……………",
      "Tên xã: ……………",
      "Người phiên dịch:",
      "Họ và tên: ……………",
      "Tên xã: ……………",
    ];
    expect(labels(text.join("\n"))).toEqual([
      "Họ và tên (người chứng kiến)",
      "Tên xã",
      "Họ và tên (người phiên dịch)",
      "Tên xã",
    ]);
  });
});

describe("labels from the sentence around the blank", () => {
  test("`Do … cấp` asks who issued it", () => {
    expect(labels("Số hộ chiếu: ………… Do ………… cấp ngày …………")).toEqual(["Số hộ chiếu", "Nơi cấp", "Ngày cấp"]);
  });

  test("`… trong thời gian …` names the time of what the sentence says, and `kể từ` starts another part", () => {
    expect(labels("Được đi công tác trong thời gian ……… kể từ ngày ……… đến hết ngày ………")).toEqual([
      "Thời gian đi công tác",
      "Từ ngày",
      "Đến ngày",
    ]);
  });

  test("a number after a whole-line blank is not part of its label", () => {
    expect(labels(["Ý kiến của hội đồng:", "………………………………………… 12"].join("\n"))).toEqual(["Ý kiến của hội đồng"]);
  });
});

describe("labels on forms nobody tuned them for", () => {
  test("a unit named with its alternatives", () => {
    expect(labels("do Ủy ban nhân dân huyện (quận)/tỉnh (thành phố) ………… giải quyết")).toEqual([
      "Tên huyện (quận)/tỉnh (thành phố)",
    ]);
  });

  test("the number of a paper named before `số`", () => {
    expect(labels("Căn cứ Luật Đất đai số……………;")).toEqual(["Số Luật Đất đai"]);
  });

  test("after `ông (bà)` stands the person's name, and a capitalised word starts the next label", () => {
    expect(labels("Nay cử ông (bà)…………… Sinh ngày ……/……/……")).toEqual([
      "Ông (bà)",
      "Ngày sinh – ngày",
      "Ngày sinh – tháng",
      "Ngày sinh – năm",
    ]);
  });

  test("a long label loses its aside, not its head", () => {
    expect(
      labels("12) Trình độ chuyên môn cao nhất (tiến sĩ, thạc sĩ, cử nhân, kỹ sư, cao đẳng, trung cấp): ………"),
    ).toEqual(["Trình độ chuyên môn cao nhất"]);
  });

  test("lines of only a blank under a sentence take the title above it", () => {
    const text = [
      "Ý KIẾN CỦA CƠ QUAN",
      "",
      "Cơ quan tiếp nhận hồ sơ có ý kiến như sau về đề nghị của công dân nêu trên:",
      "…………………………",
      "…………………………",
    ];
    expect(labels(text.join("\n"))).toEqual(["Ý kiến của cơ quan", "Ý kiến của cơ quan (tiếp)"]);
  });

  test("a field after a person's label on the same line is that person's", () => {
    const text = ["Họ và tên của cha: ………… Dân tộc: …………", "Họ và tên của mẹ: ………… Dân tộc: …………"].join("\n");
    expect(labels(text)).toEqual(["Họ và tên của cha", "Dân tộc (cha)", "Họ và tên của mẹ", "Dân tộc (mẹ)"]);
  });
});

describe("a date names what happened on it", () => {
  test("the act the words before `ngày` name", () => {
    expect(labels("Hai người đã đăng ký kết hôn ngày ……/……/………")).toEqual([
      "Ngày đăng ký kết hôn – ngày",
      "Ngày đăng ký kết hôn – tháng",
      "Ngày đăng ký kết hôn – năm",
    ]);
  });

  test("not a word that names no act", () => {
    expect(labels("Hồ sơ nộp trước ngày ……/……/………").map((l) => l.split(" – ")[0])).toEqual(["Ngày", "Ngày", "Ngày"]);
  });
});

test("a place's name before `ngày` without a comma is not an act", () => {
  expect(labels("Đà Nẵng ngày …… tháng …… năm ……")[0]).toBe("Ngày – ngày");
});

describe("labels from a document's fixed parts", () => {
  test("an article's content is named by its article", () => {
    expect(labels("Điều 1. ………………………………")).toEqual(["Điều 1"]);
  });

  test("an all-caps line above a blank line reads in sentence case", () => {
    expect(labels(["TÊN LOẠI VĂN BẢN", "………………………………"].join("\n"))).toEqual(["Tên loại văn bản"]);
  });

  test("list items in a layout table take the heading in the cell above them", () => {
    const at = (text: string, row: number, col: number): SnapshotParagraph => ({
      text,
      location: "table",
      cell: { table: 0, row, col, gridCol: col, gridSpan: 1 },
    });
    const paragraphs = [
      at("Nơi nhận:", 0, 0),
      at("CHỨC VỤ CỦA NGƯỜI KÝ", 0, 1),
      at("- ………;", 1, 0),
      at("- ………;", 1, 0),
      at("(Chữ ký)", 1, 1),
    ];
    expect(scan({ snapshot: { paragraphs, contentControls: [] } }).blanks.map((b) => b.label)).toEqual([
      "Nơi nhận",
      "Nơi nhận",
    ]);
  });

  test("list items in a table cell take the heading in their own cell", () => {
    const cell = { table: 0, row: 0, col: 0, gridCol: 0, gridSpan: 1 };
    const paragraphs = ["Nơi nhận:", "- ………;", "- ………;"].map((text): SnapshotParagraph => ({
      text,
      location: "table",
      cell,
    }));
    const r = scan({ snapshot: { paragraphs, contentControls: [] } });
    expect(r.blanks.map((b) => b.label)).toEqual(["Nơi nhận", "Nơi nhận"]);
  });
});

test("a heading that names a topic, not a party, does not qualify a repeated label", () => {
  const text = ["Nội dung đề nghị:", "Họ và tên: ……………", "Ý kiến giải quyết:", "Họ và tên: ……………"].join("\n");
  expect(labels(text)).toEqual(["Họ và tên", "Họ và tên"]);
});
