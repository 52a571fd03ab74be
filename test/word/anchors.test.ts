/**
 * Anchors and verified writes, against Word's failure modes as the simulator enforces them: a batch that fails
 * part-way, a plain value found in the wrong cell, a blank added after a write, a gap of spaces typed over by hand,
 * an OOXML read that fails, and Word's search disagreeing with the paragraph text. Each of these once lost or
 * misplaced a user's text.
 */
import { createSimulator, type Simulator } from "../../src/preview/sim";
import { createWordGateway } from "../../src/word/gateway";
import { parseState, STATE_KEY } from "../../src/word/state";
import type { ScanOutcome, WordGateway } from "../../src/word/types";
import { buildDocx, plainDocx } from "../robustness/docgen";
import { plainSpaces } from "./helpers";

interface Session {
  sim: Simulator;
  gw: WordGateway;
}

async function open(bytes: Uint8Array, platform: "web" | "desktop" = "desktop"): Promise<Session> {
  const sim = await createSimulator(bytes, { platform });
  return { sim, gw: createWordGateway({ word: sim.Word, office: sim.Office, platform, timeoutMs: 5_000 }) };
}

const byLabel = (o: ScanOutcome, label: string) => {
  const b = o.result.blanks.find((x) => x.label === label);
  if (!b) throw new Error(`no blank ${label}: ${o.result.blanks.map((x) => x.label).join(", ")}`);
  return b;
};
const valueOf = (o: ScanOutcome, id: string) => o.result.blanks.find((b) => b.id === id)?.value ?? null;
const savedAnchors = (sim: Simulator) => parseState(sim.Office.context.document.settings.get(STATE_KEY)).state.anchors;

const SIX = [
  "Tên xã: .........., huyện ..........",
  "Số đảng viên: ..... người, số chi bộ: ..... chi bộ.",
  "Người lập: .........., chức vụ: ..........",
];

describe("a write batch that fails part-way (Word batches are not transactions)", () => {
  /** How many document-changing operations a write of six values makes on an anchored document. */
  async function countWrites(): Promise<number> {
    const s = await open(await plainDocx(SIX));
    const o = await s.gw.scan();
    await s.gw.highlightEmpty(true);
    await s.gw.highlightEmpty(false);
    s.sim.stats.reset();
    await s.gw.apply(o.result.blanks.map((b, i) => ({ blankId: b.id, value: `v${i}` })));
    return s.sim.stats.writes;
  }

  test("at every point of failure, what landed is reported written, saved, and read back by a rescan", async () => {
    const total = await countWrites();
    expect(total).toBeGreaterThanOrEqual(6);
    let partial = 0;
    for (let k = 0; k < total; k++) {
      const s = await open(await plainDocx(SIX));
      const o = await s.gw.scan();
      // Anchor every blank first (marking is a write too), so the six values are the whole batch.
      await s.gw.highlightEmpty(true);
      await s.gw.highlightEmpty(false);
      const values = new Map(o.result.blanks.map((b, i) => [b.id, `Giá trị ${i}`]));
      s.sim.options.failAfterWrites = { count: k };
      const report = await s.gw.apply([...values].map(([blankId, value]) => ({ blankId, value })));
      expect([...report.written, ...report.failed.map((f) => f.blankId)].sort()).toEqual([...values.keys()].sort());
      const texts = s.sim.paragraphTexts().join("\n");
      for (const [id, v] of values) expect(texts.includes(v)).toBe(report.written.includes(id));
      const saved = savedAnchors(s.sim);
      for (const id of report.written) expect(saved[id].value).toBe(values.get(id));
      for (const f of report.failed) expect(saved[f.blankId]?.value).toBeUndefined();
      if (report.written.length > 0 && report.failed.length > 0) partial++;
      const again = await s.gw.scan();
      for (const id of report.written) expect(valueOf(again, id)).toBe(values.get(id));
      expect(again.result.blanks).toHaveLength(6);
    }
    // Most points of failure leave some values written and some not.
    expect(partial).toBeGreaterThanOrEqual(total / 2);
  });

  test("the first write of a document, failing while it puts the anchors on, loses nothing either", async () => {
    for (const k of [1, 3, 7, 12]) {
      const s = await open(await plainDocx(SIX));
      const o = await s.gw.scan();
      const values = new Map(o.result.blanks.slice(0, 3).map((b, i) => [b.id, `Giá trị ${i}`]));
      s.sim.options.failAfterWrites = { count: k };
      const report = await s.gw.apply([...values].map(([blankId, value]) => ({ blankId, value })));
      const again = await s.gw.scan();
      for (const id of report.written) expect(valueOf(again, id)).toBe(values.get(id));
      for (const f of report.failed) expect(valueOf(again, f.blankId)).toBeNull();
      expect(again.result.blanks).toHaveLength(6);
      // Whatever was left undone is done by the next write.
      const retry = await s.gw.apply(report.failed.map((f) => ({ blankId: f.blankId, value: values.get(f.blankId)! })));
      expect(retry.failed).toEqual([]);
      expect(retry.moved).toEqual([]);
      const last = await s.gw.scan();
      for (const [id, v] of values) expect(valueOf(last, id)).toBe(v);
    }
  });
});

