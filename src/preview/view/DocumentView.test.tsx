import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, render } from "@testing-library/react";
import { translator } from "../../i18n";
import { readViewSource } from "../live";
import { DocumentView } from "./DocumentView";
import { buildView, type DocumentView as View } from "./model";
import type { DocSelection } from "./selection";

const t = translator("vi");
let view: View;

beforeAll(async () => {
  view = buildView(
    await readViewSource(new Uint8Array(readFileSync(join(__dirname, "../../../assets/template.docx")))),
  );
});

function paragraphWith(container: HTMLElement, text: string): HTMLElement {
  const p = Array.from(container.querySelectorAll<HTMLElement>("[data-p]")).find((el) =>
    el.textContent?.includes(text),
  );
  if (!p) throw new Error(`no paragraph with ${text}`);
  return p;
}

test("selecting text on the page reports the paragraph and offsets of the pane's Word paragraphs", () => {
  const onSelect = jest.fn<void, [DocSelection]>();
  const { container } = render(
    <DocumentView view={view} selection={null} onSelect={onSelect} followSelection={false} t={t} />,
  );
  const p = paragraphWith(container, "Khó khăn");
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let node: Text | null = null;
  while (walker.nextNode())
    if ((walker.currentNode as Text).data.includes("Khó khăn")) node = walker.currentNode as Text;
  const at = node!.data.indexOf("Khó khăn");
  const range = document.createRange();
  range.setStart(node!, at);
  range.setEnd(node!, at + "Khó khăn".length);
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
  fireEvent.mouseUp(p);
  const sel = onSelect.mock.calls[0][0];
  const index = Number(p.getAttribute("data-p"));
  const text = (function find(): string {
    const stack = [...view.body];
    for (const b of stack) {
      if (b.type === "paragraph" && b.index === index) return b.text;
      if (b.type === "control") stack.push(...b.blocks);
      if (b.type === "table") for (const r of b.rows) for (const c of r.cells) stack.push(...c.blocks);
    }
    return "";
  })();
  expect(sel.paragraph).toBe(index);
  expect(text.slice(sel.start, sel.end)).toBe("Khó khăn");
});

test("the simulator's selection is drawn over exactly the selected text", () => {
  const { container, rerender } = render(
    <DocumentView view={view} selection={null} onSelect={() => undefined} followSelection={false} t={t} />,
  );
  const p = paragraphWith(container, "BÁO CÁO");
  const index = Number(p.getAttribute("data-p"));
  const start = (p.textContent ?? "").indexOf("CÁO");
  rerender(
    <DocumentView
      view={view}
      selection={{ paragraph: index, start, end: start + 3 }}
      onSelect={() => undefined}
      followSelection={false}
      t={t}
    />,
  );
  const marked = Array.from(container.querySelectorAll(".sel"))
    .map((e) => e.textContent)
    .join("");
  expect(marked).toBe("CÁO");
  expect(paragraphWith(container, "BÁO CÁO").textContent).toContain("BÁO CÁO");
});
