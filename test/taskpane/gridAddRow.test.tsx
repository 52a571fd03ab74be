/**
 * "Thêm dòng" in the grid editor, on the real Word layer and the simulator: a register grows by a row like its last
 * row of values (not its total row), and the new row's cells are in the grid at once, to be filled like the others.
 */
import { screen, waitFor } from "@testing-library/react";
import { readDocxSnapshot } from "../../src/docx/snapshot";
import type { Simulator } from "../../src/preview/sim";
import { buildDocx, type GenRun } from "../robustness/docgen";
import { openPane } from "./harness";

const runs = (text: string): GenRun[] => (text ? [{ text }] : []);
const ROWS = [
  ["STT", "Họ và tên", "Số tiền (đồng)"],
  ["1", "", ""],
  ["2", "", ""],
  ["", "Tổng cộng", ""],
];

async function openGrid() {
  const bytes = await buildDocx({
    body: [
      { type: "p", runs: runs("Danh sách đóng góp quỹ") },
      { type: "table", grid: true, rows: ROWS.map((r) => r.map(runs)) },
      { type: "p", runs: runs("Người lập: ………………") },
    ],
  });
  const { sim, user } = await openPane("vi", {}, bytes);
  await user.click(screen.getByRole("button", { name: /^Bảng 1: Danh sách đóng góp quỹ/ }));
  return { sim, user };
}

/** The table's rows as the saved document holds them, read back by the project's own .docx reader. */
async function rows(sim: Simulator): Promise<string[][]> {
  const out: string[][] = [];
  for (const p of (await readDocxSnapshot(await sim.save())).paragraphs)
    if (p.cell) (out[p.cell.row] ??= [])[p.cell.gridCol] = p.text;
  return out;
}

test("Thêm dòng adds a row after the last row of values, before the total, and its cells can be filled", async () => {
  const { sim, user } = await openGrid();
  const names = () =>
    screen.getAllByRole("textbox").filter((i) => /Họ và tên/.test(i.getAttribute("aria-label") ?? ""));
  const add = await screen.findByRole("button", { name: "Thêm dòng" }, { timeout: 10000 });
  expect(names()).toHaveLength(2);
  await user.click(add);
  await waitFor(() => expect(names()).toHaveLength(3), { timeout: 10000 });
  expect(await rows(sim)).toEqual([...ROWS.slice(0, 3), ["", "", ""], ROWS[3]]);
  await user.type(names()[2], "Lê Văn Cường{Enter}");
  await waitFor(async () => expect((await rows(sim))[3][1]).toBe("Lê Văn Cường"), { timeout: 10000 });
}, 30_000);
