/**
 * A statistics annex for the grid editor's browser test: a caption and a ruled table of ten places, four figures
 * each and a total row; the block of figures a spreadsheet would copy; and the table read back from a saved .docx by
 * the project's own reader, cell by cell, independently of the simulator that wrote it.
 */
import { readDocxSnapshot } from "../../../src/docx/snapshot";
import { buildDocx, type GenRun } from "../../robustness/docgen";

export const CAPTION = "Số liệu về tổ chức hội";
export const HEAD = ["STT", "Chi hội", "Hội viên (người)", "Nữ (người)", "Dưới 30 tuổi (người)", "Đảng viên (người)"];
export const PLACES = ["Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Mới", "Cũ", "Ven sông"].map(
  (p) => `Chi hội ${p}`,
);
export const TOTAL = "Tổng số";

/** The ten rows of four figures: distinct in every cell, some with a thousands dot as Vietnamese writes them. */
export const FIGURES: string[][] = PLACES.map((_, i) =>
  [0, 1, 2, 3].map((j) => {
    const n = 1000 * (i % 3) + 37 * i + 11 * j + 5;
    return n >= 1000 ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, "0")}` : String(n);
  }),
);

/** Each column's sum, as the total row should read once the user takes the offered sums. */
export const SUMS: string[] = [0, 1, 2, 3].map((j) =>
  new Intl.NumberFormat("vi-VN").format(FIGURES.reduce((s, row) => s + Number(row[j].replace(/\./g, "")), 0)),
);

/** Tab-separated rows ending in a newline, as Excel and Google Sheets put a copied range on the clipboard. */
export const TSV = FIGURES.map((row) => row.join("\t")).join("\r\n") + "\r\n";

const runs = (text: string): GenRun[] => (text ? [{ text }] : []);

export function annexDocx(): Promise<Uint8Array> {
  const rows = [HEAD, ...PLACES.map((p, i) => [String(i + 1), p, "", "", "", ""]), ["", TOTAL, "", "", "", ""]];
  return buildDocx({
    body: [
      { type: "p", runs: [{ text: "PHỤ LỤC SỐ LIỆU", bold: true }] },
      { type: "p", runs: runs(CAPTION) },
      {
        type: "table",
        grid: true,
        widths: [600, 2000, 1600, 1400, 1600, 1600],
        rows: rows.map((r) => r.map(runs)),
      },
      { type: "p", runs: runs("Người lập biểu: ………………") },
    ],
  });
}

/** The annex's table as the saved document holds it: `cells[row][gridCol]`, each cell's text. */
export async function savedTable(bytes: Uint8Array): Promise<string[][]> {
  const snapshot = await readDocxSnapshot(bytes);
  const cells: string[][] = [];
  for (const p of snapshot.paragraphs) {
    if (!p.cell || p.cell.table !== 0) continue;
    const row = (cells[p.cell.row] ??= []);
    row[p.cell.gridCol] = (row[p.cell.gridCol] ?? "") + p.text;
  }
  return cells;
}

/** What the table must read once the block is pasted and written and the totals taken. */
export function expectedTable(): string[][] {
  return [HEAD, ...PLACES.map((p, i) => [String(i + 1), p, ...FIGURES[i]]), ["", TOTAL, ...SUMS]];
}
