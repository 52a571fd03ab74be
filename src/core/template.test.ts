import { readFileSync } from "node:fs";
import { join } from "node:path";
import { scan, snapshotFromText } from "./index";

const text = readFileSync(join(__dirname, "..", "..", "assets", "template.txt"), "utf8");
const lines = text.split("\n");
const result = scan({ snapshot: snapshotFromText(text) });

// line (1-based), the blank's characters, kind, unit, label. The labels are what a clerk reading the sentence
// around the blank would write; where the engine's wording differs from that but still says what is asked, the
// comment gives the clerk's.
const EXPECTED: Array<[number, string, string, string | null, string]> = [
  // `ĐẢNG BỘ HUYỆN ....`, `ĐẢNG ỦY ....`: the names in the letterhead.
  [1, ".......................", "text", null, "Tên huyện"],
  [2, "..........................", "text", null, "Tên đảng ủy"],
  // `Số     - BC/ĐU`: a clerk would say "Số báo cáo" (BC); any document number is acceptable.
  [5, "     ", "number", null, "Số văn bản"],
  // `.................., ngày     tháng 6 năm 2017`: the place and the day the report is signed.
  [8, "..................", "text", null, "Địa danh"],
  [8, "     ", "date", null, "Ngày ký – ngày"],
  // `Kế hoạch số .....-KH/HU ngày ...../...../2017 …, Đảng ủy xã...........`
  [15, ".....", "number", null, "Số kế hoạch"],
  [15, ".....", "date", null, "Ngày kế hoạch – ngày"],
  [15, ".....", "date", null, "Ngày kế hoạch – tháng"],
  [15, "...........", "text", null, "Tên xã"],
  // `………là xã nằm ở phía……của huyện, có tổng diện tích tự nhiên …….ha, dân số ……….người, …`
  [22, "………", "text", null, "Tên xã"],
  // A clerk would ask "Phía nào của huyện"; the sentence with a gap asks the same.
  [22, "……", "text", null, "Xã nằm ở phía … của huyện"],
  [22, "…….", "number", "ha", "Diện tích tự nhiên (ha)"],
  [22, "……….", "number", "người", "Dân số (người)"],
  [22, "…", "number", "thôn", "Số thôn dân cư"],
  [22, "…..", "number", "đảng viên", "Số đảng viên (Đảng bộ xã)"],
  [22, "……….", "number", "chi bộ", "Số chi bộ"],
  [22, "…………", "number", "chi bộ", "Số chi bộ nông thôn"],
  [22, "…..", "number", "chi bộ", "Số chi bộ trường học"],
  [22, "….", "number", "chi bộ", "Số chi bộ khác"],
  // The template misspells `quần` here; the label keeps the words as written (the linked field reads "quần").
  [22, "…..", "number", "hội", "Số hội quẩn chúng"],
  // `hội quẩn chúng( gồm…….)`: a clerk would write "Các hội quần chúng (gồm)".
  [22, "…….", "text", null, "Hội quẩn chúng gồm …"],
  [22, "……", "number", "chi hội", "Số chi hội"],
  [22, "….", "number", "hội viên", "Số hội viên"],
  // `Hiện nay trên địa bàn xã có....hội quần chúng`
  [59, "....", "number", "hội", "Số hội quần chúng"],
  // `+ Hội chữ thập đỏ....có chi hội, ....hội viên, BCH có.....đồng chí.`
  [61, "....", "number", "chi hội", "Số chi hội (Hội chữ thập đỏ)"],
  // A clerk would write "Số hội viên (Hội chữ thập đỏ)": the association is named two clauses before.
  [61, "....", "number", "hội viên", "Số hội viên"],
  [61, ".....", "number", "đồng chí", "Số đồng chí (BCH)"],
  // `… đã phát triển được.....hội viên, đưa tổng số hội viên của các hội lên....hội viên.`
  [65, ".....", "number", "hội viên", "Số hội viên phát triển được"],
  [65, "....", "number", "hội viên", "Tổng số hội viên"],
  // `… đã hiến.....m2 đất, ...ngày công lao động, ....triệu đồng để hoàn thiện …`
  [67, ".....", "number", "m2", "Diện tích đất (m2)"],
  [67, "...", "number", "ngày công", "Số ngày công lao động"],
  [67, "....", "number", "triệu đồng", "Số tiền (triệu đồng)"],
  // `… đã vận động được với tổng số tiền....triệu đồng.`
  [68, "....", "number", "triệu đồng", "Tổng số tiền (triệu đồng)"],
];

