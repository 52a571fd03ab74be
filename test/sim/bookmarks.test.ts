import { createSimulator, type Simulator } from "../../src/preview/sim";
import { buildDocx, para, partText, run } from "./build";

/* eslint-disable office-addins/load-object-before-read --
   getBookmarks and getOoxml answer ClientResults, whose value is read after the sync; the rule takes them for proxies. */

const cell = (text: string) => `<w:tc><w:p>${run(text)}</w:p></w:tc>`;

async function sample(options: Parameters<typeof createSimulator>[1] = {}): Promise<Simulator> {
  return createSimulator(
    await buildDocx({
      body: [
        para(run("Kính gửi: "), run("Ủy ban nhân dân xã"), run(" .....")),
        `<w:tbl><w:tr>${cell("Số: ....")}${cell("Ngày ....")}</w:tr></w:tbl>`,
        para(run("Hết.")),
      ],
      footer: [para(run("Trang chân"))],
    }),
    options,
  );
}

async function bookmarkText(sim: Simulator, name: string): Promise<string | null> {
  return sim.Word.run(async (context) => {
    const r = context.document.getBookmarkRangeOrNullObject(name);
    r.load("text");
    await context.sync();
    return r.isNullObject ? null : r.text;
  });
}

async function names(sim: Simulator, hidden = true, adjacent = false): Promise<string[]> {
  return sim.Word.run(async (context) => {
    const list = context.document.body.getRange().getBookmarks(hidden, adjacent);
    await context.sync();
    return list.value;
  });
}

