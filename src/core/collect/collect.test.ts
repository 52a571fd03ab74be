import { scan, snapshotFromText } from "../index";
import type { DocumentSnapshot, SnapshotCell, SnapshotParagraph } from "../types";
import { prepareTemplate, readReport, rollUp } from "./index";

const TEMPLATE = [
  "ĐẢNG ỦY XÃ ……………",
  "BÁO CÁO",
  "1. Tình hình chung",
  "Xã có ……… thôn, dân số ……… người, diện tích ……… ha.",
  "Năm thành lập: ………",
  "2. Kết quả",
  "Đã kết nạp ……… đảng viên mới, đạt …… % kế hoạch.",
  "Nơi nhận: Huyện ủy.",
].join("\n");

/** A template given as text, scanned and prepared as the roll-up uses it. */
function templateOf(text: string) {
  const snapshot = snapshotFromText(text);
  return prepareTemplate({ snapshot, result: scan({ snapshot }) });
}

const template = templateOf(TEMPLATE);

const read = (text: string, saved?: Record<string, string | null>) =>
  readReport(template, { snapshot: snapshotFromText(text), saved });

const field = (label: string) => {
  const f = template.result.fields.find((x) => x.label.startsWith(label));
  if (!f) throw new Error(`no field ${label}: ${template.result.fields.map((x) => x.label).join(", ")}`);
  return f;
};
const valueOf = (r: ReturnType<typeof read>, label: string) => {
  const v = r.fields.get(field(label).id)!;
  return [v.value, v.certainty];
};

describe("reading a report against its template", () => {
  test("values typed over the dots, spaced any way, are read as sure", () => {
    const r = read(
      TEMPLATE.replace(
        "Xã có ……… thôn, dân số ……… người, diện tích ……… ha.",
        "Xã có12 thôn,dân số 4.250… người, diện tích  1.234,5  ha.",
      )
        .replace("XÃ ……………", "XÃ AN BÌNH")
        .replace("Năm thành lập: ………", "Năm thành lập: 1945"),
    );
    expect(valueOf(r, "Số thôn")).toEqual(["12", "sure"]);
    expect(valueOf(r, "Dân số")).toEqual(["4.250", "sure"]);
    expect(r.fields.get(field("Dân số").id)!.number).toBe(4250);
    expect(r.fields.get(field("Diện tích").id)!.number).toBe(1234.5);
    expect(r.match).toBe(1);
    expect(r.unplaced).toEqual([]);
  });

  test("paragraphs added or removed elsewhere do not move a value", () => {
    const lines = TEMPLATE.split("\n");
    lines.splice(3, 1, "Một đoạn văn xã tự thêm vào.", "Xã có 7 thôn, dân số 900 người, diện tích 15 ha.");
    lines.splice(1, 1);
    const r = read(lines.join("\n"));
    expect(valueOf(r, "Số thôn")).toEqual(["7", "sure"]);
    expect(valueOf(r, "Diện tích")).toEqual(["15", "sure"]);
  });

  test("a changed word near a blank makes its value doubtful; a value that cannot be told apart is not guessed", () => {
    const r = read(
      TEMPLATE.replace("Xã có ……… thôn, dân số ……… người", "Xã có 12 xóm, dân số khoảng 4000 người").replace(
        "Đã kết nạp ……… đảng viên mới, đạt …… % kế hoạch.",
        "Đã kết nạp 9 đảng viên mới, vượt kế hoạch.",
      ),
    );
    // "thôn" became "xóm": the figure alone is taken, and marked.
    expect(valueOf(r, "Số thôn")).toEqual(["12", "doubtful"]);
    expect(valueOf(r, "Kết nạp")).toEqual(["9", "sure"]);
    const pct = r.fields.get(field("Tỷ lệ").id);
    expect(pct?.unplaced).toBe(true);
    expect(pct?.value).toBeNull();
    expect(r.unplaced.map((u) => u.reason)).toContain("rewritten");
  });

  test("text in decomposed Unicode (as some editors save it) is read at the right place, and composed", () => {
    const nfdTemplate = templateOf("Trộm cắp, cướp giật: ……… vụ; cố ý gây thương tích: ……… vụ.".normalize("NFD"));
    const r = readReport(nfdTemplate, {
      snapshot: snapshotFromText("Trộm cắp, cướp giật: 12 vụ; cố ý gây thương tích: Không có vụ.".normalize("NFD")),
    });
    expect([...r.fields.values()].map((v) => [v.value, v.certainty])).toEqual([
      ["12", "sure"],
      ["Không có", "sure"],
    ]);
  });

  test("a figure typed after the word that follows its blank is not read as an empty blank", () => {
    const r = read(TEMPLATE.replace("Xã có ……… thôn, dân số", "Xã có thôn 12, dân số"));
    const v = r.fields.get(field("Số thôn").id)!;
    expect([v.value, v.certainty, v.empty]).toEqual([null, "doubtful", false]);
    const cell = rollUp(template, [{ file: "a.docx", reading: r }]).rows[0].cells;
    expect(cell.find((c) => c.flag === "doubtful")).toBeDefined();
  });

  test("a paragraph that is gone is reported as missing", () => {
    const r = read(TEMPLATE.replace("Năm thành lập: ………\n", ""));
    expect(r.unplaced).toEqual([expect.objectContaining({ reason: "paragraph-missing", templateParagraph: 4 })]);
  });

  test("saved answers and the add-in's own boxes win over the text", () => {
    const thon = field("Số thôn").blankIds[0];
    const danSo = field("Dân số").blankIds[0];
    const text = TEMPLATE.replace("Xã có ……… thôn, dân số ……… người", "Xã có 12 thôn, dân số 500 người");
    const snapshot = snapshotFromText(text);
    const p = snapshot.paragraphs[3].text;
    snapshot.contentControls.push({
      id: "1",
      tag: `dien-mau:${danSo}`,
      title: "",
      text: "500",
      type: "RichText",
      placeholder: null,
      cannotEdit: false,
      paragraph: 3,
      start: p.indexOf("500"),
      end: p.indexOf("500") + 3,
    });
    const r = readReport(template, { snapshot, saved: { [thon]: "13" } });
    expect(valueOf(r, "Số thôn")).toEqual(["13", "certain"]);
    expect(r.fields.get(field("Số thôn").id)!.source).toBe("saved");
    expect(valueOf(r, "Dân số")).toEqual(["500", "certain"]);
    expect(r.fields.get(field("Dân số").id)!.source).toBe("anchor");
  });

  test("a document of another template scores low", () => {
    expect(read("GIẤY MỜI\nKính gửi: ………\nThời gian: ……… giờ").match).toBeLessThan(0.5);
  });
});

