/**
 * The document moves under the form: the user edits, deletes, types over, pastes and undoes while the pane holds
 * a scan. A write with the stale scan never lands on text that is not the expected blank (it is reported as
 * moved); a rescan reconciles: anchors keep their values, typed-over blanks are no longer empty, pasted blanks
 * appear, a deleted fill is reported by a notice.
 */
import type { Blank } from "../../src/core/types";
import { createSimulator, type Simulator } from "../../src/preview/sim";
import { ANCHOR_TAG_PREFIX, createWordGateway } from "../../src/word/gateway";
import type { ScanOutcome, WordGateway } from "../../src/word/types";
import { documentXml } from "../word/helpers";
import { buildDocx, plainDocx } from "./docgen";

const PARAGRAPHS = [
  "BÁO CÁO",
  "Tên xã: .........., huyện ..........",
  "Tổng số đảng viên: ..... đồng chí.",
  "Người báo cáo: ..............................",
];

interface Session {
  sim: Simulator;
  gw: WordGateway;
  scan: ScanOutcome;
}

async function session(platform: "web" | "desktop" = "desktop"): Promise<Session> {
  const sim = await createSimulator(await plainDocx(PARAGRAPHS), { platform });
  const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform });
  return { sim, gw, scan: await gw.scan() };
}

function blank(scan: ScanOutcome, label: string): Blank {
  const b = scan.result.blanks.find((x) => x.label === label);
  if (!b) throw new Error(`no blank labelled ${label}: ${scan.result.blanks.map((x) => x.label).join(", ")}`);
  return b;
}

const valueOf = (scan: ScanOutcome, id: string) => scan.result.blanks.find((b) => b.id === id)?.value ?? null;

