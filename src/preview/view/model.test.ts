import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocxSnapshot } from "../../docx/snapshot";
import { readViewSource } from "../live";
import { buildView, type Block, type ParagraphBlock } from "./model";

const template = new Uint8Array(readFileSync(join(__dirname, "../../../assets/template.docx")));

function paragraphs(blocks: Block[], out: ParagraphBlock[] = []): ParagraphBlock[] {
  for (const b of blocks) {
    if (b.type === "paragraph") out.push(b);
    else if (b.type === "control") paragraphs(b.blocks, out);
    else for (const row of b.rows) for (const cell of row.cells) paragraphs(cell.blocks, out);
  }
  return out;
}

describe("the document view model of the shipped template", () => {
  test("numbers paragraphs and holds their text exactly as the Word paragraphs the pane sees", async () => {
    const [view, snapshot] = await Promise.all([readViewSource(template).then(buildView), readDocxSnapshot(template)]);
    const drawn = paragraphs([...view.header, ...view.body, ...view.footer]).sort((a, b) => a.index - b.index);
    const byIndex = new Map(drawn.map((p) => [p.index, p]));
    expect(view.paragraphCount).toBe(snapshot.paragraphs.length);
    snapshot.paragraphs.forEach((sp, i) => {
      const p = byIndex.get(i);
      if (!p) return; // an empty paragraph of a vertically merged cell is drawn in the merged cell
      expect(p.text).toBe(sp.text);
      expect(p.segments.map((s) => s.text).join("")).toBe(sp.text);
    });
  });

  test("draws the template like the page: A4 width, its table, bold title, centred heading", async () => {
    const view = buildView(await readViewSource(template));
    expect(view.page.width).toBeCloseTo(595, 0);
    expect(view.body.some((b) => b.type === "table")).toBe(true);
    const title = paragraphs(view.body).find((p) => p.text.trim() === "BÁO CÁO");
    expect(title?.format.align).toBe("center");
    expect(title?.segments.every((s) => s.format.bold)).toBe(true);
  });
});
