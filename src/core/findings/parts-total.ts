import { t } from "../../i18n";
import { groupBy } from "../collections";
import { readFigure } from "../figures";
import { repeatGroups } from "../repeat";
import { statedTotals } from "../sums";
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
 * A total a table's row or column holds that its parts do not add up to: the figures of a total row ("Tổng số",
 * "Cộng") against the rows above it in the same column, back to the previous total; group subtotals stand for their
 * rows where the table has them. And the totals the text states: the kinds after `trong đó`, the lines of a list
 * (src/core/sums.ts). Judged only once the total and every part hold a number.
 */
export const partsTotal = defineFinding({
  type: "parts-total",
  order: 5,
  detect: ({ blanks, snapshot }) => {
    const out: Detected<Params>[] = [];
    const paragraphs = snapshot.paragraphs.map((p) => p.text);
    for (const stated of statedTotals(paragraphs, blanks, repeatGroups(paragraphs, blanks))) {
      const total = numberIn(stated.total);
      const figures = stated.parts.map(numberIn);
      if (total === null || figures.some((f) => f === null)) continue;
      const sum = stated.relation === "lines" ? (stated.lines ?? 0) : figures.reduce<number>((s, f) => s + f!, 0);
      const agrees =
        stated.relation === "atMost" ? sum <= total + 1e-9 : Math.abs(sum - total) <= 1e-9 * Math.max(1, sum);
      if (agrees) continue;
      const b = stated.total;
      out.push({
        paragraph: b.paragraph,
        params: { label: b.label, total: b.value ?? "", sum: vi.format(sum) },
        blankId: b.id,
        section: b.section,
      });
    }
    const cells = blanks.filter((b) => b.cell !== undefined);
    const columns = groupBy(cells, (b) => `${b.cell!.table}:${b.cell!.gridCol}`);
    for (const column of columns.values()) {
      column.sort((a, b) => a.cell!.row - b.cell!.row);
      let from = 0;
      column.forEach((total, i) => {
        if (total.cell!.role !== "total") return;
        const segment = column.slice(from, i);
        from = i + 1;
        const subtotals = segment.filter((b) => b.cell!.role === "subtotal");
        const parts = subtotals.length > 0 ? subtotals : segment.filter((b) => b.cell!.role === "data");
        const stated = numberIn(total);
        const figures = parts.map(numberIn);
        if (parts.length < 2 || stated === null || figures.some((f) => f === null)) return;
        const sum = figures.reduce<number>((s, f) => s + f!, 0);
        if (Math.abs(sum - stated) <= 1e-9 * Math.max(1, Math.abs(sum))) return;
        out.push({
          paragraph: total.paragraph,
          params: { label: total.label, total: total.value ?? "", sum: vi.format(sum) },
          blankId: total.id,
          section: total.section,
        });
      });
    }
    return out;
  },
  message: (params: Params): string => t("vi", "core.finding.partsTotal", params),
});
