/** Dates in every written form a template uses: each gap is found and asked for as a part of its date. */
import { scan, snapshotFromText } from "../../src/core";

function parts(line: string): Array<[string, string | null, string]> {
  return scan({ snapshot: snapshotFromText(line) }).blanks.map((b) => [b.text, b.datePart, b.label]);
}

describe("date gaps", () => {
  test("a day left as spaces before a printed month and year", () => {
    expect(parts("Số     /QĐ-UBND, ngày      /08/2026")).toEqual([
      ["     ", null, "Số văn bản"],
      ["      ", "day", "Ngày – ngày"],
    ]);
  });

  test("day and month left as spaces between slashes", () => {
    expect(parts("Ngày cấp:   /  /2025").map(([, part, label]) => [part, label])).toEqual([
      ["day", "Ngày cấp – ngày"],
      ["month", "Ngày cấp – tháng"],
    ]);
  });

  test("a year written in part (`20…`) is the date's year on a place-date line", () => {
    expect(parts("Hà Nội, ngày …/…/20…").map(([, part, label]) => [part, label])).toEqual([
      ["day", "Ngày ký – ngày"],
      ["month", "Ngày ký – tháng"],
      ["year", "Ngày ký – năm"],
    ]);
  });

  test("a year gap glued to `năm` at the very end of a date line", () => {
    expect(parts("……, ngày … tháng … năm…").map(([, part, label]) => [part, label])).toEqual([
      [null, "Địa danh"],
      ["day", "Ngày ký – ngày"],
      ["month", "Ngày ký – tháng"],
      ["year", "Ngày ký – năm"],
    ]);
  });

  test("`năm 20…` in a date written with words", () => {
    expect(parts("ngày 5 tháng 6 năm 20…")).toEqual([["…", "year", "Ngày – năm"]]);
  });
});
