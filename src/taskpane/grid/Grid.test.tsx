/** The grid editor over a scanned table: cells by row and column, keyboard moves, and a spreadsheet block pasted. */
import { act, fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { renderView, scannedTable } from "../../../test/taskpane/views";
import { Grid } from "./Grid";
import type { GridSession } from "./Grid.types";

const HEAD = ["STT", "Đơn vị", "Hội viên (người)", "Diện tích (ha)"];
const PLACES = [
  "Thôn Đông",
  "Thôn Tây",
  "Thôn Nam",
  "Thôn Bắc",
  "Xóm Một",
  "Xóm Hai",
  "Xóm Ba",
  "Xóm Bốn",
  "Ấp Mới",
  "Ấp Cũ",
];
const CAPTION = "Số liệu về tổ chức hội năm 2024";
const COLS = ["Hội viên (người)", "Diện tích (ha)"];

/** A table of `n` places, each row with its number, its name and two empty cells, under a heading. */
function session(n: number, head = HEAD): GridSession {
  const rows = PLACES.slice(0, n).map((p, i) => [String(i + 1), p, ...head.slice(2).map(() => "")]);
  const { model, snapshot } = scannedTable(["I. SỐ LIỆU VỀ TỔ CHỨC HỘI", CAPTION], [head, ...rows]);
  return {
    model,
    outcome: { snapshot },
    setView: jest.fn(),
    jump: jest.fn(),
    displayValue: (entry) => entry.value,
    setDraft: jest.fn(),
    commit: jest.fn(async () => true),
    commitAll: jest.fn(async () => true),
    validation: {},
  };
}

/** The grid with the session's drafts: what is typed or pasted shows in the cells until it is written. */
function WithDrafts({ session: s }: { session: GridSession }) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const setDraft = (fieldId: string, value: string) => {
    s.setDraft(fieldId, value);
    setDrafts((d) => ({ ...d, [fieldId]: value }));
  };
  return <Grid table={0} session={{ ...s, setDraft, displayValue: (e) => drafts[e.field.id] ?? e.value }} />;
}

const cell = (row: string, col: string) => screen.getByRole("textbox", { name: `${row} — ${col}` });
const rowName = (i: number) => `${i + 1}. ${PLACES[i]}`;

function paste(target: HTMLElement, text: string) {
  act(() => {
    fireEvent.paste(target, { clipboardData: { getData: (type: string) => (type === "text/plain" ? text : "") } });
  });
}

/** Rows of tab-separated figures, one line each, as a spreadsheet copies a range (a newline after the last). */
const tsv = (rows: string[][]) => rows.map((r) => r.join("\t")).join("\r\n") + "\r\n";

