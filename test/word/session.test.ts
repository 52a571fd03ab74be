/**
 * What the pane learns from a scan besides the blanks: the keys for its local backup of values not yet written,
 * and a jump to a paragraph (a guidance note, a numbering slip) that never lands on another one.
 */
import { createSimulator } from "../../src/preview/sim";
import { isWordError } from "../../src/word/errors";
import { createWordGateway } from "../../src/word/gateway";
import { buildDocx, plainDocx } from "../robustness/docgen";

const PARAGRAPHS = ["BÁO CÁO", "Tên xã: .........., huyện ..........", "Tổng số đảng viên: ..... đồng chí."];

async function open(bytes: Uint8Array, url?: string) {
  const sim = await createSimulator(bytes, { platform: "desktop", url });
  const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: "desktop" });
  return { sim, gw };
}

describe("backup keys", () => {
  test("a new, unsaved document has only its text fingerprint; a saved one adds its URL", async () => {
    const bytes = await plainDocx(PARAGRAPHS);
    const fresh = await (await open(bytes)).gw.scan();
    expect(fresh.backupKeys).toHaveLength(1);
    expect(fresh.backupKeys[0]).toMatch(/^text:\S+$/);
    const saved = await (await open(bytes, "https://contoso.sharepoint.com/bao-cao.docx")).gw.scan();
    expect(saved.backupKeys).toEqual(["url:https://contoso.sharepoint.com/bao-cao.docx", fresh.backupKeys[0]]);
  });

  test("the fingerprint tells documents apart and stays put while values are written", async () => {
    const a = await open(await plainDocx(PARAGRAPHS));
    const other = await (await open(await plainDocx([...PARAGRAPHS, "Ghi chú."]))).gw.scan();
    const first = await a.gw.scan();
    expect(other.backupKeys).not.toEqual(first.backupKeys);
    const [xa, huyen] = first.result.blanks;
    await a.gw.apply([{ blankId: xa.id, value: "Hòa Bình" }]);
    // Typed by hand over a blank the add-in knows: also not a change of document.
    const text = a.sim.paragraphTexts()[1];
    const at = text.lastIndexOf(huyen.original);
    a.sim.editParagraphText(1, at, at + huyen.original.length, "Kim Sơn");
    const again = await a.gw.scan();
    expect(again.result.blanks.filter((b) => b.filled).map((b) => b.value)).toEqual(["Hòa Bình", "Kim Sơn"]);
    expect(again.backupKeys.at(-1)).toBe(first.backupKeys.at(-1));
  });

  test("once the state is saved in the document, its id comes first, and a reopened copy finds it", async () => {
    const a = await open(await plainDocx(PARAGRAPHS));
    const first = await a.gw.scan();
    expect(first.backupKeys.some((k) => k.startsWith("doc:"))).toBe(false);
    await a.gw.apply([{ blankId: first.result.blanks[2].id, value: "45" }]);
    const reopened = await (await open(await a.sim.save())).gw.scan();
    expect(reopened.backupKeys).toEqual([`doc:${first.state.documentId}`, first.backupKeys[0]]);
  });
});

