/** `npm run fill` end to end: the bundled tool in a real process, real files, the output read back by the .docx reader. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { readDocxSnapshot } from "../../src/docx/snapshot";
import { buildDocx } from "../robustness/docgen";
import { ROOT, tool } from "./tool";

const TEMPLATE = join(ROOT, "assets/template.docx");
const have = existsSync(TEMPLATE);
if (!have) console.warn("SKIPPED: assets/template.docx not found; run npm run template");
const maybe = have ? describe : describe.skip;

const fill = (args: string[]) => tool("fill", args);

maybe("npm run fill", () => {
  const dir = mkdtempSync(join(tmpdir(), "dien-mau-fill-"));

  test("fills by id and by label, dates by part, keeps anchors and state; --finalize leaves no trace", async () => {
    const answers = join(dir, "answers.json");
    writeFileSync(
      answers,
      JSON.stringify({ "Tên xã": "Tân Lập", "f-b-1t8snxh-2": "12", "Ngày kế hoạch": "15/06/2017" }),
    );
    const out = join(dir, "out.docx");
    const r = await fill([TEMPLATE, answers, "-o", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Tân Lập");
    const texts = (await readDocxSnapshot(new Uint8Array(readFileSync(out)))).paragraphs.map((p) => p.text).join("\n");
    expect(texts).toContain("Đảng ủy xã Tân Lập báo cáo");
    expect(texts).toContain("Tân Lập là xã nằm ở phía");
    expect(texts).toContain("Số 12 - BC/ĐU");
    expect(texts).toContain("ngày 15/06/2017");
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file("word/document.xml")!.async("string")).toContain("dien-mau:");
    expect(Object.keys(zip.files).some((f) => f.startsWith("word/webextensions/"))).toBe(true);

    const clean = join(dir, "clean.docx");
    const f = await fill([TEMPLATE, answers, "-o", clean, "--finalize"]);
    expect(f.code).toBe(0);
    const cleanZip = await JSZip.loadAsync(readFileSync(clean));
    expect(await cleanZip.file("word/document.xml")!.async("string")).not.toContain("dien-mau:");
  }, 60_000);

  test("an answer naming no field, or a bad value, exits non-zero and says why; bad arguments exit 2", async () => {
    const answers = join(dir, "bad.json");
    writeFileSync(answers, JSON.stringify({ "Không có ô này": "x", "Số chi bộ": "abc", "Tên xã": "Tân Lập" }));
    const out = join(dir, "bad.docx");
    const r = await fill([TEMPLATE, answers, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Không có ô nào tên là “Không có ô này”");
    expect(r.stderr).toContain("abc");
    expect(r.stdout).toContain("Tân Lập");
    const usage = await fill([TEMPLATE]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/npm run fill/);
    writeFileSync(join(dir, "notjson.json"), "{");
    const broken = await fill([TEMPLATE, join(dir, "notjson.json"), "-o", out]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 60_000);

  test("a digit-box field takes the whole number, one character a box; a number of another length is refused", async () => {
    const boxes = Array.from({ length: 12 }, () => [{ text: "" }]);
    const form = join(dir, "cccd.docx");
    writeFileSync(
      form,
      await buildDocx({
        body: [
          { type: "p", runs: [{ text: "TỜ KHAI" }] },
          {
            type: "table",
            grid: true,
            widths: [3000, ...boxes.map(() => 400)],
            rows: [[[{ text: "Số CCCD" }], ...boxes]],
          },
        ],
      }),
    );
    const answers = join(dir, "cccd.json");
    writeFileSync(answers, JSON.stringify({ "Số CCCD": "0012 3456 7890" }));
    const out = join(dir, "cccd-out.docx");
    const r = await fill([form, answers, "-o", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const texts = (await readDocxSnapshot(new Uint8Array(readFileSync(out)))).paragraphs.map((p) => p.text);
    expect(texts.slice(2, 14)).toEqual([..."001234567890"]);

    writeFileSync(answers, JSON.stringify({ "Số CCCD": "12345" }));
    const short = await fill([form, answers, "-o", out]);
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("Số CCCD có 12 ô, mỗi ô một ký tự, nhưng giá trị có 5 ký tự");
  }, 60_000);
});