describe("bookmarks", () => {
  test("a bookmark over a search result reads its text, is saved as bookmarkStart/End and survives a reload", async () => {
    const sim = await sample();
    await sim.Word.run(async (context) => {
      context.document.body.search("Ủy ban nhân dân xã").getFirst().insertBookmark("CoQuan");
      context.document.body.paragraphs.getFirst().getRange().insertBookmark("_dm_1");
      const cellPara = context.document.body.search("Số: ....").getFirst();
      cellPara.insertBookmark("_dm_2");
    });
    expect(await bookmarkText(sim, "CoQuan")).toBe("Ủy ban nhân dân xã");
    expect(await bookmarkText(sim, "_dm_1")).toBe("Kính gửi: Ủy ban nhân dân xã .....");
    expect(await bookmarkText(sim, "_dm_2")).toBe("Số: ....");
    const xml = await partText(sim, "word/document.xml");
    expect(xml).toMatch(/<w:bookmarkStart w:id="\d+" w:name="CoQuan"\/>/);
    expect(xml.match(/<w:bookmarkEnd /g)).toHaveLength(3);
    const reopened = await createSimulator(await sim.save());
    expect(await bookmarkText(reopened, "coquan")).toBe("Ủy ban nhân dân xã");
    expect(await bookmarkText(reopened, "_DM_2")).toBe("Số: ....");
    const ooxml = await reopened.Word.run(async (context) => {
      const x = context.document.body.paragraphs.getFirst().getOoxml();
      await context.sync();
      return x.value;
    });
    expect(ooxml).toContain('w:name="CoQuan"');
  });

  test("names: letters, digits and _, at most 40, a letter first unless hidden; anything else is InvalidArgument", async () => {
    const sim = await sample();
    for (const bad of ["", "1so", "co quan", "co-quan", "a".repeat(41)]) {
      await expect(
        sim.Word.run(async (context) => {
          context.document.body.paragraphs.getFirst().getRange().insertBookmark(bad);
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    await sim.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange().insertBookmark("a".repeat(40));
      context.document.body.paragraphs.getLast().getRange().insertBookmark("_1");
      context.document.body.paragraphs.getLast().getRange().insertBookmark("Ngày2");
    });
    expect((await names(sim)).sort()).toEqual(["Ngày2", "_1", "a".repeat(40)].sort());
  });

  test("inserting a name that exists, in any case, moves the bookmark; deleteBookmark removes it", async () => {
    const sim = await sample();
    await sim.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange().insertBookmark("Muc");
    });
    await sim.Word.run(async (context) => {
      context.document.body.paragraphs.getLast().getRange().insertBookmark("MUC");
    });
    expect(await names(sim)).toEqual(["MUC"]);
    expect(await bookmarkText(sim, "muc")).toBe("Hết.");
    await sim.Word.run(async (context) => {
      context.document.deleteBookmark("mUc");
      context.document.deleteBookmark("none");
    });
    expect(await names(sim)).toEqual([]);
    expect(await partText(sim, "word/document.xml")).not.toContain("bookmark");
    await expect(
      sim.Word.run(async (context) => {
        context.document.getBookmarkRange("Muc").load("text");
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("getBookmarks leaves hidden ones out unless asked, and ones only touching the range unless asked", async () => {
    const sim = await sample();
    await sim.Word.run(async (context) => {
      const body = context.document.body;
      body.search("Kính gửi: ").getFirst().insertBookmark("Truoc");
      body.search("Ủy ban").getFirst().insertBookmark("_an");
      body.search("nhân dân xã").getFirst().insertBookmark("Giua");
    });
    const query = (hidden: boolean, adjacent: boolean) =>
      sim.Word.run(async (context) => {
        const r = context.document.body.search("Ủy ban nhân dân").getFirst();
        const list = r.getBookmarks(hidden, adjacent);
        const plain = r.getBookmarks();
        await context.sync();
        return [list.value, plain.value];
      });
    expect(await query(false, false)).toEqual([["Giua"], ["Giua"]]);
    expect(await query(true, false)).toEqual([["_an", "Giua"], ["Giua"]]);
    expect(await query(true, true)).toEqual([["Truoc", "_an", "Giua"], ["Giua"]]);
  });

  test("a bookmark's range follows edits around it; a Replace of its whole span removes it, of a part keeps it", async () => {
    const sim = await sample();
    await sim.Word.run(async (context) => {
      context.document.body.search("Ủy ban nhân dân xã").getFirst().insertBookmark("Noi");
      context.document.body.search(".....").getFirst().insertBookmark("_gia_tri");
    });
    await sim.Word.run(async (context) => {
      context.document.body.search("Kính gửi: ").getFirst().insertText("Kính gửi các đồng chí: ", "Replace");
      context.document.body.search("xã").getFirst().insertText("phường", "Replace");
    });
    expect(await bookmarkText(sim, "Noi")).toBe("Ủy ban nhân dân phường");
    await sim.Word.run(async (context) => {
      context.document.getBookmarkRange("_gia_tri").insertText("Bình An", "Replace");
    });
    expect(await bookmarkText(sim, "_gia_tri")).toBeNull();
    expect(sim.paragraphTexts()[0]).toBe("Kính gửi các đồng chí: Ủy ban nhân dân phường Bình An");
    // Put back on the returned range in the same batch, as the add-in must.
    await sim.Word.run(async (context) => {
      const r = context.document.getBookmarkRange("Noi").insertText("UBND phường", "Replace");
      r.insertBookmark("Noi");
    });
    expect(await bookmarkText(sim, "Noi")).toBe("UBND phường");
  });

  test("a bookmark over several paragraphs reads them all; a cell's range lists the bookmarks in it", async () => {
    const sim = await sample();
    await sim.Word.run(async (context) => {
      const body = context.document.body;
      body.search("Ủy ban").getFirst().expandTo(body.search("Số:").getFirst()).insertBookmark("Nhieu");
      body.search("Ngày").getFirst().insertBookmark("_o");
    });
    expect(await bookmarkText(sim, "Nhieu")).toBe("Ủy ban nhân dân xã .....\rSố:");
    const inCell = await sim.Word.run(async (context) => {
      const cellRange = context.document.body.search("Ngày ....").getFirst().paragraphs.getFirst().getRange();
      const list = cellRange.getBookmarks(true);
      await context.sync();
      return list.value;
    });
    expect(inCell).toEqual(["_o"]);
  });

  test("a content control's range can be bookmarked, and so can a footer's paragraph", async () => {
    const sim = await sample({ platform: "desktop" });
    await sim.Word.run(async (context) => {
      const cc = context.document.body.search("Hết.").getFirst().insertContentControl();
      cc.getRange().insertBookmark("OKy");
      context.document.sections
        .getFirst()
        .getFooter("Primary")
        .paragraphs.getFirst()
        .getRange()
        .insertBookmark("_chan");
    });
    expect(await bookmarkText(sim, "OKy")).toBe("Hết.");
    expect(await bookmarkText(sim, "_chan")).toBe("Trang chân");
    expect(await partText(sim, "word/footer1.xml")).toContain('w:name="_chan"');
  });

  test("on the web a bookmark in a footer is not found (null object, or ItemNotFound)", async () => {
    const sim = await sample({ platform: "desktop" });
    await sim.Word.run(async (context) => {
      context.document.sections
        .getFirst()
        .getFooter("Primary")
        .paragraphs.getFirst()
        .getRange()
        .insertBookmark("_chan");
    });
    sim.options.platform = "web";
    expect(await bookmarkText(sim, "_chan")).toBeNull();
    await expect(
      sim.Word.run(async (context) => {
        context.document.getBookmarkRange("_chan").load("text");
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("a host without WordApi 1.4 refuses every bookmark call at sync with ApiNotFound", async () => {
    const sim = await sample();
    sim.options.requirementSets.WordApi = "1.3";
    const calls: Array<(d: Word.Document) => void> = [
      (d) => d.body.paragraphs.getFirst().getRange().insertBookmark("A"),
      (d) => d.getBookmarkRange("A"),
      (d) => d.getBookmarkRangeOrNullObject("A"),
      (d) => d.body.getRange("Whole").getBookmarks(),
      (d) => d.deleteBookmark("A"),
    ];
    for (const call of calls) {
      await expect(sim.Word.run(async (context) => call(context.document))).rejects.toMatchObject({
        code: "ApiNotFound",
      });
    }
  });
});
