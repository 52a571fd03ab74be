/** `npm run scan` as a user runs it: a real process on real files, the JSON shape of issue 3, one-line errors. */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ROOT, tool } from "./tool";

const LEGACY = resolve(ROOT, "../shared/corpus/originals/tt66_2023_ct01.doc");

interface ScanJson {
  blanks: Array<Record<string, unknown>>;
  fields: Array<{ id: string; label: string; kind: string; blankIds: string[] }>;
  sections: Array<Record<string, unknown>>;
  findings: Array<{ type: string; paragraph: number; message: string }>;
}

const scanJson = async (file: string): Promise<ScanJson> => {
  const r = await tool("scan", [file, "--json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ScanJson;
};

/** The shipped template's scan, run once for the tests that compare with it. */
let templateScan: Promise<ScanJson> | undefined;
const shippedTemplate = () => (templateScan ??= scanJson("assets/template.docx"));

describe("npm run scan", () => {
  test("the shipped template: 33 blanks in the documented JSON shape, and its findings", async () => {
    const out = await shippedTemplate();
    expect(out.blanks).toHaveLength(33);
    for (const b of out.blanks) {
      expect(Object.keys(b)).toEqual(
        expect.arrayContaining([
          ...["id", "paragraph", "start", "end", "text", "kind", "unit", "label", "hint", "context", "fieldId"],
          ...["section", "confidence", "source"],
        ]),
      );
    }
    expect(out.fields.find((f) => f.label === "Tên xã")?.blankIds).toHaveLength(2);
    expect(out.findings.filter((f) => f.type === "empty-blank")).toHaveLength(33);
    expect(
      out.findings
        .filter((f) => f.type !== "empty-blank")
        .map((f) => f.type)
        .sort(),
    ).toEqual(["guidance-note", "numbering"]);
  }, 60_000);

  test("the same text as .txt finds the same blanks, and the table names them by section", async () => {
    const txt = await scanJson("assets/template.txt");
    expect(txt.blanks.map((b) => b.text)).toEqual((await shippedTemplate()).blanks.map((b) => b.text));
    const table = await tool("scan", ["assets/template.txt"]);
    expect(table.stdout).toContain("Diện tích tự nhiên (ha)");
    expect(table.stdout).toContain("1. Khái quát đặc điểm tình hình địa phương:");
  }, 60_000);

  test("a document filled by npm run fill keeps the field ids that fill takes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dien-mau-scan-"));
    writeFileSync(join(dir, "answers.json"), JSON.stringify({ "Tên xã": "Tân Lập", "Dân số (người)": "5.230" }));
    const filled = join(dir, "filled.docx");
    expect((await tool("fill", ["assets/template.docx", join(dir, "answers.json"), "-o", filled])).code).toBe(0);
    const before = (await shippedTemplate()).fields.map((f) => f.id).sort();
    const after = await scanJson(filled);
    expect(after.fields.map((f) => f.id).sort()).toEqual(before);
    expect(after.findings.filter((f) => f.type === "empty-blank")).toHaveLength(33 - 3);
  }, 60_000);

  test("files that are not documents get one Vietnamese line and exit code 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dien-mau-scan-"));
    writeFileSync(join(dir, "notes.docx"), "not a zip at all");
    const cases = [join(dir, "notes.docx"), join(dir, "missing.docx")];
    if (existsSync(LEGACY)) cases.push(LEGACY);
    else console.warn(`SKIPPED: the legacy .doc case — ${LEGACY} not found`);
    for (const file of cases) {
      const r = await tool("scan", [file]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
  }, 60_000);
});
