import { readFileSync } from "node:fs";
import { join } from "node:path";
import { scan, snapshotFromText } from "./index";
import { perItemNote, repeatGroups, repeatLine } from "./repeat";

function groupsOf(text: string) {
  const snapshot = snapshotFromText(text);
  const { blanks } = scan({ snapshot });
  const paragraphs = snapshot.paragraphs.map((p) => p.text);
  return repeatGroups(paragraphs, blanks).map((g) => ({
    lines: g.lines.map((l) => [paragraphs[l.paragraph].slice(0, 12), l.item?.text]),
    note: g.note?.noun ?? null,
  }));
}

describe("repeatLine", () => {
  it("names the item by the words between the marker and the first blank", () => {
    const text = "+ Hội chữ thập đỏ....có chi hội, ....hội viên.";
    const { blanks } = scan({ snapshot: snapshotFromText(text) });
    expect(repeatLine(0, text, blanks)).toEqual({
      paragraph: 0,
      marker: "+ ",
      item: { start: 2, end: 17, text: "Hội chữ thập đỏ" },
    });
  });

  it("gives no item where a sentence, not a name, stands before the first blank", () => {
    const text = "- Kết quả 5 năm qua các tổ chức hội đã phát triển được.....hội viên. Tổng số: ....";
    const { blanks } = scan({ snapshot: snapshotFromText(text) });
    expect(repeatLine(0, text, blanks).item).toBeNull();
    const plain = "Số hộ nghèo: ......";
    expect(repeatLine(0, plain, scan({ snapshot: snapshotFromText(plain) }).blanks)).toMatchObject({ marker: "" });
  });
});

describe("perItemNote", () => {
  it.each([
    ["(Anh cụ thể từng tổ chức hội).", "tổ chức hội"],
    ["(Ghi rõ từng xã một dòng)", "xã"],
    ["(mỗi đơn vị ghi một dòng)", "đơn vị"],
  ])("reads %s as one line per %s", (text, noun) => {
    expect(perItemNote(3, text)).toEqual({ paragraph: 3, text, noun });
  });

  it("is not a note that asks for nothing per item, nor running text", () => {
    expect(perItemNote(0, "(Ghi cụ thể kết quả)")).toBeNull();
    expect(perItemNote(0, "Từng hội đã tổ chức đại hội (nhiệm kỳ 2017-2022).")).toBeNull();
  });
});

describe("repeatGroups", () => {
  it("finds the shipped template's association line and the note asking for one per association", () => {
    const text = readFileSync(join(__dirname, "..", "..", "assets", "template.txt"), "utf8");
    expect(groupsOf(text)).toEqual([{ lines: [["+ Hội chữ th", "Hội chữ thập đỏ"]], note: "tổ chức hội" }]);
  });

  it("keeps the lines made alike together across empty paragraphs, and starts a new group at a line of another shape", () => {
    const text = [
      "Các hội:",
      "+ Hội chữ thập đỏ....có chi hội, ....hội viên.",
      "+ Hội Người cao tuổi.....có chi hội, .....hội viên.",
      "",
      "+ Hội Khuyến học....có chi hội, ....hội viên.",
      "(Anh cụ thể từng tổ chức hội).",
      "- Đoàn Thanh niên....chi đoàn, ....đoàn viên.",
    ].join("\n");
    const groups = groupsOf(text);
    expect(groups[0].note).toBe("tổ chức hội");
    expect(groups[0].lines.map((l) => l[1])).toEqual(["Hội chữ thập đỏ", "Hội Người cao tuổi", "Hội Khuyến học"]);
    expect(groups[1]).toEqual({ lines: [["- Đoàn Thanh", "Đoàn Thanh niên"]], note: null });
  });
});
