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
