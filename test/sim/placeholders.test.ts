import { createSimulator, type Simulator } from "../../src/preview/sim";
import { buildDocx, para, run } from "./build";

const DEFAULT = "Click or tap here to enter text.";

const sdt = (id: string, pr: string, content: string) =>
  `<w:sdt><w:sdtPr><w:id w:val="${id}"/><w:tag w:val="t${id}"/>${pr}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

async function sample(platform: "web" | "desktop"): Promise<Simulator> {
  return createSimulator(
    await buildDocx({
      body: [
        para(run("Cơ quan: "), sdt("1", "<w:showingPlcHdr/>", run("Nhập tên cơ quan"))),
        para(run("Người ký: "), sdt("2", "", "")),
        para(run("Ngày: "), sdt("3", '<w:date w:fullDate=""/>', "")),
        para(run("Số: "), sdt("4", "", run("12"))),
      ],
    }),
    { platform },
  );
}

async function controls(sim: Simulator): Promise<Array<[string, string]>> {
  return sim.Word.run(async (context) => {
    const cs = context.document.contentControls;
    cs.load("items/text,items/placeholderText");
    await context.sync();
    return cs.items.map((c) => [c.text, c.placeholderText] as [string, string]);
  });
}

describe("placeholder text of empty content controls", () => {
  test("desktop: an empty control reads as its placeholder; the custom one when it has one", async () => {
    expect(await controls(await sample("desktop"))).toEqual([
      ["Nhập tên cơ quan", "Nhập tên cơ quan"],
      [DEFAULT, ""],
      ["Click or tap to enter a date.", ""],
      ["12", ""],
    ]);
  });

  test("web: an empty control reads as Word's default placeholder even when it has its own", async () => {
    expect(await controls(await sample("web"))).toEqual([
      [DEFAULT, "Nhập tên cơ quan"],
      [DEFAULT, ""],
      ["Click or tap to enter a date.", ""],
      ["12", ""],
    ]);
  });

  test("a value written reads as itself; cleared again, the control reads as its placeholder", async () => {
    for (const platform of ["web", "desktop"] as const) {
      const sim = await sample(platform);
      await sim.Word.run(async (context) => {
        context.document.contentControls.getByTag("t1").getFirst().insertText("UBND xã", "Replace");
        context.document.contentControls.getByTag("t2").getFirst().insertText("Lê Văn A", "Replace");
      });
      expect((await controls(sim)).map(([text]) => text).slice(0, 2)).toEqual(["UBND xã", "Lê Văn A"]);
      expect(sim.paragraphTexts().slice(0, 2)).toEqual(["Cơ quan: UBND xã", "Người ký: Lê Văn A"]);
      await sim.Word.run(async (context) => {
        context.document.contentControls.getByTag("t2").getFirst().insertText("", "Replace");
      });
      expect((await controls(sim))[1][0]).toBe(DEFAULT);
      expect(sim.paragraphTexts()[1]).toBe("Người ký: ");
    }
  });

  test("placeholderText can be set on the desktop and reads back; the web refuses it with NotAllowed", async () => {
    const sim = await sample("desktop");
    await sim.Word.run(async (context) => {
      context.document.contentControls.getByTag("t1").getFirst().placeholderText = "Tên đơn vị";
      context.document.contentControls.getByTag("t2").getFirst().placeholderText = "Họ và tên";
    });
    expect((await controls(sim)).slice(0, 2)).toEqual([
      ["Tên đơn vị", "Tên đơn vị"],
      ["Họ và tên", "Họ và tên"],
    ]);
    // Kept as Word keeps it, in a docPart of the glossary document: it survives a save.
    const reopened = await createSimulator(await sim.save(), { platform: "desktop" });
    expect((await controls(reopened)).slice(0, 2)).toEqual([
      ["Tên đơn vị", "Tên đơn vị"],
      ["Họ và tên", "Họ và tên"],
    ]);
    sim.options.platform = "web";
    expect((await controls(sim)).slice(0, 2)).toEqual([
      [DEFAULT, "Tên đơn vị"],
      [DEFAULT, "Họ và tên"],
    ]);
    await expect(
      sim.Word.run(async (context) => {
        context.document.contentControls.getByTag("t4").getFirst().placeholderText = "Số văn bản";
      }),
    ).rejects.toMatchObject({ code: "NotAllowed" });
    expect((await controls(sim))[3]).toEqual(["12", ""]);
  });
});
