/**
 * Random documents for the property tests: paragraphs of words, dots, ellipses and space gaps, split across runs,
 * in the body, table cells, the header and the footer, some of a paragraph's runs inside a content control; a quarter
 * of the documents pasted two or three times over.
 */
import fc from "fast-check";
import type { GenBlock, GenDoc, GenRun } from "./docgen";

export const WORDS = [
  "Đảng",
  "ủy",
  "xã",
  "báo",
  "cáo",
  "tháng",
  "năm",
  "số",
  "đồng",
  "chí",
  "hội",
  "viên",
  "người",
  "kết",
  "quả",
];
const GLUE = [" ", " ", " ", ", ", ": ", " (", ") ", "/", " - "];
const BLANKS = [".....", "..........", "……", "………………", "…..", "_____", "     "];

const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...BLANKS) },
);

/** Tokens glued by separators that always keep two blanks apart. */
const paragraphText = fc
  .array(fc.tuple(token, fc.constantFrom(...GLUE)), { minLength: 1, maxLength: 7 })
  .map((parts) => parts.map(([t, g], i) => (i === parts.length - 1 ? t : t + g)).join(""))
  .map((t) => t.replace(/ {2,}(?=[^ ])/g, (m) => (m.length >= 5 ? m : " ")));

/** A paragraph split into runs at random cut points, some bold. */
const runs: fc.Arbitrary<GenRun[]> = fc
  .tuple(
    paragraphText,
    fc.array(fc.nat(), { maxLength: 3 }),
    fc.boolean(),
    fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
  )
  .map(([text, cuts, bold, control]) => {
    const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
    const out: GenRun[] = [];
    let from = 0;
    for (const c of [...at, text.length]) {
      if (c > from) out.push({ text: text.slice(from, c), bold: bold && out.length % 2 === 1 });
      from = c;
    }
    // Now and then one run is the user's own content control (a better-made template's field).
    if (control !== null && out.length > 0) out[control % out.length].control = `ct-${control % 5}`;
    return out;
  });

const block: fc.Arbitrary<GenBlock> = fc.oneof(
  { weight: 4, arbitrary: runs.map((r): GenBlock => ({ type: "p", runs: r })) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.array(runs, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 })
      .map((rows): GenBlock => ({ type: "table", rows })),
  },
);

/** A template pasted more than once, or the same line of dots standing several times: identical paragraphs. */
const repeated = (body: fc.Arbitrary<GenBlock[]>): fc.Arbitrary<GenBlock[]> =>
  fc.tuple(body, fc.integer({ min: 2, max: 3 })).map(([b, n]) => Array.from({ length: n }, () => b).flat());

export const doc: fc.Arbitrary<GenDoc> = fc.record({
  body: fc.oneof(
    { weight: 3, arbitrary: fc.array(block, { minLength: 1, maxLength: 5 }) },
    { weight: 1, arbitrary: repeated(fc.array(block, { minLength: 1, maxLength: 3 })) },
  ),
  header: fc.option(fc.array(runs, { minLength: 1, maxLength: 1 }), { nil: undefined }),
  footer: fc.option(fc.array(runs, { minLength: 1, maxLength: 1 }), { nil: undefined }),
});

export const value = fc
  .tuple(
    fc.constantFrom("Nguyễn Văn A", "45", "Hòa Bình", "12/2017", "a^b<c>*?@[x]", "dòng 1\ndòng 2", "x\ty", "🙂 Tiến"),
    fc.string({ maxLength: 6 }).map((s) => s.replace(/[^\p{L}\p{N} ]/gu, "")),
  )
  .map(([base, extra]) => base + extra);

/** Word on the web (plain-text fills in table cells) and the desktop (anchors everywhere). */
export const platforms = fc.constantFrom("web" as const, "desktop" as const);