test("web: clearing a value in one table cell never writes over the user's own value in the next cell", async () => {
  const bytes = await buildDocx({
    body: [{ type: "table", rows: [[[{ text: "Số nam: ….. người" }], [{ text: "Số nữ: ….. người" }]]] }],
  });
  const s = await open(bytes, "web");
  const o = await s.gw.scan();
  const [nam, nu] = o.result.blanks;
  expect((await s.gw.apply([{ blankId: nam.id, value: "5" }])).written).toEqual([nam.id]);
  // The user types 5 into the other cell by hand, over its dots.
  const texts = s.sim.paragraphTexts();
  const cell = texts.indexOf("Số nữ: ….. người");
  s.sim.editParagraphText(cell, nu.start, nu.end, "5");
  const cleared = await s.gw.apply([{ blankId: nam.id, value: null }]);
  expect(cleared.cleared).toEqual([nam.id]);
  expect(s.sim.paragraphTexts()).toEqual(["Số nam: ….. người", "Số nữ: 5 người"]);
});

test("a blank added from the selection after a write is the words selected, and takes its value in place", async () => {
  const s = await open(await plainDocx(["Tên xã: ……, ghi chú: không rõ"]));
  const o = await s.gw.scan();
  await s.gw.apply([{ blankId: o.result.blanks[0].id, value: "Hòa Bình" }]);
  const text = s.sim.paragraphTexts()[0];
  const at = text.indexOf("không");
  s.sim.setSelection({ paragraph: 0, start: at, end: at + "không".length });
  const span = await s.gw.selectionSpan();
  expect(span).not.toBeNull();
  await s.gw.saveDecisions({ ...o.state.decisions, added: [span!] });
  const added = (await s.gw.scan()).result.blanks.find((b) => b.source === "user")!;
  expect(added.text).toBe("không");
  expect((await s.gw.apply([{ blankId: added.id, value: "có" }])).written).toEqual([added.id]);
  expect(s.sim.paragraphTexts()[0]).toBe("Tên xã: Hòa Bình, ghi chú: có rõ");
});

test("a gap of spaces typed over by hand before any write stays a field, holding what was typed", async () => {
  const s = await open(await plainDocx(["Số     - BC/ĐU", "Tên xã: ..........."]));
  const o = await s.gw.scan();
  const so = o.result.blanks.find((b) => b.paragraph === 0)!;
  expect(so.original.trim()).toBe("");
  s.sim.editParagraphText(0, so.start, so.end, " 52 ");
  const again = await s.gw.scan();
  expect(again.result.blanks).toHaveLength(o.result.blanks.length);
  expect(again.result.blanks.find((b) => b.id === so.id)).toMatchObject({ filled: true, value: "52" });
  await s.gw.apply([{ blankId: so.id, value: null }]);
  expect(s.sim.paragraphTexts()[0]).toBe("Số     - BC/ĐU");
});

