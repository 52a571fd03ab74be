/**
 * The district's roll-up (`npm run collect`): twenty reports of the shipped template, filled the three ways communes
 * fill them, read back and added up; every cell and every total checked against the values the reports were given.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { collectCommand, collectReports, loadTemplate } from "../../scripts/lib/collect";
import { fillCommand } from "../../scripts/lib/fill";
import type { PreparedTemplate, Rollup } from "../../src/core/collect";
import { readDocxSnapshot } from "../../src/docx/snapshot";
import { scan } from "../../src/core";
import { viNotation } from "../../src/core/figures";
import { buildDocx, para, run } from "../sim/build";
import {
  answersFor,
  fillByHand,
  fillThroughWord,
  NAMES,
  TEMPLATE,
  templateScan,
  twentyReports,
  type Built,
  type TemplateScan,
} from "./reports";

let t: TemplateScan;
let template: PreparedTemplate;
let reports: Built[];
let rollup: Rollup;

beforeAll(async () => {
  t = await templateScan();
  template = await loadTemplate(TEMPLATE);
  reports = await twentyReports(t);
  rollup = (
    await collectReports(
      template,
      reports.map((r) => ({ file: r.file, bytes: r.bytes })),
    )
  ).rollup;
}, 60_000);

const column = (r: Rollup, label: string) => r.columns.findIndex((c) => c.label === label);

describe("twenty reports of the shipped template", () => {
  test("a row per report, named by its commune, in the order given", () => {
    expect(rollup.notices).toEqual([]);
    expect(rollup.rows.map((r) => r.name)).toEqual(NAMES);
  });

  test("every cell holds the value the report was given, as sure as the way it was filled", () => {
    const wrong: string[] = [];
    rollup.rows.forEach((row, i) => {
      const rep = reports[i];
      rollup.columns.forEach((c, k) => {
        const cell = row.cells[k];
        const want = rep.expected.get(c.fieldId);
        const certainty = rep.way === "anchored" ? "certain" : "sure";
        if (cell.text !== want || cell.flag !== null || cell.certainty !== certainty)
          wrong.push(`${rep.way} ${row.name} ${c.header}: ${cell.text} (${cell.certainty}) ≠ ${want}`);
        if (c.kind === "number" && cell.number !== rep.numbers.get(c.fieldId))
          wrong.push(`${row.name} ${c.header}: ${cell.number} ≠ ${rep.numbers.get(c.fieldId)}`);
      });
    });
    expect(wrong).toEqual([]);
    // Every field of the template is a column, and every report gave each of them a value.
    expect(rollup.columns.map((c) => c.fieldId)).toEqual(t.fields.map((f) => f.id));
  });

  test("the total row adds up counts, amounts and areas, and never a document's number or a date", () => {
    const additive = rollup.columns.filter((c) => c.additive).map((c) => c.label);
    expect(additive).toContain("Dân số (người)");
    expect(additive).toContain("Diện tích đất (m2)");
    expect(additive).toContain("Số ngày công lao động");
    for (const label of ["Số văn bản", "Số kế hoạch", "Ngày ký", "Tên xã"]) expect(additive).not.toContain(label);
    rollup.columns.forEach((c, k) => {
      const sum = reports.reduce((s, r) => s + (r.numbers.get(c.fieldId) ?? 0), 0);
      if (c.additive) expect(rollup.totals[k]).toBeCloseTo(sum, 6);
      else expect(rollup.totals[k]).toBeNull();
    });
    expect(rollup.totals[column(rollup, "Dân số (người)")]).toBe(20 * 4000 + 137 * 190);
    expect(rollup.totalFlagged.every((f) => !f)).toBe(true);
  });

  test("two fields of one label are told apart by their section", () => {
    const headers = rollup.columns.filter((c) => c.label === "Số hội viên").map((c) => c.header);
    expect(headers).toHaveLength(2);
    expect(new Set(headers).size).toBe(2);
    expect(headers[0]).toMatch(/Khái quát/);
  });
});

describe("a report that does not read as the template asks", () => {
  test("a rewritten section gives flagged cells, never a wrong number", async () => {
    const rewritten = await fillByHand(t, 3, answersFor(t, 3), (sim, texts) => {
      // The commune wrote its own sentences over the first section's paragraph, figures in another order.
      const p21 = texts[21];
      sim.editParagraphText(
        21,
        0,
        p21.length,
        "Quảng Tiến ở phía Bắc, rộng 129,5 ha. Toàn xã 4.411 người, 26 thôn; 5 chi bộ nông thôn và 2 chi bộ khác.",
      );
      // A word beside a figure changed, and a whole paragraph deleted.
      const p66 = texts[66];
      const at = p66.indexOf("đã hiến");
      sim.editParagraphText(66, at, at + "đã hiến".length, "đã đóng góp");
      sim.deleteParagraph(64);
    });
    const { rollup: r } = await collectReports(template, [{ file: rewritten.file, bytes: rewritten.bytes }]);
    const row = r.rows[0];
    const flagged: string[] = [];
    r.columns.forEach((c, k) => {
      const cell = row.cells[k];
      if (cell.flag) flagged.push(c.header);
      else if (cell.text !== null) expect([c.header, cell.text]).toEqual([c.header, rewritten.expected.get(c.fieldId)]);
      if (cell.flag === "unplaced") expect(cell.text).toBeNull();
    });
    expect(flagged).toEqual(
      expect.arrayContaining(["Dân số (người)", "Số thôn dân cư", "Số hội viên phát triển được", "Tổng số hội viên"]),
    );
    // The figure beside the changed word is still read, and says it is doubtful.
    const land = row.cells[column(r, "Diện tích đất (m2)")];
    expect([land.number, land.flag]).toEqual([
      rewritten.numbers.get(r.columns[column(r, "Diện tích đất (m2)")].fieldId),
      "doubtful",
    ]);
    expect(r.totalFlagged[column(r, "Dân số (người)")]).toBe(true);
  }, 20_000);

  test("a line repeated for another association is rolled up item by item, beside the template's own", async () => {
    const more = await fillByHand(t, 16, answersFor(t, 16), (sim) => {
      sim.insertParagraph(60, "+ Hội Nông dân 12 có chi hội, 450 hội viên, BCH có 9 đồng chí.");
      sim.insertParagraph(61, "+ Hội Cựu chiến binh có 6 chi hội,  210 hội viên, BCH có 5 đồng chí.");
    });
    const { rollup: r } = await collectReports(template, [{ file: more.file, bytes: more.bytes }]);
    expect(r.rows[0].cells.filter((c) => c.flag)).toEqual([]);
    expect(r.lines).toHaveLength(1);
    const own = ["Số chi hội (Hội chữ thập đỏ)", "Số hội viên", "Số đồng chí (BCH)"].map((label) =>
      more.numbers.get(t.fields.find((f) => f.label === label && f.blankIds.some((id) => id.startsWith("b-1dy")))!.id),
    );
    expect(r.lines[0].rows).toEqual(["Hội chữ thập đỏ", "Hội Nông dân", "Hội Cựu chiến binh"]);
    expect(r.lines[0].sums).toEqual([own, [12, 450, 9], [null, 210, 5]]);
    // "có 6 chi hội" moved the figure past the words the template has after it: not read, and marked.
    expect(r.lines[0].flagged[2]).toEqual([true, false, false]);
  }, 20_000);

  test("another template, a legacy .doc, a damaged file, a duplicated or missing commune are listed with the reason", async () => {
    const other = await buildDocx({
      body: ["GIẤY MỜI", "Kính gửi: ……………………", "Thời gian: ……… giờ, ngày …… tháng …… năm 2024"].map((x) =>
        para(run(x)),
      ),
    });
    const legacy = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const damaged = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
    const noName = await fillThroughWord(t, 7, "anchored", answersFor(t, 7, new Set(["Tên xã"])));
    const { rollup: r, left } = await collectReports(template, [
      { file: "a.docx", bytes: reports[0].bytes },
      { file: "b.docx", bytes: reports[0].bytes },
      { file: "other.docx", bytes: other },
      { file: "old.doc", bytes: legacy },
      { file: "broken.docx", bytes: damaged },
      { file: "gone.docx", bytes: null },
      { file: "khong-ten.docx", bytes: noName.bytes },
    ]);
    expect(left.map((l) => [l.file, l.reason])).toEqual(
      expect.arrayContaining([
        ["b.docx", "collect.reason.unit-duplicate"],
        ["other.docx", "collect.reason.other-template"],
        ["old.doc", "collect.reason.legacy-doc"],
        ["broken.docx", "collect.reason.damaged"],
        ["gone.docx", "collect.reason.missing"],
        ["khong-ten.docx", "collect.reason.unit-missing"],
      ]),
    );
    expect(left).toHaveLength(6);
    // The duplicate is not added twice; the report without a name keeps its row, named by its file.
    expect(r.rows.map((x) => x.name)).toEqual([NAMES[0], "khong-ten.docx"]);
    const k = column(r, "Dân số (người)");
    expect(r.totals[k]).toBe(reports[0].numbers.get(r.columns[k].fieldId)! + noName.numbers.get(r.columns[k].fieldId)!);
  }, 20_000);
});

describe("npm run collect", () => {
  let dir: string;
  let files: string[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "collect-"));
    files = reports.map((r) => {
      const path = join(dir, r.file);
      writeFileSync(path, r.bytes);
      return path;
    });
  });

  test("writes the .xlsx with numbers as numbers, a total row and the totals as answers that fill the district's report", async () => {
    const out = join(dir, "tong-hop.xlsx");
    const answers = join(dir, "totals.json");
    const log = jest.spyOn(console, "log").mockImplementation(() => {});
    try {
      expect(await collectCommand([...files, "-o", out, "--answers", answers])).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const ws = wb.worksheets[0];
      expect(ws.rowCount).toBe(22);
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      const col = header.indexOf("Dân số (người)") + 1;
      expect(ws.getRow(2).getCell(1).value).toBe(NAMES[0]);
      expect(ws.getRow(2).getCell(col).value).toBe(4000);
      expect(ws.getRow(22).getCell(col).value).toBe(20 * 4000 + 137 * 190);
      expect(ws.getRow(2).getCell(header.indexOf("Diện tích tự nhiên (ha)") + 1).value).toBe(120.5);

      const totals = JSON.parse(readFileSync(answers, "utf8")) as Record<string, string>;
      expect(totals["Dân số (người)"]).toBe(viNotation(20 * 4000 + 137 * 190));
      const district = join(dir, "huyen.docx");
      expect(await fillCommand([join(__dirname, "..", "..", "assets", "template.docx"), answers, "-o", district])).toBe(
        0,
      );
      const filled = scan({ snapshot: await readDocxSnapshot(new Uint8Array(readFileSync(district))) });
      expect(filled.blanks.filter((b) => b.kind === "number").length).toBeGreaterThan(0);
      const text = (await readDocxSnapshot(new Uint8Array(readFileSync(district)))).paragraphs
        .map((p) => p.text)
        .join("\n");
      expect(text).toContain(`dân số ${totals["Dân số (người)"]} người`);
    } finally {
      log.mockRestore();
    }
  }, 30_000);

  test("writes UTF-8 .csv with a BOM and semicolons, decimals with a comma, and exits 1 when a report is left out; --unit names the rows by another field", async () => {
    const out = join(dir, "tong-hop.csv");
    const quiet = [jest.spyOn(console, "log"), jest.spyOn(console, "error")].map((s) => s.mockImplementation(() => {}));
    try {
      expect(await collectCommand([files[0], files[1], join(dir, "missing.docx"), "-o", out])).toBe(1);
      const csv = readFileSync(out, "utf8");
      expect(csv.startsWith("\uFEFFĐơn vị;Tệp;")).toBe(true);
      const lines = csv.trim().split("\r\n");
      expect(lines).toHaveLength(4);
      expect(lines[1]).toContain(`${NAMES[0]};bao-cao-1.docx;`);
      expect(lines[1]).toContain(";120,5;");
      expect(lines[3].startsWith("Tổng cộng;;")).toBe(true);
      expect(readFileSync(join(dir, "tong-hop.check.csv"), "utf8")).toContain("missing.docx");

      // --unit names the rows by another field; a field the template does not have is refused.
      const byParty = join(dir, "dang-uy.csv");
      expect(await collectCommand([files[0], "--unit", "Tên đảng ủy", "-o", byParty])).toBe(0);
      expect(readFileSync(byParty, "utf8").split("\r\n")[1]).toMatch(/^XÃ TÂN LẬP;bao-cao-1\.docx;/);
      await expect(collectCommand([files[0], "--unit", "Tên thôn", "-o", byParty])).rejects.toMatchObject({ code: 2 });
    } finally {
      quiet.forEach((s) => s.mockRestore());
    }
  });
});
