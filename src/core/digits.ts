/**
 * Digit boxes: a row of four or more narrow boxes of about equal width, side by side, after a label ("Số CCCD",
 * "Mã số thuế"), is one field whose value is written one character per box. Boxes come drawn as shapes anchored in
 * the label's paragraph, or as a run of empty narrow table cells (`src/core/tables.ts`).
 */
import type { DrawnBox } from "./types";

/** The fewest boxes that make a grid, rather than a few tick boxes. */
export const MIN_BOXES = 4;
/** Narrower than this a box holds one character: 0.6 inch in EMU, and about 1 cm in twips for cells. */
const MAX_BOX_EMU = 548640;
export const MAX_BOX_TWIPS = 600;

/** Widths within 15 % of the first box's: drawn by copying one box. */
export const sameWidth = (a: number, b: number): boolean => Math.abs(a - b) <= 0.15 * Math.max(a, b);

/** The grids among a paragraph's drawn boxes, each as its number of boxes, left to right and top to bottom. */
export function drawnGrids(boxes: DrawnBox[]): number[] {
  const narrow = boxes.filter((b) => b.width <= MAX_BOX_EMU).sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: DrawnBox[][] = [];
  for (const b of narrow) {
    const row = rows.find((r) => Math.abs(r[0].y - b.y) <= r[0].height / 2);
    if (row) row.push(b);
    else rows.push([b]);
  }
  const out: number[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let run = [row[0]];
    const close = () => {
      if (run.length >= MIN_BOXES) out.push(run.length);
    };
    for (const b of row.slice(1)) {
      const prev = run[run.length - 1];
      const gap = b.x - (prev.x + prev.width);
      if (sameWidth(b.width, run[0].width) && Math.abs(gap) <= prev.width / 2) run.push(b);
      else {
        close();
        run = [b];
      }
    }
    close();
  }
  return out;
}

/** What the boxes ask for, from the label before them: `5. Số CMND/CCCD (2)` → `Số CMND/CCCD`. */
export function gridLabel(text: string): string {
  return text
    .replace(/[\t\v]+/g, " ")
    .replace(/^\s*(?:\d{1,2}|[IVX]{1,4}|\p{Ll})[.)]\s+/u, "")
    .replace(/(?:\s*\((?:\*|\d{1,2})\))+/gu, "")
    .replace(/[\s:.…]+$/u, "")
    .trim();
}
