/**
 * Real templates on the preview page (`../shared/corpus`): the grids of official tables, whose lines are set per
 * cell, drawn closed around every cell a form expects a value in; merged cells as Word merges them; the boxes of a
 * CCCD number; the cell the pane selects outlined.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { render } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { translator } from "../../i18n";
import { createWordGateway } from "../../word/gateway";
import { readViewSource } from "../live";
import { createSimulator } from "../sim";
import { DocumentView } from "./DocumentView";
import { buildView } from "./model";
import type { DocSelection } from "./selection";

const CORPUS = join(__dirname, "..", "..", "..", "..", "shared", "corpus");
const present = existsSync(CORPUS);
if (!present) console.warn(`SKIPPED: ../shared not found (${CORPUS}); the preview's real tables were not drawn`);
const maybe = present ? describe : describe.skip;

const t = translator("vi");
const TABLES = present
  ? readdirSync(join(CORPUS, "tables"))
      .filter((f) => f.endsWith(".docx"))
      .map((f) => f.slice(0, -".docx".length))
  : [];
/** The one template whose tables Word draws without any line (empty w:tcBorders, no table or style borders). */
const UNRULED = "dakto_qd_thanh_lap_bql_lop";

function bytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS, rel)));
}

/** Each template is drawn once for the tests that only look at it (drawing the largest takes seconds in jsdom). */
const pages = new Map<string, Promise<HTMLElement>>();
function page(name: string): Promise<HTMLElement> {
  let p = pages.get(name);
  if (!p) {
    p = readViewSource(bytes(`tables/${name}.docx`)).then((source) => {
      const el = document.createElement("div");
      el.innerHTML = renderToStaticMarkup(
        <DocumentView
          view={buildView(source)}
          selection={null}
          onSelect={() => undefined}
          followSelection={false}
          t={t}
        />,
      );
      document.body.appendChild(el);
      return el;
    });
    pages.set(name, p);
  }
  return p;
}

async function draw(docx: Uint8Array, selection: DocSelection | null = null): Promise<HTMLElement> {
  const view = buildView(await readViewSource(docx));
  return render(
    <DocumentView view={view} selection={selection} onSelect={() => undefined} followSelection={false} t={t} />,
  ).container;
}

interface TsvCell {
  para: number;
  table: number;
  row: number;
  gridCol: number;
  gridSpan: number;
  vMerge: string;
}

function cellsTsv(name: string): TsvCell[] {
  const [, ...lines] = readFileSync(join(CORPUS, "tables", `${name}.cells.tsv`), "utf8")
    .trim()
    .split("\n");
  return lines.map((l) => {
    const [para, table, row, , gridCol, gridSpan, vMerge = ""] = l.split("\t");
    return {
      para: +para,
      table: +table,
      row: +row,
      gridCol: +gridCol,
      gridSpan: +gridSpan,
      vMerge: vMerge.trim(),
    };
  });
}

type Side = "top" | "right" | "bottom" | "left";
const SIDES: Side[] = ["top", "right", "bottom", "left"];
const FACING: Record<Side, Side> = { top: "bottom", bottom: "top", left: "right", right: "left" };

const drawsOwn = (td: HTMLElement, side: Side) =>
  !["", "none"].includes(getComputedStyle(td).getPropertyValue(`border-${side}-style`));

const slotCache = new WeakMap<HTMLTableElement, HTMLTableCellElement[][]>();

/** The table's slots (HTML's table model): which drawn cell covers each row and column. */
function slots(table: HTMLTableElement): HTMLTableCellElement[][] {
  const cached = slotCache.get(table);
  if (cached) return cached;
  const grid: HTMLTableCellElement[][] = [];
  slotCache.set(table, grid);
  Array.from(table.rows).forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of Array.from(tr.cells)) {
      while (grid[r][c]) c++;
      for (let dr = 0; dr < td.rowSpan; dr++)
        for (let dc = 0; dc < td.colSpan; dc++) (grid[r + dr] ??= [])[c + dc] = td;
      c += td.colSpan;
    }
  });
  return grid;
}

/** Whether a line shows on that side of a cell: its own, or the one every neighbour across it draws (collapsed). */
function lineShows(td: HTMLTableCellElement, side: Side): boolean {
  if (drawsOwn(td, side)) return true;
  const grid = slots(td.closest("table")!);
  const at: [number, number][] = [];
  grid.forEach((row, r) => row.forEach((x, c) => x === td && at.push([r, c])));
  const step = { top: [-1, 0], bottom: [1, 0], left: [0, -1], right: [0, 1] }[side];
  const across = at
    .map(([r, c]) => grid[r + step[0]]?.[c + step[1]])
    .filter((n): n is HTMLTableCellElement => n !== td);
  return across.length > 0 && !across.includes(undefined as never) && across.every((n) => drawsOwn(n, FACING[side]));
}

const paragraphIndex = new WeakMap<HTMLElement, Map<number, HTMLElement>>();

