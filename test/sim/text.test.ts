import { readDocxSnapshot } from "../../src/docx/snapshot";
import { createSimulator, type Simulator } from "../../src/preview/sim";
import { buildDocx, para, run } from "./build";

const fldChar = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
const instr = (code: string) => `<w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>`;

async function found(
  sim: Simulator,
  what: string,
  options?: { matchWildcards?: boolean; matchCase?: boolean },
): Promise<string[]> {
  return sim.Word.run(async (context) => {
    const hits = context.document.body.search(what, options);
    hits.load("items/text");
    await context.sync();
    return hits.items.map((r) => r.text);
  });
}

async function paragraphTexts(sim: Simulator): Promise<string[]> {
  return sim.Word.run(async (context) => {
    const ps = context.document.body.paragraphs;
    ps.load("items/text");
    await context.sync();
    return ps.items.map((p) => p.text);
  });
}

describe("no-break spaces", () => {
  const doc = () => buildDocx({ body: [para(run("Số\u00a0.... ngày")), para(run("Số .... tháng"))] });

  test("text reads a no-break space as a space on the desktop and as U+202F on the web", async () => {
    const desktop = await createSimulator(await doc(), { platform: "desktop" });
    expect(await paragraphTexts(desktop)).toEqual(["Số .... ngày", "Số .... tháng"]);
    const web = await createSimulator(await doc(), { platform: "web" });
    expect(await paragraphTexts(web)).toEqual(["Số\u202f.... ngày", "Số .... tháng"]);
  });

  test("search sees the document's character: a plain space never matches it, ^s does", async () => {
    for (const platform of ["web", "desktop"] as const) {
      const sim = await createSimulator(await doc(), { platform });
      expect(await found(sim, "Số ....")).toHaveLength(1);
      const nbsp = await found(sim, "Số^s....");
      expect(nbsp).toEqual([platform === "web" ? "Số\u202f...." : "Số ...."]);
      expect(await found(sim, "Số^w....")).toHaveLength(2);
    }
  });
});

describe("fields", () => {
  const doc = () =>
    buildDocx({
      body: [
        para(
          run("Ngày "),
          `<w:fldSimple w:instr=" DATE "><w:r><w:t>07/12/2026</w:t></w:r></w:fldSimple>`,
          run(" xong"),
        ),
        para(
          run("Xem trang "),
          fldChar("begin"),
          instr(" PAGE "),
          fldChar("separate"),
          run("3"),
          fldChar("end"),
          run(" nhé"),
        ),
      ],
    });

  test("a field's result is in the paragraph's text, its code is not", async () => {
    const sim = await createSimulator(await doc());
    expect(await paragraphTexts(sim)).toEqual(["Ngày 07/12/2026 xong", "Xem trang 3 nhé"]);
    expect((await readDocxSnapshot(await doc())).paragraphs.map((p) => p.text)).toEqual([
      "Ngày 07/12/2026 xong",
      "Xem trang 3 nhé",
    ]);
  });

  test("no search match crosses the start or the end of a field's result", async () => {
    const sim = await createSimulator(await doc());
    expect(await found(sim, "Ngày 07")).toEqual([]);
    expect(await found(sim, "2026 xong")).toEqual([]);
    expect(await found(sim, "12/20")).toEqual(["12/20"]);
    expect(await found(sim, "07/12/2026")).toEqual(["07/12/2026"]);
    expect(await found(sim, "trang 3")).toEqual([]);
    expect(await found(sim, "3 nhé")).toEqual([]);
    expect(await found(sim, "trang ")).toEqual(["trang "]);
    expect(await found(sim, "[0-9]@", { matchWildcards: true })).toEqual(["07", "12", "2026", "3"]);
    expect(await found(sim, "PAGE")).toEqual([]);
  });
});