describe("selectParagraph", () => {
  async function withHeader() {
    const bytes = await buildDocx({
      body: PARAGRAPHS.map((text) => ({ type: "p" as const, runs: [{ text }] })),
      header: [[{ text: "ĐẢNG BỘ HUYỆN ....." }]],
      footer: [[{ text: "Trang 1" }]],
    });
    const s = await open(bytes);
    return { ...s, outcome: await s.gw.scan() };
  }

  test("puts the selection on a body, header or footer paragraph in at most 2 syncs", async () => {
    const s = await withHeader();
    const texts = s.outcome.snapshot.paragraphs.map((p) => p.text);
    for (const location of ["body", "header", "footer"] as const) {
      const index = s.outcome.snapshot.paragraphs.findIndex((p, i) => p.location === location && i > 0);
      s.sim.stats.reset();
      await s.gw.selectParagraph!(index);
      expect(s.sim.stats.syncs).toBeLessThanOrEqual(2);
      expect(s.sim.selection()).toEqual({ paragraph: index, start: 0, end: texts[index].length });
    }
  });

  test("a paragraph changed since the scan is not selected: a typed error says so", async () => {
    const s = await withHeader();
    await s.gw.selectParagraph!(0);
    const before = s.sim.selection();
    s.sim.editParagraphText(2, 0, 0, "Sửa: ");
    const err: unknown = await s.gw.selectParagraph!(2).catch((e: unknown) => e);
    expect(isWordError(err) && err.code).toBe("ItemNotFound");
    expect(s.sim.selection()).toEqual(before);
    // A paragraph inserted above shifts the index: the old index now names another paragraph, refused too.
    await s.gw.scan();
    s.sim.insertParagraph(0, "Dòng mới");
    const shifted: unknown = await s.gw.selectParagraph!(1).catch((e: unknown) => e);
    expect(isWordError(shifted) && shifted.code).toBe("ItemNotFound");
    expect(s.sim.selection()).toEqual(before);
  });

  test("a paragraph index outside the document is refused, not guessed", async () => {
    const s = await withHeader();
    const err: unknown = await s.gw.selectParagraph!(999).catch((e: unknown) => e);
    expect(isWordError(err) && err.code).toBe("ItemNotFound");
  });

  test("writes through the pane do not make a paragraph look changed", async () => {
    const s = await withHeader();
    const b = s.outcome.result.blanks.find((x) => x.paragraph === 2)!;
    await s.gw.apply([{ blankId: b.id, value: "45" }]);
    await s.gw.selectParagraph!(2);
    expect(s.sim.selection()).toEqual({ paragraph: 2, start: 0, end: s.sim.paragraphTexts()[2].length });
  });
});

describe("selectionSpan", () => {
  /** The user selects text in Word, adds it as a blank from the pane, and fills it. */
  async function addAndFill(s: Awaited<ReturnType<typeof open>>, value: string) {
    const span = await s.gw.selectionSpan();
    if (!span) return null;
    await s.gw.saveDecisions({ dismissed: [], added: [span], unlinked: [] });
    const out = await s.gw.scan();
    const added = out.result.blanks.find((b) => b.source === "user")!;
    await s.gw.apply([{ blankId: added.id, value }]);
    return span;
  }

  test("text selected in the second of two identical paragraphs is filled there, not in the first", async () => {
    const texts = ["Kết quả: tốt", "Mục A", "Kết quả: tốt"];
    const s = await open(await plainDocx(texts));
    await s.gw.scan();
    s.sim.setSelection({ paragraph: 2, start: 9, end: 12 });
    s.sim.stats.reset();
    const span = await addAndFill(s, "khá");
    expect(span).toEqual({ paragraph: 2, start: 9, end: 12 });
    expect(s.sim.paragraphTexts()).toEqual(["Kết quả: tốt", "Mục A", "Kết quả: khá"]);
  });

  test("the occurrence is told apart in a table, a header and after values written through the pane", async () => {
    const bytes = await buildDocx({
      body: [
        { type: "p", runs: [{ text: "Tên xã: .........., ghi chú: không" }] },
        { type: "table", rows: [[[{ text: "ghi chú: không" }], [{ text: "ghi chú: không" }]]] },
        { type: "p", runs: [{ text: "ghi chú: không" }] },
      ],
      header: [[{ text: "ghi chú: không" }]],
    });
    const s = await open(bytes);
    const out = await s.gw.scan();
    const texts = s.sim.paragraphTexts();
    await s.gw.apply([{ blankId: out.result.blanks[0].id, value: "Hòa Bình" }]);
    for (const paragraph of [1, 2, 3]) {
      s.sim.setSelection({ paragraph, start: 9, end: 14 });
      s.sim.stats.reset();
      expect(await s.gw.selectionSpan()).toEqual({ paragraph, start: 9, end: 14 });
      expect(s.sim.stats.syncs).toBeLessThanOrEqual(2);
    }
    // The header's copy reads the same as the body's: the part holding the selection tells them apart.
    const header = texts.findIndex((t, i) => i > 3 && t === "ghi chú: không");
    expect(header).toBeGreaterThan(3);
    s.sim.setSelection({ paragraph: header, start: 9, end: 14 });
    expect(await s.gw.selectionSpan()).toEqual({ paragraph: header, start: 9, end: 14 });
  });
});

