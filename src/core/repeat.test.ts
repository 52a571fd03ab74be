import { readFileSync } from "node:fs";
import { join } from "node:path";
import { scan, snapshotFromText } from "./index";
import { perItemNote, grownLists, repeatGroups, repeatLine } from "./repeat";

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

describe("a list the user grew", () => {
  const text = [
    "Các hội:",
    "+ Hội chữ thập đỏ....có chi hội, ....hội viên.",
    "+ Hội chữ thập đỏ....có chi hội, ....hội viên.",
    "(Anh cụ thể từng tổ chức hội).",
  ].join("\n");

  it("takes the name the user gave a copied line (a blank of its own) for its item", () => {
    const snapshot = snapshotFromText(text);
    const name = { paragraph: 2, start: 2, end: 17, label: "Tên tổ chức hội (dòng 2)" };
    const { blanks } = scan({ snapshot, decisions: { dismissed: [], added: [name], unlinked: [] } });
    const paragraphs = snapshot.paragraphs.map((p) => p.text);
    const [group] = repeatGroups(paragraphs, blanks);
    expect(group.lines.map((l) => l.paragraph)).toEqual([1, 2]);
    expect(group.lines[1].item).toMatchObject({ text: "Hội chữ thập đỏ", blankId: expect.any(String) });
    expect(blanks.find((b) => b.id === group.lines[1].item!.blankId)?.label).toBe("Tên tổ chức hội (dòng 2)");
  });

  it("gives each line's figures fields of their own, named by the line's item, where a single example line is left as it is", () => {
    const snapshot = snapshotFromText(text);
    const { blanks, fields } = scan({ snapshot });
    const paragraphs = snapshot.paragraphs.map((p) => p.text);
    const { own } = grownLists(paragraphs, blanks);
    expect(own.size).toBe(4);
    expect(fields.filter((f) => f.label.startsWith("Số hội viên")).map((f) => f.label)).toEqual([
      "Số hội viên (Hội chữ thập đỏ)",
      "Số hội viên (Hội chữ thập đỏ)",
    ]);
    for (const f of fields)
      expect(new Set(f.blankIds.map((id) => blanks.find((b) => b.id === id)!.paragraph)).size).toBe(1);
    const single = snapshotFromText(
      text
        .split("\n")
        .filter((_, i) => i !== 2)
        .join("\n"),
    );
    expect(
      grownLists(
        single.paragraphs.map((p) => p.text),
        scan({ snapshot: single }).blanks,
      ).own.size,
    ).toBe(0);
  });
});
