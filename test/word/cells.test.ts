/**
 * Empty table cells as blanks (the engine reads the table's structure from Word's OOXML): reached through their
 * paragraph (there is no text to search for), held by a hidden bookmark (an empty control would show Word's
 * placeholder, on screen and in print), written, changed and cleared through the verified write plan, on the
 * desktop and the web.
 */
import { parseState, STATE_KEY } from "../../src/word/state";
import { buildDocx } from "../robustness/docgen";
import { open, savedTexts, type Session } from "./helpers";

const TABLE = {
  body: [
    { type: "p" as const, runs: [{ text: "Biểu số liệu: ..... xã" }] },
    {
      type: "table" as const,
      grid: true,
      rows: [
        [[{ text: "Chỉ tiêu" }], [{ text: "Số lượng (người)" }]],
        [[{ text: "Số nam" }], [{ text: "" }]],
        [[{ text: "Số nữ" }], [{ text: "" }]],
      ],
    },
  ],
};

test.each(["desktop", "web"] as const)(
  "%s: empty cells are written, changed and cleared in place",
  async (platform) => {
    const s = await open(await buildDocx(TABLE), platform);
    const o = await s.gw.scan();
    const cells = o.result.blanks.filter((b) => b.source === "cell");
    expect(cells.map((c) => c.label)).toEqual(["Số nam — Số lượng (người)", "Số nữ — Số lượng (người)"]);
    const [nam, nu] = cells;
    const first = await s.gw.apply([
      { blankId: nam.id, value: "120" },
      { blankId: nu.id, value: "98" },
    ]);
    expect(first.failed).toEqual([]);
    expect(first.written.sort()).toEqual([nam.id, nu.id].sort());
    expect((await savedTexts(s.sim)).slice(4, 7)).toEqual(["120", "Số nữ", "98"]);
    // Held by hidden bookmarks, known to the saved state: no control, so no placeholder once cleared.
    const anchors = parseState(s.sim.Office.context.document.settings.get(STATE_KEY)).state.anchors;
    expect([anchors[nam.id].kind, anchors[nu.id].kind]).toEqual(["bookmark", "bookmark"]);

    const again = await s.gw.scan();
    expect(again.result.blanks.find((b) => b.id === nam.id)).toMatchObject({
      filled: true,
      value: "120",
      source: "cell",
    });
    await s.gw.apply([
      { blankId: nam.id, value: "121" },
      { blankId: nu.id, value: null },
    ]);
    expect((await savedTexts(s.sim)).slice(4, 7)).toEqual(["121", "Số nữ", ""]);
    const last = await s.gw.scan();
    expect(last.result.blanks.find((b) => b.id === nu.id)).toMatchObject({ filled: false, value: null });
    // The cleared cell is still held: a new value goes into it, not next to it.
    await s.gw.apply([{ blankId: nu.id, value: "97" }]);
    expect((await savedTexts(s.sim)).slice(4, 7)).toEqual(["121", "Số nữ", "97"]);
    // Sending: the values stay, no bookmark of the add-in's does.
    await s.gw.finalize();
    expect((await savedTexts(s.sim)).slice(4, 7)).toEqual(["121", "Số nữ", "97"]);
  },
);

test("a cell the user typed in since the scan is not written", async () => {
  const s = await open(await buildDocx(TABLE), "web");
  const o = await s.gw.scan();
  const nam = o.result.blanks.find((b) => b.source === "cell")!;
  s.sim.editParagraphText(nam.paragraph, 0, 0, "115");
  const report = await s.gw.apply([{ blankId: nam.id, value: "120" }]);
  expect(report.written).toEqual([]);
  expect(report.moved).toEqual([nam.id]);
  expect((await savedTexts(s.sim))[nam.paragraph]).toBe("115");
});