describe("rolling up", () => {
  test("totals add counts and areas, not years or percentages; a flagged cell marks its total", () => {
    const a = read(
      TEMPLATE.replace("XÃ ……………", "XÃ AN BÌNH")
        .replace("Xã có ……… thôn", "Xã có 3 thôn")
        .replace("diện tích ……… ha", "diện tích 2,5 ha")
        .replace("thành lập: ………", "thành lập: 1945"),
    );
    const b = read(
      TEMPLATE.replace("XÃ ……………", "XÃ BÌNH AN")
        .replace("Xã có ……… thôn", "Xã có 4 xóm")
        .replace("diện tích ……… ha", "diện tích 1 ha")
        .replace("thành lập: ………", "thành lập: 1950"),
    );
    const r = rollUp(template, [
      { file: "a.docx", reading: a },
      { file: "b.docx", reading: b },
    ]);
    const col = (label: string) => r.columns.findIndex((c) => c.label.startsWith(label));
    expect(r.rows.map((x) => x.name)).toEqual(["AN BÌNH", "BÌNH AN"]);
    expect(r.totals[col("Số thôn")]).toBe(7);
    expect(r.totalFlagged[col("Số thôn")]).toBe(true);
    expect(r.totals[col("Diện tích")]).toBe(3.5);
    expect(r.totals[col("Năm thành lập")]).toBeNull();
    expect(r.columns[col("Năm thành lập")].additive).toBe(false);
  });

  test("the unit's name names the row; a second report of the same unit is left out", () => {
    const t2 = templateOf("Tên xã: ………\nSố hộ: ……… hộ");
    const rep = (name: string, n: number) =>
      readReport(t2, { snapshot: snapshotFromText(`Tên xã: ${name}\nSố hộ: ${n} hộ`) });
    const r = rollUp(t2, [
      { file: "1.docx", reading: rep("An Bình", 10) },
      { file: "2.docx", reading: rep("An  Bình", 20) },
      { file: "3.docx", reading: rep("Tân Lập", 5) },
    ]);
    expect(r.rows.map((x) => x.name)).toEqual(["An Bình", "Tân Lập"]);
    expect(r.notices).toEqual([{ file: "2.docx", reason: "unit-duplicate", unit: "An  Bình" }]);
    expect(r.totals[r.columns.findIndex((c) => c.label.startsWith("Số hộ"))]).toBe(15);
  });

  test("lines repeated after an item line, one per association, are read and summed item by item", () => {
    const text = [
      "5. Các hội quần chúng",
      "Hiện nay có ….. hội, cụ thể như sau:",
      "+ Hội chữ thập đỏ: ....chi hội, ....hội viên, BCH có.....đồng chí.",
      "(Ghi cụ thể từng tổ chức hội).",
      "6. Kết luận",
    ].join("\n");
    const t4 = templateOf(text);
    const rep = (lines: string[]) =>
      readReport(t4, {
        snapshot: snapshotFromText(
          text
            .replace(/\+ Hội chữ thập đỏ.*\n/u, lines.join("\n") + "\n")
            .replace("có ….. hội", `có ${lines.length} hội`),
        ),
      });
    const a = rep([
      "+ Hội chữ thập đỏ: 4 chi hội, 120 hội viên, BCH có 7 đồng chí.",
      "+ Hội Nông dân: 12 chi hội, 450 hội viên, BCH có 9 đồng chí.",
      "- Hội Cựu chiến binh: 6 chi hội, 1.200 hội viên, BCH có 11 đồng chí.",
      "+ Ngoài ra các hội còn tổ chức nhiều hoạt động văn nghệ.",
    ]);
    expect(a.repeated.map((l) => [l.name, l.values.map((v) => v.value)])).toEqual([
      ["Hội Nông dân", ["12", "450", "9"]],
      ["Hội Cựu chiến binh", ["6", "1.200", "11"]],
    ]);
    const b = rep([
      "+ Hội chữ thập đỏ: 1 chi hội, 30 hội viên, BCH có 5 đồng chí.",
      "+ Hội Cựu chiến binh: 2 chi hội, 40 hội viên, BCH có 3 đồng chí.",
    ]);
    const r = rollUp(t4, [
      { file: "a.docx", reading: a },
      { file: "b.docx", reading: b },
    ]);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0].rows).toEqual(["Hội chữ thập đỏ", "Hội Nông dân", "Hội Cựu chiến binh"]);
    expect(r.lines[0].sums).toEqual([
      [5, 150, 12],
      [12, 450, 9],
      [8, 1240, 14],
    ]);
  });

  test("table cells are summed cell by cell into a table of their own", () => {
    const cell = (row: number, col: number): SnapshotCell => ({
      table: 0,
      row,
      col,
      gridCol: col,
      gridSpan: 1,
      borders: { top: true, left: true, bottom: true, right: true },
    });
    const grid = (rows: string[][]): DocumentSnapshot => ({
      paragraphs: [
        { text: "Bảng 1. Hội viên", location: "body" },
        ...rows.flatMap((cols, r) =>
          cols.map((text, c): SnapshotParagraph => ({
            text,
            location: "table",
            tableNestingLevel: 1,
            cell: cell(r, c),
          })),
        ),
      ],
      contentControls: [],
    });
    const head = ["Tổ chức", "Số chi hội", "Số hội viên (người)"];
    const snapshot = grid([head, ["Hội Nông dân", "", ""], ["Hội Phụ nữ", "", ""]]);
    const t3 = prepareTemplate({ snapshot, result: scan({ snapshot }) });
    const rep = (a: number, b: number) =>
      readReport(t3, {
        snapshot: grid([head, ["Hội Nông dân", String(a), String(a * 10)], ["Hội Phụ nữ", String(b), String(b * 10)]]),
      });
    const r = rollUp(t3, [
      { file: "1.docx", reading: rep(2, 3) },
      { file: "2.docx", reading: rep(4, 5) },
    ]);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].rows).toEqual(["Hội Nông dân", "Hội Phụ nữ"]);
    expect(r.tables[0].sums).toEqual([
      [6, 60],
      [8, 80],
    ]);
    expect(r.tables[0].flagged.flat().every((f) => !f)).toBe(true);
  });
});