describe("an OOXML read that fails never loses the scan", () => {
  test.each(["GeneralException", "InvalidArgument"])(
    "getOoxml failing with %s: the scan reads the text",
    async (code) => {
      const s = await open(await plainDocx(SIX));
      const clean = await s.gw.scan();
      s.sim.options.ooxmlFault = { code };
      const o = await s.gw.scan();
      expect(o.result.blanks.map((b) => b.id)).toEqual(clean.result.blanks.map((b) => b.id));
      const report = await s.gw.apply([{ blankId: o.result.blanks[0].id, value: "Hòa Bình" }]);
      expect(report.written).toHaveLength(1);
    },
  );

  test("one that does not answer in time: the scan says so, and the retry does without it", async () => {
    const sim = await createSimulator(await plainDocx(SIX), { platform: "web" });
    const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: "web", timeoutMs: 100 });
    sim.options.ooxmlFault = { hangMs: 300 };
    await expect(gw.scan()).rejects.toMatchObject({ code: "Timeout" });
    await new Promise((r) => setTimeout(r, 400));
    const o = await gw.scan();
    expect(o.result.blanks).toHaveLength(6);
  });
});

test("where Word's search and the text disagree (a no-break space), nothing is written in another blank", async () => {
  // Word reads the no-break spaces of the first line as spaces; its search does not match them with spaces.
  const s = await open(await plainDocx(["Số\u00a0\u00a0\u00a0\u00a0\u00a0- BC/ĐU", "ngày      tháng 6"]));
  const o = await s.gw.scan();
  const [so, ngay] = o.result.blanks;
  const texts = () => s.sim.paragraphTexts().map(plainSpaces);
  expect(o.snapshot.paragraphs[0].text).toBe("Số     - BC/ĐU");
  const report = await s.gw.apply([{ blankId: so.id, value: "52" }]);
  expect(report.written).toEqual([]);
  expect(report.byHand).toEqual([so.id]);
  expect(texts()).toEqual(["Số     - BC/ĐU", "ngày      tháng 6"]);
  // The line whose search agrees is still written, in its own place.
  expect((await s.gw.apply([{ blankId: ngay.id, value: "15" }])).written).toEqual([ngay.id]);
  expect(texts()).toEqual(["Số     - BC/ĐU", expect.stringMatching(/^ngày +15 +tháng 6$/)]);
});

test("a value is written by its anchor: one sync, no read first, however many values", async () => {
  const s = await open(await plainDocx(SIX));
  const o = await s.gw.scan();
  await s.gw.apply([{ blankId: o.result.blanks[0].id, value: "x" }]);
  s.sim.stats.reset();
  const report = await s.gw.apply(o.result.blanks.map((b, i) => ({ blankId: b.id, value: `Giá trị ${i}` })));
  expect(report.written).toHaveLength(6);
  expect(s.sim.stats.syncs).toBe(1);
  expect(report.outcome?.result.blanks.filter((b) => b.filled)).toHaveLength(6);
});

test("Track Changes: the scan tells, writes become revisions, and the value reads as the current text", async () => {
  const s = await open(await plainDocx(SIX), "web");
  await s.sim.Word.run(async (context) => {
    context.document.changeTrackingMode = "TrackAll";
    await context.sync();
  });
  const o = await s.gw.scan();
  expect(o.tracking).toBe("on");
  const xa = byLabel(o, "Tên xã");
  const report = await s.gw.apply([{ blankId: xa.id, value: "Hòa Bình" }]);
  expect(report.written).toEqual([xa.id]);
  const again = await s.gw.scan();
  expect(valueOf(again, xa.id)).toBe("Hòa Bình");
});