const BOXES = Array.from({ length: 12 }, () => [{ text: "" }]);
const CCCD = {
  body: [
    { type: "p" as const, runs: [{ text: "TỜ KHAI" }] },
    {
      type: "table" as const,
      grid: true,
      widths: [3000, ...BOXES.map(() => 400)],
      rows: [[[{ text: "Số CCCD" }], ...BOXES]],
    },
    { type: "p" as const, runs: [{ text: "Nơi ở: ....." }] },
  ],
};
/** The boxes' paragraphs: the label cell is paragraph 1, the twelve boxes 2 to 13. */
const boxTexts = async (sim: Session["sim"]) => (await savedTexts(sim)).slice(2, 14);

test.each(["desktop", "web"] as const)(
  "%s: a row of digit-box cells takes the whole number, one character a box, and is the same field afterwards",
  async (platform) => {
    const s = await open(await buildDocx(CCCD), platform);
    const grid = (await s.gw.scan()).result.blanks.find((b) => b.source === "boxes")!;
    expect(grid.digitBoxes?.count).toBe(12);
    const report = await s.gw.apply([{ blankId: grid.id, value: "0012 3456 7890" }]);
    expect(report.failed).toEqual([]);
    expect(report.written).toEqual([grid.id]);
    expect(await boxTexts(s.sim)).toEqual([..."001234567890"]);
    // The pane shows what Word read back: the same field, filled with the number.
    expect(report.outcome!.result.blanks.find((b) => b.id === grid.id)).toMatchObject({
      value: "001234567890",
      filled: true,
    });
    const anchors = parseState(s.sim.Office.context.document.settings.get(STATE_KEY)).state.anchors;
    expect(anchors[grid.id].boxes).toHaveLength(12);

    // Read afresh from the document: still one field, filled, under its label.
    const again = await s.gw.scan();
    expect(again.result.blanks.filter((b) => b.source === "boxes")).toHaveLength(1);
    expect(again.result.blanks.find((b) => b.id === grid.id)).toMatchObject({
      label: "Số CCCD",
      value: "001234567890",
      filled: true,
    });
    await s.gw.apply([{ blankId: grid.id, value: "079200001234" }]);
    expect(await boxTexts(s.sim)).toEqual([..."079200001234"]);

    // Cleared: every box empty again, and the field is there to be filled.
    await s.gw.apply([{ blankId: grid.id, value: null }]);
    expect(await boxTexts(s.sim)).toEqual(Array(12).fill(""));
    const cleared = await s.gw.scan();
    expect(cleared.result.blanks.find((b) => b.id === grid.id)).toMatchObject({ filled: false, value: null });
    await s.gw.apply([{ blankId: grid.id, value: "001234567890" }]);
    await s.gw.finalize();
    expect(await boxTexts(s.sim)).toEqual([..."001234567890"]);
  },
);

test("marking the empty blanks and taking the marks off goes past a row of boxes, anchored or not", async () => {
  const s = await open(await buildDocx(CCCD), "web");
  const grid = (await s.gw.scan()).result.blanks.find((b) => b.source === "boxes")!;
  await s.gw.highlightEmpty(true);
  await s.gw.highlightEmpty(false);
  expect((await s.gw.apply([{ blankId: grid.id, value: "001234567890" }])).written).toEqual([grid.id]);
  await s.gw.highlightEmpty(true);
  await s.gw.apply([{ blankId: grid.id, value: null }]);
  await s.gw.highlightEmpty(false);
  await s.gw.apply([{ blankId: grid.id, value: "079200001234" }]);
  expect(await boxTexts(s.sim)).toEqual([..."079200001234"]);
  await s.gw.finalize();
  expect(await boxTexts(s.sim)).toEqual([..."079200001234"]);
});

test("a number of another length than the boxes is refused whole, with its own reason", async () => {
  const s = await open(await buildDocx(CCCD));
  const grid = (await s.gw.scan()).result.blanks.find((b) => b.source === "boxes")!;
  for (const value of ["00123456789", "0012345678901"]) {
    const report = await s.gw.apply([{ blankId: grid.id, value }]);
    expect(report.written).toEqual([]);
    expect(report.failed).toEqual([{ blankId: grid.id, error: expect.objectContaining({ code: "WrongLength" }) }]);
  }
  expect(await boxTexts(s.sim)).toEqual(Array(12).fill(""));
});

