/** What the form says of a field, as the pane's model shows it: optional fields and values written in capitals. */
import { scan } from "../../src/core";
import { snapshotFromText } from "../../src/core/txt";
import type { FilledBlank } from "../../src/core/types";
import { buildModel, outlineGroups } from "../../src/taskpane/session/model";

const FORM = ["I. Người khai", "Họ và tên: ……………", "Tên gọi khác (nếu có): ……………"];

test("a section's empty count leaves out the fields that may stay empty", () => {
  const result = scan({ snapshot: snapshotFromText(FORM.join("\n")) });
  const [section] = outlineGroups(buildModel(result), result.sections);
  expect(section).toMatchObject({ title: "I. Người khai", total: 2, empty: 1 });
});

test("a value written in capitals on one line only shows as typed", () => {
  const lines = ["ĐẢNG BỘ HUYỆN TUY PHƯỚC", "Huyện Tuy Phước có nhiều xã."];
  const empty = scan({ snapshot: snapshotFromText(["ĐẢNG BỘ HUYỆN ……………", "Huyện …………… có nhiều xã."].join("\n")) });
  const [upper, plain] = empty.blanks;
  expect(upper.fieldId).toBe(plain.fieldId);
  const fill = (b: typeof upper, value: string, paragraph: number, start: number): FilledBlank => ({
    blankId: b.id,
    original: b.original,
    value,
    paragraph,
    start,
    end: start + value.length,
  });
  const result = scan({
    snapshot: snapshotFromText(lines.join("\n")),
    filled: [fill(upper, "TUY PHƯỚC", 0, 14), fill(plain, "Tuy Phước", 1, 6)],
  });
  expect(buildModel(result).entries[0].value).toBe("Tuy Phước");
});
