/**
 * Bad input, saved state, what Word's OOXML tells, and hosts with only WordApi 1.3: each through the gateway over
 * the simulator, checking that nothing is lost and nothing outside a blank is overwritten.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { repeatedDocx } from "../../bench/word.bench";
import { createSimulator } from "../../src/preview/sim";
import { createWordGateway } from "../../src/word/gateway";
import { STATE_KEY, STATE_VERSION } from "../../src/word/state";
import { documentXml, open, readAsset, ROOT, unreadableOoxml } from "../word/helpers";
import { plainDocx } from "./docgen";

const SHARED = join(ROOT, "..", "shared");
const LONG_BLANK_DOC = join(SHARED, "corpus", "originals", "nd30_2020_phuluc3.docx");

describe("bad input", () => {
  test("a document with no blanks scans to nothing and writes nothing", async () => {
    const s = await open(await plainDocx(["BÁO CÁO", "Không có chỗ nào để điền."]));
    const out = await s.gw.scan();
    expect(out.result.blanks).toEqual([]);
    expect(await s.gw.apply([])).toEqual({ written: [], cleared: [], moved: [], failed: [], byHand: [] });
    await s.gw.highlightEmpty(true);
    expect(s.sim.paragraphTexts()).toEqual(["BÁO CÁO", "Không có chỗ nào để điền."]);
  });

  // The suite's one large case; `npm run bench` measures the 200× document (its saved state stays under half a
  // megabyte).
  test("the 30× template (≈1,000 blanks) scans and applies every blank; saved state takes under 80 bytes a blank", async () => {
    const bytes = await repeatedDocx(readAsset("assets/template.docx"), 30);
    const sim = await createSimulator(bytes, { platform: "desktop" });
    const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: "desktop" });
    const original = sim.paragraphTexts();
    sim.stats.reset();
    const out = await gw.scan();
    expect(sim.stats.syncs).toBeLessThanOrEqual(2);
    const blanks = out.result.blanks.filter((b) => !b.readOnly);
    expect(blanks.length).toBeGreaterThan(900);
    sim.stats.reset();
    const report = await gw.apply(blanks.map((b, i) => ({ blankId: b.id, value: `v${i}` })));
    expect(sim.stats.syncs).toBeLessThanOrEqual(2);
    expect(report.written.length + report.moved.length).toBe(blanks.length);
    expect(report.failed).toEqual([]);
    const size = JSON.stringify(sim.Office.context.document.settings.get(STATE_KEY)).length;
    expect(size).toBeLessThan(80 * blanks.length);
    // Clearing goes through each anchor by tag, which the simulator looks up linearly: a sample keeps this fast.
    const sample = blanks.filter((_, i) => i % 50 === 0);
    await gw.apply(sample.map((b) => ({ blankId: b.id, value: null })));
    for (const b of sample) expect(sim.paragraphTexts()[b.paragraph]).toContain(b.original);
    const again = await gw.scan();
    expect(again.result.blanks.filter((b) => b.filled).length).toBe(report.written.length - sample.length);
    expect(sim.paragraphTexts().length).toBe(original.length);
    // On a busy machine it can take minutes.
  }, 300_000);

  test("blanks in the header, the footer and table cells are found and written, on the web too", async () => {
    for (const platform of ["desktop", "web"] as const) {
      const s = await open(readAsset("test/fixtures/template-header-blanks.docx"), platform);
      const out = await s.gw.scan();
      const header = out.result.blanks.filter((b) => out.snapshot.paragraphs[b.paragraph].location === "header");
      const footer = out.result.blanks.filter((b) => out.snapshot.paragraphs[b.paragraph].location === "footer");
      expect(header.length).toBeGreaterThan(0);
      expect(footer.length).toBeGreaterThan(0);
      const r = await s.gw.apply([...header, ...footer].map((b) => ({ blankId: b.id, value: "Hòa Bình" })));
      expect(r.written.length).toBe(header.length + footer.length);
      const again = await s.gw.scan();
      for (const b of [...header, ...footer])
        expect(again.result.blanks.find((x) => x.id === b.id)?.value).toBe("Hòa Bình");
    }
  });

  test("locked and checkbox content controls are read-only and never written", async () => {
    const s = await open(readAsset("test/fixtures/template-content-controls.docx"));
    const before = s.sim.paragraphTexts();
    const out = await s.gw.scan();
    const ro = out.result.blanks.filter((b) => b.readOnly);
    expect(ro.length).toBeGreaterThanOrEqual(2);
    const r = await s.gw.apply(ro.map((b) => ({ blankId: b.id, value: "X" })));
    expect(r.written).toEqual([]);
    expect(r.failed.map((f) => f.error.code)).toEqual(ro.map(() => "AccessDenied"));
    expect(s.sim.paragraphTexts()).toEqual(before);
  });

  test.each([
    ["Word's special characters", "^p ^t < > * ? @ [ ] { } \\ ^^"],
    ["TAB and newline", "cột 1\tcột 2\ndòng 2"],
    ["emoji", "Hội viên 🙂👍🏽 đạt"],
    ["1,000 characters", "Nguyễn ".repeat(143).slice(0, 1000)],
    ["decomposed Vietnamese (NFD)", "Nguyễn Thị Hòa Bình".normalize("NFD")],
  ])("%s are written literally, NFC-normalised, and read back exactly", async (_name, value) => {
    const s = await open(await plainDocx(["Tên: .........., ghi chú."]));
    const b = (await s.gw.scan()).result.blanks[0];
    await s.gw.apply([{ blankId: b.id, value }]);
    const stored = value.normalize("NFC").replace(/\n/g, "\v");
    expect(s.sim.paragraphTexts()[0]).toBe(`Tên: ${stored}, ghi chú.`);
    expect((await s.gw.scan()).result.blanks.find((x) => x.id === b.id)?.value).toBe(value.normalize("NFC"));
    await s.gw.apply([{ blankId: b.id, value: null }]);
    expect(s.sim.paragraphTexts()[0]).toBe("Tên: .........., ghi chú.");
  });

  const longDoc = existsSync(LONG_BLANK_DOC);
  if (!longDoc) console.warn(`SKIPPED: ${LONG_BLANK_DOC} not found; the >255-character blank test did not run`);
  (longDoc ? test : test.skip)("a blank longer than 255 characters is written and cleared exactly", async () => {
    for (const platform of ["desktop", "web"] as const) {
      const s = await open(new Uint8Array(readFileSync(LONG_BLANK_DOC)), platform);
      const original = s.sim.paragraphTexts();
      const long = (await s.gw.scan()).result.blanks.find((b) => b.end - b.start > 255)!;
      expect(long.end - long.start).toBeGreaterThan(500);
      const r = await s.gw.apply([{ blankId: long.id, value: "Nội dung dài" }]);
      expect(r.written).toEqual([long.id]);
      expect(s.sim.paragraphTexts()[long.paragraph]).toContain("Nội dung dài");
      await s.gw.apply([{ blankId: long.id, value: null }]);
      expect(s.sim.paragraphTexts()).toEqual(original);
    }
  });
});

describe("saved state", () => {
  async function withState(raw: unknown) {
    const s = await open(await plainDocx(["Tên xã: .........., huyện .........."]));
    s.sim.Office.context.document.settings.set(STATE_KEY, raw);
    return s;
  }

  test.each([
    ["corrupt JSON", "{not json", "state-corrupt"],
    ["a newer version", { version: 99, documentId: "d", decisions: {}, fills: {} }, "state-corrupt"],
    ["an older version", { documentId: "d", decisions: { dismissed: ["x"] }, answers: { a: "1" } }, "state-migrated"],
    [
      "another template",
      {
        version: STATE_VERSION,
        documentId: "d",
        decisions: {},
        anchors: { "b-zzz-1": { kind: "control", original: ".....", value: "v" } },
      },
      "state-other-document",
    ],
  ])(
    "%s is detected, migrated or ignored with a notice; the document still scans and fills",
    async (_n, raw, notice) => {
      const s = await withState(raw);
      const out = await s.gw.scan();
      expect(out.notices.map((n) => n.type)).toContain(notice);
      const b = out.result.blanks[0];
      expect((await s.gw.apply([{ blankId: b.id, value: "Hòa Bình" }])).written).toEqual([b.id]);
    },
  );

  test("huge garbage state (5 MB) never crashes the scan", async () => {
    const s = await withState({
      version: 1,
      documentId: "d",
      decisions: { dismissed: Array(200_000).fill("b-x-1") },
      fills: "x".repeat(5_000_000),
    });
    const out = await s.gw.scan();
    expect(out.notices.map((n) => n.type)).toContain("state-corrupt");
    expect(out.result.blanks.length).toBe(2);
  });

  test("scan, apply and select fired together all succeed, in order, without overlapping Word.run", async () => {
    const s = await open(await plainDocx(["Tên xã: .........., huyện .........."]));
    const first = await s.gw.scan();
    const [a, b] = first.result.blanks;
    const done: string[] = [];
    const track = <T>(name: string, p: Promise<T>) => p.then((v) => (done.push(name), v));
    const results = await Promise.all([
      track("apply1", s.gw.apply([{ blankId: a.id, value: "Hòa Bình" }])),
      track("select", s.gw.select(b.id)),
      track("scan", s.gw.scan()),
      track("apply2", s.gw.apply([{ blankId: b.id, value: "Kim Sơn" }])),
    ]);
    expect(done).toEqual(["apply1", "select", "scan", "apply2"]);
    expect(results[0]).toMatchObject({ written: [a.id] });
    expect(s.sim.paragraphTexts()[0]).toBe("Tên xã: Hòa Bình, huyện Kim Sơn");
  });
});

describe("what Word's OOXML tells (tab-leaders.docx)", () => {
  test("read in the same first sync: leader TABs, superscripts, footnote marks and text boxes line up", async () => {
    const s = await open(readAsset("test/fixtures/tab-leaders.docx"));
    s.sim.stats.reset();
    const out = await s.gw.scan();
    expect(s.sim.stats.syncs).toBe(1);
    const p = out.snapshot.paragraphs;
    expect(p[1].leaderTabs).toEqual([10]);
    expect(p[3].leaderTabs).toEqual([]);
    expect(p[5].superscripts).toEqual([[24, 25]]);
    expect(p[6].footnoteRefs).toEqual([32]);
    expect(out.snapshot.textBoxes).toEqual([{ text: "Mã số: ..........", anchorParagraph: 7 }]);
  });

  test("a dotted-leader TAB blank is written with the value before the TAB; a TAB without leader is no blank", async () => {
    const s = await open(readAsset("test/fixtures/tab-leaders.docx"));
    const out = await s.gw.scan();
    expect(out.result.blanks.some((b) => b.paragraph === 3)).toBe(false);
    const name = out.result.blanks.find((b) => b.paragraph === 1)!;
    expect(name.label).toBe("Họ và tên");
    await s.gw.apply([{ blankId: name.id, value: "Nguyễn Văn A" }]);
    expect(s.sim.paragraphTexts()[1]).toBe("Họ và tên: Nguyễn Văn A\t");
    expect((await s.gw.scan()).result.blanks.find((b) => b.id === name.id)?.value).toBe("Nguyễn Văn A");
    await s.gw.apply([{ blankId: name.id, value: null }]);
    expect(s.sim.paragraphTexts()[1]).toBe("Họ và tên:\t");
  });

  test("a footnote reference next to a blank survives filling and clearing", async () => {
    const s = await open(readAsset("test/fixtures/tab-leaders.docx"));
    const out = await s.gw.scan();
    const b = out.result.blanks.find((x) => x.paragraph === 6)!;
    await s.gw.apply([{ blankId: b.id, value: "12" }]);
    expect(await documentXml(s.sim)).toContain('w:footnoteReference w:id="1"');
    await s.gw.apply([{ blankId: b.id, value: null }]);
    expect(await documentXml(s.sim)).toContain('w:footnoteReference w:id="1"');
  });

  test("a footnote reference inside a run of dots is never deleted", async () => {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const zip = await JSZip.loadAsync(await plainDocx(["x"]));
    const xml = (await zip.file("word/document.xml")!.async("string")).replace(
      /<w:p>.*?<\/w:p>/,
      `<w:p><w:r><w:t xml:space="preserve">Số buổi: .....</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve">..... buổi.</w:t></w:r></w:p>`,
    );
    expect(xml).toContain(W);
    zip.file("word/document.xml", xml);
    const s = await open(await zip.generateAsync({ type: "uint8array" }));
    const out = await s.gw.scan();
    const r = await s.gw.apply(out.result.blanks.map((b) => ({ blankId: b.id, value: "3" })));
    expect(r.failed).toEqual([]);
    expect(await documentXml(s.sim)).toContain("w:footnoteReference");
    await s.gw.apply(out.result.blanks.map((b) => ({ blankId: b.id, value: null })));
    expect(await documentXml(s.sim)).toContain("w:footnoteReference");
    expect(s.sim.paragraphTexts()[0]).toBe("Số buổi: .......... buổi.");
  });

  test("a footnote inside a run of dots survives filling another blank of its paragraph first", async () => {
    const zip = await JSZip.loadAsync(await plainDocx(["x"]));
    const xml = (await zip.file("word/document.xml")!.async("string")).replace(
      /<w:p>.*?<\/w:p>/,
      `<w:p><w:r><w:t xml:space="preserve">Họ và tên: ….. Số buổi: .....</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve">.....</w:t></w:r></w:p>`,
    );
    zip.file("word/document.xml", xml);
    const s = await open(await zip.generateAsync({ type: "uint8array" }));
    const [name, count] = (await s.gw.scan()).result.blanks;
    expect(count.text).toBe(".....");
    expect((await s.gw.apply([{ blankId: name.id, value: "Nguyễn Văn A" }])).written).toEqual([name.id]);
    // The pane rescans after a write; the count is then written into the blank as that scan reports it.
    const again = (await s.gw.scan()).result.blanks.find((b) => b.id === count.id)!;
    expect(again.text).toBe(".....");
    expect((await s.gw.apply([{ blankId: count.id, value: "3" }])).written).toEqual([count.id]);
    expect(await documentXml(s.sim)).toContain("w:footnoteReference");
    expect(s.sim.paragraphTexts()[0]).toBe("Họ và tên: Nguyễn Văn A Số buổi: 3.....");
  });

  test("a blank in a text box is a finding, not a field", async () => {
    const s = await open(readAsset("test/fixtures/tab-leaders.docx"));
    const out = await s.gw.scan();
    expect(out.result.findings).toContainEqual(expect.objectContaining({ type: "text-box", paragraph: 7 }));
    expect(out.result.blanks.some((b) => b.text.includes("Mã số"))).toBe(false);
  });

  test("unreadable OOXML falls back to the text alone", async () => {
    const s = await open(readAsset("test/fixtures/tab-leaders.docx"));
    unreadableOoxml(s.sim);
    const out = await s.gw.scan();
    expect(out.snapshot.paragraphs[1].leaderTabs).toBeUndefined();
    expect(out.result.blanks.length).toBeGreaterThan(0);
  });
});

describe("OOXML that cannot be had", () => {
  /** Word answers every `getOoxml()` batch with `code`, as Word on the web does for a body too large to send. */
  function refuseOoxml(s: Awaited<ReturnType<typeof open>>, code: string): { refused: number } {
    const seen = { refused: 0 };
    const sim = s.sim as unknown as { Word: { run: (b: (c: unknown) => Promise<unknown>) => Promise<unknown> } };
    const run = sim.Word.run;
    sim.Word.run = (batch) =>
      run((context: unknown) => {
        const body = (context as { document: { body: { getOoxml: () => { value: string } } } }).document.body;
        const getOoxml = body.getOoxml.bind(body);
        body.getOoxml = () => {
          seen.refused++;
          s.sim.options.failNextSync = { code, message: "The request payload size has exceeded the limit." };
          return getOoxml();
        };
        return batch(context);
      });
    return seen;
  }

  test.each(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"])(
    "a body Word will not send as OOXML (%s) still scans, from its text, in one more sync",
    async (code) => {
      const s = await open(readAsset("test/fixtures/tab-leaders.docx"));
      const seen = refuseOoxml(s, code);
      s.sim.stats.reset();
      const out = await s.gw.scan();
      expect(seen.refused).toBe(1);
      expect(s.sim.stats.syncs).toBeLessThanOrEqual(3);
      expect(out.snapshot.paragraphs[1].leaderTabs).toBeUndefined();
      expect(out.result.blanks.length).toBeGreaterThan(0);
    },
  );

  test("the OOXML reader failing to load leaves the scan to the text alone", async () => {
    let gateway: typeof import("../../src/word/gateway") | undefined;
    jest.isolateModules(() => {
      jest.doMock("../../src/docx/ooxml", () => {
        throw new Error("Loading chunk 512 failed.");
      });
      gateway = jest.requireActual<typeof import("../../src/word/gateway")>("../../src/word/gateway");
    });
    const sim = await createSimulator(readAsset("test/fixtures/tab-leaders.docx"), { platform: "desktop" });
    const gw = gateway!.createWordGateway({ word: sim.Word, office: sim.Office, platform: "desktop" });
    const out = await gw.scan();
    jest.dontMock("../../src/docx/ooxml");
    expect(out.snapshot.paragraphs[1].leaderTabs).toBeUndefined();
    expect(out.result.blanks.length).toBeGreaterThan(0);
  });
});

