/** What the form says of a field, as the pane's model shows it: optional fields and values written in capitals. */
import { scan } from "../../src/core";
import { snapshotFromText } from "../../src/core/txt";
import type { FilledBlank } from "../../src/core/types";
import { buildModel, nextEmptyIndex, outlineGroups } from "../../src/taskpane/session/model";

const FORM = ["I. Người khai", "Họ và tên: ……………", "Tên gọi khác (nếu có): ……………"];

test("a section's empty count leaves out the fields that may stay empty", () => {
  const result = scan({ snapshot: snapshotFromText(FORM.join("\n")) });
  const [section] = outlineGroups(buildModel(result), result.sections);
  expect(section).toMatchObject({ title: "I. Người khai", total: 2, empty: 1 });
});

test("the progress and 'Tiếp tục' leave out a field that may stay empty until it holds something", () => {
  const result = scan({ snapshot: snapshotFromText([...FORM, "Nơi sinh: ……………"].join("\n")) });
  const model = buildModel(result);
  expect([model.filled, model.total]).toEqual([0, 2]);
  const labels = model.entries.map((e) => e.field.label);
  // From the name, the next place to fill is the birthplace, past the other name that may stay empty.
  expect(labels[nextEmptyIndex(model, labels.indexOf("Họ và tên") + 1)!]).toBe("Nơi sinh");
  const other = result.blanks.find((b) => b.label.startsWith("Tên gọi khác"))!;
  const text = [...FORM.slice(0, 2), "Tên gọi khác (nếu có): Bé Ba", "Nơi sinh: ……………"];
  const filled = buildModel(
    scan({
      snapshot: snapshotFromText(text.join("\n")),
      filled: [{ blankId: other.id, original: other.original, value: "Bé Ba", paragraph: 2, start: 23, end: 28 }],
    }),
  );
  expect([filled.filled, filled.total]).toEqual([1, 3]);
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