describe("the shipped template", () => {
  test("has exactly 33 blanks", () => {
    expect(result.blanks).toHaveLength(33);
  });

  test.each(EXPECTED.map((e, i) => [i + 1, ...e] as const))(
    "blank %i (line %i %j) is %s, unit %s, %s",
    (i, line, chars, kind, unit, label) => {
      const b = result.blanks[i - 1];
      expect(b.paragraph).toBe(line - 1);
      expect(lines[line - 1].slice(b.start, b.end)).toBe(chars);
      expect(b.kind).toBe(kind);
      expect(b.unit).toBe(unit);
      expect(b.label).toBe(label);
    },
  );

  test.each([
    [37, "quần chúng...."],
    [44, "đại chúng… Đặc biệt"],
    [44, "v.v…"],
    [68, "da cam...Kết quả"],
    [73, "v.v…"],
    [115, "văn nghệ…"],
    [118, "xã hội…"],
  ])("look-alike on line %i (%s) is not a blank", (line, phrase) => {
    const at = lines[line - 1].indexOf(phrase);
    expect(at).toBeGreaterThanOrEqual(0);
    const inside = result.blanks.filter((b) => b.paragraph === line - 1 && b.start < at + phrase.length && b.end > at);
    expect(inside).toEqual([]);
  });

  test("findings are its 33 empty blanks, the guidance note and the numbering slip, nothing else", () => {
    const other = result.findings.filter((f) => f.type !== "empty-blank");
    expect(result.findings.filter((f) => f.type === "empty-blank")).toHaveLength(33);
    expect(other.map((f) => [f.type, f.paragraph + 1])).toEqual([
      ["guidance-note", 63],
      ["numbering", 69],
    ]);
    expect(other[0].message).toContain("(Anh cụ thể từng tổ chức hội).");
    expect(other[1].message).toContain("IV");
  });

  test("links the commune name and the number of mass associations (typo-tolerant)", () => {
    const field = (label: string) => result.fields.find((f) => f.label === label);
    const commune = field("Tên xã");
    expect(commune?.blankIds.map((id) => result.blanks.find((b) => b.id === id)?.paragraph)).toEqual([14, 21]);
    const assoc = field("Số hội quần chúng");
    expect(assoc?.blankIds.map((id) => result.blanks.find((b) => b.id === id)?.paragraph)).toEqual([21, 58]);
    expect(assoc?.kind).toBe("number");
  });

  test("date parts form one date field; the place stands alone", () => {
    const signed = result.fields.find((f) => f.label === "Ngày ký");
    expect(signed).toMatchObject({ kind: "date", printedDate: { month: 6, year: 2017 }, dateStyle: "words" });
    expect(signed?.blankIds).toHaveLength(1);
    const plan = result.fields.find((f) => f.label === "Ngày kế hoạch");
    expect(plan).toMatchObject({ kind: "date", printedDate: { year: 2017 }, dateStyle: "slashes" });
    expect(plan?.blankIds).toHaveLength(2);
    expect(result.fields.find((f) => f.label === "Địa danh")?.blankIds).toHaveLength(1);
    expect(result.fields).toHaveLength(30);
  });

  test("sections follow the document's numbering; long numbered items are list items", () => {
    const titles = result.sections.map((s) => `${s.level} ${s.title.slice(0, 12)}`);
    expect(titles).toContain("1 Phần thứ nhấ");
    expect(titles).toContain("4 * Khó khăn:");
    expect(result.sections.some((s) => s.title.startsWith("1. Tiếp tục tuyên truyền"))).toBe(false);
    const part1 = result.sections.find((s) => s.title === "Phần thứ nhất");
    expect(part1).toMatchObject({ blankCount: 24, emptyCount: 24 });
    const b = result.blanks.find((x) => x.paragraph === 21);
    expect(b?.section).toEqual(["Phần thứ nhất", "I. Tình hình chung:", "1. Khái quát đặc điểm tình hình địa phương:"]);
  });
});
