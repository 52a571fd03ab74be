/**
 * The roll-up as an .xlsx workbook, built in the pane (exceljs, loaded only when the user downloads): numbers as
 * numbers, the cells to look at shaded with the reason as a note, the first column and the header row frozen.
 */

export type SheetValue = string | number | null;

export interface Sheet {
  name: string;
  /** The header row first. */
  lines: SheetValue[][];
  /** Notes on cells, by `line:column` (0-based, the header being line 0): those cells are shaded too. */
  notes: Map<string, string>;
  /** The last line is a total: bold. */
  totalLast: boolean;
}

const SHADE = "FFFFF2CC";

/** Excel's sheet names: at most 31 characters, none of `[]:*?/\`. */
const sheetName = (s: string): string => s.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);

export async function workbook(sheets: Sheet[]): Promise<Blob> {
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheetName(sheet.name), { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
    sheet.lines.forEach((line) => ws.addRow(line));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { wrapText: true, vertical: "top" };
    if (sheet.totalLast) ws.getRow(sheet.lines.length).font = { bold: true };
    for (const [at, note] of sheet.notes) {
      const [line, col] = at.split(":").map(Number);
      const cell = ws.getRow(line + 1).getCell(col + 1);
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: SHADE } };
      cell.note = note;
    }
    ws.getColumn(1).width = 24;
    for (let i = 2; i <= (sheet.lines[0]?.length ?? 0); i++) ws.getColumn(i).width = 16;
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Blob([buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}
