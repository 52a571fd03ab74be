import { createSimulator, type Simulator } from "../../src/preview/sim";
import { buildDocx, para, partText, run } from "./build";

async function sample(): Promise<Simulator> {
  return createSimulator(
    await buildDocx({ body: [para(run("Một ....")), para(run("Hai ....")), para(run("Ba ...."))] }),
  );
}

async function tagged(sim: Simulator, tag: string, where: "document" | "last" = "document"): Promise<string[]> {
  return sim.Word.run(async (context) => {
    const scope =
      where === "document"
        ? context.document.contentControls
        : context.document.body.paragraphs.getLast().contentControls;
    const list = scope.getByTag(tag);
    list.load("items/text");
    await context.sync();
    return list.items.map((c) => c.text);
  });
}

describe("finding controls and bookmarks as the document changes", () => {
  test("getByTag answers in document order, within its range, after a retag and after a paragraph goes", async () => {
    const sim = await sample();
    await sim.Word.run(async (context) => {
      const paras = context.document.body.paragraphs;
      // Made last to first, so the order they were made in is not document order.
      paras.getLast().getRange().insertContentControl().tag = "dm:x";
      paras.getFirst().getRange().insertContentControl().tag = "dm:x";
      const second = context.document.body.search("Hai ....").getFirst().insertContentControl();
      second.tag = "dm:y";
      await context.sync();
      second.tag = "dm:x";
    });
    expect(await tagged(sim, "dm:x")).toEqual(["Một ....", "Hai ....", "Ba ...."]);
    expect(await tagged(sim, "dm:y")).toEqual([]);
    expect(await tagged(sim, "dm:x", "last")).toEqual(["Ba ...."]);
    await sim.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().delete();
    });
    expect(await tagged(sim, "dm:x")).toEqual(["Hai ....", "Ba ...."]);
    const id = await sim.Word.run(async (context) => {
      const first = context.document.contentControls.getByTag("dm:x").getFirst();
      first.load("id");
      await context.sync();
      return first.id;
    });
    const text = await sim.Word.run(async (context) => {
      const byId = context.document.body.paragraphs.getLast().contentControls.getByIdOrNullObject(id);
      const anywhere = context.document.contentControls.getById(id);
      anywhere.load("text");
      await context.sync();
      return [byId.isNullObject, anywhere.text];
    });
    expect(text).toEqual([true, "Hai ...."]);
  });

  test("a moved, replaced or deleted bookmark is found where it stands, and a new one takes the next free id", async () => {
    const sim = await sample();
    const read = (name: string) =>
      sim.Word.run(async (context) => {
        const r = context.document.getBookmarkRangeOrNullObject(name);
        r.load("text");
        await context.sync();
        return r.isNullObject ? null : r.text;
      });
    await sim.Word.run(async (context) => {
      const paras = context.document.body.paragraphs;
      paras.getFirst().getRange().insertBookmark("_dm_1");
      paras.getLast().getRange().insertBookmark("_dm_2");
      await context.sync();
      context.document.body.search("Hai ....").getFirst().insertBookmark("_DM_1");
    });
    expect(await read("_dm_1")).toBe("Hai ....");
    await sim.Word.run(async (context) => {
      context.document.getBookmarkRange("_dm_1").insertText("Hai 2", "Replace");
    });
    // A Replace over the whole bookmark takes it away.
    expect(await read("_dm_1")).toBeNull();
    await sim.Word.run(async (context) => {
      context.document.body.paragraphs.getLast().delete();
      context.document.body.paragraphs.getFirst().getRange().insertBookmark("_dm_3");
    });
    expect(await read("_dm_2")).toBeNull();
    expect(await read("_dm_3")).toBe("Một ....");
    const xml = await partText(sim, "word/document.xml");
    // _dm_2 (id 1) went with its paragraph, _dm_1 was moved to id 2 and then removed: no id is in use.
    expect(xml.match(/<w:bookmarkStart [^>]*>/g)).toEqual(['<w:bookmarkStart w:id="0" w:name="_dm_3"/>']);
    const all = await sim.Word.run(async (context) => {
      const list = context.document.body.getRange().getBookmarks(true);
      await context.sync();
      return list.value;
    });
    expect(all).toEqual(["_dm_3"]);
  });
});
