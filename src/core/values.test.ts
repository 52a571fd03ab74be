import { readFileSync } from "node:fs";
import { join } from "node:path";
import { t } from "../i18n";
import { scan, snapshotFromText } from "./index";
import { parseDate, parseNumber, writesForField } from "./values";

describe("parseNumber", () => {
  test.each([
    ["1.234", 1234],
    ["1234", 1234],
    ["1.234,5", 1234.5],
    ["12,5", 12.5],
    ["1 234", 1234],
    ["-3", -3],
  ])("%s → %d", (input, value) => {
    expect(parseNumber(input)).toEqual({ ok: true, value });
  });
  test.each([
    ["12a", "core.number.notNumber"],
    ["mười", "core.number.notNumber"],
    ["1.2", "core.number.format"],
    ["", "core.value.empty"],
  ])("%j is rejected with %s", (input, key) => {
    const r = parseNumber(input);
    expect(r.ok ? null : r.error.key).toBe(key);
  });
});

describe("parseDate", () => {
  test.each([
    ["15/06/2017", { day: 15, month: 6, year: 2017 }],
    ["5/6/2017", { day: 5, month: 6, year: 2017 }],
    ["29/02/2024", { day: 29, month: 2, year: 2024 }],
  ])("%s", (input, value) => expect(parseDate(input)).toEqual({ ok: true, value }));
  test.each([
    ["32/01/2017", "core.date.dayRange"],
    ["15/13/2017", "core.date.monthRange"],
    ["29/02/2023", "core.date.dayRange"],
    ["15/06/17", "core.date.yearRange"],
    ["hôm qua", "core.date.format"],
  ])("%s is rejected with %s", (input, key) => {
    const r = parseDate(input);
    expect(r.ok ? null : r.error.key).toBe(key);
  });
  test("error keys have Vietnamese and English text", () => {
    expect(t("vi", "core.date.dayRange", { day: 32, month: 1 })).toContain("32");
    expect(t("en", "core.date.monthRange")).toMatch(/month/);
  });
});

describe("writesForField", () => {
  const text = readFileSync(join(__dirname, "..", "..", "assets", "template.txt"), "utf8");
  const { blanks, fields } = scan({ snapshot: snapshotFromText(text) });
  const field = (label: string) => fields.find((f) => f.label === label)!;

  test("a date field fills its day/month blanks and leaves printed parts alone", () => {
    const plan = field("Ngày kế hoạch");
    const r = writesForField(plan, blanks, "5/6/2017");
    expect(r).toEqual({
      ok: true,
      warnings: [],
      writes: plan.blankIds.map((blankId, i) => ({ blankId, value: ["05", "06"][i] })),
    });
  });

  test("a date disagreeing with the printed month is written with a warning", () => {
    const signed = field("Ngày ký");
    const r = writesForField(signed, blanks, "15/07/2017");
    expect(r.ok && r.writes).toEqual([{ blankId: signed.blankIds[0], value: "15" }]);
    expect(r.warnings.map((w) => [w.key, w.params?.printed])).toEqual([["core.date.printedMonthMismatch", 6]]);
    // Said wholly in the pane's language: no Vietnamese part word inside the English sentence.
    const [w] = r.warnings;
    expect(t("en", w.key, w.params)).toBe(
      "The form already prints the month 6, which differs from 7; the printed part is kept.",
    );
    expect(t("vi", w.key, w.params)).toContain("tháng 6");
  });

  test("a linked field writes the same value to every blank; bad numbers are refused", () => {
    const assoc = field("Số hội quần chúng");
    expect(writesForField(assoc, blanks, "7")).toMatchObject({
      ok: true,
      writes: assoc.blankIds.map((blankId) => ({ blankId, value: "7" })),
    });
    expect(writesForField(assoc, blanks, "bảy")).toMatchObject({
      ok: false,
      error: "core.number.notNumber",
      writes: [],
    });
    expect(writesForField(field("Tên xã"), blanks, "  Ea Kao ")).toMatchObject({
      ok: true,
      writes: [{ value: "Ea Kao" }, { value: "Ea Kao" }],
    });
  });
});

describe("figures and dates that make sense", () => {
  const text = readFileSync(join(__dirname, "..", "..", "assets", "template.txt"), "utf8");
  const { blanks, fields } = scan({ snapshot: snapshotFromText(text) });
  const field = (label: string) => fields.find((f) => f.label === label)!;
  const written = (label: string, input: string) => {
    const r = writesForField(field(label), blanks, input);
    return r.ok
      ? r.writes.map((w) => w.value)
      : { error: r.error, vi: t("vi", r.error, r.params), en: t("en", r.error, r.params) };
  };

  it("writes a figure in Vietnamese notation when only one reading fits", () => {
    expect(written("Dân số (người)", "12480")).toEqual(["12.480"]);
    expect(written("Diện tích tự nhiên (ha)", "1,250.5")).toEqual(["1.250,5"]);
    expect(written("Diện tích tự nhiên (ha)", "1.250,5")).toEqual(["1.250,5"]);
    // A document's own number keeps its form.
    expect(written("Số văn bản", "05")).toEqual(["05"]);
  });

  it("asks about a figure two notations read differently, and refuses part of a count or a negative size", () => {
    expect(written("Dân số (người)", "12,480")).toEqual({
      error: "core.number.ambiguous",
      vi: "“12,480” là 12.480 hay 12,480? Hãy gõ lại theo cách viết Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân.",
      en: "Is “12,480” 12.480 or 12,480? Type it again in Vietnamese notation: dots between thousands, a comma before decimals.",
    });
    expect(written("Số thôn dân cư", "9,5")).toEqual({
      error: "core.number.whole",
      vi: "Số thôn phải là số nguyên.",
      en: "The number of thôn must be a whole number.",
    });
    expect(written("Diện tích tự nhiên (ha)", "-5")).toEqual({
      error: "core.number.negative",
      vi: "Số ha không thể là số âm.",
      en: "The number of ha cannot be negative.",
    });
    expect(written("Số thôn dân cư", "9")).toEqual(["9"]);
  });

  it("refuses a day the printed month does not have", () => {
    // `ngày ..... tháng 6 năm 2017`: the document keeps June whatever month is typed.
    expect(written("Ngày ký", "31/05/2017")).toEqual({
      error: "core.date.printedDayRange",
      vi: "Mẫu in sẵn tháng 6 năm 2017: tháng đó không có ngày 31.",
      en: "The template prints month 6 of 2017: that month has no day 31.",
    });
    expect(written("Ngày ký", "30/06/2017")).toEqual(["30"]);
  });

  it("takes a number for a row of digit boxes only with one character a box", () => {
    const boxes = scan({ snapshot: snapshotFromText("Số CCCD: ............") }).blanks.map((b) => ({
      ...b,
      digitBoxes: { count: 12 },
    }));
    const f = { ...scan({ snapshot: snapshotFromText("Số CCCD: ............") }).fields[0], kind: "text" as const };
    const r = writesForField(f, boxes, "0123 4567 89");
    expect(r.ok ? null : t("vi", r.error, r.params)).toBe(
      "Ô này có 12 ô nhỏ, mỗi ô một ký tự, nhưng giá trị có 10 ký tự.",
    );
    expect(writesForField(f, boxes, "012345678912").ok).toBe(true);
  });
});
