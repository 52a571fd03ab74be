/** The check before sending, over a scanned text: what is left to fill, what to review, and finishing. */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderView, scanned } from "../../../test/taskpane/views";
import { Check } from "./Check";
import type { CheckSession } from "./Check.types";

function session(lines: string[], over: Partial<CheckSession> = {}): CheckSession {
  const { result, model } = scanned(lines);
  return {
    outcome: { result, tracking: "off" },
    model,
    drafts: {},
    finalized: false,
    setView: jest.fn(),
    goTo: jest.fn(),
    jump: jest.fn(),
    jumpToParagraph: jest.fn(),
    commitAll: jest.fn(async () => true),
    finalize: jest.fn(async () => {}),
    ...over,
  };
}

describe("Check", () => {
  it("lists an empty place under its group, opens the form at it and jumps to it; no 'Hoàn tất' while it is empty", async () => {
    const user = userEvent.setup();
    const s = session(["Họ và tên: ..................", "(Ghi rõ tên đơn vị)"]);
    renderView(<Check session={s} />);

    expect(screen.getByRole("status")).toHaveTextContent("Còn 1 chỗ trống");
    expect(screen.queryByRole("button", { name: "Hoàn tất" })).not.toBeInTheDocument();
    const empty = screen.getByRole("region", { name: /Chỗ còn trống \(1\)/ });
    const notes = screen.getByRole("region", { name: /Lời hướng dẫn còn sót trong văn bản \(1\)/ });
    expect(notes).toHaveTextContent("“(Ghi rõ tên đơn vị)” (Đầu văn bản)");

    await user.click(within(empty).getByRole("button", { name: "Họ và tên" }));
    // Sent from the check: the form goes on to what is still missing.
    expect(s.goTo).toHaveBeenCalledWith(s.model!.entries[0].field.id, "check");
    await user.click(within(empty).getByRole("button", { name: /Đến chỗ này trong tài liệu: Họ và tên/ }));
    expect(s.jump).toHaveBeenCalledWith(s.model!.entries[0].blanks[0].id);
    await user.click(within(notes).getByRole("button", { name: /Đến chỗ này/ }));
    expect(s.jumpToParagraph).toHaveBeenCalledWith(1);
  });

  it("names each place by its part and the numbers of its headings, not by a paragraph number", () => {
    renderView(
      <Check
        session={session([
          "Phần thứ nhất",
          "III. KẾT QUẢ",
          "5. Các hội quần chúng",
          "(Nêu cụ thể từng hội)",
          "Phần thứ hai",
          "* Nhiệm vụ",
          "(Ghi nhiệm vụ năm tới)",
        ])}
      />,
    );
    const notes = screen.getByRole("region", { name: /Lời hướng dẫn còn sót trong văn bản/ });
    expect(notes).toHaveTextContent("“(Nêu cụ thể từng hội)” (Phần thứ nhất, mục III.5)");
    expect(notes).toHaveTextContent("“(Ghi nhiệm vụ năm tới)” (Phần thứ hai)");
    expect(notes).not.toHaveTextContent(/đoạn \d/);
  });

  it("names a total that its parts do not add up to by its label, once", () => {
    const s = session(["Nội dung."]);
    const finding = {
      type: "parts-total" as const,
      paragraph: 0,
      message: "Tổng không khớp: Số chi bộ ghi 7, cộng các phần được 21",
      params: { label: "Số chi bộ", total: "7", sum: "21" },
      section: ["I. CHUNG"],
    };
    renderView(
      <Check session={{ ...s, outcome: { ...s.outcome!, result: { ...s.outcome!.result, findings: [finding] } } }} />,
    );
    const region = screen.getByRole("region", { name: /Tổng không khớp với các phần \(1\)/ });
    expect(region).toHaveTextContent("Số chi bộ: ghi 7, cộng các phần được 21 (Mục I)");
  });

  it("lists the dismissed blanks under their own heading, each restored in one click", async () => {
    const user = userEvent.setup();
    const s = session(["Nội dung."], {
      dismissed: [{ key: "tên xã", label: "Tên xã", blankIds: ["b1", "b2"], section: ["I. CHUNG"], paragraph: 3 }],
      restore: jest.fn(async () => {}),
    });
    renderView(<Check session={s} />);
    const region = screen.getByRole("region", { name: "Đã đánh dấu “Không phải ô trống” (1)" });
    expect(region).toHaveTextContent("Tên xã (Mục I, 2 chỗ)");
    expect(screen.getByRole("status")).toHaveTextContent("Còn 1 điều nên xem lại");
    await user.click(within(region).getByRole("button", { name: "Khôi phục “Tên xã” thành ô cần điền" }));
    expect(s.restore).toHaveBeenCalledWith(["b1", "b2"]);
  });

  it("asks once before finishing with a note or a dismissed blank left, naming them", async () => {
    const user = userEvent.setup();
    const s = session(["(Ghi rõ tên đơn vị)"], {
      dismissed: [{ key: "số chi bộ", label: "Số chi bộ", blankIds: ["b1"], section: [], paragraph: 0 }],
    });
    renderView(<Check session={s} />);
    await user.click(screen.getByRole("button", { name: "Hoàn tất" }));
    expect(s.finalize).not.toHaveBeenCalled();
    const question = screen.getByRole("button", { name: "Vẫn hoàn tất" }).closest(".fui-MessageBar") as HTMLElement;
    expect(question).toHaveTextContent("lời hướng dẫn: “(Ghi rõ tên đơn vị)”");
    expect(question).toHaveTextContent("ô đã đánh dấu “Không phải ô trống”, sẽ để nguyên: Số chi bộ");
    await user.click(screen.getByRole("button", { name: "Vẫn hoàn tất" }));
    expect(s.finalize).toHaveBeenCalled();
  });

  it("offers no jump to a paragraph where the Word layer cannot select one", () => {
    renderView(<Check session={session(["(Ghi rõ tên đơn vị)"], { jumpToParagraph: null })} />);
    expect(screen.getByText(/Ghi rõ tên đơn vị/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Đến chỗ này/ })).not.toBeInTheDocument();
  });

  it("asks once before finishing with warnings left, then writes what was typed and finishes", async () => {
    const user = userEvent.setup();
    const s = session(["(Ghi rõ tên đơn vị)"]);
    renderView(<Check session={s} />);

    expect(screen.getByRole("status")).toHaveTextContent("Còn 1 điều nên xem lại");
    await user.click(screen.getByRole("button", { name: "Hoàn tất" }));
    expect(s.finalize).not.toHaveBeenCalled();
    const yes = screen.getByRole("button", { name: "Vẫn hoàn tất" });
    expect(yes).toHaveFocus();
    await user.click(yes);
    expect(s.commitAll).toHaveBeenCalled();
    expect(s.finalize).toHaveBeenCalled();
  });

  it("does not finish while a typed value cannot be written, and says how many are waiting", async () => {
    const user = userEvent.setup();
    const s = session(["Nội dung."], { drafts: { f1: "x" }, commitAll: jest.fn(async () => false) });
    renderView(<Check session={s} />);

    expect(screen.getByRole("status")).toHaveTextContent("Không còn gì cần sửa");
    await user.click(screen.getByRole("button", { name: "Hoàn tất" }));
    expect(await screen.findByText(/Còn 1 giá trị đã gõ nhưng chưa ghi được/)).toBeInTheDocument();
    expect(s.finalize).not.toHaveBeenCalled();
  });

  it("says the document is finished and offers nothing more to do", () => {
    renderView(<Check session={session(["Nội dung."], { finalized: true })} />);
    expect(screen.getByText("Đã hoàn tất. Tài liệu không còn dấu của Điền mẫu.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Hoàn tất" })).not.toBeInTheDocument();
  });
});
