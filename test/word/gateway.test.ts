/**
 * The real Word layer against the Word simulator over the shipped template: every operation, its round trips,
 * and that the text around the blanks never changes.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { Blank } from "../../src/core/types";
import { ANCHOR_TAG_PREFIX } from "../../src/word/gateway";
import { parseState, STATE_KEY } from "../../src/word/state";
import type { ScanOutcome } from "../../src/word/types";
import { propertyOptions, runs as propertyRuns } from "../properties";
import { documentXml, expectedTexts, open, plainSpaces, readAsset, ROOT, savedTexts, type Session } from "./helpers";

const TEMPLATE = "assets/template.docx";
const PROPERTY_RUNS = propertyRuns(8);
const haveTemplate = existsSync(join(ROOT, TEMPLATE));
if (!haveTemplate) console.warn(`SKIPPED: ${TEMPLATE} not found; run npm run template`);
const maybe = haveTemplate ? describe : describe.skip;

const writable = (o: ScanOutcome): Blank[] => o.result.blanks.filter((b) => !b.readOnly && b.source === "text");

async function fresh(platform: "web" | "desktop" = "desktop") {
  const s: Session = await open(readAsset(TEMPLATE), platform);
  const outcome = await s.gw.scan();
  const original = outcome.snapshot.paragraphs.map((p) => plainSpaces(p.text));
  return { ...s, outcome, original, blanks: writable(outcome) };
}

/** A value per blank that reads like the real thing for its kind. */
function valueFor(b: Blank, i: number): string {
  if (b.kind === "number") return String(10 + i);
  if (b.datePart === "day") return "15";
  if (b.datePart === "month") return "06";
  return `Giá trị ${i}`;
}

/** The user typing in Word: insert text at the start of a paragraph. */
async function userTypesAtStart(s: Session, paragraph: number, text: string): Promise<void> {
  await s.sim.Word.run(async (context) => {
    const ps = context.document.body.paragraphs;
    ps.load("items");
    await context.sync();
    ps.items[paragraph].insertText(text, "Start");
    await context.sync();
  });
}

async function highlightOf(s: Session, search: string, index: number): Promise<string | null> {
  return s.sim.Word.run(async (context) => {
    const found = context.document.body.search(search, { matchCase: true });
    found.load("items/font/highlightColor");
    await context.sync();
    return found.items[index].font.highlightColor;
  });
}

