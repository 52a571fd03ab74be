/**
 * Edits of the document's shape through the gateway: a register grows by a row like its last, a line with blanks
 * is repeated after itself with fresh blanks, a guidance note is taken out. Each is checked in the saved document
 * (read by the .docx reader, not through the simulator's API), verified in its batch, and refused or reported, not
 * half-made, when the place moved or Word fails the batch.
 */
import { parseState, STATE_KEY } from "../../src/word/state";
import type { ScanOutcome } from "../../src/word/types";
import { buildDocx } from "../robustness/docgen";
import { documentXml, open, readAsset, savedTexts } from "./helpers";

const REGISTER = {
  body: [
    { type: "p" as const, runs: [{ text: "Sổ theo dõi hội viên" }] },
    {
      type: "table" as const,
      grid: true,
      rows: [
        [[{ text: "STT" }], [{ text: "Họ và tên" }], [{ text: "Năm sinh" }]],
        [[{ text: "1" }], [{ text: "" }], [{ text: "" }]],
        [[{ text: "2" }], [{ text: "" }], [{ text: "" }]],
      ],
    },
    { type: "p" as const, runs: [{ text: "Người lập sổ: ....." }] },
  ],
};

const cellBlanks = (o: ScanOutcome) => o.result.blanks.filter((b) => b.source === "cell");

test.each(["desktop", "web"] as const)(
  "%s: a register grows by a row like its last, whose cells are blanks",
  async (platform) => {
    const s = await open(await buildDocx(REGISTER), platform);
    const o = await s.gw.scan();
    const before = cellBlanks(o);
    expect(before.length).toBeGreaterThanOrEqual(4);
    const [last] = before.slice(-1);
    await s.gw.apply([{ blankId: before[0].id, value: "Nguyễn Văn An" }]);
    const report = await s.gw.addTableRow!(last.cell!.table, last.cell!.row);
    expect(report).toMatchObject({ done: true, moved: false });
    // Three new empty cells after the last row, the rest of the document as it was.
    expect(await savedTexts(s.sim)).toEqual([
      "Sổ theo dõi hội viên",
      "STT",
      "Họ và tên",
      "Năm sinh",
      "1",
      "Nguyễn Văn An",
      "",
      "2",
      "",
      "",
      "",
      "",
      "",
      "Người lập sổ: .....",
    ]);
    const grown = cellBlanks(report.outcome);
    expect(grown.filter((b) => b.cell!.row === last.cell!.row + 1).length).toBeGreaterThanOrEqual(2);
    // The value written before stays held, and the line below is still the blank it was.
    expect(report.outcome.result.blanks.find((b) => b.id === before[0].id)).toMatchObject({ value: "Nguyễn Văn An" });
    // The new row's cells are written like any other.
    const fresh = grown.find((b) => b.cell!.row === last.cell!.row + 1 && b.label.includes("Họ và tên"))!;
    const w = await s.gw.apply([{ blankId: fresh.id, value: "Trần Thị Bình" }]);
    expect(w.failed).toEqual([]);
    expect((await savedTexts(s.sim))[11]).toBe("Trần Thị Bình");
  },
);

test("a row is not added where the table no longer reads as scanned, nor half-added when Word fails", async () => {
  const s = await open(await buildDocx(REGISTER));
  const o = await s.gw.scan();
  const last = cellBlanks(o).slice(-1)[0];
  const original = await savedTexts(s.sim);
  s.sim.options.failAfterWrites = { count: 0 };
  const failed = await s.gw.addTableRow!(last.cell!.table, last.cell!.row);
  expect(failed.done).toBe(false);
  expect(failed.error?.code).toBe("GeneralException");
  expect(await savedTexts(s.sim)).toEqual(original);
  expect(cellBlanks(failed.outcome)).toHaveLength(cellBlanks(o).length);
  // The user typed into the row's first cell since the scan: its row is not the row the pane showed.
  s.sim.editParagraphText(last.paragraph - 2, 0, 1, "9");
  const moved = await s.gw.addTableRow!(last.cell!.table, last.cell!.row);
  expect(moved).toMatchObject({ done: false, moved: true });
  expect((await savedTexts(s.sim)).length).toBe(original.length);
  // Read afresh, it goes.
  const again = await s.gw.addTableRow!(last.cell!.table, last.cell!.row);
  expect(again.done).toBe(true);
  expect((await savedTexts(s.sim)).length).toBe(original.length + 3);
});

