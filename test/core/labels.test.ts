/**
 * Scores the engine's labels on the real templates of `../shared/corpus` against the hand-written table in
 * ./labels.expected.ts. A label matches when it equals one of the row's wordings after NFC, trimming, and dropping a
 * trailing `:`, leading numbering or list markers, and footnote markers. A blank the engine misses counts as wrong.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { scan, snapshotFromText } from "../../src/core";
import { readDocxSnapshot } from "../../src/docx/snapshot";
import { iou, locate, type Annotation } from "./annotations";
import { EXPECTED_ANCHORED, EXPECTED_LABELS } from "./labels.expected";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus");
const present = existsSync(CORPUS);
if (!present) console.warn(`SKIPPED: ../shared not found (${CORPUS}); label scoring did not run`);
const maybe = present ? describe : describe.skip;

/** Blanks labelled right when the score was last measured: fewer is a regression. */
const RIGHT_AT_LEAST = 140;
/** The same, on the unannotated files of ./labels.expected.ts (EXPECTED_ANCHORED). */
const ANCHORED_RIGHT_AT_LEAST = 83;

function normalizeLabel(label: string): string {
  return label
    .normalize("NFC")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^(?:[-+•*o□☐]\s+|\(?(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s+|\(\d{1,2}\)\s*)/u, "")
    .replace(/(?<=\p{L})\s?\(\d{1,2}\)|(?<=\p{Ll})\d{1,2}(?=\s|$)/gu, "")
    .replace(/[\s:]+$/u, "")
    .trim();
}

interface Row {
  name: string;
  line: number;
  expected: string;
  got: string | null;
  right: boolean;
}

function scoreFile(name: string): Row[] {
  const text = readFileSync(join(CORPUS, `${name}.txt`), "utf8");
  const snapshot = snapshotFromText(text);
  const lines = snapshot.paragraphs.map((p) => p.text);
  const annotations = JSON.parse(readFileSync(join(CORPUS, `${name}.expected.json`), "utf8")) as Annotation[];
  const table = EXPECTED_LABELS[name];
  if (table.length !== annotations.length)
    throw new Error(`${name}: ${table.length} labels for ${annotations.length} blanks`);
  const { blanks } = scan({ snapshot });
  return annotations.map((a, i) => {
    const [line, ...wordings] = table[i];
    if (line !== a.line) throw new Error(`${name} row ${i}: line ${line}, annotation on line ${a.line}`);
    const span = locate(lines, a);
    const hit = blanks.find((b) => b.paragraph === span.p && iou(b, span) >= 0.5);
    const got = hit ? hit.label : null;
    const right = got !== null && wordings.some((w) => normalizeLabel(w) === normalizeLabel(got));
    return { name, line, expected: wordings[0], got, right };
  });
}

/** The blanks the rows of an unannotated file point at (by line and the words before), labelled. */
function scoreAnchored(name: string): Row[] {
  const snapshot = snapshotFromText(readFileSync(join(CORPUS, `${name}.txt`), "utf8"));
  const { blanks } = scan({ snapshot });
  const seen = new Map<string, number>();
  return EXPECTED_ANCHORED[name].map(([line, anchor, ...wordings]) => {
    const key = `${line}|${anchor}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const text = snapshot.paragraphs[line - 1]?.text ?? "";
    const hits = blanks.filter(
      (b) => b.paragraph === line - 1 && text.slice(0, b.start).replace(/\s+$/u, "").endsWith(anchor.trim()),
    );
    const got = hits[k]?.label ?? null;
    const right = got !== null && wordings.some((w) => normalizeLabel(w) === normalizeLabel(got));
    return { name, line, expected: wordings[0], got, right };
  });
}

function report(title: string, rows: Row[]): number {
  const right = rows.filter((r) => r.right).length;
  console.log(
    [
      `${title} ${right}/${rows.length} = ${((100 * right) / rows.length).toFixed(1)}%`,
      ...rows
        .filter((r) => !r.right)
        .map((r) => `  ${r.name}:${r.line} want ${JSON.stringify(r.expected)} got ${JSON.stringify(r.got)}`),
    ].join("\n"),
  );
  return right;
}

describe("label normalisation", () => {
  test.each([
    ["Họ, chữ đệm và tên(1):", "Họ, chữ đệm và tên"],
    ["1. Tên khối tài liệu giao nộp:", "Tên khối tài liệu giao nộp"],
    ["o Không có việc làm", "Không có việc làm"],
    ["  Chức vụ  công tác : ", "Chức vụ công tác"],
    ["Ngày ký – ngày", "Ngày ký – ngày"],
  ])("%j reads as %j", (raw, clean) => {
    expect(normalizeLabel(raw)).toBe(clean);
  });
});

maybe("labels on real templates (hand-written table)", () => {
  test("the share of blanks labelled as the table says does not fall", () => {
    const rows = Object.keys(EXPECTED_LABELS).flatMap(scoreFile);
    const right = report("LABELS", rows);
    expect(rows).toHaveLength(140);
    expect(right).toBeGreaterThanOrEqual(RIGHT_AT_LEAST);
  });

  test("on unannotated templates too", () => {
    const rows = Object.keys(EXPECTED_ANCHORED).flatMap(scoreAnchored);
    expect(report("LABELS (unannotated)", rows)).toBeGreaterThanOrEqual(ANCHORED_RIGHT_AT_LEAST);
  });
});

maybe("notes of a file of many samples (NĐ 30/2020 Phụ lục III)", () => {
  test("a marker in Mẫu 1.2 reads Mẫu 1.2's own notes", async () => {
    const file = join(CORPUS, "originals", "nd30_2020_phuluc3.docx");
    const snapshot = await readDocxSnapshot(new Uint8Array(readFileSync(file)));
    const { blanks } = scan({ snapshot });
    const heading = snapshot.paragraphs.findIndex((p) => p.text.startsWith("Mẫu 1.2 -"));
    const next = snapshot.paragraphs.findIndex((p, i) => i > heading && p.text.startsWith("Mẫu 1.3 -"));
    const hintAfter = (lead: string) =>
      blanks.find(
        (b) => b.paragraph > heading && b.paragraph < next && b.hint && b.context.before.trimStart().startsWith(lead),
      )?.hint;
    expect(hintAfter("Điều 1")).toBe("Nội dung quyết định.");
    expect(hintAfter("Căn cứ")).toBe("Các căn cứ để ban hành quyết định.");
    expect(hintAfter("Số:")).toBe("Chữ viết tắt tên cơ quan, tổ chức hoặc chức danh nhà nước ban hành quyết định.");
  });
});
