import JSZip from "jszip";
import mammoth from "mammoth";
import { DOMParser } from "@xmldom/xmldom";
import { readDocxSnapshot } from "../../src/docx/snapshot";
import { createSimulator, type Simulator } from "../../src/preview/sim";
import { DOCX_FILES, corpusFile, corpusTest } from "./helpers";

const BLANK = "[.…]{3,}";

/** A small document with formatted runs, written by hand so every case is known. */
async function smallDocx(paragraphs: string[]): Promise<Uint8Array> {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paragraphs.join("")}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

const run = (text: string, rPr = "") =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;

async function documentXml(sim: Simulator): Promise<string> {
  return (await JSZip.loadAsync(await sim.save())).file("word/document.xml")!.async("string");
}

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests read properties at the wrong time on purpose: the simulator must refuse it as Word does. */
describe("proxy rules", () => {
  test("a property read before load and sync throws PropertyNotLoaded; after, it holds the value", async () => {
    const sim = await createSimulator(await smallDocx([`<w:p>${run("Xin chào")}</w:p>`]));
    await sim.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      expect(() => p.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      p.load("text");
      expect(() => p.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(p.text).toBe("Xin chào");
      const all = context.document.body.paragraphs;
      expect(() => all.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("objects of a finished run can't queue work unless tracked; overlapping runs are refused", async () => {
    const sim = await createSimulator(await smallDocx([`<w:p>${run("một")}</w:p>`]));
    let kept: Word.Paragraph | null = null;
    let tracked: Word.Paragraph | null = null;
    await sim.Word.run(async (context) => {
      kept = context.document.body.paragraphs.getFirst();
      tracked = context.document.body.paragraphs.getFirst();
      context.trackedObjects.add(tracked);
      await context.sync();
    });
    expect(() => kept!.load("text")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    await sim.Word.run(tracked!, async (context) => {
      tracked!.load("text");
      await context.sync();
    });
    expect(tracked!.text).toBe("một");
    let release: () => void = () => undefined;
    const first = sim.Word.run(() => new Promise<void>((r) => (release = r)));
    await expect(sim.Word.run(async () => undefined)).rejects.toMatchObject({ code: "GeneralException" });
    release();
    await first;
  });

  test("a failing operation rejects the sync and drops the rest of its batch; syncs and ops are counted", async () => {
    const sim = await createSimulator(await smallDocx([`<w:p>${run("abc ....")}</w:p>`]));
    sim.stats.reset();
    await expect(
      sim.Word.run(async (context) => {
        context.document.contentControls.getById(42).insertText("x", "Replace");
        context.document.body.search("....").getFirst().insertText("lost", "Replace");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound", debugInfo: expect.objectContaining({ code: "ItemNotFound" }) });
    expect(sim.stats.syncs).toBe(1);
    expect((await readDocxSnapshot(await sim.save())).paragraphs[0].text).toBe("abc ....");
    sim.options.failNextSync = { code: "Timeout", message: "slow" };
    await expect(sim.Word.run(async (c) => c.sync())).rejects.toMatchObject({ code: "Timeout" });
    sim.options.readOnly = true;
    await expect(
      sim.Word.run(async (c) => {
        c.document.body.search("....").getFirst().insertText("x", "Replace");
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

/* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
describe("search", () => {
  test("finds text split across runs, left to right without overlap, case-insensitive unless asked", async () => {
    const sim = await createSimulator(
      await smallDocx([
        `<w:p>${run("Ngày ..")}${run("...", "<w:b/>")}${run(". ngày ......")}</w:p>`,
        `<w:p>${run("NGÀY")}</w:p>`,
      ]),
    );
    await sim.Word.run(async (context) => {
      const dots = context.document.body.search("...");
      const ngay = context.document.body.search("ngày");
      const exact = context.document.body.search("ngày", { matchCase: true });
      const wild = context.document.body.search(BLANK, { matchWildcards: true });
      const word = context.document.body.search("<ng?y>", { matchWildcards: true });
      [dots, ngay, exact, wild, word].forEach((c) => c.load("items/text"));
      await context.sync();
      expect(dots.items.map((r) => r.text)).toEqual(["...", "...", "...", "..."]);
      expect(ngay.items.map((r) => r.text)).toEqual(["Ngày", "ngày", "NGÀY"]);
      expect(exact.items).toHaveLength(1);
      expect(wild.items.map((r) => r.text)).toEqual(["......", "......"]);
      expect(word.items).toHaveLength(3);
    });
  });

  test("never across a paragraph break; over 255 characters is InvalidArgument at sync", async () => {
    const sim = await createSimulator(await smallDocx([`<w:p>${run("ab")}</w:p>`, `<w:p>${run("cd")}</w:p>`]));
    await sim.Word.run(async (context) => {
      const across = context.document.body.search("b^pc");
      across.load("items");
      const none = context.document.body.search("bc");
      none.load("items");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      const ok = context.document.body.search("bc");
      ok.load("items");
      await context.sync();
      expect(ok.items).toHaveLength(0);
      context.document.body.search("x".repeat(256)).load("items");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});

describe("writing", () => {
  test("Replace splits runs and the value takes the first replaced run's formatting; others keep theirs", async () => {
    const sim = await createSimulator(
      await smallDocx([`<w:p>${run("Tên: ", "<w:b/>")}${run("....", '<w:i/><w:sz w:val="26"/>')}${run(" hết")}</w:p>`]),
    );
    await sim.Word.run(async (context) => {
      const r = context.document.body.search("Tên: ..").getFirst();
      r.load("text");
      await context.sync();
      expect(r.text).toBe("Tên: ..");
      const mid = context.document.body.search("..").getFirst();
      const inserted = mid.insertText("A\tB\nC", "Replace");
      inserted.load("text,font/bold,font/italic");
      await context.sync();
      expect(inserted.text).toBe("A\tB\vC");
      expect(inserted.font.italic).toBe(true);
      expect(inserted.font.bold).toBe(false);
    });
    const snap = await readDocxSnapshot(await sim.save());
    expect(snap.paragraphs).toHaveLength(1);
    expect(snap.paragraphs[0].text).toBe("Tên: A\tB\vC.. hết");
    const xml = await documentXml(sim);
    expect(xml).toContain('<w:r><w:rPr><w:i/><w:sz w:val="26"/></w:rPr><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/>');
  });

  test("content controls: insert, tag, find by tag and id, text, delete keeping content", async () => {
    const sim = await createSimulator(await smallDocx([`<w:p>${run("Số ...... ngày ....")}</w:p>`]));
    let id = 0;
    await sim.Word.run(async (context) => {
      const found = context.document.body.search("......").getFirst();
      const cc = found.insertText("12", "Replace").insertContentControl();
      cc.tag = "dm:1";
      cc.title = "Số";
      cc.appearance = "Hidden";
      cc.load("id,text,tag");
      await context.sync();
      id = cc.id;
      expect(cc.text).toBe("12");
      const byTag = context.document.contentControls.getByTag("dm:1");
      byTag.load("items/text,items/title");
      const byId = context.document.contentControls.getByIdOrNullObject(id);
      byId.insertText("345", "Replace");
      const missing = context.document.contentControls.getByIdOrNullObject(id + 1);
      missing.load("text");
      await context.sync();
      expect(byTag.items.map((c) => [c.text, c.title])).toEqual([["12", "Số"]]);
      expect(missing.isNullObject).toBe(true);
    });
    let snap = await readDocxSnapshot(await sim.save());
    expect(snap.contentControls).toEqual([
      expect.objectContaining({
        id: String(id),
        tag: "dm:1",
        title: "Số",
        text: "345",
        paragraph: 0,
        start: 3,
        end: 6,
      }),
    ]);
    await sim.Word.run(async (context) => {
      context.document.contentControls.getById(id).delete(true);
    });
    snap = await readDocxSnapshot(await sim.save());
    expect(snap.contentControls).toEqual([]);
    expect(snap.paragraphs[0].text).toBe("Số 345 ngày ....");
  });

  test("highlight: hex maps to the nearest named colour, null clears, reads back as #RRGGBB", async () => {
    const sim = await createSimulator(await smallDocx([`<w:p>${run("a ... b")}</w:p>`]));
    await sim.Word.run(async (context) => {
      const r = context.document.body.search("...").getFirst();
      r.font.highlightColor = "#00EEEE";
      await context.sync();
    });
    expect(await documentXml(sim)).toContain('<w:highlight w:val="cyan"/>');
    await sim.Word.run(async (context) => {
      const r = context.document.body.search("...").getFirst();
      r.load("font/highlightColor"); // eslint-disable-line office-addins/no-navigational-load -- the read under test
      await context.sync();
      expect(r.font.highlightColor).toBe("#00FFFF");
      r.font.highlightColor = null as unknown as string;
    });
    expect(await documentXml(sim)).not.toContain("w:highlight");
  });

  test("on the web a control over part of a table cell fails; on desktop it works", async () => {
    const cell = `<w:tbl><w:tr><w:tc><w:p>${run("Số: ....")}</w:p></w:tc></w:tr></w:tbl>`;
    for (const platform of ["web", "desktop"] as const) {
      const sim = await createSimulator(await smallDocx([cell]), { platform });
      const attempt = sim.Word.run(async (context) => {
        context.document.body.search("....").getFirst().insertContentControl();
      });
      if (platform === "web") await expect(attempt).rejects.toMatchObject({ code: "GeneralException" });
      else await expect(attempt).resolves.toBeUndefined();
    }
  });

  test("select records the selection and getSelection reads it", async () => {
    const sim = await createSimulator(await smallDocx([`<w:p>${run("x")}</w:p>`, `<w:p>${run("ab ... cd")}</w:p>`]));
    await sim.Word.run(async (context) => {
      context.document.body.search("...").getFirst().select();
    });
    expect(sim.selection()).toEqual({ paragraph: 1, start: 3, end: 6 });
    sim.setSelection({ paragraph: 1, start: 0, end: 2 });
    await sim.Word.run(async (context) => {
      const s = context.document.getSelection();
      s.load("text");
      await context.sync();
      expect(s.text).toBe("ab");
    });
  });
});

describe("settings", () => {
  test("saved settings survive save and reopen as a web-extension part; unsaved ones don't", async () => {
    const sim = await createSimulator(await smallDocx([`<w:p>${run("x")}</w:p>`]));
    const settings = sim.Office.context.document.settings;
    settings.set("dienMau", { version: 1, fills: { b1: "Tân Lập" } });
    await new Promise((resolve) => settings.saveAsync(resolve));
    settings.set("unsaved", 1);
    const bytes = await sim.save();
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("word/webextensions/webextension1.xml")!.async("string")).toContain("we:property");
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain("webextension+xml");
    const again = await createSimulator(bytes);
    expect(again.Office.context.document.settings.get("dienMau")).toEqual({ version: 1, fills: { b1: "Tân Lập" } });
    expect(again.Office.context.document.settings.get("unsaved")).toBeNull();
  });
});

describe("fidelity on real files", () => {
  test("a legacy .doc is refused with the DocxError legacy-doc", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(createSimulator(ole)).rejects.toMatchObject({ code: "legacy-doc" });
  });

  for (const file of DOCX_FILES) {
    corpusTest(`${file}: every dotted blank filled, read back by mammoth, the rest untouched`, async () => {
      const original = corpusFile(file);
      const before = await readDocxSnapshot(original);
      const sim = await createSimulator(original, { platform: "desktop" });
      const values: string[] = [];
      await sim.Word.run(async (context) => {
        const bodies = [context.document.body];
        if (before.paragraphs.some((p) => p.location === "header")) {
          bodies.push(context.document.sections.getFirst().getHeader("Primary"));
        }
        const found = bodies.map((b) => b.search(BLANK, { matchWildcards: true }));
        found.forEach((f) => f.load("items/text"));
        await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per test file

        found.forEach((f) =>
          f.items.forEach((r, i) => {
            const v = `«${values.length}-${i}»`;
            values.push(v);
            const written = r.insertText(v, "Replace");
            if (i % 3 === 0) written.insertContentControl().tag = `dm:${values.length}`;
          }),
        );
      });
      expect(values.length).toBeGreaterThan(0);
      const saved = await sim.save();
      const after = await readDocxSnapshot(saved);
      expect(after.paragraphs.length).toBe(before.paragraphs.length);
      const re = /[.…]{3,}/g;
      after.paragraphs.forEach((p, i) => {
        expect(p.text.replace(/«\d+-\d+»/g, "#")).toBe(before.paragraphs[i].text.replace(re, "#"));
      });
      const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(saved) });
      const bodyValues = values.filter((v) =>
        after.paragraphs.some((p) => p.location !== "header" && p.text.includes(v)),
      );
      for (const v of bodyValues) expect(html).toContain(v);
      const zip = await JSZip.loadAsync(saved);
      const orig = await JSZip.loadAsync(original);
      expect(await zip.file("[Content_Types].xml")!.async("string")).toContain("wordprocessingml.document.main+xml");
      for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"))) {
        const text = await zip.file(name)!.async("string");
        expect(() =>
          new DOMParser({
            onError: (l, m) => {
              if (l !== "warning") throw new Error(m);
            },
          }).parseFromString(text, "application/xml"),
        ).not.toThrow();
        if (name !== "word/document.xml" && !name.startsWith("word/header") && orig.file(name)) {
          expect(text).toBe(await orig.file(name)!.async("string"));
        }
      }
    });
  }
});