describe.each(["desktop", "web"] as const)("edits under the form (%s)", (platform) => {
  test("text edited before a blank after the first write: the value lands by its anchor; the pane reads the document again", async () => {
    const s = await session(platform);
    const xa = blank(s.scan, "Tên xã");
    const huyen = blank(s.scan, "Tên huyện");
    await s.gw.apply([{ blankId: xa.id, value: "Hòa Bình" }]);
    s.sim.editParagraphText(1, 0, 3, "Tên của");
    const stale = await s.gw.apply([{ blankId: huyen.id, value: "Kim Sơn" }]);
    expect(stale.written).toEqual([huyen.id]);
    // The paragraph Word read back is not the one the pane saw: it gets no picture of its own, it rescans.
    expect(stale.outcome).toBeUndefined();
    expect(s.sim.paragraphTexts()[1]).toBe("Tên của xã: Hòa Bình, huyện Kim Sơn");
    const again = await s.gw.scan();
    expect(valueOf(again, xa.id)).toBe("Hòa Bình");
    expect(valueOf(again, huyen.id)).toBe("Kim Sơn");
  });

  test("an empty blank deleted by the user: the stale write is skipped, the rescan no longer lists it", async () => {
    const s = await session(platform);
    const so = blank(s.scan, "Tổng số đảng viên");
    s.sim.editParagraphText(2, so.start - 1, so.end, "");
    const edited = s.sim.paragraphTexts();
    expect((await s.gw.apply([{ blankId: so.id, value: "45" }])).moved).toEqual([so.id]);
    expect(s.sim.paragraphTexts()).toEqual(edited);
    const again = await s.gw.scan();
    expect(again.result.blanks.some((b) => b.paragraph === 2)).toBe(false);
  });

  test("a filled blank deleted by the user: the rescan says so with a notice for its field", async () => {
    const s = await session(platform);
    const so = blank(s.scan, "Tổng số đảng viên");
    await s.gw.apply([{ blankId: so.id, value: "45" }]);
    const text = s.sim.paragraphTexts()[2];
    s.sim.editParagraphText(2, text.indexOf(" 45"), text.indexOf(" 45") + 3, "");
    const again = await s.gw.scan();
    expect(again.notices).toContainEqual({ type: "fill-not-found", blankId: so.id });
    expect(again.result.blanks.some((b) => b.id === so.id)).toBe(false);
    expect(s.sim.paragraphTexts()[2]).toBe("Tổng số đảng viên: đồng chí.");
  });

  test("dots typed over by hand count as filled: same id, label and field; a stale write never lands on the user's text", async () => {
    const s = await session(platform);
    const so = blank(s.scan, "Tổng số đảng viên");
    s.sim.editParagraphText(2, so.start, so.end, "52");
    const edited = s.sim.paragraphTexts();
    expect((await s.gw.apply([{ blankId: so.id, value: "45" }])).moved).toEqual([so.id]);
    expect(s.sim.paragraphTexts()).toEqual(edited);
    const again = await s.gw.scan();
    expect(again.result.blanks.map((b) => b.id)).toEqual(s.scan.result.blanks.map((b) => b.id));
    expect(again.result.fields.map((f) => f.id)).toEqual(s.scan.result.fields.map((f) => f.id));
    expect(again.result.blanks.find((b) => b.id === so.id)).toMatchObject({
      filled: true,
      value: "52",
      label: so.label,
      fieldId: so.fieldId,
      original: ".....",
    });
    expect(again.result.fields.find((f) => f.id === so.fieldId)!.filled).toBe(true);
    expect(again.result.findings.some((f) => f.type === "empty-blank" && f.paragraph === 2)).toBe(false);
    expect(again.notices).toEqual([]);
    // Changing it through the pane replaces what the user typed; clearing puts the original dots back.
    expect((await s.gw.apply([{ blankId: so.id, value: "45" }])).written).toEqual([so.id]);
    expect(s.sim.paragraphTexts()[2]).toBe("Tổng số đảng viên: 45 đồng chí.");
    expect((await s.gw.apply([{ blankId: so.id, value: null }])).cleared).toEqual([so.id]);
    expect(s.sim.paragraphTexts()).toEqual(PARAGRAPHS);
    const third = await s.gw.scan();
    expect(third.result.blanks.find((b) => b.id === so.id)).toMatchObject({
      filled: false,
      value: null,
      text: ".....",
    });
  });

  test("a typed-over value changed in the pane is anchored: the text before it can then change too", async () => {
    const s = await session(platform);
    const so = blank(s.scan, "Tổng số đảng viên");
    s.sim.editParagraphText(2, so.start, so.end, "52");
    await s.gw.scan();
    expect((await s.gw.apply([{ blankId: so.id, value: "45" }])).written).toEqual([so.id]);
    expect(await documentXml(s.sim)).toContain(`${ANCHOR_TAG_PREFIX}${so.id}`);
    s.sim.editParagraphText(2, 0, 5, "Tổng cộng ");
    const again = await s.gw.scan();
    expect(again.notices).toEqual([]);
    expect(valueOf(again, so.id)).toBe("45");
    await s.gw.apply([{ blankId: so.id, value: null }]);
    expect(s.sim.paragraphTexts()[2]).toBe("Tổng cộng số đảng viên: ..... đồng chí.");
  });

  test("a typed-over value whose line is gone is not looked for in a user's line ending with the same words", async () => {
    const s = await session(platform);
    const nguoi = blank(s.scan, "Người báo cáo");
    s.sim.editParagraphText(3, nguoi.start, nguoi.end, "Lê Văn B");
    await s.gw.scan();
    s.sim.deleteParagraph(3);
    s.sim.insertParagraph(1, "Người duyệt: Lê Văn B");
    const before = s.sim.paragraphTexts();
    const again = await s.gw.scan();
    expect(again.notices).toEqual([{ type: "fill-not-found", blankId: nguoi.id }]);
    await s.gw.apply([{ blankId: nguoi.id, value: null }]);
    expect(s.sim.paragraphTexts()).toEqual(before);
  });

  test("a short line added beside a typed-over blank of a short label is not taken for it", async () => {
    const sim = await createSimulator(await plainDocx(["BÁO CÁO", "số .....", "Kết quả"]), { platform });
    const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform });
    const so = (await gw.scan()).result.blanks[0];
    sim.editParagraphText(1, 3, 8, "Đảng");
    expect(valueOf(await gw.scan(), so.id)).toBe("Đảng");
    sim.insertParagraph(0, "số hội");
    sim.editParagraphText(2, 0, 1, "");
    const texts = sim.paragraphTexts();
    const again = await gw.scan();
    expect(again.result.blanks.some((b) => b.value === "hội")).toBe(false);
    await gw.apply([{ blankId: so.id, value: null }]);
    expect(sim.paragraphTexts()).toEqual(texts);
  });

  test("words typed after a blank of two ellipses leave it a blank, not a value", async () => {
    const sim = await createSimulator(await plainDocx(["Ý kiến: …… của chi bộ"]), { platform });
    const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform });
    const first = await gw.scan();
    sim.editParagraphText(0, 11, 11, "đề xuất ");
    const again = await gw.scan();
    expect(again.result.blanks).toHaveLength(1);
    expect(again.result.blanks[0]).toMatchObject({ filled: false, value: null, text: "……" });
    expect(first.result.blanks[0].filled).toBe(false);
  });

  test("clearing a typed-over value right after the rescan restores the dots exactly", async () => {
    const s = await session(platform);
    const nguoi = blank(s.scan, "Người báo cáo");
    s.sim.editParagraphText(3, nguoi.start, nguoi.end, " Lê Văn B");
    const again = await s.gw.scan();
    expect(valueOf(again, nguoi.id)).toBe("Lê Văn B");
    expect((await s.gw.apply([{ blankId: nguoi.id, value: null }])).cleared).toEqual([nguoi.id]);
    expect(s.sim.paragraphTexts()).toEqual(PARAGRAPHS);
  });

  test("typing over one of two blanks of a paragraph: both keep their ids and the other can still be filled", async () => {
    const s = await session(platform);
    const xa = blank(s.scan, "Tên xã");
    const huyen = blank(s.scan, "Tên huyện");
    s.sim.editParagraphText(1, xa.start, xa.end, "Hòa Bình");
    const again = await s.gw.scan();
    expect(again.result.blanks.find((b) => b.id === xa.id)).toMatchObject({ filled: true, value: "Hòa Bình" });
    expect(again.result.blanks.find((b) => b.id === huyen.id)).toMatchObject({ filled: false, label: "Tên huyện" });
    expect((await s.gw.apply([{ blankId: huyen.id, value: "Kim Sơn" }])).written).toEqual([huyen.id]);
    expect(s.sim.paragraphTexts()[1]).toBe("Tên xã: Hòa Bình, huyện Kim Sơn");
    // Both typed over, the first by hand and the second through the pane: a rescan still tells them apart.
    const third = await s.gw.scan();
    expect(valueOf(third, xa.id)).toBe("Hòa Bình");
    expect(valueOf(third, huyen.id)).toBe("Kim Sơn");
  });

  test("the sentence of a typed-over blank deleted: a notice for its field, as for a deleted fill", async () => {
    const s = await session(platform);
    const so = blank(s.scan, "Tổng số đảng viên");
    s.sim.editParagraphText(2, so.start, so.end, "52");
    expect(valueOf(await s.gw.scan(), so.id)).toBe("52");
    s.sim.deleteParagraph(2);
    const again = await s.gw.scan();
    expect(again.notices).toContainEqual({ type: "fill-not-found", blankId: so.id });
    expect(again.result.blanks.some((b) => b.id === so.id)).toBe(false);
  });

  test("a blank's line deleted and a look-alike line typed elsewhere: the user's line is not taken for the blank", async () => {
    const s = await session(platform);
    const nguoi = blank(s.scan, "Người báo cáo");
    s.sim.deleteParagraph(3);
    s.sim.insertParagraph(1, "Người báo cáo: Trần Thị C");
    const edited = s.sim.paragraphTexts();
    const again = await s.gw.scan();
    expect(again.result.blanks.some((b) => b.id === nguoi.id)).toBe(false);
    expect(again.result.blanks.some((b) => b.value === "Trần Thị C")).toBe(false);
    // A clear sent with the stale id touches nothing.
    await s.gw.apply([{ blankId: nguoi.id, value: null }]);
    expect(s.sim.paragraphTexts()).toEqual(edited);
  });

  test("a filled blank's line deleted and a look-alike line typed elsewhere: a notice, and the line stays the user's", async () => {
    const s = await session(platform);
    const nguoi = blank(s.scan, "Người báo cáo");
    await s.gw.apply([{ blankId: nguoi.id, value: "Lê Văn B" }]);
    s.sim.deleteParagraph(3);
    s.sim.insertParagraph(1, "Người báo cáo: Trần Thị C");
    const edited = s.sim.paragraphTexts();
    const again = await s.gw.scan();
    expect(again.notices).toContainEqual({ type: "fill-not-found", blankId: nguoi.id });
    expect(again.result.blanks.some((b) => b.id === nguoi.id)).toBe(false);
    await s.gw.apply([{ blankId: nguoi.id, value: null }]);
    expect(s.sim.paragraphTexts()).toEqual(edited);
  });

  test("a line inserted above a blank typed over by hand: it is still recognised", async () => {
    const s = await session(platform);
    const nguoi = blank(s.scan, "Người báo cáo");
    s.sim.editParagraphText(3, nguoi.start, nguoi.end, " Lê Văn B");
    s.sim.insertParagraph(0, "Kính gửi: Đảng ủy xã");
    const again = await s.gw.scan();
    expect(again.result.blanks.find((b) => b.id === nguoi.id)).toMatchObject({ filled: true, value: "Lê Văn B" });
  });

  test("a blank added from a selection after a value: stays on the chosen words when that value changes length", async () => {
    const sim = await createSimulator(
      await plainDocx(["BÁO CÁO", "Tên xã: .........., kết quả đạt loại tốt trong năm"]),
      { platform },
    );
    const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform });
    const xa = (await gw.scan()).result.blanks[0];
    await gw.apply([{ blankId: xa.id, value: "Hòa Bình Thượng" }]);
    const filled = await gw.scan();
    const at = sim.paragraphTexts()[1].indexOf("tốt");
    sim.setSelection({ paragraph: 1, start: at, end: at + 3 });
    const span = await gw.selectionSpan();
    await gw.saveDecisions({ ...filled.state.decisions, added: [span!] });
    const added = (await gw.scan()).result.blanks.find((b) => b.source === "user")!;
    expect(added.text).toBe("tốt");
    await gw.apply([{ blankId: xa.id, value: null }]);
    const cleared = await gw.scan();
    expect(cleared.result.blanks.find((b) => b.source === "user")).toMatchObject({ id: added.id, text: "tốt" });
    expect((await gw.apply([{ blankId: added.id, value: "khá" }])).written).toEqual([added.id]);
    expect(sim.paragraphTexts()[1]).toBe("Tên xã: .........., kết quả đạt loại khá trong năm");
    await gw.apply([{ blankId: xa.id, value: "An" }]);
    const refilled = await gw.scan();
    expect(refilled.result.blanks.find((b) => b.id === added.id)).toMatchObject({ value: "khá", original: "tốt" });
    expect(sim.paragraphTexts()[1]).toBe("Tên xã: An, kết quả đạt loại khá trong năm");
  });

  test.each(["finalize", "unmark"] as const)(
    "a marked blank typed over by hand: %s takes our mark off the typed text",
    async (how) => {
      const s = await session(platform);
      const xa = blank(s.scan, "Tên xã");
      const so = blank(s.scan, "Tổng số đảng viên");
      await s.gw.highlightEmpty(true);
      expect(await documentXml(s.sim)).toContain('w:highlight w:val="cyan"');
      s.sim.editParagraphText(1, xa.start, xa.end, "Hòa Bình");
      s.sim.editParagraphText(2, so.start, so.end, "45");
      const again = await s.gw.scan();
      expect(valueOf(again, xa.id)).toBe("Hòa Bình");
      if (how === "finalize") await s.gw.finalize();
      else {
        await s.gw.highlightEmpty(false);
        expect((await s.gw.scan()).state.highlighted ?? []).toEqual([]);
      }
      expect(await documentXml(s.sim)).not.toContain('w:val="cyan"');
      expect(s.sim.paragraphTexts().slice(1, 3)).toEqual([
        "Tên xã: Hòa Bình, huyện ..........",
        "Tổng số đảng viên: 45 đồng chí.",
      ]);
    },
  );

  test("typed over while the pane was closed: a new pane recognises it from the saved state", async () => {
    const s = await session(platform);
    const xa = blank(s.scan, "Tên xã");
    const so = blank(s.scan, "Tổng số đảng viên");
    await s.gw.apply([{ blankId: xa.id, value: "Hòa Bình" }]);
    s.sim.editParagraphText(2, so.start, so.end, "52");
    const sim = await createSimulator(await s.sim.save(), { platform });
    const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform });
    const outcome = await gw.scan();
    expect(valueOf(outcome, xa.id)).toBe("Hòa Bình");
    expect(outcome.result.blanks.find((b) => b.id === so.id)).toMatchObject({ filled: true, value: "52" });
    expect(outcome.result.blanks.length).toBe(s.scan.result.blanks.length);
  });

  test("text typed next to the dots, not over them, leaves the blank empty", async () => {
    const s = await session(platform);
    const so = blank(s.scan, "Tổng số đảng viên");
    s.sim.editParagraphText(2, so.end, so.end, " 52");
    const again = await s.gw.scan();
    const b = again.result.blanks.find((x) => x.paragraph === 2)!;
    expect(b).toMatchObject({ filled: false, text: "....." });
  });

  test("a pasted paragraph with more dots: its blank appears, fills keep their values, anchored writes still land", async () => {
    const s = await session(platform);
    const xa = blank(s.scan, "Tên xã");
    const nguoi = blank(s.scan, "Người báo cáo");
    await s.gw.apply([{ blankId: xa.id, value: "Hòa Bình" }]);
    s.sim.insertParagraph(2, "Số chi bộ: ..... chi bộ.");
    expect((await s.gw.apply([{ blankId: nguoi.id, value: "Lê Văn C" }])).written).toEqual([nguoi.id]);
    expect(s.sim.paragraphTexts()[4]).toBe("Người báo cáo: Lê Văn C");
    const again = await s.gw.scan();
    expect(valueOf(again, xa.id)).toBe("Hòa Bình");
    const pasted = again.result.blanks.find((b) => b.paragraph === 3);
    expect(pasted).toMatchObject({ label: "Số chi bộ", filled: false });
    const n = again.result.blanks.find((b) => b.label === "Người báo cáo")!;
    await s.gw.apply([
      { blankId: pasted!.id, value: "7" },
      { blankId: n.id, value: "Lê Văn B" },
    ]);
    expect(s.sim.paragraphTexts().slice(2)).toEqual([
      "Tổng số đảng viên: ..... đồng chí.",
      "Số chi bộ: 7 chi bộ.",
      "Người báo cáo: Lê Văn B",
    ]);
  });
});

