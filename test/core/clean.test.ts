/**
 * What a clerk reads in the pane is words, on every real template of `../shared/corpus` (its texts and Word files,
 * the originals and the tables included): no label with a run of dots, a footnote marker or a check box, and no
 * section title that is dots or a bare note number.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { scan, snapshotFromText } from "../../src/core";
import type { DocumentSnapshot } from "../../src/core/types";
import { readDocxSnapshot } from "../../src/docx/snapshot";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus");
const present = existsSync(CORPUS);
if (!present) console.warn(`SKIPPED: ../shared not found (${CORPUS}); the corpus labels were not checked`);
const maybe = present ? describe : describe.skip;

const FILES = present
  ? ["", "originals", "tables"].flatMap((dir) =>
      readdirSync(join(CORPUS, dir))
        .filter((f) => /\.(?:txt|docx)$/.test(f))
        .map((f) => join(dir, f)),
    )
  : [];

const DOT_RUN = /[.\u2026]{2,}/u;
/** `tên(1)`, `(*)`, and a note number glued to a word (`CHỦ QUẢN1`, `soạn thảo6`). */
const MARKER = /\(\d{1,2}\)|\(\*+\)|(?<=\p{Lu}{2}|\p{Ll}{3})\d{1,2}(?=\s|$)/u;
const CHECK_MARK = /[□☐☑☒■❑✓✔]/u;

async function snapshotOf(file: string): Promise<DocumentSnapshot> {
  const bytes = readFileSync(join(CORPUS, file));
  return file.endsWith(".txt") ? snapshotFromText(bytes.toString("utf8")) : readDocxSnapshot(new Uint8Array(bytes));
}

maybe("labels and section titles on every corpus file", () => {
  test("there are files of each kind to check", () => {
    expect(FILES.filter((f) => f.endsWith(".docx")).length).toBeGreaterThanOrEqual(5);
    expect(FILES.filter((f) => f.startsWith("originals")).length).toBeGreaterThanOrEqual(3);
  });

  test.each(FILES)("%s", async (file) => {
    const result = scan({ snapshot: await snapshotOf(file) });
    const labels = [...new Set([...result.blanks, ...result.fields].map((x) => x.label))];
    expect(labels.filter((l) => DOT_RUN.test(l) || MARKER.test(l) || CHECK_MARK.test(l))).toEqual([]);
    const titles = result.sections.map((s) => s.title);
    expect(titles.filter((t) => DOT_RUN.test(t) || !/\p{L}{2}/u.test(t))).toEqual([]);
  });
});
