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
import { propertyOptions, runs as propertyRuns } from "../properties";
import { expectedTexts, open } from "../word/helpers";
import { doc, platforms, value } from "./arbitraries";
import { buildDocx } from "./docgen";

export const PROPERTY_CASES = propertyRuns(40);

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
      fc.asyncProperty(doc, fc.array(op, { minLength: 1, maxLength: 8 }), platforms, async (d, ops, platform) => {
        const { sim, gw } = await open(await buildDocx(d), platform);
        const original = sim.paragraphTexts();
        const outcome = await gw.scan();
        // Text blanks: a content control takes its value exactly (no spacing), tested on its own elsewhere.
        const writable: Blank[] = outcome.result.blanks.filter((b) => !b.readOnly && b.source === "text");
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
      }),
      propertyOptions(PROPERTY_CASES),
    );
    console.info(`text.property: ${PROPERTY_CASES} documents, ${operations} operations, ${blanksSeen} blanks`);
  },
  120_000 * Math.max(1, PROPERTY_CASES / 300),
);