describe("undo and edits inside an anchor (desktop: anchors)", () => {
  test("undo removes the anchor and puts the dots back: the field is empty again and can be filled", async () => {
    const s = await session("desktop");
    const so = blank(s.scan, "Tổng số đảng viên");
    await s.gw.apply([{ blankId: so.id, value: "45" }]);
    const filled = s.sim.paragraphTexts()[2];
    s.sim.removeContentControl(ANCHOR_TAG_PREFIX + so.id, false);
    s.sim.editParagraphText(2, so.start, so.start, ".....");
    expect(s.sim.paragraphTexts()[2]).toBe(PARAGRAPHS[2]);
    expect((await s.gw.apply([{ blankId: so.id, value: "46" }])).moved).toEqual([so.id]);
    expect(s.sim.paragraphTexts()[2]).toBe(PARAGRAPHS[2]);
    const again = await s.gw.scan();
    const b = again.result.blanks.find((x) => x.paragraph === 2)!;
    expect(b).toMatchObject({ filled: false, text: "....." });
    await s.gw.apply([{ blankId: b.id, value: "45" }]);
    expect(s.sim.paragraphTexts()[2]).toBe(filled);
  });

  test("undo leaves the anchor holding the dots: the field reads empty, not '.....', and writes go into that anchor", async () => {
    const s = await session("desktop");
    const so = blank(s.scan, "Tổng số đảng viên");
    await s.gw.apply([{ blankId: so.id, value: "45" }]);
    const text = s.sim.paragraphTexts()[2];
    const at = text.indexOf("45");
    s.sim.editParagraphText(2, at, at + 2, ".....");
    expect(s.sim.paragraphTexts()[2]).toBe(PARAGRAPHS[2]);
    const again = await s.gw.scan();
    const b = again.result.blanks.find((x) => x.paragraph === 2)!;
    expect(b.filled).toBe(false);
    expect(b.value).toBeNull();
    await s.gw.apply([{ blankId: b.id, value: "47" }]);
    expect(s.sim.paragraphTexts()[2]).toBe("Tổng số đảng viên: 47 đồng chí.");
    const third = await s.gw.scan();
    expect(third.result.blanks.find((x) => x.paragraph === 2)!.value).toBe("47");
    await s.gw.apply([{ blankId: b.id, value: null }]);
    expect(s.sim.paragraphTexts()[2]).toBe(PARAGRAPHS[2]);
  });

  test("text typed inside an anchor becomes the value; changing and clearing it still restore exactly", async () => {
    const s = await session("desktop");
    const xa = blank(s.scan, "Tên xã");
    await s.gw.apply([{ blankId: xa.id, value: "Hòa" }]);
    const text = s.sim.paragraphTexts()[1];
    const at = text.indexOf("Hòa");
    s.sim.editParagraphText(1, at, at + 3, "Hòa Bình");
    const again = await s.gw.scan();
    expect(valueOf(again, xa.id)).toBe("Hòa Bình");
    await s.gw.apply([{ blankId: xa.id, value: "Yên Mỹ" }]);
    expect(s.sim.paragraphTexts()[1]).toBe("Tên xã: Yên Mỹ, huyện ..........");
    await s.gw.apply([{ blankId: xa.id, value: null }]);
    expect(s.sim.paragraphTexts()[1]).toBe(PARAGRAPHS[1]);
  });
});

