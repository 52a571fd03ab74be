/**
 * Blanks inside text boxes. Where Word reaches shapes (WordApiDesktop 1.2, a desktop Word) they are fields like any
 * other: read through each text box's own body without changing the document, written through the verified write
 * plan, left as plain text by finalize. Elsewhere they stay a finding to fill by hand in Word.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createSimulator, type Simulator, type SimulatorOptions } from "../../src/preview/sim";
import { createWordGateway } from "../../src/word/gateway";
import type { ScanOutcome } from "../../src/word/types";
import { buildDocx, para, run } from "../sim/build";
import { DESKTOP_SHAPES, groupedTextBox, rectangle, textBox } from "../sim/shapes";
import { documentXml, ROOT, type Session } from "./helpers";

const WEB = { platform: "web" as const, requirementSets: { WordApi: "1.9", WordApiDesktop: "1.2" } };
const NO_SHAPES = { platform: "desktop" as const, requirementSets: { WordApi: "1.9" } };

function sample(): Promise<Uint8Array> {
  return buildDocx({
    body: [
      para(run("BÁO CÁO TÌNH HÌNH")),
      para(run("Kính gửi: Ủy ban nhân dân xã ……"), textBox(7, [para(run("Số: ……/BC-UBND"))]), rectangle(8)),
      para(run("Nội dung"), textBox(9, [para(run("Người nhận: ………"))]), textBox(10, [])),
      para(run("Người báo cáo: ……")),
    ],
  });
}

async function openWith(bytes: Uint8Array, options: Partial<SimulatorOptions>): Promise<Session> {
  const sim = await createSimulator(bytes, options);
  const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: options.platform ?? "desktop" });
  return { sim, gw };
}

/** The blanks standing in text boxes: in the paragraphs after the body's (this sample has no header or footer). */
function inBoxes(out: ScanOutcome, bodyCount: number) {
  return out.result.blanks.filter((b) => b.paragraph >= bodyCount);
}

/** The texts of the document's runs as saved, in order (a text box's runs where it is anchored). */
async function savedRunText(sim: Simulator): Promise<string> {
  const xml = await documentXml(sim);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("|");
}

