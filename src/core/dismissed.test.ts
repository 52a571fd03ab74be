/** Blanks the user said are not blanks: left out of the fields, yet reported where they stand, in their fields. */
import { scan, snapshotFromText } from "./index";

const TEXT = ["Thực hiện Kế hoạch số ....-KH/ĐU, ngày ..... tháng ..... năm 2012", "Ghi chú: .........."].join("\n");

test("a dismissed date keeps its parts in one field, listed apart from the fields to fill", () => {
  const snapshot = snapshotFromText(TEXT);
  const first = scan({ snapshot });
  const date = first.fields.find((f) => f.kind === "date")!;
  expect(date.blankIds.length).toBeGreaterThan(1);
  const result = scan({ snapshot, decisions: { dismissed: date.blankIds, added: [], unlinked: [] } });
  expect(result.fields.map((f) => f.id)).not.toContain(date.id);
  expect(result.blanks.map((b) => b.id)).toEqual(expect.not.arrayContaining(date.blankIds));
  expect(result.dismissed?.map((b) => b.id)).toEqual(date.blankIds);
  expect(result.dismissedFields?.map((f) => [f.label, f.blankIds])).toEqual([[date.label, date.blankIds]]);
});

test("nothing dismissed, nothing reported", () => {
  const result = scan({ snapshot: snapshotFromText(TEXT) });
  expect(result.dismissed).toBeUndefined();
  expect(result.dismissedFields).toBeUndefined();
});