function cellOf(container: HTMLElement, para: number): HTMLTableCellElement {
  let index = paragraphIndex.get(container);
  if (!index) {
    index = new Map(
      Array.from(container.querySelectorAll<HTMLElement>("[data-p]")).map((p) => [Number(p.dataset.p), p]),
    );
    paragraphIndex.set(container, index);
  }
  const td = index.get(para)?.closest("td");
  if (!td) throw new Error(`paragraph ${para} is not drawn in a cell`);
  return td;
}

maybe("real tables on the preview page", () => {
  test.each(TABLES)(
    "%s: every cell the form expects a value in is drawn as a closed box, as Word draws it",
    async (name) => {
      const expected = (
        JSON.parse(readFileSync(join(CORPUS, "tables", `${name}.expected.json`), "utf8")) as {
          para: number;
          cell?: unknown;
        }[]
      ).filter((e) => e.cell);
      const c = await page(name);
      const tds = Array.from(c.querySelectorAll("td"));
      if (name === UNRULED) {
        expect(expected.length).toBeGreaterThan(0);
        expect(tds.filter((td) => SIDES.some((s) => drawsOwn(td, s)))).toEqual([]);
        return;
      }
      // These templates set their lines per cell only (w:tcBorders), with no table-level borders to fall back on.
      expect(tds.some((td) => drawsOwn(td, "top"))).toBe(true);
      const open = expected.filter((e) => {
        const td = cellOf(c, e.para);
        return !SIDES.every((s) => lineShows(td, s));
      });
      expect(open.map((e) => e.para)).toEqual([]);
    },
  );

  test.each(TABLES)("%s: merged cells span the columns and rows Word merges", async (name) => {
    const cells = cellsTsv(name);
    const c = await page(name);
    const key = (table: number, row: number, gridCol: number) => `${table}/${row}/${gridCol}`;
    const continued = new Set(cells.filter((y) => y.vMerge === "continue").map((y) => key(y.table, y.row, y.gridCol)));
    const continues = (x: TsvCell) => (rows: number) => continued.has(key(x.table, x.row + rows, x.gridCol));
    let checked = 0;
    for (const x of cells) {
      if (x.vMerge === "continue") continue;
      const td = cellOf(c, x.para);
      expect(td.colSpan).toBe(x.gridSpan);
      let span = 1;
      while (x.vMerge === "restart" && continues(x)(span)) span++;
      expect(td.rowSpan).toBe(span);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  test.each(TABLES)("%s: columns are drawn at the widths of the table's grid", async (name) => {
    const cells = cellsTsv(name);
    const c = await page(name);
    const tables = Array.from(c.querySelectorAll<HTMLTableElement>(".story.body table"));
    tables.forEach((table, i) => {
      const columns = Math.max(...cells.filter((x) => x.table === i).map((x) => x.gridCol + x.gridSpan));
      const cols = Array.from(table.querySelectorAll("col")).map((col) => col.style.width);
      expect(cols).toHaveLength(columns);
      if (table.style.width.endsWith("%")) {
        expect(cols.reduce((a, w) => a + parseFloat(w), 0)).toBeCloseTo(100, 3);
      } else {
        expect(table.style.tableLayout).toBe("fixed");
        expect(cols.reduce((a, w) => a + parseFloat(w), 0)).toBeCloseTo(parseFloat(table.style.width), 3);
      }
    });
  });

  test("the CCCD declaration shows each of its six 12-digit numbers as 12 bordered boxes side by side", async () => {
    const c = await draw(bytes("originals/cccd_to_khai.docx"));
    const rows = Array.from(c.querySelectorAll<HTMLElement>("[data-p]")).filter((p) => p.querySelector(".box"));
    expect(rows).toHaveLength(6);
    for (const p of rows) {
      expect(p.textContent).toMatch(/Số (CMND\/CCCD|CCCD\/CMND)/);
      const boxes = Array.from(p.querySelectorAll<HTMLElement>(".box"))
        .map((b) => ({ left: parseFloat(b.style.left), width: parseFloat(b.style.width), style: b.style }))
        .sort((a, b) => a.left - b.left);
      expect(boxes).toHaveLength(12);
      for (const [i, b] of boxes.entries()) {
        expect(b.style.borderStyle).toBe("solid");
        expect(b.width).toBeCloseTo(boxes[0].width, 1);
        // Each box starts where the previous one ends (they share an edge), none overlapping.
        if (i > 0) expect(b.left - boxes[i - 1].left).toBeCloseTo(b.width, 0);
      }
    }
  });

  test("a cell blank the pane selects is outlined on the page, and only that cell", async () => {
    const docx = bytes("tables/phutho_phan_loai_cbcc_2011.docx");
    const sim = await createSimulator(docx);
    const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: "desktop" });
    const cells = (await gw.scan()).result.blanks.filter((b) => b.source === "cell");
    expect(cells.length).toBeGreaterThan(10);
    for (const blank of [cells[0], cells[cells.length - 1]]) {
      await gw.select(blank.id);
      const c = await draw(docx, sim.selection());
      const outlined = Array.from(c.querySelectorAll("td")).filter(
        (td) => getComputedStyle(td).outlineStyle === "solid",
      );
      expect(outlined).toEqual([cellOf(c, blank.paragraph)]);
    }
  });
});