maybe("Word layer on the template", () => {
  test("scan reads the template in at most 2 syncs and finds its blanks", async () => {
    const s = await open(readAsset(TEMPLATE));
    s.sim.stats.reset();
    const outcome = await s.gw.scan();
    expect(s.sim.stats.syncs).toBeLessThanOrEqual(2);
    expect(outcome.result.blanks.length).toBeGreaterThanOrEqual(30);
    expect(outcome.notices).toEqual([]);
    expect(outcome.state.documentId).toMatch(/\S/);
  });

  test("apply writes every blank in at most 2 syncs and nothing else changes", async () => {
    const s = await fresh();
    const values = new Map(s.blanks.map((b, i) => [b.id, valueFor(b, i)] as [string, string]));
    s.sim.stats.reset();
    const report = await s.gw.apply([...values].map(([blankId, value]) => ({ blankId, value })));
    expect(s.sim.stats.syncs).toBeLessThanOrEqual(2);
    expect(report.moved).toEqual([]);
    expect(report.failed).toEqual([]);
    expect(report.written.sort()).toEqual([...values.keys()].sort());
    expect(await savedTexts(s.sim)).toEqual(expectedTexts(s.original, s.blanks, values));
    const xml = await documentXml(s.sim);
    expect((xml.match(new RegExp(`w:val="${ANCHOR_TAG_PREFIX}`, "g")) ?? []).length).toBe(values.size);
  });

  test("the spacing rules hold in the document", async () => {
    const s = await fresh();
    const all = s.blanks.map((b, i) => ({ blankId: b.id, value: valueFor(b, i) }));
    await s.gw.apply(all);
    const texts = await savedTexts(s.sim);
    expect(texts.join("\n")).toMatch(/Đảng ủy xã Giá trị \d+ báo cáo/);
    expect(texts.join("\n")).toMatch(/ngày 15\/06\/2017/);
    // A number glued to the words on both sides (`xã có…..hội`) stands apart from them once written.
    const glued = s.blanks.find((b) => b.kind === "number" && b.context.before.endsWith("xã có"))!;
    const value = all.find((w) => w.blankId === glued.id)!.value;
    expect(value).toMatch(/^\d+$/);
    expect(texts[glued.paragraph]).toContain(`xã có ${value} hội quẩn chúng`);
  });

  test("change one, clear one: clearing puts the original dots back exactly", async () => {
    const s = await fresh();
    const [a, b] = s.blanks;
    await s.gw.apply([
      { blankId: a.id, value: "Một" },
      { blankId: b.id, value: "Hai" },
    ]);
    s.sim.stats.reset();
    const report = await s.gw.apply([
      { blankId: a.id, value: "Một trăm" },
      { blankId: b.id, value: null },
    ]);
    expect(s.sim.stats.syncs).toBeLessThanOrEqual(2);
    expect(report.written).toEqual([a.id]);
    expect(report.cleared).toEqual([b.id]);
    const values = new Map<string, string | null>([[a.id, "Một trăm"]]);
    expect(await savedTexts(s.sim)).toEqual(expectedTexts(s.original, s.blanks, values));
    await s.gw.apply([{ blankId: a.id, value: null }]);
    expect(await savedTexts(s.sim)).toEqual(s.original);
    // The anchors stay, out of sight: the blank keeps its identity for the next value.
    const xml = await documentXml(s.sim);
    expect(xml).toContain(`w:val="${ANCHOR_TAG_PREFIX}${a.id}"`);
    expect(xml).not.toMatch(/w15:appearance w15:val="boundingBox"/i);
  });

  test("select puts Word's selection on the blank in 1 sync", async () => {
    const s = await fresh();
    for (const b of [s.blanks[0], s.blanks[5], s.blanks[s.blanks.length - 1]]) {
      s.sim.stats.reset();
      await s.gw.select(b.id);
      expect(s.sim.stats.syncs).toBe(1);
      expect(s.sim.selection()).toEqual({ paragraph: b.paragraph, start: b.start, end: b.end });
    }
    await s.gw.apply([{ blankId: s.blanks[3].id, value: "Đã điền" }]);
    const filled = (await s.gw.scan()).result.blanks.find((b) => b.id === s.blanks[3].id)!;
    s.sim.stats.reset();
    await s.gw.select(filled.id);
    expect(s.sim.stats.syncs).toBe(1);
    expect(s.sim.selection()?.paragraph).toBe(filled.paragraph);
  });

  test("the user's selection becomes a span for a blank the engine missed; nothing across paragraphs", async () => {
    const s = await fresh();
    const p = s.original.findIndex((t) => t.startsWith("Thực hiện Kế hoạch"));
    s.sim.setSelection({ paragraph: p, start: 10, end: 18 });
    s.sim.stats.reset();
    expect(await s.gw.selectionSpan()).toEqual({ paragraph: p, start: 10, end: 18 });
    expect(s.sim.stats.syncs).toBe(1);
    s.sim.setSelection({ paragraph: p, start: 5, end: 5 });
    expect(await s.gw.selectionSpan()).toBeNull();
  });

  test("highlight marks empty blanks and unhighlight leaves the user's own highlight", async () => {
    const s = await fresh();
    const mine = s.blanks[0];
    // The user marks the first blank yellow by hand.
    await s.sim.Word.run(async (context) => {
      const found = context.document.body.search(mine.text, { matchCase: true });
      found.load("items");
      await context.sync();
      found.items[0].font.highlightColor = "Yellow";
      await context.sync();
    });
    s.sim.stats.reset();
    await s.gw.highlightEmpty(true);
    expect(s.sim.stats.syncs).toBeLessThanOrEqual(2);
    let xml = await documentXml(s.sim);
    const marks = (xml.match(/w:highlight w:val="cyan"/g) ?? []).length;
    expect(marks).toBeGreaterThanOrEqual(s.blanks.length - 1);
    expect(xml).toContain('w:highlight w:val="yellow"');
    // Filling a marked blank does not carry our mark onto the value.
    await s.gw.apply([{ blankId: s.blanks[2].id, value: "Không tô" }]);
    xml = await documentXml(s.sim);
    expect((xml.match(/w:highlight w:val="cyan"/g) ?? []).length).toBe(marks - 1);
    await s.gw.highlightEmpty(false);
    xml = await documentXml(s.sim);
    expect(xml).not.toContain('w:val="cyan"');
    expect(xml).toContain('w:highlight w:val="yellow"');
    expect((await highlightOf(s, mine.text, 0))?.toLowerCase()).toMatch(/yellow|#ffff00/);
  });

  test("a blank the user highlighted in part is left as it is: neither marked nor unmarked", async () => {
    const s = await fresh();
    const mine = s.blanks.find((b) => b.text.length >= 6)!;
    const index = s.original.slice(0, mine.paragraph).join("\n").split(mine.text).length - 1;
    // The user marks the first three characters of the blank green by hand: Word reads the blank's colour as ''.
    await s.sim.Word.run(async (context) => {
      const found = context.document.body.search(mine.text, { matchCase: true });
      found.load("items");
      await context.sync();
      found.items[index].search(mine.text.slice(0, 3), { matchCase: true }).getFirst().font.highlightColor = "Green";
      await context.sync();
    });
    expect(await highlightOf(s, mine.text, index)).toBe("");
    await s.gw.highlightEmpty(true);
    expect(await highlightOf(s, mine.text, index)).toBe("");
    expect(await documentXml(s.sim)).toContain('w:highlight w:val="green"');
    await s.gw.highlightEmpty(false);
    expect(await highlightOf(s, mine.text, index)).toBe("");
    expect(await documentXml(s.sim)).toContain('w:highlight w:val="green"');
  });

  test("finalize removes anchors, marks and state in at most 2 syncs and keeps the text", async () => {
    const s = await fresh();
    const values = new Map(s.blanks.slice(0, 10).map((b, i) => [b.id, valueFor(b, i)] as [string, string]));
    await s.gw.apply([...values].map(([blankId, value]) => ({ blankId, value })));
    await s.gw.highlightEmpty(true);
    s.sim.stats.reset();
    await s.gw.finalize();
    expect(s.sim.stats.syncs).toBeLessThanOrEqual(2);
    const xml = await documentXml(s.sim);
    expect(xml).not.toContain(ANCHOR_TAG_PREFIX);
    expect(xml).not.toContain("w:sdt>");
    expect(xml).not.toContain('w:val="cyan"');
    expect(await savedTexts(s.sim)).toEqual(expectedTexts(s.original, s.blanks, values));
    expect(s.sim.Office.context.document.settings.get(STATE_KEY)).toBeNull();
    const again = await open(await s.sim.save());
    const outcome = await again.gw.scan();
    expect(outcome.notices).toEqual([]);
    expect(outcome.result.blanks.filter((b) => b.filled)).toEqual([]);
  });

  test("reopening the saved file resumes from saved state: values known, clear still exact", async () => {
    const s = await fresh();
    const values = new Map(s.blanks.map((b, i) => [b.id, valueFor(b, i)] as [string, string]));
    await s.gw.apply([...values].map(([blankId, value]) => ({ blankId, value })));
    const reopened = await open(await s.sim.save());
    const outcome = await reopened.gw.scan();
    expect(outcome.notices).toEqual([]);
    expect(outcome.state.documentId).toBe(s.outcome.state.documentId);
    for (const b of s.blanks) {
      const now = outcome.result.blanks.find((x) => x.id === b.id);
      expect(now?.filled).toBe(true);
      expect(now?.value).toBe(values.get(b.id));
    }
    await reopened.gw.apply(s.blanks.map((b) => ({ blankId: b.id, value: null })));
    expect(await savedTexts(reopened.sim)).toEqual(s.original);
  });

  test("a blank moved or deleted by the user after the scan is skipped and reported", async () => {
    const s = await fresh();
    const moved = s.blanks.find((b) => b.start > 0)!;
    const gone = s.blanks.find((b) => b.paragraph !== moved.paragraph)!;
    await userTypesAtStart(s, moved.paragraph, "Thêm chữ ");
    await s.sim.Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load("items/text");
      await context.sync();
      const found = ps.items[gone.paragraph].search(gone.text, { matchCase: true });
      found.load("items");
      await context.sync();
      found.items[0].insertText("", "Replace");
      await context.sync();
    });
    const before = await savedTexts(s.sim);
    const report = await s.gw.apply([
      { blankId: moved.id, value: "Không được ghi" },
      { blankId: gone.id, value: "Cũng không" },
    ]);
    expect(report.moved.sort()).toEqual([moved.id, gone.id].sort());
    expect(report.written).toEqual([]);
    expect(await savedTexts(s.sim)).toEqual(before);
  });

  test("a value typed over by hand inside its anchor is what the next scan reports, and it can still be changed", async () => {
    const s = await fresh();
    const b = s.blanks.find((x) => x.kind === "text" && x.paragraph > 10)!;
    await s.gw.apply([{ blankId: b.id, value: "Tân Lập" }]);
    const filled = (await s.gw.scan()).result.blanks.find((x) => x.id === b.id)!;
    const at = filled.start + filled.text.indexOf("Tân Lập");
    s.sim.editParagraphText(filled.paragraph, at, at + "Tân Lập".length, "Tân Hòa");
    const rescanned = (await s.gw.scan()).result.blanks.find((x) => x.id === b.id)!;
    expect(rescanned.filled).toBe(true);
    expect(rescanned.value).toBe("Tân Hòa");
    const report = await s.gw.apply([{ blankId: b.id, value: null }]);
    expect(report.cleared).toEqual([b.id]);
    expect(await savedTexts(s.sim)).toEqual(s.original);
  });

  test("special values are written literally, NFC-normalised, newline as a line break", async () => {
    const s = await fresh();
    const specials = [
      "^p ^t < > * ? @ [ ] {1,3}",
      "a\tb",
      "dòng một\ndòng hai",
      "Tân Lập".normalize("NFD"),
      "x".repeat(1000),
      "😀 emoji",
    ];
    const targets = s.blanks.slice(0, specials.length);
    const values = new Map(targets.map((b, i) => [b.id, specials[i]] as [string, string]));
    const report = await s.gw.apply([...values].map(([blankId, value]) => ({ blankId, value })));
    expect(report.written.length).toBe(specials.length);
    const texts = await savedTexts(s.sim);
    expect(texts.length).toBe(s.original.length);
    const joined = texts.join("\n");
    expect(joined).toContain("^p ^t < > * ? @ [ ] {1,3}");
    expect(joined).toContain("a\tb");
    expect(joined).toContain("dòng một\vdòng hai");
    expect(joined).toContain("Tân Lập".normalize("NFC"));
    expect(joined).not.toContain("Tân Lập".normalize("NFD"));
    expect(joined).toContain("x".repeat(1000));
    expect(joined).toContain("😀 emoji");
    const outcome = await s.gw.scan();
    for (const b of targets)
      expect(outcome.result.blanks.find((x) => x.id === b.id)?.value).toBe(values.get(b.id)!.normalize("NFC"));
    await s.gw.apply(targets.map((b) => ({ blankId: b.id, value: null })));
    expect(await savedTexts(s.sim)).toEqual(s.original);
  });

  test("Word on the web: a blank in a table cell is held by a hidden bookmark", async () => {
    const s = await fresh("web");
    const cells = s.blanks.filter((b) => s.outcome.snapshot.paragraphs[b.paragraph].location === "table");
    expect(cells.length).toBeGreaterThanOrEqual(3);
    const values = new Map(cells.map((b, i) => [b.id, valueFor(b, i)] as [string, string]));
    const others = s.blanks.filter((b) => !values.has(b.id)).slice(0, 3);
    for (const [i, b] of others.entries()) values.set(b.id, `Thân ${i}`);
    s.sim.stats.reset();
    const report = await s.gw.apply([...values].map(([blankId, value]) => ({ blankId, value })));
    expect(s.sim.stats.syncs).toBeLessThanOrEqual(2);
    expect(report.failed).toEqual([]);
    expect(report.written.length).toBe(values.size);
    const { state, notices } = parseState(s.sim.Office.context.document.settings.get(STATE_KEY));
    expect(notices).toEqual([]);
    for (const b of cells) expect(state.anchors[b.id].kind).toBe("bookmark");
    for (const b of others) expect(state.anchors[b.id].kind).toBe("control");
    expect(await savedTexts(s.sim)).toEqual(expectedTexts(s.original, s.blanks, values));
    // Reopen, change one cell value, clear another.
    const reopened = await open(await s.sim.save(), "web");
    const outcome = await reopened.gw.scan();
    expect(outcome.notices).toEqual([]);
    for (const b of cells) expect(outcome.result.blanks.find((x) => x.id === b.id)?.value).toBe(values.get(b.id));
    const [c1, c2] = cells;
    const r2 = await reopened.gw.apply([
      { blankId: c1.id, value: "Giá trị mới" },
      { blankId: c2.id, value: null },
    ]);
    expect(r2.moved).toEqual([]);
    values.set(c1.id, "Giá trị mới");
    values.delete(c2.id);
    expect(await savedTexts(reopened.sim)).toEqual(expectedTexts(s.original, s.blanks, values));
    await reopened.gw.apply([...values.keys()].map((blankId) => ({ blankId, value: null })));
    expect(await savedTexts(reopened.sim)).toEqual(s.original);
  });

  test("faults: a failed write keeps nothing half-done and says why; a protected document is AccessDenied", async () => {
    const s = await fresh();
    const [a] = s.blanks;
    s.sim.options.readOnly = true;
    const report = await s.gw.apply([{ blankId: a.id, value: "x" }]);
    expect(report.failed.map((f) => f.error.code)).toEqual(["AccessDenied"]);
    expect(await savedTexts(s.sim)).toEqual(s.original);
    s.sim.options.readOnly = false;
    s.sim.options.failNextSync = { code: "GeneralException", message: "boom" };
    await expect(s.gw.apply([{ blankId: a.id, value: "x" }])).rejects.toMatchObject({ code: "GeneralException" });
    const ok = await s.gw.apply([{ blankId: a.id, value: "x" }]);
    expect(ok.written).toEqual([a.id]);
  });

  test("operations fired together never overlap", async () => {
    const s = await fresh();
    const results = await Promise.all([
      s.gw.apply([{ blankId: s.blanks[0].id, value: "A" }]),
      s.gw.select(s.blanks[1].id),
      s.gw.highlightEmpty(true),
      s.gw.apply([{ blankId: s.blanks[2].id, value: "B" }]),
      s.gw.scan(),
    ]);
    expect(results).toHaveLength(5);
  });

  test("corrupt saved state is ignored with a notice, never a crash", async () => {
    const s = await open(readAsset(TEMPLATE));
    s.sim.Office.context.document.settings.set(STATE_KEY, "{not json");
    const outcome = await s.gw.scan();
    expect(outcome.notices.map((n) => n.type)).toEqual(["state-corrupt"]);
    expect(outcome.result.blanks.length).toBeGreaterThan(0);
  });

  test.each(["desktop", "web"] as const)(
    "property (%s): random fill/change/clear sequences keep every character outside the blanks",
    async (platform) => {
      const s = await fresh(platform);
      const n = s.blanks.length;
      const valueArb = fc.oneof(
        fc.constant(null),
        fc.string({ minLength: 1, maxLength: 12 }).filter((v) => v.trim() !== "" && !/\p{Cc}/u.test(v)),
        fc.constantFrom("5", "Tân Lập", "^t*?", "a b", "15"),
      );
      const step = fc.array(fc.record({ blank: fc.nat({ max: n - 1 }), value: valueArb }), {
        minLength: 1,
        maxLength: 6,
      });
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
          runs++;
          const values = new Map<string, string | null>();
          for (const batch of steps) {
            const writes = batch.map((w) => ({ blankId: s.blanks[w.blank].id, value: w.value }));
            const report = await s.gw.apply(writes);
            if (report.moved.length || report.failed.length) return false;
            for (const w of writes) values.set(w.blankId, w.value === null ? null : w.value.normalize("NFC"));
            const texts = await savedTexts(s.sim);
            if (JSON.stringify(texts) !== JSON.stringify(expectedTexts(s.original, s.blanks, values))) return false;
          }
          await s.gw.apply(s.blanks.map((b) => ({ blankId: b.id, value: null })));
          return JSON.stringify(await savedTexts(s.sim)) === JSON.stringify(s.original);
        }),
        propertyOptions(PROPERTY_RUNS),
      );
      expect(runs).toBe(PROPERTY_RUNS);
    },
    120_000 * Math.max(1, PROPERTY_RUNS / 50),
  );
});