describe("hosts and the object model", () => {
  test("with only WordApi 1.3, scan, apply, select, highlight and finalize all work", async () => {
    const sim = await createSimulator(readAsset("test/fixtures/template-header-blanks.docx"), {
      platform: "desktop",
      requirementSets: { WordApi: "1.3" },
    });
    const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: "desktop" });
    const out = await gw.scan();
    const [a, b] = out.result.blanks;
    expect((await gw.apply([{ blankId: a.id, value: "Hòa Bình" }])).written).toEqual([a.id]);
    await gw.select(b.id);
    await gw.highlightEmpty(true);
    await gw.finalize();
    expect(sim.paragraphTexts().join("\n")).toContain("Hòa Bình");
  });

  test("a host older than WordApi 1.3 gets NotSupported, with a message, before anything runs", async () => {
    const sim = await createSimulator(await plainDocx(["Tên: ....."]), { requirementSets: { WordApi: "1.1" } });
    const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: "desktop" });
    await expect(gw.scan()).rejects.toMatchObject({ code: "NotSupported" });
    expect(sim.stats.syncs).toBe(0);
  });

  test("navigation properties return the same object on every access, as Office.js does", async () => {
    const sim = await createSimulator(await plainDocx(["a", "b"]));
    await sim.Word.run(async (context) => {
      const body = context.document.body;
      expect(body.paragraphs).toBe(body.paragraphs);
      expect(body.contentControls).toBe(body.contentControls);
      expect(context.document.contentControls).toBe(context.document.contentControls);
      body.paragraphs.load("items/text");
      await context.sync();
      expect(body.paragraphs.items.map((p) => p.text)).toEqual(["a", "b"]);
      body.paragraphs.getFirst().insertText("z", "End");
      body.paragraphs.load("items/text");
      await context.sync();
      expect(body.paragraphs.items.map((p) => p.text)).toEqual(["az", "b"]);
    });
  });
});
