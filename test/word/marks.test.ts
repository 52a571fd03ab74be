/**
 * The marks on empty blanks: put on every empty blank, however long; taken off by unmarking, by a value and by
 * finalize, even after the user edited the blank's paragraph (which gives the blank a new id).
 */
import { plainDocx } from "../robustness/docgen";
import { documentXml, open } from "./helpers";

/** How many characters of the document carry our mark. */
async function markedChars(s: Awaited<ReturnType<typeof open>>): Promise<number> {
  const xml = await documentXml(s.sim);
  const runs = xml.match(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/g) ?? [];
  return runs
    .filter((r) => r.includes('w:highlight w:val="cyan"'))
    .reduce((n, r) => n + (r.match(/<w:t[^>]*>([^<]*)<\/w:t>/)?.[1].length ?? 0), 0);
}

test.each([300, 600])("a blank of %i dots, longer than one Word search, is marked whole and unmarked", async (n) => {
  const s = await open(await plainDocx([`Ý kiến: ${".".repeat(n)}`, "Tên: ....."]));
  await s.gw.scan();
  await s.gw.highlightEmpty(true);
  expect(await markedChars(s)).toBe(n + 5);
  await s.gw.highlightEmpty(false);
  expect(await markedChars(s)).toBe(0);
});

describe.each(["desktop", "web"] as const)("a marked blank whose paragraph the user edited (%s)", (platform) => {
  async function markedThenEdited() {
    const s = await open(await plainDocx(["Tên xã: ..... Đảng", "Huyện: ....."]), platform);
    await s.gw.scan();
    await s.gw.highlightEmpty(true);
    s.sim.editParagraphText(0, 14, 18, "Đảng ủy");
    const again = await s.gw.scan();
    return { ...s, blank: again.result.blanks.find((b) => b.paragraph === 0)! };
  }

  test("unmarking takes the mark off it", async () => {
    const s = await markedThenEdited();
    await s.gw.highlightEmpty(false);
    expect(await markedChars(s)).toBe(0);
  });

  test("finalize takes the mark off it", async () => {
    const s = await markedThenEdited();
    await s.gw.finalize();
    expect(await markedChars(s)).toBe(0);
    expect(s.sim.paragraphTexts()).toEqual(["Tên xã: ..... Đảng ủy", "Huyện: ....."]);
  });

  test("a value written into it carries no mark", async () => {
    const s = await markedThenEdited();
    await s.gw.apply([{ blankId: s.blank.id, value: "Hòa Bình" }]);
    expect(s.sim.paragraphTexts()[0]).toBe("Tên xã: Hòa Bình Đảng ủy");
    expect(await markedChars(s)).toBe(5);
  });
});
