/** A document the report cites, dated after the report is signed: fires on a wrong order, not on a right one. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { t } from "../../i18n/all";
import type { ScanResult } from "../types";
import { filled } from "./filled";

const TEMPLATE = readFileSync(join(__dirname, "..", "..", "..", "assets", "template.txt"), "utf8");
const dateOrder = (r: ScanResult) => r.findings.filter((f) => f.type === "date-order");

test("the plan the report carries out is dated after the report: said in Vietnamese and English", () => {
  // Signed on the 15th of the printed June 2017; the plan of 20/07/2017.
  const wrong = filled(TEMPLATE, {
    "Ngày ký – ngày": ["15"],
    "Ngày kế hoạch – ngày": ["20"],
    "Ngày kế hoạch – tháng": ["07"],
  });
  const found = dateOrder(wrong);
  expect(found.map((f) => f.params)).toEqual([{ label: "Ngày kế hoạch", date: "20/07/2017", signed: "15/06/2017" }]);
  expect(found[0].message).toBe("Ngày kế hoạch 20/07/2017 sau ngày ký báo cáo 15/06/2017");
  expect(t("en", "pane.check.item.date-order", found[0].params)).toBe(
    "Ngày kế hoạch 20/07/2017 is after the report's signing date 15/06/2017",
  );
});

test("a plan dated before the report, or a date not complete yet, says nothing", () => {
  const right = filled(TEMPLATE, {
    "Ngày ký – ngày": ["15"],
    "Ngày kế hoạch – ngày": ["02"],
    "Ngày kế hoạch – tháng": ["03"],
  });
  expect(dateOrder(right)).toEqual([]);
  expect(dateOrder(filled(TEMPLATE, { "Ngày kế hoạch – ngày": ["20"], "Ngày kế hoạch – tháng": ["07"] }))).toEqual([]);
});
