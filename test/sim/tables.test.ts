/**
 * The simulator's tables (a cell's row and table, rows made from a row) and `Paragraph.insertParagraph`, checked in
 * the saved XML: what a new row or paragraph copies from its template, and what a fault in the batch leaves.
 */
import { readDocxSnapshot } from "../../src/docx/snapshot";
import { createSimulator, type Simulator } from "../../src/preview/sim";
import { buildDocx, para, partText, run } from "./build";

const cell = (text: string, width = 1500) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:tcBorders><w:top w:val="single"/></w:tcBorders></w:tcPr>` +
  `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${text ? run(text, "<w:b/>") : ""}</w:p></w:tc>`;
const row = (...texts: string[]) =>
  `<w:tr><w:trPr><w:trHeight w:val="400"/></w:trPr>${texts.map((t) => cell(t)).join("")}</w:tr>`;
const REGISTER = [
  para(run("Sổ")),
  `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="1500"/><w:gridCol w:w="1500"/></w:tblGrid>${row("STT", "Họ tên")}${row("1", "An")}</w:tbl>`,
  para(run("Hết")),
];

async function texts(sim: Simulator): Promise<string[]> {
  return (await readDocxSnapshot(await sim.save())).paragraphs.map((p) => p.text);
}

/** The table's row count and the paragraphs, read in the batch that adds a row after the cell of paragraph `at`. */
async function addRowAfter(
  sim: Simulator,
  at: number,
  values?: string[][],
): Promise<{ rows: number; texts: string[] }> {
  return sim.Word.run(async (context) => {
    const ps = context.document.body.paragraphs;
    ps.load("items/text");
    await context.sync();
    const c = ps.items[at].parentTableCellOrNullObject;
    c.parentRow.insertRows("After", 1, values);
    const table = c.parentTable;
    table.load("rowCount");
    const after = context.document.body.paragraphs;
    after.load("items/text");
    await context.sync();
    return { rows: table.rowCount, texts: after.items.map((p) => p.text) };
  });
}

test("a row inserted after a row copies its cells' properties, not their text, in the batch that reads it back", async () => {
  const sim = await createSimulator(await buildDocx({ body: REGISTER }));
  const read = await addRowAfter(sim, 3);
  expect(read).toEqual({ rows: 3, texts: ["Sổ", "STT", "Họ tên", "1", "An", "", "", "Hết"] });
  expect(await texts(sim)).toEqual(read.texts);
  const xml = await partText(sim, "word/document.xml");
  const rows = xml.match(/<w:tr>.*?<\/w:tr>/g)!;
  expect(rows).toHaveLength(3);
  // Widths, borders, the row's height and the paragraph's alignment come along; the bold text does not.
  expect(rows[2]).toContain('<w:tcW w:w="1500" w:type="dxa"/>');
  expect(rows[2]).toContain("<w:tcBorders>");
  expect(rows[2]).toContain('<w:trHeight w:val="400"/>');
  expect(rows[2]).toContain('<w:jc w:val="center"/>');
  expect(rows[2]).not.toContain("<w:r>");
});

test("values fill the new cells; a row of more values than cells is refused; Table.addRows adds at the end", async () => {
  const sim = await createSimulator(await buildDocx({ body: REGISTER }));
  expect((await addRowAfter(sim, 1, [["0", "Tiêu đề phụ"]])).texts.slice(3, 5)).toEqual(["0", "Tiêu đề phụ"]);
  await expect(addRowAfter(sim, 1, [["a", "b", "c"]])).rejects.toMatchObject({ code: "InvalidArgument" });
  await sim.Word.run(async (context) => {
    const ps = context.document.body.paragraphs;
    ps.load("items/text");
    await context.sync();
    ps.items[1].parentTableCellOrNullObject.parentTable.addRows("End", 2, [["2", "Bình"]]);
    await context.sync();
  });
  expect(await texts(sim)).toEqual(["Sổ", "STT", "Họ tên", "0", "Tiêu đề phụ", "1", "An", "2", "Bình", "", "", "Hết"]);
});

test("a fault at the insert, or a protected document, leaves the table as it was", async () => {
  const sim = await createSimulator(await buildDocx({ body: REGISTER }));
  sim.options.failAfterWrites = { count: 0 };
  await expect(addRowAfter(sim, 3)).rejects.toMatchObject({ code: "GeneralException" });
  expect(await texts(sim)).toEqual(["Sổ", "STT", "Họ tên", "1", "An", "Hết"]);
  sim.options.readOnly = true;
  await expect(addRowAfter(sim, 3)).rejects.toMatchObject({ code: "AccessDenied" });
});

test("outside a table the cell is a null object: its row takes no rows, the document stays", async () => {
  const sim = await createSimulator(await buildDocx({ body: REGISTER }));
  const isNull = await sim.Word.run(async (context) => {
    const ps = context.document.body.paragraphs;
    ps.load("items/text");
    await context.sync();
    const c = ps.items[0].parentTableCellOrNullObject;
    c.parentRow.insertRows("After", 1);
    c.load("value");
    await context.sync();
    return c.isNullObject;
  });
  expect(isNull).toBe(true);
  expect(await texts(sim)).toEqual(["Sổ", "STT", "Họ tên", "1", "An", "Hết"]);
});

test("a fault after an inserted paragraph keeps it and drops the rest of the batch", async () => {
  const sim = await createSimulator(await buildDocx({ body: [para(run("Một")), para(run("Hai"))] }));
  sim.options.failAfterWrites = { count: 1 };
  await expect(
    sim.Word.run(async (context) => {
      const [first, last] = [context.document.body.paragraphs.getFirst(), context.document.body.paragraphs.getLast()];
      first.insertParagraph("Một bis", "After");
      last.insertText("Ba", "Replace");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "GeneralException" });
  expect(await texts(sim)).toEqual(["Một", "Một bis", "Hai"]);
});

test("a paragraph inserted after another keeps its paragraph properties and its mark's run properties only", async () => {
  const line =
    `<w:p><w:pPr><w:ind w:firstLine="567"/><w:rPr><w:i/></w:rPr></w:pPr>` +
    `${run("+ Hội ", "<w:b/>")}${run("....có chi hội.")}</w:p>`;
  const sim = await createSimulator(await buildDocx({ body: [line, para(run("Sau"))] }));
  await sim.Word.run(async (context) => {
    const first = context.document.body.paragraphs.getFirst();
    const made = first.insertParagraph("+ Hội ....có chi hội.", "After");
    made.load("text");
    await context.sync();
    expect(made.text).toBe("+ Hội ....có chi hội.");
  });
  expect(await texts(sim)).toEqual(["+ Hội ....có chi hội.", "+ Hội ....có chi hội.", "Sau"]);
  const xml = await partText(sim, "word/document.xml");
  const copy = xml.match(/<w:p>.*?<\/w:p>/g)![1];
  expect(copy).toContain('<w:ind w:firstLine="567"/>');
  expect(copy).toMatch(/<w:r><w:rPr><w:i\/><\/w:rPr><w:t[^>]*>\+ Hội \.\.\.\.có chi hội\.<\/w:t><\/w:r>/);
  expect(copy).not.toContain("<w:b/>");
  await expect(
    sim.Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      // Not a place Word takes for a paragraph's new neighbour: the simulator refuses it as Word does.
      first.insertParagraph("x", "Replace" as "After");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("under Track Changes the inserted paragraph and its mark are tracked insertions", async () => {
  const sim = await createSimulator(
    await buildDocx({ body: [para(run("Một")), para(run("Hai"))], settings: "<w:trackRevisions/>" }),
  );
  await sim.Word.run(async (context) => {
    context.document.body.paragraphs.getFirst().insertParagraph("Chèn", "After");
    await context.sync();
  });
  const xml = await partText(sim, "word/document.xml");
  const inserted = xml.match(/<w:p>.*?<\/w:p>/g)![1];
  expect(inserted).toMatch(/<w:pPr><w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr>/);
  expect(inserted).toMatch(/<w:ins [^>]*><w:r><w:t[^>]*>Chèn<\/w:t><\/w:r><\/w:ins>/);
});