describe("typed over in a repeated paragraph", () => {
  const REPEATED = ["BÁO CÁO", ...Array.from({ length: 6 }, () => "Tổng số đảng viên: ..... đồng chí.")];

  test("every copy keeps its id; the copy typed over counts as filled; the state holds the shape once", async () => {
    const sim = await createSimulator(await plainDocx(REPEATED), { platform: "desktop" });
    const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: "desktop" });
    const first = await gw.scan();
    const ids = first.result.blanks.map((b) => b.id);
    expect(ids).toHaveLength(6);
    expect(first.state.blanks).toEqual([
      [".....", "\nTổng số đảng viên: ", " đồng chí.\n", ids, [1, 2, 3, 4, 5, 6], 7],
    ]);
    const target = first.result.blanks[3];
    sim.editParagraphText(target.paragraph, target.start, target.end, "52");
    const again = await gw.scan();
    expect(again.result.blanks.map((b) => b.id)).toEqual(ids);
    expect(again.result.blanks.map((b) => b.value)).toEqual([null, null, null, "52", null, null]);
  });

  test("a copy deleted and another typed over: no guess about which blank the text belongs to", async () => {
    const sim = await createSimulator(await plainDocx(REPEATED), { platform: "desktop" });
    const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: "desktop" });
    const first = await gw.scan();
    const target = first.result.blanks[3];
    sim.editParagraphText(target.paragraph, target.start, target.end, "52");
    sim.deleteParagraph(1);
    const again = await gw.scan();
    expect(again.result.blanks.every((b) => !b.filled)).toBe(true);
    expect(again.result.blanks).toHaveLength(4);
    expect(sim.paragraphTexts()[3]).toBe("Tổng số đảng viên: 52 đồng chí.");
  });
});