describe("text boxes where Word reaches shapes", () => {
  test("their blanks are fields, read in one more sync without any change to the document", async () => {
    const s = await openWith(await sample(), DESKTOP_SHAPES);
    const before = await documentXml(s.sim);
    s.sim.stats.reset();
    const out = await s.gw.scan();
    expect(s.sim.stats.syncs).toBe(2);
    // The rectangle and the empty text box were never asked for their body: Word would have made a text story.
    expect(s.sim.stats.writes).toBe(0);
    expect(await documentXml(s.sim)).toBe(before);
    const boxes = inBoxes(out, 4);
    expect(boxes.map((b) => out.snapshot.paragraphs[b.paragraph].text)).toEqual(["Số: ……/BC-UBND", "Người nhận: ………"]);
    expect(boxes.map((b) => b.label)).toEqual(["Số văn bản", "Người nhận"]);
    expect(out.result.findings.filter((f) => f.type === "text-box")).toEqual([]);
    expect(out.notices).toEqual([]);
    // The form shows a text box's blank in the document like any other.
    await s.gw.select(boxes[1].id);
    expect(s.sim.selection()).toMatchObject({ paragraph: boxes[1].paragraph, start: 12, end: 15 });
  });

  test("a document without text boxes holding text is still read in one sync", async () => {
    const bytes = await buildDocx({ body: [para(run("Kính gửi: ……"), rectangle(3), textBox(4, []))] });
    const s = await openWith(bytes, DESKTOP_SHAPES);
    s.sim.stats.reset();
    const out = await s.gw.scan();
    expect(s.sim.stats.syncs).toBe(1);
    expect(s.sim.stats.writes).toBe(0);
    expect(out.result.blanks).toHaveLength(1);
  });

  test("values go through the write plan: held by a control, read back in the batch, plain text after finalize", async () => {
    const s = await openWith(await sample(), DESKTOP_SHAPES);
    const out = await s.gw.scan();
    const [so, nhan] = inBoxes(out, 4);
    const body = out.result.blanks.find((b) => b.paragraph === 3)!;
    s.sim.stats.reset();
    const report = await s.gw.apply([
      { blankId: so.id, value: "12" },
      { blankId: nhan.id, value: "Nguyễn Văn A" },
      { blankId: body.id, value: "Trần Thị B" },
    ]);
    expect(s.sim.stats.syncs).toBeLessThanOrEqual(2);
    expect(report.written.sort()).toEqual([so.id, nhan.id, body.id].sort());
    expect(report.failed).toEqual([]);
    const xml = await documentXml(s.sim);
    expect(xml).toContain(`w:val="dien-mau:${so.id}"`);
    expect(await savedRunText(s.sim)).toContain("Số: |12|/BC-UBND");

    s.sim.stats.reset();
    const again = await s.gw.scan();
    // Each control in a text box is placed by its text, which stands there once: no sync more than the first scan.
    expect(s.sim.stats.syncs).toBe(2);
    const filled = new Map(again.result.blanks.map((b) => [b.id, b.value]));
    expect(filled.get(so.id)).toBe("12");
    expect(filled.get(nhan.id)).toBe("Nguyễn Văn A");
    s.sim.stats.reset();
    const changed = await s.gw.apply([{ blankId: so.id, value: "15" }]);
    expect(changed.written).toEqual([so.id]);
    expect(s.sim.stats.syncs).toBe(1);

    await s.gw.finalize();
    const final = await documentXml(s.sim);
    expect(final).not.toContain("<w:sdt>");
    const text = await savedRunText(s.sim);
    expect(text).toContain("Số: |15|/BC-UBND");
    expect(text).toContain("Người nhận: |Nguyễn Văn A");
  });

  // Two changes in, the first blank is still half made; five in, it stands whole and the second is half made.
  test.each([
    [2, 0],
    [5, 1],
  ])("a batch that fails after %i changes: each blank is written whole or not at all, %i kept", async (count, kept) => {
    const s = await openWith(await sample(), DESKTOP_SHAPES);
    const out = await s.gw.scan();
    const [so, nhan] = inBoxes(out, 4);
    const writes = [
      { blankId: so.id, value: "12" },
      { blankId: nhan.id, value: "Nguyễn Văn A" },
    ];
    s.sim.options.failAfterWrites = { count };
    const report = await s.gw.apply(writes);
    expect(report.written).toHaveLength(kept);
    expect(report.failed).toHaveLength(2 - kept);
    const texts = (await s.gw.scan()).snapshot.paragraphs.slice(4).map((p) => p.text);
    expect(texts).toEqual([
      report.written.includes(so.id) ? "Số: 12/BC-UBND" : "Số: ……/BC-UBND",
      report.written.includes(nhan.id) ? "Người nhận: Nguyễn Văn A" : "Người nhận: ………",
    ]);
    const retry = await s.gw.apply(writes.filter((w) => !report.written.includes(w.blankId)));
    expect(retry.failed).toEqual([]);
    expect((await s.gw.scan()).snapshot.paragraphs.slice(4).map((p) => p.text)).toEqual([
      "Số: 12/BC-UBND",
      "Người nhận: Nguyễn Văn A",
    ]);
  });

  test("a value whose text stands twice in its text box is placed by reading its paragraph, one sync more", async () => {
    const s = await openWith(await sample(), DESKTOP_SHAPES);
    const [so] = inBoxes(await s.gw.scan(), 4);
    expect((await s.gw.apply([{ blankId: so.id, value: "BC" }])).written).toEqual([so.id]);
    s.sim.stats.reset();
    const again = await s.gw.scan();
    expect(s.sim.stats.syncs).toBe(3);
    expect(again.result.blanks.find((b) => b.id === so.id)?.value).toBe("BC");
    expect(again.snapshot.paragraphs[so.paragraph].text).toBe("Số: BC/BC-UBND");
  });

  test("text typed in a text box by hand between two scans is read by the second", async () => {
    const s = await openWith(await sample(), DESKTOP_SHAPES);
    const [so] = inBoxes(await s.gw.scan(), 4);
    s.sim.editParagraphText(so.paragraph, so.start, so.end, "7");
    const again = await s.gw.scan();
    expect(again.snapshot.paragraphs[so.paragraph].text).toBe("Số: 7/BC-UBND");
    // Typed over by hand, the blank is known by its remembered shape and holds what was typed.
    expect(again.result.blanks.find((b) => b.id === so.id)?.value).toBe("7");
  });

  test("a text box inside a group, which its shape does not reach, stays to be filled by hand", async () => {
    const bytes = await buildDocx({
      body: [
        para(run("Kính gửi: ……"), textBox(3, [para(run("Số: ……/BC"))])),
        para(run("Nơi nhận"), groupedTextBox(4, [para(run("Ngày nhận: ……"))])),
      ],
    });
    const s = await openWith(bytes, DESKTOP_SHAPES);
    const out = await s.gw.scan();
    expect(inBoxes(out, 2).map((b) => out.snapshot.paragraphs[b.paragraph].text)).toEqual(["Số: ……/BC"]);
    const byHand = out.result.findings.filter((f) => f.type === "text-box");
    expect(byHand.map((f) => [f.paragraph, f.params?.text])).toEqual([[1, "Ngày nhận: ……"]]);
  });

  test("with the OOXML unreadable the text boxes are still read through their shapes", async () => {
    const s = await openWith(await sample(), { ...DESKTOP_SHAPES, ooxmlFault: { code: "GeneralException" } });
    const out = await s.gw.scan();
    expect(inBoxes(out, 4)).toHaveLength(2);
    expect(out.notices).toEqual([]);
  });
});