test("Track Changes turned on after the scan: each write reads back as the current text, deleted dots left out", async () => {
  const bytes = await buildDocx({
    body: [{ type: "table", rows: [[[{ text: "Số nam: ..... người" }]]] }],
    header: [[{ text: "Xã ....." }]],
  });
  const s = await open(bytes, "web");
  const o = await s.gw.scan();
  expect(o.tracking).toBe("off");
  await s.sim.Word.run(async (context) => {
    context.document.changeTrackingMode = "TrackAll";
    await context.sync();
  });
  const [cell, header] = [byLabel(o, "Số nam"), o.result.blanks.find((b) => b.paragraph === 1)!];
  for (const [n, xa] of [
    ["12", "Hòa Bình\nthôn 3"],
    ["15", "Hòa An"],
  ]) {
    const report = await s.gw.apply([
      { blankId: cell.id, value: n },
      { blankId: header.id, value: xa },
    ]);
    expect(report.failed).toEqual([]);
    expect(report.written.sort()).toEqual([cell.id, header.id].sort());
    const saved = savedAnchors(s.sim);
    expect([saved[cell.id].value, saved[header.id].value]).toEqual([n, xa.replace("\n", "\v")]);
  }
  const again = await s.gw.scan();
  expect([valueOf(again, cell.id), valueOf(again, header.id)]).toEqual(["15", "Hòa An"]);
});

test("a value no anchor could hold, lost by an edit of its line, is reported not found, never taken for another file", async () => {
  // A footer blank beside the user's own control on the web: neither a control nor a bookmark can stand there.
  const bytes = await buildDocx({
    body: [{ type: "p", runs: [{ text: "Báo cáo" }] }],
    footer: [[{ text: "Người lập ….." }, { text: " ký", control: "ky" }]],
  });
  const s = await open(bytes, "web");
  const o = await s.gw.scan();
  const blank = o.result.blanks.find((b) => b.source === "text")!;
  expect((await s.gw.apply([{ blankId: blank.id, value: "Lan" }])).written).toEqual([blank.id]);
  s.sim.editParagraphText(1, 0, 0, "Ông ");
  const again = await s.gw.scan();
  expect(again.notices).toContainEqual({ type: "fill-not-found", blankId: blank.id });
  expect(again.notices.map((n) => n.type)).not.toContain("state-other-document");
});

test("co-authoring: a value another person saved meanwhile is kept when this pane saves its own", async () => {
  const s = await open(await plainDocx(SIX));
  const o = await s.gw.scan();
  const [a, b] = o.result.blanks;
  await s.gw.apply([{ blankId: a.id, value: "Một" }]);
  // Someone else, in the same document, writes b; their state is saved before ours.
  const theirs = parseState(s.sim.Office.context.document.settings.get(STATE_KEY)).state;
  theirs.anchors[b.id] = { ...theirs.anchors[b.id], value: "Hai của họ" };
  const { serializeState } = await import("../../src/word/state");
  s.sim.coauthorSettings(STATE_KEY, serializeState(theirs));
  const c = o.result.blanks[2];
  await s.gw.apply([{ blankId: c.id, value: "Ba" }]);
  const saved = savedAnchors(s.sim);
  expect(saved[b.id].value).toBe("Hai của họ");
  expect(saved[c.id].value).toBe("Ba");
  expect(saved[a.id].value).toBe("Một");
});

test("a line break in a value is a real line break, in a control and in a web table cell", async () => {
  const bytes = await buildDocx({
    body: [
      { type: "p", runs: [{ text: "Ý kiến: .........." }] },
      { type: "table", rows: [[[{ text: "Ghi chú: .........." }]]] },
    ],
  });
  for (const platform of ["desktop", "web"] as const) {
    const s = await open(bytes, platform);
    const o = await s.gw.scan();
    const report = await s.gw.apply(o.result.blanks.map((b) => ({ blankId: b.id, value: "dòng một\ndòng hai" })));
    expect(report.written).toHaveLength(2);
    for (const t of s.sim.paragraphTexts()) expect(t).toContain("dòng một\vdòng hai");
    const again = await s.gw.scan();
    for (const b of o.result.blanks) expect(valueOf(again, b.id)).toBe("dòng một\ndòng hai");
  }
});