test.each([1, 2, 7, 20, 24])(
  "a batch that fails after %i writes leaves the boxes whole or empty, never a part of the number",
  async (k) => {
    const s = await open(await buildDocx(CCCD));
    const o = await s.gw.scan();
    const grid = o.result.blanks.find((b) => b.source === "boxes")!;
    const line = o.result.blanks.find((b) => b.source === "text")!;
    s.sim.options.failAfterWrites = { count: k };
    const report = await s.gw.apply([
      { blankId: grid.id, value: "001234567890" },
      { blankId: line.id, value: "Phước Hòa" },
    ]);
    const boxes = await boxTexts(s.sim);
    if (report.written.includes(grid.id)) expect(boxes).toEqual([..."001234567890"]);
    else {
      expect(boxes).toEqual(Array(12).fill(""));
      expect(report.failed.map((f) => f.blankId)).toContain(grid.id);
    }
    // Written again, the row comes out whole.
    const next = await s.gw.scan();
    const again = next.result.blanks.find((b) => b.source === "boxes")!;
    const second = await s.gw.apply([{ blankId: again.id, value: "001234567890" }]);
    expect(second.failed).toEqual([]);
    expect(await boxTexts(s.sim)).toEqual([..."001234567890"]);
    // Changed under a fault: the old number or the new one, whole.
    s.sim.options.failAfterWrites = { count: k };
    const third = await s.gw.apply([{ blankId: again.id, value: "079200001234" }]);
    expect(await boxTexts(s.sim)).toEqual([...(third.written.includes(again.id) ? "079200001234" : "001234567890")]);
  },
);

test("ticking a drawn box writes the form's mark in its place; clearing it puts the box back", async () => {
  const bytes = await buildDocx({ body: [{ type: "p", runs: [{ text: "Nghề nghiệp: ☐ Nông dân ☐ Công nhân" }] }] });
  for (const platform of ["desktop", "web"] as const) {
    const s = await open(bytes, platform);
    const o = await s.gw.scan();
    const nongDan = o.result.blanks.find((b) => b.label === "Nông dân" && b.checkbox)!;
    await s.gw.apply([{ blankId: nongDan.id, value: "☒" }]);
    expect((await savedTexts(s.sim))[0]).toBe("Nghề nghiệp: ☒ Nông dân ☐ Công nhân");
    await s.gw.apply([{ blankId: nongDan.id, value: null }]);
    expect((await savedTexts(s.sim))[0]).toBe("Nghề nghiệp: ☐ Nông dân ☐ Công nhân");
  }
});

test("a total row that its parts do not add up to is a finding of the check, named and with both figures", async () => {
  const bytes = await buildDocx({
    body: [
      { type: "p", runs: [{ text: "Biểu số liệu" }] },
      {
        type: "table",
        grid: true,
        rows: [
          [[{ text: "Đơn vị" }], [{ text: "Số hội viên (người)" }]],
          [[{ text: "Thôn 1" }], [{ text: "" }]],
          [[{ text: "Thôn 2" }], [{ text: "" }]],
          [[{ text: "Tổng số" }], [{ text: "" }]],
        ],
      },
    ],
  });
  const s = await open(bytes);
  const o = await s.gw.scan();
  const [one, two, total] = o.result.blanks.filter((b) => b.source === "cell");
  expect(total.cell?.role).toBe("total");
  const wrong = await s.gw.apply([
    { blankId: one.id, value: "1.200" },
    { blankId: two.id, value: "350" },
    { blankId: total.id, value: "1.500" },
  ]);
  const finding = wrong.outcome!.result.findings.find((f) => f.type === "parts-total");
  expect(finding).toMatchObject({ blankId: total.id, params: { total: "1.500", sum: "1.550" } });
  expect(finding?.message).toBe(`Tổng không khớp: ${total.label} ghi 1.500, cộng các phần được 1.550`);
  const right = await s.gw.apply([{ blankId: total.id, value: "1.550" }]);
  expect(right.outcome!.result.findings.filter((f) => f.type === "parts-total")).toEqual([]);
});
