import { readDocxSnapshot } from "../../src/docx/snapshot";
import { readViewSource } from "../../src/preview/live";
import { buildView } from "../../src/preview/view/model";
import { createSimulator, type Simulator } from "../../src/preview/sim";
import { buildDocx, para, partText, run } from "./build";

const ins = (text: string) => `<w:ins w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z">${run(text)}</w:ins>`;
const del = (text: string) =>
  `<w:del w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;

/** A document someone already edited with Track Changes on: "Số 12" became "Số 15", " năm 2026" was added. */
const tracked = () =>
  buildDocx({ body: [para(run("Số 1"), del("2"), ins("5"), ins(" năm 2026"))], settings: "<w:trackRevisions/>" });

async function mode(sim: Simulator): Promise<string> {
  return sim.Word.run(async (context) => {
    context.document.load("changeTrackingMode");
    await context.sync();
    return context.document.changeTrackingMode;
  });
}

async function texts(sim: Simulator): Promise<{ text: string; current: string; original: string }> {
  return sim.Word.run(async (context) => {
    const p = context.document.body.paragraphs.getFirst();
    p.load("text");
    const current = p.getReviewedText("Current");
    const original = p.getReviewedText("Original");
    await context.sync();
    return { text: p.text, current: current.value, original: original.value };
  });
}

describe("Track Changes", () => {
  test("changeTrackingMode starts from w:trackRevisions and is saved there", async () => {
    expect(await mode(await createSimulator(await tracked()))).toBe("TrackAll");
    const plain = await createSimulator(
      await buildDocx({ body: [para(run("x"))], settings: '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>' }),
    );
    expect(await mode(plain)).toBe("Off");
    await plain.Word.run(async (context) => {
      context.document.changeTrackingMode = "TrackAll";
    });
    expect(await mode(plain)).toBe("TrackAll");
    expect(await partText(plain, "word/settings.xml")).toContain(
      '<w:zoom w:percent="100"/><w:trackRevisions/><w:defaultTabStop',
    );
    const reopened = await createSimulator(await plain.save());
    expect(await mode(reopened)).toBe("TrackAll");
    await reopened.Word.run(async (context) => {
      context.document.changeTrackingMode = "Off";
    });
    expect(await partText(reopened, "word/settings.xml")).not.toContain("trackRevisions");
    await expect(
      reopened.Word.run(async (context) => {
        context.document.changeTrackingMode = "Sometimes" as never;
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("switched on in a file without a settings part, the mode is saved in a new one", async () => {
    const sim = await createSimulator(await buildDocx({ body: [para(run("x"))] }));
    await sim.Word.run(async (context) => {
      context.document.changeTrackingMode = "TrackAll";
    });
    const reopened = await createSimulator(await sim.save());
    expect(await mode(reopened)).toBe("TrackAll");
    expect(await partText(reopened, "[Content_Types].xml")).toContain('PartName="/word/settings.xml"');
  });

  test("a host without WordApi 1.4 refuses changeTrackingMode and getReviewedText with ApiNotFound", async () => {
    const sim = await createSimulator(await tracked());
    sim.options.requirementSets.WordApi = "1.3";
    await expect(mode(sim)).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(texts(sim)).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("tracked text: the desktop leaves deletions out, the web reads them; reviewed text both ways", async () => {
    const desktop = await createSimulator(await tracked(), { platform: "desktop" });
    expect(await texts(desktop)).toEqual({ text: "Số 15 năm 2026", current: "Số 15 năm 2026", original: "Số 12" });
    const web = await createSimulator(await tracked(), { platform: "web" });
    expect(await texts(web)).toEqual({ text: "Số 125 năm 2026", current: "Số 15 năm 2026", original: "Số 12" });
    expect((await readDocxSnapshot(await tracked())).paragraphs[0].text).toBe("Số 15 năm 2026");
    // The preview page draws what the desktop shows once the changes are accepted.
    const view = buildView(await readViewSource(await tracked()));
    const first = view.body[0];
    expect(first.type === "paragraph" && first.segments.map((x) => x.text).join("")).toBe("Số 15 năm 2026");
  });

  test("while tracking, insertText, delete and insertBreak make w:ins and w:del revisions", async () => {
    const sim = await createSimulator(
      await buildDocx({ body: [para(run("Kính gửi: ......")), para(run("Bỏ dòng này"))], settings: "" }),
      { platform: "desktop" },
    );
    await sim.Word.run(async (context) => {
      context.document.changeTrackingMode = "TrackMineOnly";
      await context.sync();
      context.document.body.search("......").getFirst().insertText("UBND xã", "Replace");
      context.document.body.search("dòng này").getFirst().delete();
      context.document.body.search("Kính gửi:").getFirst().insertBreak("Line", "After");
    });
    expect(sim.paragraphTexts()).toEqual(["Kính gửi:\v UBND xã", "Bỏ "]);
    const xml = await partText(sim, "word/document.xml");
    expect(xml).toMatch(
      /<w:ins w:id="\d+" w:author="[^"]+" w:date="[^"]+"><w:r><w:t>UBND xã<\/w:t><\/w:r><\/w:ins><w:del [^>]*><w:r><w:delText[^>]*>......<\/w:delText>/,
    );
    expect(xml).toMatch(/<w:del [^>]*><w:r><w:delText[^>]*>dòng này<\/w:delText><\/w:r><\/w:del>/);
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:br\/><\/w:r><\/w:ins>/);
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const reviewed = await sim.Word.run(async (context) => {
      const current = context.document.body.getReviewedText("Current");
      const original = context.document.body.getReviewedText("Original");
      await context.sync();
      return [current.value, original.value];
    });
    expect(reviewed).toEqual(["Kính gửi:\v UBND xã\rBỏ ", "Kính gửi: ......\rBỏ dòng này"]);
    // The reader sees what Word's desktop shows.
    expect((await readDocxSnapshot(await sim.save())).paragraphs.map((p) => p.text)).toEqual([
      "Kính gửi:\v UBND xã",
      "Bỏ ",
    ]);
    sim.options.platform = "web";
    expect((await texts(sim)).text).toBe("Kính gửi:\v UBND xã......");
  });

  test("a range returned by a tracked Replace reads the new text; writing into a control is tracked too", async () => {
    const sim = await createSimulator(
      await buildDocx({
        body: [
          para(
            run("Ngày "),
            `<w:sdt><w:sdtPr><w:id w:val="3"/><w:tag w:val="d"/></w:sdtPr><w:sdtContent>${run("....")}</w:sdtContent></w:sdt>`,
          ),
        ],
        settings: "<w:trackRevisions/>",
      }),
      { platform: "web" },
    );
    const read = await sim.Word.run(async (context) => {
      const r = context.document.contentControls.getByTag("d").getFirst().insertText("07/12", "Replace");
      r.load("text");
      await context.sync();
      return r.text;
    });
    expect(read).toBe("07/12");
    expect(await partText(sim, "word/document.xml")).toMatch(
      /<w:sdtContent><w:ins [^>]*><w:r><w:t>07\/12<\/w:t><\/w:r><\/w:ins><w:del [^>]*><w:r><w:delText[^>]*>....<\/w:delText>/,
    );
    expect((await texts(sim)).text).toBe("Ngày 07/12....");
  });
});