test("clearing the user's own empty control leaves it empty: its placeholder is never written as its text", async () => {
  const bytes = await buildDocx({
    body: [{ type: "p", runs: [{ text: "Họ tên: " }, { text: "", control: "ho-ten" }] }],
  });
  for (const platform of ["desktop", "web"] as const) {
    const s = await open(bytes, platform);
    const o = await s.gw.scan();
    const control = o.result.blanks.find((b) => b.source === "contentControl")!;
    expect(control.filled).toBe(false);
    await s.gw.apply([{ blankId: control.id, value: "Nguyễn Văn A" }]);
    expect(s.sim.paragraphTexts()[0]).toBe("Họ tên: Nguyễn Văn A");
    await s.gw.apply([{ blankId: control.id, value: null }]);
    expect(s.sim.paragraphTexts()[0]).toBe("Họ tên: ");
    const again = await s.gw.scan();
    expect(again.result.blanks.find((b) => b.source === "contentControl")).toMatchObject({ filled: false });
  }
});

test("clearing the user's own control that held dots writes the dots back, after a reload too", async () => {
  const bytes = await buildDocx({
    body: [{ type: "p", runs: [{ text: "Tên xã: " }, { text: "……………", control: "ten-xa" }, { text: "." }] }],
  });
  for (const platform of ["desktop", "web"] as const) {
    const s = await open(bytes, platform);
    const o = await s.gw.scan();
    const control = o.result.blanks.find((b) => b.source === "contentControl")!;
    expect(control.filled).toBe(false);
    await s.gw.apply([{ blankId: control.id, value: "Hòa Bình" }]);
    await s.gw.apply([{ blankId: control.id, value: "Hòa An" }]);
    expect(s.sim.paragraphTexts()[0]).toBe("Tên xã: Hòa An.");
    // The pane opened again: what the control held first is known from the document alone.
    const reopened = createWordGateway({ word: s.sim.Word, office: s.sim.Office, platform, timeoutMs: 5_000 });
    const again = await reopened.scan();
    expect(again.result.blanks.find((b) => b.id === control.id)).toMatchObject({ filled: true, value: "Hòa An" });
    await reopened.apply([{ blankId: control.id, value: null }]);
    expect(s.sim.paragraphTexts()[0]).toBe("Tên xã: …………….");
    const cleared = await reopened.scan();
    expect(cleared.result.blanks.find((b) => b.id === control.id)).toMatchObject({ filled: false });
  }
});

test("a rescan of a document nobody changed reads no OOXML: one sync, the same blanks and extras", async () => {
  const { readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "tab-leaders.docx")));
  const s = await open(bytes, "web");
  const first = await s.gw.scan();
  // From here every OOXML read fails: a rescan that asked for it would need a second, lighter read.
  s.sim.options.ooxmlFault = { code: "GeneralException" };
  s.sim.stats.reset();
  const again = await s.gw.scan();
  expect(s.sim.stats.syncs).toBe(1);
  expect(again.result.blanks).toEqual(first.result.blanks);
  // Once the user types, the texts differ and the OOXML is asked for again.
  s.sim.editParagraphText(0, 0, 0, "A");
  s.sim.stats.reset();
  await s.gw.scan();
  expect(s.sim.stats.syncs).toBeGreaterThan(1);
});

test("a state past the 2 MB Office keeps is refused with its own message; the value stays in the document", async () => {
  const s = await open(await plainDocx(SIX));
  const o = await s.gw.scan();
  const [a, b] = o.result.blanks;
  await s.gw.apply([{ blankId: a.id, value: "Một" }]);
  // A state already near the limit (a label of a million characters on an added blank).
  const state = parseState(s.sim.Office.context.document.settings.get(STATE_KEY)).state;
  state.anchors[a.id] = { ...state.anchors[a.id], label: "x".repeat(1_100_000) };
  const { serializeState } = await import("../../src/word/state");
  s.sim.coauthorSettings(STATE_KEY, serializeState(state));
  const report = await s.gw.apply([{ blankId: b.id, value: "Hai" }]);
  expect(report.failed.map((f) => f.error.code)).toEqual(["TooLarge"]);
  expect(s.sim.paragraphTexts()[0]).toContain("Hai");
});