describe("Grid", () => {
  it("shows the table's cells by row label and column header, and moves down a row on Enter and the arrows", async () => {
    const user = userEvent.setup();
    const s = session(3);
    renderView(<WithDrafts session={s} />);

    expect(screen.getByRole("heading", { level: 2, name: `Bảng 1: ${CAPTION}` })).toBeInTheDocument();
    expect(screen.getByText("0/6 ô")).toBeInTheDocument();
    for (const i of [0, 1, 2]) expect(screen.getByRole("rowheader", { name: rowName(i) })).toBeInTheDocument();
    for (const col of COLS) expect(screen.getByRole("columnheader", { name: col })).toBeInTheDocument();
    expect(screen.getAllByRole("textbox")).toHaveLength(6);
    expect(screen.getByRole("table", { name: `Bảng 1: ${CAPTION}` })).toBeInTheDocument();

    const first = cell(rowName(0), COLS[0]);
    await user.click(first);
    await user.keyboard("12{Enter}");
    expect(first).toHaveValue("12");
    expect(s.commit).toHaveBeenCalledWith(s.model!.entries[0].field.id);
    expect(cell(rowName(1), COLS[0])).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(cell(rowName(2), COLS[0])).toHaveFocus();
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(first).toHaveFocus();
    await user.tab();
    expect(cell(rowName(0), COLS[1])).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Ghi vào tài liệu" }));
    expect(s.commitAll).toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Về tổng quan" }));
    expect(s.setView).toHaveBeenCalledWith("overview");
  });

  it("fills every cell of a table of ten rows from a pasted 10×4 block, and writes them", async () => {
    const user = userEvent.setup();
    const head = ["STT", "Đơn vị", "Nam", "Nữ", "Dưới 30 tuổi", "Đảng viên"];
    const s = session(10, head);
    renderView(<WithDrafts session={s} />);
    const block = PLACES.map((_, i) => [0, 1, 2, 3].map((j) => String(10 * i + j + 1)));

    paste(cell(rowName(0), "Nam"), tsv(block));

    block.forEach((values, i) => values.forEach((v, j) => expect(cell(rowName(i), head[j + 2])).toHaveValue(v)));
    expect(screen.getByText("Đã dán 40 ô, bắt đầu từ ô “1. Thôn Đông — Nam”.")).toBeInTheDocument();
    expect(screen.queryByText("Một phần vùng dán không vừa bảng:")).not.toBeInTheDocument();
    expect(s.commit).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Ghi vào tài liệu" }));
    expect(s.commitAll).toHaveBeenCalled();
    expect(screen.queryByText(/Đã dán/)).not.toBeInTheDocument();
  });

  it("pastes a 10×4 block into a 3×2 grid: what fits, a message for what does not, and undo", async () => {
    const user = userEvent.setup();
    const s = session(3);
    renderView(<WithDrafts session={s} />);
    // A value typed before the paste comes back with undo.
    await user.type(cell(rowName(2), COLS[1]), "7,5");
    const block = Array.from({ length: 10 }, (_, i) => [0, 1, 2, 3].map((j) => `${i + 1}.00${j}`));

    paste(cell(rowName(0), COLS[0]), tsv(block));

    for (const i of [0, 1, 2]) {
      expect(cell(rowName(i), COLS[0])).toHaveValue(`${i + 1}.000`);
      expect(cell(rowName(i), COLS[1])).toHaveValue(`${i + 1}.001`);
    }
    expect(screen.getByText("Đã dán 6 ô, bắt đầu từ ô “1. Thôn Đông — Hội viên (người)”.")).toBeInTheDocument();
    expect(screen.getByText("Một phần vùng dán không vừa bảng:")).toBeInTheDocument();
    expect(screen.getByText("7 dòng cuối nằm ngoài bảng, không được dán;")).toBeInTheDocument();
    expect(screen.getByText("2 cột bên phải nằm ngoài bảng, không được dán;")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Hoàn tác" }));
    for (const i of [0, 1]) {
      expect(cell(rowName(i), COLS[0])).toHaveValue("");
      expect(cell(rowName(i), COLS[1])).toHaveValue("");
    }
    expect(cell(rowName(2), COLS[0])).toHaveValue("");
    expect(cell(rowName(2), COLS[1])).toHaveValue("7,5");
    expect(screen.queryByText(/Đã dán/)).not.toBeInTheDocument();
  });

  it("turns an English block's numbers into Vietnamese notation when every one reads only one way", () => {
    const s = session(3);
    renderView(<WithDrafts session={s} />);

    paste(
      cell(rowName(1), COLS[0]),
      tsv([
        ["12,480", "1,250.5"],
        ["3", "0.75"],
      ]),
    );

    expect(cell(rowName(1), COLS[0])).toHaveValue("12.480");
    expect(cell(rowName(1), COLS[1])).toHaveValue("1.250,5");
    expect(cell(rowName(2), COLS[0])).toHaveValue("3");
    expect(cell(rowName(2), COLS[1])).toHaveValue("0,75");
    expect(screen.getByText("Số đã được đổi sang cách viết Việt Nam (ví dụ 12,480 → 12.480).")).toBeInTheDocument();
  });

  it("asks once which notation a block of 12,480-like numbers is in before filling", async () => {
    const user = userEvent.setup();
    const s = session(3);
    renderView(<WithDrafts session={s} />);
    const block = tsv([
      ["12,480", "3,500"],
      ["1,125", "40"],
    ]);

    paste(cell(rowName(0), COLS[0]), block);
    expect(screen.getByText(/Vùng dán có số như “12,480”/)).toBeInTheDocument();
    expect(cell(rowName(0), COLS[0])).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "12.480 (hàng nghìn)" }));
    expect(cell(rowName(0), COLS[0])).toHaveValue("12.480");
    expect(cell(rowName(0), COLS[1])).toHaveValue("3.500");
    expect(cell(rowName(1), COLS[0])).toHaveValue("1.125");
    expect(screen.queryByText(/Vùng dán có số như/)).not.toBeInTheDocument();

    paste(cell(rowName(1), COLS[0]), block);
    await user.click(screen.getByRole("button", { name: "12,48 (số thập phân)" }));
    expect(cell(rowName(1), COLS[0])).toHaveValue("12,480");
    expect(cell(rowName(1), COLS[1])).toHaveValue("3,500");
    expect(cell(rowName(2), COLS[0])).toHaveValue("1,125");

    paste(cell(rowName(2), COLS[1]), block);
    await user.click(screen.getByRole("button", { name: "Không dán" }));
    expect(cell(rowName(2), COLS[1])).toHaveValue("40");
    expect(screen.queryByText(/Vùng dán có số như/)).not.toBeInTheDocument();
  });

  it("shows each total cell the sum of its column as the rows are typed or pasted, and marks what was pasted", async () => {
    const user = userEvent.setup();
    const { model } = scannedTable(
      ["I. SỐ LIỆU"],
      [
        ["STT", "Đơn vị", "Nam", "Nữ"],
        ["", "Tổng số", "", ""],
        ["1", "Thôn Đông", "", ""],
        ["2", "Thôn Tây", "", ""],
      ],
    );
    renderView(<WithDrafts session={{ ...session(0), model }} />);
    const total = cell("Tổng số", "Nam");
    expect(total).not.toHaveAttribute("placeholder");

    await user.type(cell("1. Thôn Đông", "Nam"), "1.200");
    expect(total).toHaveAttribute("placeholder", "Σ 1.200");
    paste(cell("2. Thôn Tây", "Nam"), "50,5\t7\r\n");
    expect(total).toHaveAttribute("placeholder", "Σ 1.250,5");
    expect(total).toHaveAccessibleDescription("Cộng các dòng: 1.250,5");
    expect(cell("Tổng số", "Nữ")).toHaveAttribute("placeholder", "Σ 7");
    expect(cell("2. Thôn Tây", "Nam")).toHaveAttribute("data-pasted");
    expect(cell("1. Thôn Đông", "Nam")).not.toHaveAttribute("data-pasted");
  });

  it("offers a total row its parts' sum, written only when the user takes it, by click or Alt+=", async () => {
    const user = userEvent.setup();
    const { model } = scannedTable(
      ["I. SỐ LIỆU"],
      [
        ["STT", "Đơn vị", "Nam", "Nữ"],
        ["1", "Thôn Đông", "", ""],
        ["2", "Thôn Tây", "", ""],
        ["", "Cộng", "", ""],
      ],
    );
    const s = { ...session(0), model };
    renderView(<WithDrafts session={s} />);
    const total = cell("Cộng", "Nam");
    const totalId = model!.entries.find((e) => e.field.label === "Cộng — Nam")!.field.id;
    const offer = (sum: string, col = "Nam") =>
      screen.queryByRole("button", { name: `Điền tổng ${sum} vào ô “Cộng — ${col}”` });
    expect(screen.queryByRole("button", { name: /^Điền tổng/ })).not.toBeInTheDocument();

    await user.type(cell("1. Thôn Đông", "Nam"), "1.200");
    await user.type(cell("2. Thôn Tây", "Nam"), "50");
    expect(offer("1.250")).toBeInTheDocument();
    expect(screen.getByText(/nhấn Alt\+= trong ô/)).toBeInTheDocument();
    expect(total).toHaveValue("");
    expect(s.setDraft).not.toHaveBeenCalledWith(totalId, expect.anything());

    await user.click(offer("1.250")!);
    expect(total).toHaveValue("1.250");
    expect(s.commit).toHaveBeenCalledWith(totalId);
    expect(offer("1.250")).not.toBeInTheDocument();

    // A part changed after the total was taken: the new sum is offered again, the total left as it was.
    await user.clear(cell("2. Thôn Tây", "Nam"));
    await user.type(cell("2. Thôn Tây", "Nam"), "75");
    expect(total).toHaveValue("1.250");
    expect(offer("1.275")).toBeInTheDocument();
    await user.click(total);
    await user.keyboard("{Alt>}[Equal]{/Alt}");
    expect(total).toHaveValue("1.275");
    expect(offer("1.275")).not.toBeInTheDocument();

    // A total the user typed as its own figure, equal to the sum, is not offered anything.
    await user.type(cell("1. Thôn Đông", "Nữ"), "3");
    await user.type(cell("2. Thôn Tây", "Nữ"), "4");
    await user.type(cell("Cộng", "Nữ"), "7");
    expect(offer("7", "Nữ")).not.toBeInTheDocument();
  });

  it("offers a grand total the sum of its group subtotals, each group's items left to their subtotal", async () => {
    const user = userEvent.setup();
    const { model } = scannedTable(
      ["I. SỐ LIỆU"],
      [
        ["STT", "Đơn vị", "Số người"],
        ["I", "Khối Đảng", ""],
        ["1", "Văn phòng", ""],
        ["2", "Ban Tổ chức", ""],
        ["II", "Khối chính quyền", ""],
        ["1", "Ủy ban nhân dân", ""],
        ["2", "Hội đồng nhân dân", ""],
        ["", "Tổng cộng", ""],
      ],
    );
    renderView(<WithDrafts session={{ ...session(0), model }} />);
    const typeIn = async (row: string, value: string) => user.type(cell(row, "Số người"), value);
    await typeIn("I. Khối Đảng", "30");
    await typeIn("1. Văn phòng", "12");
    await typeIn("2. Ban Tổ chức", "18");
    await typeIn("II. Khối chính quyền", "45");
    await typeIn("1. Ủy ban nhân dân", "40");
    await typeIn("2. Hội đồng nhân dân", "5");
    expect(screen.getByRole("button", { name: "Điền tổng 75 vào ô “Tổng cộng — Số người”" })).toBeInTheDocument();
  });

  it("leaves a single pasted value to the cell itself", () => {
    const s = session(3);
    renderView(<WithDrafts session={s} />);
    paste(cell(rowName(0), COLS[0]), "42\r\n");
    expect(s.setDraft).not.toHaveBeenCalled();
    expect(screen.queryByText(/Đã dán/)).not.toBeInTheDocument();
  });
});
