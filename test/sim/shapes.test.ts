/**
 * Shapes in the simulator (WordApiDesktop 1.2, desktop only): the body's shapes with their type and whether they
 * hold text, a text box's own story read and written through `Shape.body`, and Word's trap: asking for the body of a
 * shape that holds no text changes the document.
 */
import { createSimulator, type Simulator } from "../../src/preview/sim";
import { buildDocx, para, partText, run } from "./build";
import { DESKTOP_SHAPES, rectangle, textBox } from "./shapes";

async function sample(options: Parameters<typeof createSimulator>[1] = DESKTOP_SHAPES): Promise<Simulator> {
  const bytes = await buildDocx({
    body: [
      para(run("Kính gửi: ……"), textBox(7, [para(run("Số: ……/BC-UBND"))]), rectangle(8)),
      para(run("Nội dung"), textBox(9, [])),
    ],
  });
  return createSimulator(bytes, options);
}

interface ShapeRead {
  id: number;
  type: string;
  hasText: boolean;
}

async function listShapes(sim: Simulator): Promise<ShapeRead[]> {
  return sim.Word.run(async (context) => {
    const shapes = context.document.body.shapes;
    shapes.load("items/id,items/type,items/textFrame/hasText");
    await context.sync();
    return shapes.items.map((s) => ({ id: s.id, type: String(s.type), hasText: s.textFrame.hasText }));
  });
}

describe("shapes in the simulator", () => {
  test("the body lists its shapes with their type and whether they hold text; the body's paragraphs stay its own", async () => {
    const sim = await sample();
    expect(await listShapes(sim)).toEqual([
      { id: 7, type: "TextBox", hasText: true },
      { id: 8, type: "GeometricShape", hasText: false },
      { id: 9, type: "TextBox", hasText: false },
    ]);
    expect(sim.paragraphTexts().slice(0, 2)).toEqual(["Kính gửi: ……", "Nội dung"]);
    const body = await sim.Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load("items/text");
      await context.sync();
      return ps.items.map((p) => p.text);
    });
    expect(body).toEqual(["Kính gửi: ……", "Nội dung"]);
  });

  test("without WordApiDesktop 1.2, or on the web, asking for the shapes fails the sync", async () => {
    for (const options of [{ platform: "desktop" as const }, { ...DESKTOP_SHAPES, platform: "web" as const }]) {
      const sim = await sample(options);
      await expect(listShapes(sim)).rejects.toMatchObject({ code: "ApiNotFound" });
    }
  });

  test("a text box holding text is read and written through its body, with no other change", async () => {
    const sim = await sample();
    const before = await sim.Word.run(async (context) => {
      const ps = context.document.body.shapes.getById(7).body.paragraphs;
      ps.load("items/text");
      await context.sync();
      return ps.items.map((p) => p.text);
    });
    expect(before).toEqual(["Số: ……/BC-UBND"]);
    expect(sim.stats.writes).toBe(0);
    await sim.Word.run(async (context) => {
      const found = context.document.body.shapes.getById(7).body.search("……", { matchCase: true });
      found.load("items");
      await context.sync();
      found.items[0].insertText("12", "Replace");
      await context.sync();
    });
    const xml = await partText(sim, "word/document.xml");
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    // The VML copy would still say the old text: the saved file goes without it, as Word writes it afresh.
    expect(text).toBe("Kính gửi: ……Số: 12/BC-UBNDNội dung");
  });

  test.each([
    ["a rectangle with no text story", 8],
    ["an empty text box", 9],
  ])("asking for the body of %s makes a text story and a change, even unread", async (_what, id) => {
    const sim = await sample();
    const untouched = await partText(sim, "word/document.xml");
    await sim.Word.run(async (context) => {
      void context.document.body.shapes.getById(id).body;
      await context.sync();
    });
    expect(sim.stats.writes).toBe(1);
    if (id === 8) expect(await partText(sim, "word/document.xml")).not.toBe(untouched);
  });

  test("a protected document refuses the text story", async () => {
    const sim = await sample({ ...DESKTOP_SHAPES, readOnly: true });
    await expect(
      sim.Word.run(async (context) => {
        void context.document.body.shapes.getById(8).body;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