describe("decisions", () => {
  test("a dismissal saved while a scan is running holds, in this pane and in the saved file", async () => {
    const s = await open(await plainDocx(PARAGRAPHS));
    const first = await s.gw.scan();
    const [xa, huyen] = first.result.blanks;
    // A value typed by hand makes the running scan save the state too.
    const text = s.sim.paragraphTexts()[1];
    s.sim.editParagraphText(1, text.indexOf(xa.original), text.indexOf(xa.original) + xa.original.length, "Hòa Bình");
    const decisions = { dismissed: [huyen.id], added: [], unlinked: [] };
    const [during] = await Promise.all([s.gw.scan(), s.gw.saveDecisions(decisions)]);
    expect(during.result.blanks.map((b) => b.id)).toContain(huyen.id);
    const after = await s.gw.scan();
    expect(after.result.blanks.map((b) => b.id)).not.toContain(huyen.id);
    expect(after.state.decisions.dismissed).toEqual([huyen.id]);
    const reopened = await (await open(await s.sim.save())).gw.scan();
    expect(reopened.result.blanks.map((b) => b.id)).not.toContain(huyen.id);
    expect(reopened.result.blanks.find((b) => b.id === xa.id)?.value).toBe("Hòa Bình");
  });
});

describe("onChanged", () => {
  afterEach(() => jest.useRealTimers());

  test("the add-in's own selections are not reported; the user's moves are, once a burst has settled", async () => {
    jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
    const s = await open(await plainDocx(PARAGRAPHS));
    const out = await s.gw.scan();
    let heard = 0;
    const off = s.gw.onChanged(() => heard++);
    // "Next" in the pane: the selection moves to a blank, then to a paragraph; Word echoes both.
    await s.gw.select(out.result.blanks[0].id);
    await s.gw.selectParagraph!(2);
    await jest.advanceTimersByTimeAsync(2000);
    expect(heard).toBe(0);
    // The user clicks three times in quick succession: heard once, 400 ms after the last.
    for (const start of [0, 3, 6]) {
      s.sim.setSelection({ paragraph: 1, start, end: start });
      await jest.advanceTimersByTimeAsync(100);
    }
    expect(heard).toBe(0);
    await jest.advanceTimersByTimeAsync(400);
    expect(heard).toBe(1);
    // The user types: heard.
    s.sim.editParagraphText(0, 0, 0, "Dự thảo ");
    await jest.advanceTimersByTimeAsync(500);
    expect(heard).toBe(2);
    off();
    s.sim.setSelection({ paragraph: 1, start: 2, end: 2 });
    await jest.advanceTimersByTimeAsync(1000);
    expect(heard).toBe(2);
  });

  test("an echo that comes late (Word on the web, a busy machine) is still the add-in's; the user's next move is heard", async () => {
    jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
    const s = await open(await plainDocx(PARAGRAPHS));
    const out = await s.gw.scan();
    let heard = 0;
    s.gw.onChanged(() => heard++);
    await s.gw.select(out.result.blanks[0].id);
    // A second and a half passes before Word's echo of that selection is handled.
    jest.setSystemTime(Date.now() + 1500);
    await jest.advanceTimersByTimeAsync(2000);
    expect(heard).toBe(0);
    s.sim.setSelection({ paragraph: 1, start: 3, end: 3 });
    await jest.advanceTimersByTimeAsync(500);
    expect(heard).toBe(1);
  });
});
