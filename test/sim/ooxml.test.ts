import { DOMParser } from "@xmldom/xmldom";
import { readFlatOpc } from "../../src/docx/ooxml";
import { readDocxSnapshot } from "../../src/docx/snapshot";
import { createSimulator, type Simulator } from "../../src/preview/sim";
import { buildDocx, para, run, W } from "./build";

/* eslint-disable office-addins/load-object-before-read --
   getOoxml answers a ClientResult, whose value is read after the sync; the rule takes it for a proxy object. */

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

function partNames(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const parts = doc.getElementsByTagNameNS(PKG, "part");
  return Array.from({ length: parts.length }, (_, i) => parts[i].getAttributeNS(PKG, "name") ?? "");
}

async function bodyOoxml(sim: Simulator): Promise<string> {
  return sim.Word.run(async (context) => {
    const x = context.document.body.getOoxml();
    await context.sync();
    return x.value;
  });
}

const THEME = `<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Chủ đề cơ quan"><a:themeElements/></a:theme>`;
const NUMBERING = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

describe("getOoxml faults", () => {
  test("a sync holding a getOoxml fails with the set code: writes before it stay, the rest is dropped", async () => {
    const sim = await createSimulator(await buildDocx({ body: [para(run("a ....")), para(run("b ...."))] }));
    sim.options.ooxmlFault = { code: "GeneralException" };
    await expect(
      sim.Word.run(async (context) => {
        context.document.body.search("a ....").getFirst().insertText("a 1", "Replace");
        context.document.body.getOoxml();
        context.document.body.search("b ....").getFirst().insertText("b 2", "Replace");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect((await readDocxSnapshot(await sim.save())).paragraphs.map((p) => p.text)).toEqual(["a 1", "b ...."]);
    // It stays set: every read of OOXML fails until cleared, other batches go through.
    await expect(bodyOoxml(sim)).rejects.toMatchObject({ code: "GeneralException" });
    await sim.Word.run(async (context) => {
      context.document.body.search("b ....").getFirst().insertText("b 2", "Replace");
    });
    sim.options.ooxmlFault = undefined;
    expect(readFlatOpc(await bodyOoxml(sim)).paragraphs.map((p) => p.text)).toEqual(["a 1", "b 2"]);
  });

  test("a hanging getOoxml answers only after the set time, and every time until cleared", async () => {
    const sim = await createSimulator(await buildDocx({ body: [para(run("x"))] }));
    sim.options.ooxmlFault = { hangMs: 60_000 };
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    try {
      for (let round = 0; round < 2; round++) {
        let answered = false;
        const pending = bodyOoxml(sim).then((v) => {
          answered = true;
          return v;
        });
        await jest.advanceTimersByTimeAsync(59_000);
        expect(answered).toBe(false);
        await jest.advanceTimersByTimeAsync(1_000);
        expect(answered).toBe(true);
        expect(readFlatOpc(await pending).paragraphs[0].text).toBe("x");
      }
      // A batch without getOoxml does not wait.
      let plain = false;
      const p = sim.Word.run(async (context) => {
        context.document.body.load("text");
        await context.sync();
        plain = true;
      });
      await jest.advanceTimersByTimeAsync(0);
      expect(plain).toBe(true);
      await p;
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("the package getOoxml answers", () => {
  test("carries the theme, font table and numbering of the .docx", async () => {
    const sim = await createSimulator(
      await buildDocx({
        body: [para(run("Một"))],
        parts: [
          ["theme/theme1.xml", "theme", THEME],
          ["numbering.xml", "numbering", NUMBERING],
        ],
      }),
    );
    const xml = await bodyOoxml(sim);
    expect(partNames(xml)).toEqual(
      expect.arrayContaining([
        "/word/document.xml",
        "/word/theme/theme1.xml",
        "/word/fontTable.xml",
        "/word/numbering.xml",
      ]),
    );
    expect(xml).toContain("Chủ đề cơ quan");
    expect(xml).toContain('w:abstractNumId="0"');
    expect(xml).not.toContain("<?xml version");
    expect(readFlatOpc(xml).paragraphs.map((p) => p.text)).toEqual(["Một"]);
  });

  test("without them in the file, a theme and a font table of Word's shape; no numbering part", async () => {
    const sim = await createSimulator(await buildDocx({ body: [para(run("Hai"))] }));
    const xml = await sim.Word.run(async (context) => {
      const x = context.document.body.paragraphs.getFirst().getOoxml();
      await context.sync();
      return x.value;
    });
    const names = partNames(xml);
    expect(names).toEqual(expect.arrayContaining(["/word/theme/theme1.xml", "/word/fontTable.xml"]));
    expect(names).not.toContain("/word/numbering.xml");
    expect(xml).toMatch(/<a:clrScheme[^>]*>.*<a:accent1>/);
    expect(xml).toContain('w:name="Times New Roman"');
    expect(readFlatOpc(xml).paragraphs.map((p) => p.text)).toEqual(["Hai"]);
  });
});
