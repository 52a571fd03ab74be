/** The overview over a scanned text: progress, the sections with what is left in each, and the ways in. */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderView, scanned, scannedTable } from "../../../test/taskpane/views";
import { Overview } from "./Overview";
import type { OverviewSession } from "./Overview.types";

const REPORT = [
  "I. THÔNG TIN CHUNG",
  "Họ và tên: ..................",
  "II. KẾT QUẢ",
  "Số lượng: ..................",
  "Ghi chú: ..................",
];

function session(lines: string[], over: Partial<OverviewSession> = {}): OverviewSession {
  const { result, model } = scanned(lines);
  return {
    outcome: { result },
    model,
    highlight: false,
    setView: jest.fn(),
    goToIndex: jest.fn(),
    continueFilling: jest.fn(),
    setHighlight: jest.fn(async () => {}),
    addFromSelection: jest.fn(async () => {}),
    ...over,
  };
}

describe("Overview", () => {
  it("shows the progress and each section with its empty count; a section opens the form at its first field", async () => {
    const user = userEvent.setup();
    const s = session(REPORT);
    renderView(<Overview session={s} />);

    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("0/3 ô đã điền");
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "0/3 ô đã điền");
    const second = screen.getByRole("button", { name: "II. KẾT QUẢ — còn 2 ô trống" });
    expect(screen.getByRole("button", { name: "I. THÔNG TIN CHUNG — còn 1 ô trống" })).toBeInTheDocument();

    await user.click(second);
    expect(s.goToIndex).toHaveBeenCalledWith(1);
  });

  it("goes on with 'Tiếp tục điền' once something is filled", () => {
    const start = REPORT[1].indexOf(".");
    const { result, model } = scanned(
      REPORT.map((l, i) => (i === 1 ? "Họ và tên: Nguyễn Văn A" : l)),
      [
        {
          blankId: "b-name",
          original: "..................",
          value: "Nguyễn Văn A",
          paragraph: 1,
          start,
          end: start + 12,
        },
      ],
    );
    renderView(<Overview session={session(REPORT, { outcome: { result }, model })} />);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("1/3 ô đã điền");
    expect(screen.getByRole("button", { name: "Tiếp tục điền" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Bắt đầu điền" })).not.toBeInTheDocument();
  });

  it("leads to the form, the check and all fields, and turns the highlighting on", async () => {
    const user = userEvent.setup();
    const s = session(REPORT);
    renderView(<Overview session={s} />);

    // Nothing filled yet: the way in says so.
    expect(screen.queryByRole("button", { name: "Tiếp tục điền" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Bắt đầu điền" }));
    expect(s.continueFilling).toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
    expect(s.setView).toHaveBeenCalledWith("check");
    await user.click(screen.getByRole("button", { name: "Tất cả các ô" }));
    expect(s.setView).toHaveBeenCalledWith("all");
    await user.click(screen.getByRole("button", { name: "Tô sáng ô trống trong tài liệu" }));
    expect(s.setHighlight).toHaveBeenCalledWith(true);
  });

  it("with the blanks highlighted, the button says it takes the highlight off, and does", async () => {
    const user = userEvent.setup();
    const s = session(REPORT, { highlight: true });
    renderView(<Overview session={s} />);
    expect(screen.queryByRole("button", { name: "Tô sáng ô trống trong tài liệu" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Bỏ tô sáng ô trống" }));
    expect(s.setHighlight).toHaveBeenCalledWith(false);
  });

  it("offers each table with cells to fill as one entry that opens its grid", async () => {
    const user = userEvent.setup();
    const { result, model, snapshot } = scannedTable(
      ["I. SỐ LIỆU VỀ TỔ CHỨC HỘI", "Số liệu về tổ chức hội năm 2024"],
      [
        ["STT", "Đơn vị", "Nam", "Nữ"],
        ["1", "Thôn Đông", "", ""],
        ["2", "Thôn Tây", "", ""],
      ],
    );
    const s = session(REPORT, { outcome: { result, snapshot }, model });
    renderView(<Overview session={s} />);

    await user.click(screen.getByRole("button", { name: "Bảng 1: Số liệu về tổ chức hội năm 2024 — 0/4 ô" }));
    expect(s.setView).toHaveBeenCalledWith("grid:0");
  });

  it("explains a document with nothing to fill and offers to add a field from the selection", async () => {
    const user = userEvent.setup();
    const s = session(["Một văn bản không có chỗ trống."]);
    renderView(<Overview session={s} />);

    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Không tìm thấy ô nào cần điền");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Thêm ô từ vùng chọn" }));
    expect(s.addFromSelection).toHaveBeenCalled();
  });

  it("speaks English when Office does", () => {
    renderView(<Overview session={session(REPORT)} />, "en");
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("0/3 fields filled");
    expect(screen.getByRole("button", { name: "II. KẾT QUẢ — 2 empty" })).toBeInTheDocument();
  });
});