const TEMPLATE = readAsset("assets/template.docx");
const LINE = "+ Hội chữ thập đỏ....có chi hội, ....hội viên, BCH có.....đồng chí.";
const NOTE = "(Anh cụ thể từng tổ chức hội).";

test("a line with blanks is repeated after itself with the template's dots, its blanks new fields", async () => {
  const s = await open(TEMPLATE);
  const o = await s.gw.scan();
  const at = o.snapshot.paragraphs.findIndex((p) => p.text === LINE);
  const own = o.result.blanks.filter((b) => b.paragraph === at);
  expect(own).toHaveLength(3);
  await s.gw.apply(own.map((b, i) => ({ blankId: b.id, value: String(i + 3) })));
  const filled = (await savedTexts(s.sim))[at];
  expect(filled).not.toBe(LINE);

  const report = await s.gw.repeatParagraph!(at);
  expect(report).toMatchObject({ done: true, moved: false });
  const texts = await savedTexts(s.sim);
  expect(texts.slice(at, at + 2)).toEqual([filled, LINE]);
  expect(texts).toHaveLength(o.snapshot.paragraphs.length + 1);
  const copy = report.outcome.result.blanks.filter((b) => b.paragraph === at + 1);
  expect(copy).toHaveLength(3);
  expect(copy.every((b) => !b.filled && !own.some((x) => x.id === b.id))).toBe(true);
  // The values written before stay where they were.
  expect(own.map((b) => report.outcome.result.blanks.find((x) => x.id === b.id)?.value)).toEqual(["3", "4", "5"]);
  // The copy is filled like any line.
  const w = await s.gw.apply(copy.map((b) => ({ blankId: b.id, value: "7" })));
  expect(w.failed).toEqual([]);
  expect((await savedTexts(s.sim))[at + 1]).toContain("7");
  expect((await savedTexts(s.sim))[at]).toBe(filled);
});

test("a guidance note is taken out, its paragraph with it; a note inside a line goes with one space", async () => {
  const s = await open(TEMPLATE);
  const o = await s.gw.scan();
  const at = o.snapshot.paragraphs.findIndex((p) => p.text === NOTE);
  const before = await savedTexts(s.sim);
  const report = await s.gw.removeNote!(at, NOTE);
  expect(report).toMatchObject({ done: true, moved: false });
  expect(await savedTexts(s.sim)).toEqual([...before.slice(0, at), ...before.slice(at + 1)]);
  expect(report.outcome.result.findings.filter((f) => f.type === "guidance-note")).toEqual([]);

  const inline = await open(
    await buildDocx({
      body: [
        { type: "p", runs: [{ text: "Số hội viên (ghi rõ từng hội) là ..... người." }] },
        { type: "p", runs: [{ text: "Hết." }] },
      ],
    }),
  );
  await inline.gw.scan();
  const r = await inline.gw.removeNote!(0, "(ghi rõ từng hội)");
  expect(r.done).toBe(true);
  expect((await savedTexts(inline.sim))[0]).toBe("Số hội viên là ..... người.");
  expect(r.outcome.result.blanks).toHaveLength(1);
});

test("an edit Word fails is reported and leaves the document as it was; one the user moved is refused", async () => {
  const s = await open(TEMPLATE);
  const o = await s.gw.scan();
  const at = o.snapshot.paragraphs.findIndex((p) => p.text === LINE);
  const note = o.snapshot.paragraphs.findIndex((p) => p.text === NOTE);
  const before = await savedTexts(s.sim);
  s.sim.options.failAfterWrites = { count: 0 };
  const repeat = await s.gw.repeatParagraph!(at);
  expect(repeat).toMatchObject({ done: false, error: { code: "GeneralException" } });
  s.sim.options.readOnly = true;
  const remove = await s.gw.removeNote!(note, NOTE);
  expect(remove).toMatchObject({ done: false, error: { code: "AccessDenied" } });
  s.sim.options.readOnly = false;
  expect(await savedTexts(s.sim)).toEqual(before);
  expect(repeat.outcome.result.findings.some((f) => f.type === "guidance-note")).toBe(true);
  // The user changed the line since the scan: it is not repeated in its old form.
  s.sim.editParagraphText(at, 0, 1, "-");
  expect(await s.gw.repeatParagraph!(at)).toMatchObject({ done: false, moved: true });
  expect(await s.gw.removeNote!(note, "(không có ghi chú này)")).toMatchObject({ done: false, moved: true });
  expect((await savedTexts(s.sim)).length).toBe(before.length);
});