describe("text boxes where Word does not reach shapes", () => {
  test.each([
    ["Word on the web", WEB],
    ["a desktop Word without WordApiDesktop 1.2", NO_SHAPES],
  ])("%s: their blanks stay to be filled by hand, the scan in one sync", async (_where, options) => {
    const s = await openWith(await sample(), options);
    s.sim.stats.reset();
    const out = await s.gw.scan();
    expect(s.sim.stats.syncs).toBe(1);
    expect(out.snapshot.paragraphs).toHaveLength(4);
    expect(out.result.findings.filter((f) => f.type === "text-box").map((f) => f.paragraph)).toEqual([1, 2]);
  });

  test("with the OOXML unreadable too, the scan says the text boxes could not be read", async () => {
    const s = await openWith(await sample(), { ...WEB, ooxmlFault: { code: "GeneralException" } });
    const out = await s.gw.scan();
    expect(out.notices).toContainEqual({ type: "text-boxes-unread" });
    expect(out.result.findings.filter((f) => f.type === "text-box")).toEqual([]);
    // The check before sending says it too, once.
    expect(out.result.findings.filter((f) => f.type === "text-boxes-unread")).toHaveLength(1);
  });
});

const CORPUS = join(ROOT, "..", "shared", "corpus", "originals", "nd30_2020_phuluc3.docx");
const maybe = existsSync(CORPUS) ? test : test.skip;
if (!existsSync(CORPUS)) console.warn(`SKIPPED: ${CORPUS} not found; the real template with text boxes did not run`);

maybe("a real template (NĐ 30, Phụ lục III): the blanks of its three text boxes are written in place", async () => {
  const bytes = new Uint8Array(readFileSync(CORPUS));
  const hand = await openWith(bytes, WEB);
  const byHand = (await hand.gw.scan()).result.findings.filter((f) => f.type === "text-box");
  const s = await openWith(bytes, DESKTOP_SHAPES);
  const out = await s.gw.scan();
  const bodyCount = out.snapshot.paragraphs.length - 3;
  const boxes = inBoxes(out, bodyCount);
  expect(boxes).toHaveLength(byHand.length);
  expect(out.result.findings.filter((f) => f.type === "text-box")).toEqual([]);
  const report = await s.gw.apply(boxes.map((b, i) => ({ blankId: b.id, value: `${i + 1}/VP` })));
  expect(report.written.sort()).toEqual(boxes.map((b) => b.id).sort());
  await s.gw.finalize();
  const text = await savedRunText(s.sim);
  for (let i = 0; i < boxes.length; i++) expect(text).toContain(`${i + 1}/VP`);
});
