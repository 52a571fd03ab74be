/**
 * `npm run collect -- <reports…> [-o tong-hop.xlsx|.csv] [--template assets/template.docx] [--unit <label>]
 * [--answers totals.json]`: reads filled reports of one template and writes one table, a row per report and a total
 * for the fields that add up (src/core/collect). Reports it cannot take are listed with the reason.
 * Exit codes: 0 every report rolled up; 1 a report was left out; 2 bad arguments, template or output.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { scan } from "../../src/core";
import {
  prepareTemplate,
  readReport,
  rollUp,
  totalsAsAnswers,
  unitField,
  type PreparedTemplate,
  type ReportInput,
  type ReportRead,
  type RolledCell,
  type Rollup,
  type SummedGrid,
} from "../../src/core/collect";
import { buildSnapshot } from "../../src/docx/build";
import { isDocxError } from "../../src/docx/errors";
import { loadDocx } from "../../src/docx/model";
import { say as sayIn, type CollectKey } from "../../src/i18n/collect";
import type { Params } from "../../src/i18n";
import { readReportFile } from "../../src/word/reports";
import type { Failure } from "./run";

const say = (key: CollectKey, params?: Params): string => sayIn("vi", key, params);

class Exit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export interface CollectArgs {
  reports: string[];
  output: string;
  template: string | null;
  unit?: string;
  answers?: string;
}

export function parseCollectArgs(argv: string[]): CollectArgs {
  const args: CollectArgs = { reports: [], output: "tong-hop.xlsx", template: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("-")) throw new Exit(2, say("collect.usage"));
      return v;
    };
    if (a === "-o" || a === "--out") args.output = value();
    else if (a === "--template") args.template = value();
    else if (a === "--unit") args.unit = value();
    else if (a === "--answers") args.answers = value();
    else if (a.startsWith("-")) throw new Exit(2, say("collect.usage"));
    else args.reports.push(a);
  }
  if (args.reports.length === 0) throw new Exit(2, say("collect.usage"));
  if (![".xlsx", ".csv"].includes(extname(args.output).toLowerCase()))
    throw new Exit(2, say("collect.badOutput", { path: args.output }));
  return args;
}

/** The shipped template, from the working folder or from the package this tool belongs to. */
function defaultTemplate(): string {
  const candidates = [
    resolve("assets/template.docx"),
    join(__dirname, "..", "assets", "template.docx"),
    join(__dirname, "..", "..", "assets", "template.docx"),
  ];
  return candidates.find((p) => existsSync(p)) ?? candidates[0];
}

export async function loadTemplate(bytes: Uint8Array): Promise<PreparedTemplate> {
  const snapshot = buildSnapshot(await loadDocx(bytes));
  return prepareTemplate({ snapshot, result: scan({ snapshot }) });
}

export interface LeftOut {
  file: string;
  reason: CollectKey;
  params?: Params;
}

/** Reads every report; those that are not .docx reports of the template are left out with the reason. */
export async function collectReports(
  template: PreparedTemplate,
  files: Array<{ file: string; bytes: Uint8Array | null }>,
  unit?: string,
): Promise<{ rollup: Rollup; left: LeftOut[] }> {
  const left: LeftOut[] = [];
  const read: ReportRead[] = [];
  for (const { file, bytes } of files) {
    if (!bytes) {
      left.push({ file, reason: "collect.reason.missing" });
      continue;
    }
    let input: ReportInput;
    try {
      input = await readReportFile(bytes);
    } catch (err) {
      const code = isDocxError(err) ? err.code : "damaged";
      left.push({ file, reason: `collect.reason.${code}` as CollectKey });
      continue;
    }
    read.push({ file, reading: readReport(template, input) });
  }
  const rollup = rollUp(template, read, unit);
  for (const n of rollup.notices)
    left.push({ file: n.file, reason: `collect.reason.${n.reason}`, params: { unit: n.unit ?? "" } });
  return { rollup, left };
}

const FLAG_FILL: Record<NonNullable<RolledCell["flag"]>, string> = {
  doubtful: "FFFFF2CC",
  unplaced: "FFF8CBAD",
  "not-number": "FFF8CBAD",
};

/** Excel's sheet names: at most 31 characters, none of `[]:*?/\`. */
const sheetName = (s: string): string => s.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);

/**
 * The sheets of their own: each table's cells summed, then each item line with the lines the reports repeated after
 * it; with the sheet's name and the suffix of its .csv file.
 */
function grids(rollup: Rollup): Array<[string, SummedGrid, string]> {
  return [
    ...rollup.tables.map((t, n): [string, SummedGrid, string] => [
      say("collect.sheet.table", { n: n + 1 }),
      t,
      String(n + 1),
    ]),
    ...rollup.lines.map((l, n): [string, SummedGrid, string] => [
      say("collect.sheet.lines", { n: n + 1 }),
      l,
      `lines-${n + 1}`,
    ]),
  ];
}

/** A check sheet's lines: every report left out and every cell to look at. */
function checks(rollup: Rollup, left: LeftOut[]): string[][] {
  const out = left.map((l) => [l.file, "", "", say(l.reason, l.params)]);
  for (const row of rollup.rows)
    row.cells.forEach((c, i) => {
      if (c.flag) out.push([row.file, row.name, rollup.columns[i].header, say(`collect.flag.${c.flag}`)]);
    });
  return out;
}

