/** The totals the text states, checked once the figures are in: a wrong sum fires, a right one does not. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { t } from "../../i18n/all";
import type { ScanResult } from "../types";
import { filled } from "./filled";

const TEMPLATE = readFileSync(join(__dirname, "..", "..", "..", "assets", "template.txt"), "utf8");

const partsTotal = (r: ScanResult) => r.findings.filter((f) => f.type === "parts-total");

const CHI_BO = {
  "Số chi bộ": ["12"],
  "Số chi bộ nông thôn": ["8"],
  "Số chi bộ trường học": ["3"],
};

test("the chi bộ of each kind against their total: fires on a wrong sum, in Vietnamese and English", () => {
  const wrong = filled(TEMPLATE, { ...CHI_BO, "Số chi bộ khác": ["2"] });
  const found = partsTotal(wrong);
  expect(found).toHaveLength(1);
  expect(found[0].params).toEqual({ label: "Số chi bộ", total: "12", sum: "13" });
  expect(found[0].message).toBe("Tổng không khớp: Số chi bộ ghi 12, cộng các phần được 13");
  expect(t("en", "pane.check.item.parts-total", found[0].params)).toBe("Số chi bộ: says 12, its parts add up to 13");
  expect(partsTotal(filled(TEMPLATE, { ...CHI_BO, "Số chi bộ khác": ["1"] }))).toEqual([]);
});

test("the associations: their number against the lines listed, their members against the sum of the lines", () => {
  const one = filled(TEMPLATE, {
    "Số hội quần chúng": ["4"],
    "Số hội viên": ["", "350"],
    "Tổng số hội viên": ["400"],
  });
  expect(partsTotal(one).map((f) => f.params)).toEqual([
    { label: "Số hội quần chúng", total: "4", sum: "1" },
    { label: "Tổng số hội viên", total: "400", sum: "350" },
  ]);
  const right = filled(TEMPLATE, {
    "Số hội quần chúng": ["1"],
    "Số hội viên": ["", "350"],
    "Tổng số hội viên": ["350"],
  });
  expect(partsTotal(right)).toEqual([]);
});

test("nothing is judged until the total and every part hold a figure", () => {
  expect(partsTotal(filled(TEMPLATE, { "Số chi bộ": ["12"], "Số chi bộ nông thôn": ["20"] }))).toEqual([]);
});
