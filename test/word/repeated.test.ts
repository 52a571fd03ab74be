/**
 * Repeated paragraphs: a template pasted twice, a line of dots standing alone several times. Word tells a
 * control's paragraph only by its text, so every copy must still get its own values back on a rescan.
 */
import { buildDocx, packageDocx, paragraphXml, plainDocx } from "../robustness/docgen";
import { open as openDocx, savedTexts, unreadableOoxml, type Session } from "./helpers";

const platforms = ["desktop", "web"] as const;

/**
 * Controls are placed from the OOXML when Word's answer can be read, else from each one's paragraph text: every
 * test runs both ways.
 */
const readings = ["OOXML", "text only"] as const;
let reading: (typeof readings)[number] = "OOXML";

async function open(bytes: Uint8Array, platform: "desktop" | "web" = "desktop"): Promise<Session> {
  const s = await openDocx(bytes, platform);
  if (reading === "text only") unreadableOoxml(s.sim);
  return s;
}

describe.each(readings)("controls placed from %s", (how) => {
  beforeEach(() => {
    reading = how;
  });
  // Without the body's OOXML (and no shapes on this host) the scan says its text boxes could not be read.
  const unread = how === "text only" ? [{ type: "text-boxes-unread" }] : [];

  test.each(platforms)("%s: the same value in two identical lines is read back from both", async (platform) => {
    const s = await open(await plainDocx([".....", ".....", "Đảng"]), platform);
    const [first, second] = (await s.gw.scan()).result.blanks;
    await s.gw.apply([{ blankId: first.id, value: "Hòa Bình" }]);
    await s.gw.apply([{ blankId: second.id, value: "Hòa Bình" }]);
    const again = await s.gw.scan();
    expect(again.notices).toEqual(unread);
    expect(again.result.blanks.map((b) => [b.id, b.value])).toEqual([
      [first.id, "Hòa Bình"],
      [second.id, "Hòa Bình"],
    ]);
    await s.gw.apply([{ blankId: second.id, value: "Tân Lập" }]);
    expect(await savedTexts(s.sim)).toEqual(["Hòa Bình", "Tân Lập", "Đảng"]);
    await s.gw.apply([{ blankId: first.id, value: null }]);
    await s.gw.apply([{ blankId: second.id, value: null }]);
    expect(await savedTexts(s.sim)).toEqual([".....", ".....", "Đảng"]);
  });

  test.each(platforms)("%s: filled copies around an empty one keep their own values", async (platform) => {
    const s = await open(await plainDocx(["Xã: .....", "Xã: .....", "Xã: ....."]), platform);
    const blanks = (await s.gw.scan()).result.blanks;
    expect(blanks).toHaveLength(3);
    await s.gw.apply([
      { blankId: blanks[0].id, value: "Hòa Bình" },
      { blankId: blanks[2].id, value: "Hòa Bình" },
    ]);
    const again = await s.gw.scan();
    expect(again.notices).toEqual(unread);
    expect(again.result.blanks.map((b) => b.value)).toEqual(["Hòa Bình", null, "Hòa Bình"]);
    await s.gw.apply([{ blankId: blanks[1].id, value: "Tân Lập" }]);
    expect(await savedTexts(s.sim)).toEqual(["Xã: Hòa Bình", "Xã: Tân Lập", "Xã: Hòa Bình"]);
  });

  test("a value deleted by hand in one of two identical table rows: the other row's blank is not filled with it", async () => {
    const row = { type: "table" as const, rows: [[[{ text: "Xã: ..... huyện ....." }]]] };
    const s = await open(await buildDocx({ body: [row, row] }), "web");
    const blanks = (await s.gw.scan()).result.blanks;
    await s.gw.apply([{ blankId: blanks[1].id, value: "Kim Sơn" }]);
    s.sim.editParagraphText(0, 16, 23, "");
    const again = await s.gw.scan();
    expect(again.notices).toEqual([{ type: "fill-not-found", blankId: blanks[1].id }, ...unread]);
    const second = again.result.blanks.filter((b) => b.paragraph === 1);
    await s.gw.apply([{ blankId: second[0].id, value: "Hòa Bình" }]);
    const last = await s.gw.scan();
    expect(last.result.blanks.filter((b) => b.paragraph === 1).map((b) => b.value)).toEqual(["Hòa Bình", null]);
    expect(s.sim.paragraphTexts()).toEqual(["Xã: ..... huyện ", "Xã: Hòa Bình huyện ....."]);
  });

  const control = (tag: string, text: string) =>
    `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/><w:id w:val="${tag.length * 1000 + tag.charCodeAt(tag.length - 1)}"/></w:sdtPr>` +
    `<w:sdtContent><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:sdtContent></w:sdt>`;

  test("controls in identical table rows and a control around a paragraph each keep their place", async () => {
    const cell = (tag: string) =>
      `<w:tc><w:p><w:r><w:t xml:space="preserve">Họ tên: </w:t></w:r>${control(tag, "Nguyễn Văn A")}</w:p></w:tc>`;
    const table = `<w:tbl><w:tblPr/><w:tr>${cell("row-1")}</w:tr><w:tr>${cell("row-2")}</w:tr></w:tbl>`;
    const block =
      `<w:sdt><w:sdtPr><w:tag w:val="ghi-chu"/><w:id w:val="777"/></w:sdtPr><w:sdtContent>` +
      `${paragraphXml([{ text: "Ghi chú" }])}</w:sdtContent></w:sdt>`;
    const s = await open(await packageDocx(paragraphXml([{ text: "Danh sách" }]) + table + block));
    s.sim.stats.reset();
    const outcome = await s.gw.scan();
    expect(s.sim.stats.syncs).toBe(reading === "OOXML" ? 1 : 2);
    expect(outcome.snapshot.contentControls.map((c) => [c.tag, c.paragraph, c.start, c.end])).toEqual([
      ["row-1", 1, 8, 20],
      ["row-2", 2, 8, 20],
      ["ghi-chu", 3, 0, 7],
    ]);
  });

  test.each([
    ["holding text", "Nguyễn Văn A"],
    ["empty", ""],
  ])("the user's controls (%s) in identical paragraphs are each placed in their own paragraph", async (_, text) => {
    const line = (tag: string) => `<w:p><w:r><w:t xml:space="preserve">Họ tên: </w:t></w:r>${control(tag, text)}</w:p>`;
    const bytes = await packageDocx(line("ho-ten-1") + paragraphXml([{ text: "giữa" }]) + line("ho-ten-2"));
    const s = await open(bytes);
    s.sim.stats.reset();
    const outcome = await s.gw.scan();
    // From the OOXML the places come with everything else in the first sync.
    expect(s.sim.stats.syncs).toBe(reading === "OOXML" ? 1 : 2);
    const controls = outcome.snapshot.contentControls.map((c) => [c.tag, c.paragraph, c.start, c.end]);
    expect(controls).toEqual([
      ["ho-ten-1", 0, 8, 8 + text.length],
      ["ho-ten-2", 2, 8, 8 + text.length],
    ]);
  });
});
