/**
 * Tables in the pane, on the real Word layer and the simulator: the guided form takes a table as one step, filled in
 * the grid inside it, and Next goes past the whole table; the grid editor's "Thêm dòng" grows a register.
 */
import { screen, waitFor } from "@testing-library/react";
import { readDocxSnapshot } from "../../src/docx/snapshot";
import type { Simulator } from "../../src/preview/sim";
import { buildDocx, type GenRun } from "../robustness/docgen";
import { openPane } from "./harness";

const HEAD = ["STT", "Đơn vị", "Nam (người)", "Nữ (người)"];
const PLACES = ["Thôn Đông", "Thôn Tây", "Thôn Nam"];
const CAPTION = "Số liệu về tổ chức hội";
// The overview's way into the form: "start" on an empty document, "continue" once something is filled.
const START = /^(Bắt đầu điền|Tiếp tục điền)$/;

const runs = (text: string): GenRun[] => (text ? [{ text }] : []);

async function document(): Promise<Uint8Array> {
  const rows = [HEAD, ...PLACES.map((p, i) => [String(i + 1), p, "", ""]), ["", "Tổng số", "", ""]];
  return buildDocx({
    body: [
      { type: "p", runs: runs("Tên đơn vị: ………………") },
      { type: "p", runs: runs(CAPTION) },
      { type: "table", grid: true, rows: rows.map((r) => r.map(runs)) },
      { type: "p", runs: runs("Người báo cáo: ………………") },
    ],
  });
}

/** The pane over the document, as the harness opens the shipped template. */
const openTable = async () => openPane("vi", {}, await document());

const heading = () => screen.getByRole("heading", { level: 2 });
const cell = (row: string, col: string) => screen.getByRole("textbox", { name: `${row} — ${col}` });

/** What the saved document holds in the table's cells, read back by the project's own .docx reader. */
async function cellTexts(sim: Simulator): Promise<string[][]> {
  const snapshot = await readDocxSnapshot(await sim.save());
  const out: string[][] = [];
  for (const p of snapshot.paragraphs) if (p.cell) (out[p.cell.row] ??= [])[p.cell.gridCol] = p.text;
  return out;
}

test("a table is one step: its grid in the form, the keyboard through it, and Next past the whole table", async () => {
  const { sim, user } = await openTable();
  await user.click(screen.getByRole("button", { name: START }));
  await waitFor(() => expect(heading()).toHaveTextContent("Tên đơn vị"));
  await user.keyboard("Xã Phước Hòa{Enter}");

  // 3 places and the total, two columns each: 8 cells, the form's fields 2 to 9.
  await waitFor(() => expect(heading()).toHaveTextContent(`Bảng 1: ${CAPTION} — 0/8 ô`));
  expect(screen.getByText("Ô 2–9/10")).toBeInTheDocument();
  expect(screen.getByRole("table", { name: `Bảng 1: ${CAPTION} — 0/8 ô` })).toBeInTheDocument();
  // The step lands in the table's first cell; Enter goes down, Tab to the right.
  expect(cell("1. Thôn Đông", "Nam (người)")).toHaveFocus();
  await user.keyboard("12{Enter}30{Enter}5");
  expect(cell("3. Thôn Nam", "Nam (người)")).toHaveValue("5");
  await user.click(cell("1. Thôn Đông", "Nữ (người)"));
  await user.keyboard("10{Enter}20{Enter}7");
  // The total is offered from its parts; nothing goes into it until the user takes it.
  expect(cell("Tổng số", "Nam (người)")).toHaveValue("");
  await user.click(screen.getByRole("button", { name: "Điền tổng 47 vào ô “Tổng số — Nam (người)”" }));
  await user.click(cell("Tổng số", "Nữ (người)"));
  await user.keyboard("{Alt>}[Equal]{/Alt}");
  expect(cell("Tổng số", "Nữ (người)")).toHaveValue("37");

  // Ctrl+Enter in the table writes it and goes on past it, to the field after the table.
  await user.keyboard("{Control>}{Enter}{/Control}");
  await waitFor(() => expect(heading()).toHaveTextContent("Người báo cáo"));
  expect(screen.getByText("Ô 10/10")).toBeInTheDocument();
  expect(await cellTexts(sim)).toEqual([
    HEAD,
    ["1", "Thôn Đông", "12", "10"],
    ["2", "Thôn Tây", "30", "20"],
    ["3", "Thôn Nam", "5", "7"],
    ["", "Tổng số", "47", "37"],
  ]);

  // Previous comes back to the table as one step, and its Next button goes past it again.
  await user.click(screen.getByRole("button", { name: "Ô trước" }));
  await waitFor(() => expect(heading()).toHaveTextContent(`Bảng 1: ${CAPTION} — 8/8 ô`));
  await user.click(screen.getByRole("button", { name: "Ô tiếp" }));
  await waitFor(() => expect(heading()).toHaveTextContent("Người báo cáo"));
});

test("Skip on a table goes to the next empty field after it, not to another cell of the same table", async () => {
  const { user } = await openTable();
  await user.click(screen.getByRole("button", { name: START }));
  await waitFor(() => expect(heading()).toHaveTextContent("Tên đơn vị"));
  await user.click(screen.getByRole("button", { name: "Bỏ qua" }));
  await waitFor(() => expect(heading()).toHaveTextContent(/^Bảng 1/));
  await user.click(screen.getByRole("button", { name: "Bỏ qua" }));
  await waitFor(() => expect(heading()).toHaveTextContent("Người báo cáo"));
});

/**
 * "Thêm dòng" in the grid editor, on the real Word layer and the simulator: a register grows by a row like its last
 * row of values (not its total row), and the new row's cells are in the grid at once, to be filled like the others.
 */
const REGISTER = [
  ["STT", "Họ và tên", "Số tiền (đồng)"],
  ["1", "", ""],
  ["2", "", ""],
  ["", "Tổng cộng", ""],
];

async function openRegister() {
  const bytes = await buildDocx({
    body: [
      { type: "p", runs: runs("Danh sách đóng góp quỹ") },
      { type: "table", grid: true, rows: REGISTER.map((r) => r.map(runs)) },
      { type: "p", runs: runs("Người lập: ………………") },
    ],
  });
  const { sim, user } = await openPane("vi", {}, bytes);
  await user.click(screen.getByRole("button", { name: /^Bảng 1: Danh sách đóng góp quỹ/ }));
  return { sim, user };
}

test("Thêm dòng adds a row after the last row of values, before the total, and its cells can be filled", async () => {
  const { sim, user } = await openRegister();
  const names = () =>
    screen.getAllByRole("textbox").filter((i) => /Họ và tên/.test(i.getAttribute("aria-label") ?? ""));
  const add = await screen.findByRole("button", { name: "Thêm dòng" }, { timeout: 10000 });
  expect(names()).toHaveLength(2);
  await user.click(add);
  await waitFor(() => expect(names()).toHaveLength(3), { timeout: 10000 });
  expect(await cellTexts(sim)).toEqual([...REGISTER.slice(0, 3), ["", "", ""], REGISTER[3]]);
  await user.type(names()[2], "Lê Văn Cường{Enter}");
  await waitFor(async () => expect((await cellTexts(sim))[3][1]).toBe("Lê Văn Cường"), { timeout: 10000 });
}, 30_000);