describe.each(["desktop", "web"] as const)("text typed beside a blank in a table cell (%s)", (platform) => {
  async function cell() {
    const bytes = await buildDocx({
      body: [
        { type: "p", runs: [{ text: "Danh sách" }] },
        { type: "table", rows: [[[{ text: "Họ tên" }], [{ text: "..... Đảng" }]]] },
      ],
    });
    const sim = await createSimulator(bytes, { platform });
    const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform });
    const scan = await gw.scan();
    return { sim, gw, scan, blank: scan.result.blanks.find((b) => b.paragraph === 2)! };
  }

  test("typed after the blank since the scan: the write waits for a rescan, then keeps apart from the user's words", async () => {
    const s = await cell();
    s.sim.editParagraphText(2, 6, 6, "cáo ");
    const stale = await s.gw.apply([{ blankId: s.blank.id, value: "Nguyễn Văn A" }]);
    expect(stale.moved).toEqual([s.blank.id]);
    expect(s.sim.paragraphTexts()[2]).toBe("..... cáo Đảng");
    const again = await s.gw.scan();
    const b = again.result.blanks.find((x) => x.paragraph === 2)!;
    expect((await s.gw.apply([{ blankId: b.id, value: "Nguyễn Văn A" }])).written).toEqual([b.id]);
    expect(s.sim.paragraphTexts()[2]).toBe("Nguyễn Văn A cáo Đảng");
    const last = await s.gw.scan();
    expect(last.notices).toEqual([]);
    expect(valueOf(last, b.id)).toBe("Nguyễn Văn A");
  });

  test("typed after a value written at the start of the cell: the value stays the value, the words stay the user's", async () => {
    const s = await cell();
    await s.gw.apply([{ blankId: s.blank.id, value: "Nguyễn Văn A" }]);
    s.sim.editParagraphText(2, 13, 13, "cáo ");
    const again = await s.gw.scan();
    expect(again.notices).toEqual([]);
    expect(valueOf(again, s.blank.id)).toBe("Nguyễn Văn A");
    await s.gw.apply([{ blankId: s.blank.id, value: "Lê Văn B" }]);
    expect(s.sim.paragraphTexts()[2]).toBe("Lê Văn B cáo Đảng");
    await s.gw.apply([{ blankId: s.blank.id, value: null }]);
    expect(s.sim.paragraphTexts()[2]).toBe("..... cáo Đảng");
  });
});

test("a value beside the user's control: an edit inside the control never makes the control's text part of it", async () => {
  const bytes = await buildDocx({
    body: [{ type: "table", rows: [[[{ text: "Đảng - ", control: "ct-1" }, { text: "……" }]]] }],
  });
  const sim = await createSimulator(bytes, { platform: "web" });
  const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: "web" });
  const b = (await gw.scan()).result.blanks.find((x) => x.source === "text")!;
  await gw.apply([{ blankId: b.id, value: "Nguyễn Văn A" }]);
  sim.editParagraphText(0, 0, 2, "");
  const again = await gw.scan();
  const text = again.result.blanks.filter((x) => x.source === "text");
  expect(text.every((x) => !(x.value ?? "").includes("ng - "))).toBe(true);
  // Held by a hidden bookmark (no control can stand beside another in a web cell): the value is still its own.
  expect(again.notices).toEqual([]);
  expect(valueOf(again, b.id)).toBe("Nguyễn Văn A");
  await gw.apply([{ blankId: b.id, value: null }]);
  expect(sim.paragraphTexts()[0]).toMatch(/^ng - ……$/);
});
