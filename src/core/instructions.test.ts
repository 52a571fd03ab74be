import { scan, snapshotFromText } from "./index";
import type { Blank, FilledBlank } from "./types";
import { writesForField } from "./values";

function scanned(lines: string[], filled?: FilledBlank[]) {
  return scan({ snapshot: snapshotFromText(lines.join("\n")), filled });
}

function fieldOf(lines: string[], label: string) {
  const r = scanned(lines);
  const field = r.fields.find((f) => f.label === label);
  if (!field) throw new Error(`no field "${label}" in ${JSON.stringify(r.fields.map((f) => f.label))}`);
  return { ...r, field };
}

const written = (lines: string[], label: string, input: string): string[] => {
  const { field, blanks } = fieldOf(lines, label);
  const plan = writesForField(field, blanks, input);
  return plan.writes.map((w) => w.value);
};

describe("a note asking for capitals", () => {
  const form = ["Họ và tên(1): ……………………", "Nghề nghiệp: ……………………", "Ghi chú:", "(1) Ghi chữ in hoa đủ dấu."];

  test("writes the value in capitals, accents kept", () => {
    expect(written(form, "Họ và tên", "Nguyễn Văn An")).toEqual(["NGUYỄN VĂN AN"]);
    expect(fieldOf(form, "Họ và tên").field.letterCase).toBe("upper");
  });

  test("leaves a field its note does not cover as typed", () => {
    expect(written(form, "Nghề nghiệp", "Giáo viên")).toEqual(["Giáo viên"]);
    expect(fieldOf(form, "Nghề nghiệp").field.letterCase).toBeUndefined();
  });

  test("in an aside after the label, is the hint as well as the capitals", () => {
    const { field } = fieldOf(["Họ và tên khai sinh (viết chữ in hoa): ……………………"], "Họ và tên khai sinh");
    expect(field).toMatchObject({ hint: "Viết chữ in hoa", letterCase: "upper" });
  });

  test("said the other way round (`không viết in hoa`) asks nothing", () => {
    const form2 = ["Bút danh(2): ……………………", "Ghi chú:", "(2) Không viết in hoa."];
    expect(written(form2, "Bút danh", "Hoa Sữa")).toEqual(["Hoa Sữa"]);
  });
});

describe("an optional field", () => {
  const form = [
    "I. Thông tin người khai",
    "1. Họ và tên: ……………………",
    "2. Tên gọi khác (nếu có): ……………………",
    "3. Số điện thoại(3): ……………………",
    "Ghi chú:",
    "(3) Số điện thoại di động (nếu có).",
  ];

  test("`(nếu có)` after the label or closing the note makes the field optional", () => {
    const { fields } = scanned(form);
    expect(fields.map((f) => [f.label, f.optional ?? false])).toEqual([
      ["Họ và tên", false],
      ["Tên gọi khác (nếu có)", true],
      ["Số điện thoại", true],
    ]);
  });

  test("an optional blank left empty is not missing in the check nor in its section's count", () => {
    const { findings, sections, blanks } = scanned(form);
    const missing = findings.filter((f) => f.type === "empty-blank").map((f) => f.params?.label);
    expect(missing).toEqual(["Họ và tên"]);
    expect(sections[0]).toMatchObject({ blankCount: 3, emptyCount: 1 });
    const after = scanned(...fill(form, blanks[0], "Nguyễn An"));
    expect(after.findings.filter((f) => f.type === "empty-blank")).toEqual([]);
    expect(after.sections[0].emptyCount).toBe(0);
  });

  test("a note whose last item only is optional (`…; số Fax (nếu cần)`) leaves the field required", () => {
    const form2 = ["Địa chỉ(4): ……………………", "Ghi chú:", "(4) Địa chỉ cơ quan; số điện thoại; số Fax (nếu cần)."];
    expect(fieldOf(form2, "Địa chỉ").field.optional).toBeUndefined();
  });
});

/** The form with `value` written in place of `blank`, and the fill the Word layer would report for it. */
function fill(lines: string[], blank: Blank, value: string): [string[], FilledBlank[]] {
  const line = lines[blank.paragraph];
  const text = line.slice(0, blank.start) + value + line.slice(blank.end);
  const filled: FilledBlank = {
    blankId: blank.id,
    original: blank.original,
    value,
    paragraph: blank.paragraph,
    start: blank.start,
    end: blank.start + value.length,
  };
  return [lines.map((l, i) => (i === blank.paragraph ? text : l)), [filled]];
}

describe("an aside saying what to write", () => {
  test("`(ghi rõ …)` before the blank becomes the hint and leaves the label", () => {
    const { field } = fieldOf(["Nơi làm việc (ghi rõ tên cơ quan, đơn vị): ……………………"], "Nơi làm việc");
    expect(field.hint).toBe("Ghi rõ tên cơ quan, đơn vị");
  });

  test("`(ghi rõ …)` right after the blank does too", () => {
    const { fields } = scanned(["Lý do xin nghỉ: …………………… (ghi rõ lý do)."]);
    expect(fields[0].hint).toBe("Ghi rõ lý do");
  });

  test("a note, when there is one, stays the hint", () => {
    const { fields } = scanned(["Nơi cấp (ghi rõ tỉnh)(5): ……………", "Ghi chú:", "(5) Theo giấy tờ đã cấp."]);
    expect(fields[0].hint).toBe("Theo giấy tờ đã cấp.");
  });
});

describe("a line typed in capitals", () => {
  const form = [
    "ĐẢNG BỘ HUYỆN ………………",
    "ĐẢNG ỦY ………………",
    "XÃ ………………",
    "Số: ………/BC-ĐU",
    "Đảng bộ huyện ………………… đã lãnh đạo thực hiện tốt.",
  ];

  test("writes its value in capitals", () => {
    const { blanks, fields } = scanned(form);
    const party = fields.find((f) => blanks.find((b) => b.id === f.blankIds[0])?.paragraph === 1)!;
    expect(writesForField(party, blanks, "Phước Hòa").writes.map((w) => w.value)).toEqual(["PHƯỚC HÒA"]);
  });

  test("a value linked from a capitals line to a line in lower case is in capitals only there", () => {
    const { blanks, fields } = scanned(form);
    const district = fields.find((f) => f.blankIds.some((id) => blanks.find((b) => b.id === id)?.paragraph === 0))!;
    const writes = writesForField(district, blanks, "Tuy Phước").writes;
    const byLine = writes.map((w) => [blanks.find((b) => b.id === w.blankId)!.paragraph, w.value]);
    expect(byLine).toEqual([
      [0, "TUY PHƯỚC"],
      [4, "Tuy Phước"],
    ]);
    expect(district.letterCase).toBeUndefined();
  });

  test("a line with a lower-case letter, or too few letters to tell, is not", () => {
    const { blanks } = scanned(form);
    expect(blanks.filter((b) => b.letterCase === "upper").map((b) => b.paragraph)).toEqual([0, 1]);
  });

  test("judges the template's words, not the value already written in lower case", () => {
    const after = scanned(...fill(form, scanned(form).blanks[0], "Tuy Phước"));
    expect(after.blanks[0]).toMatchObject({ filled: true, value: "Tuy Phước", letterCase: "upper" });
  });

  test("only its own line counts in a paragraph of several lines", () => {
    const { blanks } = scan({ snapshot: snapshotFromText("ỦY BAN NHÂN DÂN HUYỆN ……………\vXã ……………") });
    expect(blanks.map((b) => b.letterCase ?? null)).toEqual(["upper", null]);
  });
});