test("blanks the user added below a repeated line follow it", async () => {
  const s = await open(TEMPLATE);
  const o = await s.gw.scan();
  const at = o.snapshot.paragraphs.findIndex((p) => p.text === LINE);
  const below = o.snapshot.paragraphs.findIndex((p, i) => i > at + 2 && p.location === "body" && p.text.length > 20);
  await s.gw.saveDecisions({ ...o.state.decisions, added: [{ paragraph: below, start: 0, end: 5, label: "Thêm" }] });
  const report = await s.gw.repeatParagraph!(at);
  expect(report.done).toBe(true);
  const saved = parseState(s.sim.Office.context.document.settings.get(STATE_KEY)).state;
  expect(saved.decisions.added.map((u) => u.paragraph)).toEqual([below + 1]);
  expect(report.outcome.result.blanks.some((b) => b.source === "user" && b.paragraph === below + 1)).toBe(true);
});

test.each(["desktop", "web"] as const)(
  "%s: under Track Changes a removed note is a deleted revision, checked on the current text",
  async (platform) => {
    const s = await open(TEMPLATE, platform);
    await s.sim.Word.run(async (context) => {
      context.document.changeTrackingMode = "TrackAll" as Word.ChangeTrackingMode;
      await context.sync();
    });
    const o = await s.gw.scan();
    const at = o.snapshot.paragraphs.findIndex((p) => p.text === NOTE);
    const report = await s.gw.removeNote!(at, NOTE);
    expect(report).toMatchObject({ done: true, moved: false });
    expect(report.outcome.result.findings.filter((f) => f.type === "guidance-note")).toEqual([]);
    // The note stays in the file as a deletion to accept, not as text.
    expect(await documentXml(s.sim)).toMatch(/<w:delText[^>]*>\(Anh cụ thể/);
    // Nothing after it moved: a line repeated below still lands where the pane showed it.
    const line = report.outcome.snapshot.paragraphs.findIndex((p) => p.text === LINE);
    expect((await s.gw.repeatParagraph!(line)).done).toBe(true);
  },
);

test("a note taken out is put back where it stood, a whole paragraph or a piece of a line, and only as it left", async () => {
  const s = await open(TEMPLATE);
  const o = await s.gw.scan();
  const at = o.snapshot.paragraphs.findIndex((p) => p.text === NOTE);
  const before = await savedTexts(s.sim);
  const removed = await s.gw.removeNote!(at, NOTE);
  expect(removed.undo).toEqual({ paragraph: at, text: NOTE, whole: true, at: 0 });
  const back = await s.gw.undoEdit!(removed.undo!);
  expect(back).toMatchObject({ done: true, moved: false });
  expect(await savedTexts(s.sim)).toEqual(before);
  expect(back.outcome.result.findings.some((f) => f.type === "guidance-note")).toBe(true);

  const inline = await open(
    await buildDocx({
      body: [
        { type: "p", runs: [{ text: "Số hội viên (ghi rõ từng hội) là ..... người." }] },
        { type: "p", runs: [{ text: "(ghi rõ) Kết quả: ....." }] },
      ],
    }),
  );
  await inline.gw.scan();
  for (const [p, note, text] of [
    [0, "(ghi rõ từng hội)", "Số hội viên (ghi rõ từng hội) là ..... người."],
    [1, "(ghi rõ)", "(ghi rõ) Kết quả: ....."],
  ] as const) {
    const r = await inline.gw.removeNote!(p, note);
    expect(r.done).toBe(true);
    expect((await inline.gw.undoEdit!(r.undo!)).done).toBe(true);
    expect((await savedTexts(inline.sim))[p]).toBe(text);
  }
  // The user typed where the note stood since: putting it back would misplace it, so nothing is changed.
  const r = await inline.gw.removeNote!(0, "(ghi rõ từng hội)");
  inline.sim.editParagraphText(0, 0, 2, "Tổng");
  expect(await inline.gw.undoEdit!(r.undo!)).toMatchObject({ done: false, moved: true });
  expect((await savedTexts(inline.sim))[0]).toBe("Tổng hội viên là ..... người.");
});
