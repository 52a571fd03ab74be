import { createSimulator, type Simulator } from "../../src/preview/sim";
import { buildDocx, para, partText, run } from "./build";

async function sample(platform: "web" | "desktop"): Promise<Simulator> {
  return createSimulator(
    await buildDocx({
      body: [
        para(run("Nơi nhận: Như trên")),
        para(
          `<w:sdt><w:sdtPr><w:id w:val="7"/><w:tag w:val="ky"/></w:sdtPr><w:sdtContent>${run("Ký tên")}</w:sdtContent></w:sdt>`,
        ),
      ],
    }),
    { platform },
  );
}

async function lineBreaks(sim: Simulator): Promise<number> {
  return sim.Word.run(async (context) => {
    const hits = context.document.body.search("^l");
    hits.load("items");
    await context.sync();
    return hits.items.length;
  });
}

describe("line breaks", () => {
  test("insertBreak('Line') writes a real w:br: read as \\v, found by ^l, on every platform", async () => {
    for (const platform of ["web", "desktop"] as const) {
      const sim = await sample(platform);
      await sim.Word.run(async (context) => {
        context.document.body.search("Nơi nhận:").getFirst().insertBreak("Line", "After");
        context.document.contentControls.getByTag("ky").getFirst().insertBreak("Line", "Start");
        context.document.body.insertBreak("Line", "End");
      });
      expect(sim.paragraphTexts()).toEqual(["Nơi nhận:\v Như trên", "\vKý tên\v"]);
      expect(await lineBreaks(sim)).toBe(3);
      expect((await partText(sim, "word/document.xml")).match(/<w:br\/>/g)).toHaveLength(3);
    }
  });

  test("insertBreak refuses a location the object does not take, and Replace everywhere", async () => {
    const sim = await sample("desktop");
    const attempts: Array<(d: Word.Document) => void> = [
      (d) =>
        d.body
          .search("Nơi")
          .getFirst()
          .insertBreak("Line", "Replace" as never),
      (d) =>
        d.body
          .search("Nơi")
          .getFirst()
          .insertBreak("Line", "Start" as never),
      (d) => d.body.paragraphs.getFirst().insertBreak("Line", "End" as never),
      (d) => d.body.insertBreak("Line", "After" as never),
    ];
    for (const attempt of attempts) {
      await expect(sim.Word.run(async (context) => attempt(context.document))).rejects.toMatchObject({
        code: "InvalidArgument",
      });
    }
    expect(sim.paragraphTexts()).toEqual(["Nơi nhận: Như trên", "Ký tên"]);
  });

  test("\\v in insertText: a line break on the desktop; on the web a literal character that ^l does not find", async () => {
    const desktop = await sample("desktop");
    await desktop.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertText("\vCác xã", "End");
    });
    expect(desktop.paragraphTexts()[0]).toBe("Nơi nhận: Như trên\vCác xã");
    expect(await lineBreaks(desktop)).toBe(1);

    const web = await sample("web");
    await web.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertText("\vCác xã", "End");
      context.document.contentControls.getByTag("ky").getFirst().insertText("Ký\vghi rõ họ tên", "Replace");
    });
    expect(web.paragraphTexts()).toEqual(["Nơi nhận: Như trên\vCác xã", "Ký\vghi rõ họ tên"]);
    expect(await lineBreaks(web)).toBe(0);
    const xml = await partText(web, "word/document.xml");
    expect(xml).not.toContain("<w:br/>");
    expect(xml).toMatch(/<w:t xml:space="preserve">\vCác xã<\/w:t>/);
    const reopened = await createSimulator(await web.save(), { platform: "web" });
    expect(reopened.paragraphTexts()).toEqual(["Nơi nhận: Như trên\vCác xã", "Ký\vghi rõ họ tên"]);
    expect(await lineBreaks(reopened)).toBe(0);
  });
});
