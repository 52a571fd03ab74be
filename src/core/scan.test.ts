import { readFileSync } from "node:fs";
import { join } from "node:path";
import { scan, snapshotFromText } from "./index";
import type { DocumentSnapshot, FilledBlank, SnapshotContentControl } from "./types";

const template = readFileSync(join(__dirname, "..", "..", "assets", "template.txt"), "utf8");
const blanksOf = (text: string) => scan({ snapshot: snapshotFromText(text) }).blanks;
const spans = (text: string) => blanksOf(text).map((b) => text.slice(b.start, b.end));

describe("detection rules", () => {
  test.each([
    ["dots glued to words", "Đảng ủy xã........... báo cáo", ["..........."]],
    ["ellipsis glued both sides", "xã có…..hội quần chúng", ["….."]],
    ["a run broken by one space", "Ghi: …………… ……..", ["…………… …….."]],
    ["a note number inside", "..... 5 ....., ngày", ["..... 5 ....."]],
    ["a bracketed note number inside", "Tên: …… (2) ……", ["…… (2) ……"]],
    ["spaces after Số", "Số     - BC/ĐU", ["     "]],
    ["spaces after Số:", "Số:          /QĐ-UBND", ["          "]],
    ["spaces between ngày and tháng", "Hà Nội, ngày     tháng 6 năm 2017", ["     "]],
    ["underscores inside a line", "Họ và tên: __________", ["__________"]],
    ["a label and a TAB at the end of a line", "Chủ trì (chủ toạ): \t", ["\t"]],
  ])("%s", (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test.each([
    ["etc. after a list", "hoạt động văn hóa, văn nghệ…"],
    ["v.v…", "của Hội Cựu Thanh niên xung phong, v.v…"],
    ["v.v...", "hội thảo, hội nghị v.v..."],
    ["ellipsis before a new sentence", "thông tin đại chúng… Đặc biệt là"],
    ["dots glued before a capital", "chất độc da cam...Kết quả 5 năm"],
    ["ellipsis closing a parenthesis", "(nghỉ không hưởng lương…)."],
    ["etc. after a comma in parentheses", "(ốm đau, thai sản,…..)"],
    ["a lone ellipsis in parentheses", "Tên đơn vị thứ (…):"],
    ["a rule under a heading", "__________"],
    ["the end mark", "chỉ đạo./."],
    ["decimals and abbreviations", "TP. Hồ Chí Minh có 3.5 triệu, v.v. và 1.234 người"],
    ["a table-of-contents leader", "Chương I. Quy định chung .................. 5"],
    ["a TAB before a list", "Kính gửi:\t\n- Ủy ban nhân dân xã;"],
  ])("not a blank: %s", (_name, text) => {
    expect(spans(text)).toEqual([]);
  });

  test("the end mark stays outside the blank", () => {
    expect(spans("năm …../.")).toEqual(["…."]);
  });

  test("a TAB drawing a dotted leader is a blank when the host says so", () => {
    const snapshot: DocumentSnapshot = {
      paragraphs: [
        { text: "Chủ trì:\t", location: "body", leaderTabs: [8] },
        { text: "Ghi chú:\tkhông", location: "body", leaderTabs: [] },
      ],
      contentControls: [],
    };
    const { blanks } = scan({ snapshot });
    expect(blanks.map((b) => [b.paragraph, b.start, b.end, b.label])).toEqual([[0, 8, 9, "Chủ trì"]]);
  });

  test("a footnote reference mark is never inside a blank", () => {
    const snapshot: DocumentSnapshot = {
      paragraphs: [{ text: "Tên: ..........", location: "body", footnoteRefs: [10] }],
      contentControls: [],
    };
    const [b] = scan({ snapshot }).blanks;
    expect(b.end).toBeLessThanOrEqual(10);
  });

  test("a footnote mark stays outside a blank after another blank of its paragraph was filled", () => {
    // `Số buổi: .....[fn].....`: the mark has no character of its own; the host reports its offset.
    const text = "Họ và tên: ….. Số buổi: ..........";
    const mark = text.length - 5;
    const first = scan({
      snapshot: {
        paragraphs: [{ text, location: "body", footnoteRefs: [mark], superscripts: [] }],
        contentControls: [],
      },
    }).blanks;
    expect(first.map((b) => text.slice(b.start, b.end))).toEqual(["…..", "....."]);
    const [name, count] = first;
    // Fill the name: the paragraph's text and the mark's offset move by the value's length.
    const value = "Nguyễn Văn A";
    const now = text.slice(0, name.start) + value + text.slice(name.end);
    const shift = value.length - (name.end - name.start);
    const filled: FilledBlank[] = [
      {
        blankId: name.id,
        original: name.original,
        value,
        paragraph: 0,
        start: name.start,
        end: name.start + value.length,
      },
    ];
    const second = scan({
      snapshot: { paragraphs: [{ text: now, location: "body", footnoteRefs: [mark + shift] }], contentControls: [] },
      filled,
    }).blanks;
    const again = second.find((b) => b.id === count.id)!;
    expect(again).toBeDefined();
    expect([again.start, again.end]).toEqual([count.start + shift, mark + shift]);
    // The same with the line's TABs known (a host that reads leaders): every hint still counts.
    const withLeaders = scan({
      snapshot: {
        paragraphs: [{ text: now, location: "body", footnoteRefs: [mark + shift], leaderTabs: [] }],
        contentControls: [],
      },
      filled,
    }).blanks.find((b) => b.id === count.id)!;
    expect(withLeaders.end).toBe(mark + shift);
  });

  test("a template note becomes the hint of the blank carrying its number", () => {
    const text = "Về việc ...... 5 ......\n\nGhi chú:\n5 Trích yếu nội dung quyết định.";
    const [b] = blanksOf(text);
    expect(b.hint).toBe("Trích yếu nội dung quyết định.");
  });

  test("kinds: counts, dates, document numbers", () => {
    const r = scan({ snapshot: snapshotFromText("Có ……. người, ngày …../…../2020, Quyết định số ……, đạt …. %") });
    expect(r.blanks.map((b) => [b.kind, b.datePart, b.unit])).toEqual([
      ["number", null, "người"],
      ["date", "day", null],
      ["date", "month", null],
      ["number", null, null],
      ["number", null, "%"],
    ]);
    expect(r.blanks[3].label).toBe("Số quyết định");
  });
});

describe("ids, fills and decisions", () => {
  const base = scan({ snapshot: snapshotFromText(template) });

  test("ids are unique and the same on every scan", () => {
    expect(new Set(base.blanks.map((b) => b.id)).size).toBe(base.blanks.length);
    expect(scan({ snapshot: snapshotFromText(template) }).blanks.map((b) => b.id)).toEqual(
      base.blanks.map((b) => b.id),
    );
  });

  test("a blank filled through the add-in keeps its id, label and field; others keep theirs", () => {
    const target = base.blanks.find((b) => b.label === "Dân số (người)")!;
    const lines = template.split("\n");
    const line = lines[target.paragraph];
    const value = "12.345";
    lines[target.paragraph] = line.slice(0, target.start) + value + line.slice(target.end);
    const filled: FilledBlank[] = [
      {
        blankId: target.id,
        original: target.text,
        value,
        paragraph: target.paragraph,
        start: target.start,
        end: target.start + value.length,
      },
    ];
    const after = scan({ snapshot: snapshotFromText(lines.join("\n")), filled });
    expect(after.blanks.map((b) => b.id)).toEqual(base.blanks.map((b) => b.id));
    const again = after.blanks.find((b) => b.id === target.id)!;
    expect(again).toMatchObject({
      filled: true,
      value,
      label: "Dân số (người)",
      kind: "number",
      text: value,
      original: target.text,
    });
    expect(after.findings.filter((f) => f.type === "empty-blank")).toHaveLength(32);
    const later = after.blanks.find((b) => b.label === "Số thôn dân cư")!;
    expect(lines[later.paragraph].slice(later.start, later.end)).toBe("…");
  });

  test("text typed over the dots by hand simply stops being a blank", () => {
    const typed = template.replace("ĐẢNG BỘ HUYỆN .......................", "ĐẢNG BỘ HUYỆN KRÔNG BÚK");
    expect(blanksOf(typed)).toHaveLength(32);
  });

  test("only a place's name links across the document; a label links only under the same numbered item", () => {
    const text = [
      "1. Bên giao:",
      "Tên người đại diện: ………. Chức vụ: ……….",
      "Tên xã: ………",
      "2. Bên nhận:",
      "Tên người đại diện: ………. Chức vụ: ……….",
      "Tên xã: ……… (ghi lại)",
    ].join("\n");
    const r = scan({ snapshot: snapshotFromText(text) });
    const paragraphsOf = (label: string) =>
      r.fields
        .filter((f) => f.label === label)
        .map((f) => f.blankIds.map((id) => r.blanks.find((b) => b.id === id)!.paragraph));
    // Asked again under another party, each label names whose it is.
    expect(paragraphsOf("Tên người đại diện (bên giao)")).toEqual([[1]]);
    expect(paragraphsOf("Tên người đại diện (bên nhận)")).toEqual([[4]]);
    expect(paragraphsOf("Tên xã")).toEqual([[2, 5]]);
  });

  test("a dismissed blank disappears; a user-added span appears; an unlinked blank gets its own field", () => {
    const commune = base.fields.find((f) => f.label === "Tên xã")!;
    const [first, second] = commune.blankIds;
    const dismissed = base.blanks.find((b) => b.label === "Tên huyện")!.id;
    const r = scan({
      snapshot: snapshotFromText(template),
      decisions: {
        dismissed: [dismissed],
        added: [{ paragraph: 12, start: 0, end: 6, label: "Tiêu đề" }],
        unlinked: [second],
      },
    });
    expect(r.blanks.some((b) => b.id === dismissed)).toBe(false);
    const added = r.blanks.find((b) => b.source === "user")!;
    expect(added).toMatchObject({ paragraph: 12, start: 0, end: 6, label: "Tiêu đề" });
    expect(r.fields.find((f) => f.blankIds.includes(first))?.blankIds).toEqual([first]);
    expect(r.fields.find((f) => f.blankIds.includes(second))?.blankIds).toEqual([second]);
  });

  test("content controls: ours are fills, others are blanks grouped by tag; locked ones are read-only", () => {
    const cc = (over: Partial<SnapshotContentControl>): SnapshotContentControl => ({
      id: "1",
      tag: "",
      title: "",
      text: "Nhập tên",
      type: "RichText",
      placeholder: "Nhập tên",
      showingPlaceholder: true,
      cannotEdit: false,
      paragraph: 0,
      start: 5,
      end: 13,
      ...over,
    });
    const snapshot: DocumentSnapshot = {
      paragraphs: [
        { text: "Tên: Nhập tên", location: "body" },
        { text: "Ký: Nhập tên", location: "body" },
        { text: "x 12", location: "body" },
      ],
      contentControls: [
        cc({ id: "7", tag: "ten", title: "Họ và tên" }),
        cc({ id: "8", tag: "ten", title: "Họ và tên", paragraph: 1, start: 4, end: 12 }),
        cc({
          id: "9",
          tag: "",
          title: "Đồng ý",
          type: "CheckBox",
          text: "☐",
          placeholder: null,
          showingPlaceholder: false,
          paragraph: 2,
          start: 0,
          end: 1,
        }),
        cc({ id: "10", tag: "dien-mau:b-x-1", paragraph: 2, start: 2, end: 4, text: "12", showingPlaceholder: false }),
      ],
    };
    const r = scan({ snapshot });
    expect(r.blanks.map((b) => [b.id, b.source, b.label, b.hint, b.readOnly, b.filled])).toEqual([
      ["cc-7", "contentControl", "Họ và tên", "Nhập tên", false, false],
      ["cc-8", "contentControl", "Họ và tên", "Nhập tên", false, false],
      ["cc-9", "contentControl", "Đồng ý", null, true, true],
    ]);
    expect(r.fields.find((f) => f.blankIds.includes("cc-7"))?.blankIds).toEqual(["cc-7", "cc-8"]);
  });

  test("findings: empty sections, impossible dates, blanks in text boxes", () => {
    const snapshot = snapshotFromText(
      "I. Mở đầu:\nII. Nội dung:\nNgày 32 tháng 13: ngày 32 tháng 6 năm 2020\nIII. Kết luận:",
    );
    snapshot.textBoxes = [{ text: "Người ký: ..........", anchorParagraph: 1 }];
    const types = scan({ snapshot }).findings.map((f) => [f.type, f.paragraph]);
    expect(types).toEqual([
      ["empty-section", 0],
      ["text-box", 1],
      ["date-range", 2],
      ["date-range", 2],
      ["empty-section", 3],
    ]);
  });
});
