/**
 * Text is sacred: random documents (paragraphs of words, dots, ellipses and space gaps, split across runs, in the
 * body, table cells, the header and the footer; a quarter of them pasted two or three times over), random fill /
 * change / clear sequences through the gateway over the simulator, on both platforms. After every operation every
 * paragraph reads exactly what the original text with the current values spaced into the blanks reads (nothing
 * outside a blank changed); clearing everything gives back the original text exactly; a rescan reads every value
 * back.
 */
import fc from "fast-check";
import type { Blank } from "../../src/core/types";
import { createSimulator } from "../../src/preview/sim";
import { createWordGateway } from "../../src/word/gateway";
import { expectedTexts } from "../word/helpers";
import { propertyOptions, runs as propertyRuns } from "../properties";
import { buildDocx, type GenBlock, type GenDoc, type GenRun } from "./docgen";

export const PROPERTY_CASES = propertyRuns(300);

const WORDS = [
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
  .tuple(paragraphText, fc.array(fc.nat(), { maxLength: 3 }), fc.boolean())
  .map(([text, cuts, bold]) => {
    const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
    const out: GenRun[] = [];
    let from = 0;
    for (const c of [...at, text.length]) {
      if (c > from) out.push({ text: text.slice(from, c), bold: bold && out.length % 2 === 1 });
      from = c;
    }
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

const doc: fc.Arbitrary<GenDoc> = fc.record({
  body: fc.oneof(
    { weight: 3, arbitrary: fc.array(block, { minLength: 1, maxLength: 5 }) },
    { weight: 1, arbitrary: repeated(fc.array(block, { minLength: 1, maxLength: 3 })) },
  ),
  header: fc.option(fc.array(runs, { minLength: 1, maxLength: 1 }), { nil: undefined }),
  footer: fc.option(fc.array(runs, { minLength: 1, maxLength: 1 }), { nil: undefined }),
});

const value = fc
  .tuple(
    fc.constantFrom("Nguyễn Văn A", "45", "Hòa Bình", "12/2017", "a^b<c>*?@[x]", "dòng 1\ndòng 2", "x\ty", "🙂 Tiến"),
    fc.string({ maxLength: 6 }).map((s) => s.replace(/[^\p{L}\p{N} ]/gu, "")),
  )
  .map(([base, extra]) => base + extra);

/** A value the case keeps coming back to: the same name in several blanks, as in a real report. */
const SAME = "Hòa Bình";

/**
 * An operation on the i-th writable blank (modulo their count): a value, or null to clear. `everyCopy` writes the
 * same into that blank in every identical paragraph (one report filled the same way twice); `rescan` scans the
 * document again afterwards, as reopening the pane does, and goes on from what that scan found.
 */
const op = fc.record({
  blank: fc.nat(),
  value: fc.option(fc.oneof({ weight: 1, arbitrary: fc.constant(SAME) }, { weight: 2, arbitrary: value }), {
    nil: null,
  }),
  everyCopy: fc.boolean(),
  rescan: fc.nat({ max: 3 }).map((n) => n === 0),
});

function normalised(v: string): string {
  return v.normalize("NFC").replace(/\r\n|\r|\n/g, "\v");
}

test(
  `text outside the blanks never changes over ${PROPERTY_CASES} random documents and edit sequences`,
  async () => {
    let operations = 0;
    let blanksSeen = 0;
    await fc.assert(
      fc.asyncProperty(
        doc,
        fc.array(op, { minLength: 1, maxLength: 8 }),
        fc.constantFrom("web" as const, "desktop" as const),
        async (d, ops, platform) => {
          const sim = await createSimulator(await buildDocx(d), { platform });
          const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform });
          const original = sim.paragraphTexts();
          const outcome = await gw.scan();
          const writable: Blank[] = outcome.result.blanks.filter((b) => !b.readOnly);
          blanksSeen += writable.length;
          if (writable.length === 0) return;
          const values = new Map<string, string | null>();
          const readBack = async () => {
            const again = await gw.scan();
            expect(again.notices).toEqual([]);
            for (const [id, v] of values) {
              const b = again.result.blanks.find((x) => x.id === id);
              expect(b?.value ?? null).toBe(v === null ? null : v.replace(/\v/g, "\n"));
            }
          };
          for (const o of ops) {
            const b = writable[o.blank % writable.length];
            const targets = o.everyCopy
              ? writable.filter((x) => x.start === b.start && original[x.paragraph] === original[b.paragraph])
              : [b];
            const report = await gw.apply(targets.map((t) => ({ blankId: t.id, value: o.value })));
            operations++;
            expect(report.failed).toEqual([]);
            expect(report.moved).toEqual([]);
            for (const t of targets) values.set(t.id, o.value === null ? null : normalised(o.value));
            expect(sim.paragraphTexts()).toEqual(expectedTexts(original, writable, values));
            if (o.rescan) await readBack();
          }
          await readBack();
          await gw.apply(writable.map((b) => ({ blankId: b.id, value: null })));
          expect(sim.paragraphTexts()).toEqual(original);
        },
      ),
      propertyOptions(PROPERTY_CASES),
    );
    console.info(`text.property: ${PROPERTY_CASES} documents, ${operations} operations, ${blanksSeen} blanks`);
  },
  120_000 * Math.max(1, PROPERTY_CASES / 300),
);