export async function toXlsx(rollup: Rollup, left: LeftOut[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const main = wb.addWorksheet(sheetName(say("collect.sheet.main")), {
    views: [{ state: "frozen", xSplit: 1, ySplit: 1 }],
  });
  main.addRow([say("collect.col.unit"), say("collect.col.file"), ...rollup.columns.map((c) => c.header)]);
  main.getRow(1).font = { bold: true };
  main.getRow(1).alignment = { wrapText: true, vertical: "top" };
  for (const row of rollup.rows) {
    const r = main.addRow([row.name, row.file, ...row.cells.map((c) => c.number ?? c.text ?? null)]);
    row.cells.forEach((c, i) => {
      if (!c.flag) return;
      const cell = r.getCell(i + 3);
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FLAG_FILL[c.flag] } };
      cell.note = say(`collect.flag.${c.flag}`);
    });
  }
  const total = main.addRow([say("collect.total"), null, ...rollup.totals]);
  total.font = { bold: true };
  rollup.totalFlagged.forEach((f, i) => {
    if (f) total.getCell(i + 3).note = say("collect.totalFlagged");
  });
  main.getColumn(1).width = 22;
  main.getColumn(2).width = 18;
  for (let i = 0; i < rollup.columns.length; i++) main.getColumn(i + 3).width = 16;
  for (const [name, t] of grids(rollup)) {
    const ws = wb.addWorksheet(sheetName(name));
    ws.addRow(["", ...t.columns]).font = { bold: true };
    t.rows.forEach((label, r) => {
      const row = ws.addRow([label, ...t.sums[r]]);
      t.flagged[r].forEach((f, k) => {
        if (f) row.getCell(k + 2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FLAG_FILL.doubtful } };
      });
    });
    ws.getColumn(1).width = 30;
  }
  const lines = checks(rollup, left);
  if (lines.length > 0) {
    const ws = wb.addWorksheet(sheetName(say("collect.sheet.check")));
    const head = [
      say("collect.col.file"),
      say("collect.col.unit"),
      say("collect.col.field"),
      say("collect.col.reason"),
    ];
    ws.addRow(head).font = { bold: true };
    for (const l of lines) ws.addRow(l);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A number as Excel in Vietnamese reads it: a comma before the decimals, no grouping. */
const csvNumber = (n: number): string => String(n).replace(".", ",");

function csvField(v: string | number | null): string {
  if (v === null) return "";
  const s = typeof v === "number" ? csvNumber(v) : v;
  return /[";\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with a BOM and `;` between columns, as Excel in Vietnamese opens it. */
export function toCsv(lines: Array<Array<string | number | null>>): string {
  return "\uFEFF" + lines.map((l) => l.map(csvField).join(";")).join("\r\n") + "\r\n";
}

export function mainLines(rollup: Rollup): Array<Array<string | number | null>> {
  return [
    [say("collect.col.unit"), say("collect.col.file"), ...rollup.columns.map((c) => c.header)],
    ...rollup.rows.map((r) => [r.name, r.file, ...r.cells.map((c) => c.number ?? c.text)]),
    [say("collect.total"), null, ...rollup.totals],
  ];
}

function writeFile(path: string, data: Uint8Array | string): void {
  try {
    writeFileSync(path, data);
  } catch (err) {
    throw new Exit(2, say("collect.writeError", { path, detail: (err as Error).message }));
  }
}

function readOrNull(path: string): Uint8Array | null {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    return null;
  }
}

export async function collectCommand(argv: string[]): Promise<number> {
  const args = parseCollectArgs(argv);
  const templatePath = args.template ?? defaultTemplate();
  let template: PreparedTemplate;
  try {
    template = await loadTemplate(new Uint8Array(readFileSync(templatePath)));
  } catch (err) {
    throw new Exit(2, say("collect.templateError", { path: templatePath, detail: (err as Error).message }));
  }
  if (args.unit !== undefined && !unitField(template.result.fields, args.unit))
    throw new Exit(2, say("collect.unknownUnit", { unit: args.unit }));
  const files = args.reports.map((file) => ({ file: basename(file), bytes: readOrNull(file) }));
  const { rollup, left } = await collectReports(template, files, args.unit);

  for (const l of left) console.error(say("collect.left", { file: l.file, reason: say(l.reason, l.params) }));
  let flagged = 0;
  for (const row of rollup.rows)
    row.cells.forEach((c, i) => {
      if (!c.flag) return;
      flagged++;
      console.warn(
        say("collect.flagged", {
          unit: row.name,
          field: rollup.columns[i].header,
          reason: say(`collect.flag.${c.flag}`),
        }),
      );
    });

  if (extname(args.output).toLowerCase() === ".csv") {
    writeFile(args.output, toCsv(mainLines(rollup)));
    const base = join(dirname(args.output), basename(args.output, extname(args.output)));
    for (const [, t, suffix] of grids(rollup))
      writeFile(
        `${base}.${suffix}.csv`,
        toCsv([["", ...t.columns], ...t.rows.map((label, r) => [label, ...t.sums[r]])]),
      );
    const lines = checks(rollup, left);
    if (lines.length > 0)
      writeFile(
        `${base}.check.csv`,
        toCsv([
          [say("collect.col.file"), say("collect.col.unit"), say("collect.col.field"), say("collect.col.reason")],
          ...lines,
        ]),
      );
  } else {
    writeFile(args.output, await toXlsx(rollup, left));
  }
  console.log(say("collect.saved", { path: args.output }));
  if (args.answers) {
    writeFile(args.answers, JSON.stringify(totalsAsAnswers(template, rollup), null, 2) + "\n");
    console.log(say("collect.answersSaved", { path: args.answers }));
  }
  console.log(
    say("collect.summary", {
      reports: rollup.rows.length,
      columns: rollup.columns.length,
      flagged,
      left: left.length,
    }),
  );
  return left.some((l) => l.reason !== "collect.reason.unit-missing") ? 1 : 0;
}

export function collectFailure(err: unknown): Failure {
  if (err instanceof Exit) return { code: err.code, message: err.message };
  return { code: 2, message: say("collect.readError", { path: "", detail: (err as Error).message }) };
}
