import { readFileSync } from "node:fs";
import { join } from "node:path";
import { scan, snapshotFromText } from "./index";
import { repeatGroups } from "./repeat";
import { statedTotals } from "./sums";

function totalsOf(text: string) {
  const snapshot = snapshotFromText(text);
  const { blanks } = scan({ snapshot });
  const paragraphs = snapshot.paragraphs.map((p) => p.text);
  return statedTotals(paragraphs, blanks, repeatGroups(paragraphs, blanks)).map((s) => ({
    total: s.total.label,
    parts: s.parts.map((p) => p.label),
    relation: s.relation,
    ...(s.lines !== undefined && { lines: s.lines }),
  }));
}

test("the shipped template states three totals: the chi bộ by kind, the associations, their members", () => {
  const text = readFileSync(join(__dirname, "..", "..", "assets", "template.txt"), "utf8");
  expect(totalsOf(text)).toEqual([
    {
      total: "Số chi bộ",
      parts: ["Số chi bộ nông thôn", "Số chi bộ trường học", "Số chi bộ khác"],
      relation: "equal",
    },
    { total: "Số hội quần chúng", parts: [], relation: "lines", lines: 1 },
    { total: "Tổng số hội viên", parts: ["Số hội viên"], relation: "equal" },
  ]);
});

test("`trong đó` naming some kinds only bounds them by the total; a sentence's end or another unit stops the parts", () => {
  expect(totalsOf("Toàn xã có ......hộ, trong đó có ......hộ nghèo. Có ......hộ cận nghèo.")).toEqual([
    { total: "Số hộ (Toàn xã)", parts: ["Số hộ nghèo"], relation: "atMost" },
  ]);
  expect(totalsOf("Có ......người, trong đó ......ha đất lúa")).toEqual([]);
});
