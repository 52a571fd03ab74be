import { t } from "../../i18n";
import { groupBy } from "../collections";
import { readFigure } from "../figures";
import { statedTotals, type StatedTotal } from "../sums";
import { columnTotals } from "../totals";
import type { Blank } from "../types";
import { defineFinding, type Detected } from "./types";

type Params = { label: string; total: string; sum: string };

const vi = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6 });

const numberIn = (b: Blank): number | null => {
  if (!b.filled || b.value === null) return null;
  const figure = readFigure(b.value);
  return figure.ok ? figure.value : null;
};

/**
 * A total its parts do not add up to: the figures of a table's total row ("Tổng số", "Cộng") against its rows in
 * the same column (src/core/totals.ts), and the totals the text states, the kinds after `trong đó` and the lines of
 * a list (src/core/sums.ts). Judged only once the total and every part hold a number.
 */
export const partsTotal = defineFinding({
  type: "parts-total",
  order: 5,
  detect: ({ blanks, snapshot, repeats }) => {
    const out: Detected<Params>[] = [];
    const judge = (total: Blank, parts: Blank[], relation: StatedTotal["relation"], lines = 0): void => {
      const stated = numberIn(total);
      const figures = parts.map(numberIn);
      if (stated === null || figures.some((f) => f === null)) return;
      const sum = relation === "lines" ? lines : figures.reduce<number>((s, f) => s + f!, 0);
      const agrees = relation === "atMost" ? sum <= stated + 1e-9 : Math.abs(sum - stated) <= 1e-9 * Math.max(1, sum);
      if (agrees) return;
      out.push({
        paragraph: total.paragraph,
        // A written value keeps the spacing that parts it from glued words (`ở 12 chi bộ`): not part of the figure.
        params: { label: total.label, total: (total.value ?? "").trim(), sum: vi.format(sum) },
        blankId: total.id,
        section: total.section,
      });
    };
    const paragraphs = snapshot.paragraphs.map((p) => p.text);
    for (const s of statedTotals(paragraphs, blanks, repeats)) judge(s.total, s.parts, s.relation, s.lines);
    const cells = blanks.filter((b) => b.cell !== undefined);
    for (const column of groupBy(cells, (b) => `${b.cell!.table}:${b.cell!.gridCol}`).values()) {
      column.sort((a, b) => a.cell!.row - b.cell!.row);
      // One part is a row copied into its total, not a sum to check.
      for (const { total, parts } of columnTotals(column, (b) => b.cell!.role))
        if (parts.length >= 2) judge(total, parts, "equal");
    }
    return out;
  },
  message: (params: Params): string => t("vi", "core.finding.partsTotal", params),
});
