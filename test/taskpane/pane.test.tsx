/**
 * The pane against the Word simulator loaded with the shipped template, through the real Word layer and engine:
 * what a user sees and what ends up in the document.
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import JSZip from "jszip";
import type { ApplyReport } from "../../src/word/types";
import { documentText, openPane, progress, type Pane } from "./harness";

expect.extend(toHaveNoViolations);
jest.setTimeout(60000);

beforeEach(() => window.localStorage.clear());

async function startForm(pane: Pane) {
  await pane.user.click(screen.getByRole("button", { name: /^(Bắt đầu|Tiếp tục) điền$|^(Start|Continue) filling$/ }));
  return screen.findByRole("heading", { level: 2 });
}

function currentLabel(): string {
  return screen.getByRole("heading", { level: 2 }).textContent ?? "";
}

/** "Ô 3/30": which field the form shows (labels can repeat, positions cannot). */
function position(): string {
  return screen.queryByText(/^Ô \d+\/\d+$/)?.textContent ?? "";
}

/** Skip forward until the form shows a field matching `test`. */
async function skipTo(pane: Pane, test: () => boolean) {
  for (let guard = 0; !test() && guard < 40; guard++) {
    const at = position();
    await pane.user.click(screen.getByRole("button", { name: "Bỏ qua" }));
    await waitFor(() => expect(position()).not.toBe(at));
  }
  expect(test()).toBe(true);
}

async function backToOverview(pane: Pane) {
  await pane.user.click(screen.getByRole("button", { name: "Về tổng quan" }));
  await screen.findByText(/ô đã điền/);
}

describe("overview", () => {
  test("shows progress, sections with their empty counts, and has no axe violations", async () => {
    const pane = await openPane();
    const [filled, total] = progress();
    expect(filled).toBe(0);
    expect(total).toBeGreaterThan(20);
    const sections = screen.getByRole("navigation", { name: "Các phần của văn bản" });
    expect(within(sections).getAllByText(/còn \d+ ô trống/).length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tô sáng ô trống trong tài liệu" })).toBeInTheDocument();
    expect(await axe(pane.view.container)).toHaveNoViolations();
  });

  test("every section's list entry, the document's heading block first, opens the form at its first empty field", async () => {
    const pane = await openPane();
    const [, total] = progress();
    const sections = screen.getByRole("navigation", { name: "Các phần của văn bản" });
    const entries = within(sections).getAllByRole("button");
    expect(entries[0]).toHaveAttribute("aria-label", "Phần đầu văn bản — còn 8 ô trống");
    expect(entries[1]).toHaveAttribute("aria-label", "Phần thứ nhất — còn 22 ô trống");
    // Counted in fields, like the progress: the top-level groups add up to the total.
    const top = [entries[0], entries[1]].map((b) => Number(/còn (\d+)/.exec(b.getAttribute("aria-label") ?? "")?.[1]));
    expect(top[0] + top[1]).toBe(total);
    await pane.user.click(entries[0]);
    await screen.findByText(/^Ô 1\//);
    expect(currentLabel()).toBe("Tên huyện");
    expect(screen.getByText("Phần đầu văn bản")).toBeInTheDocument();
    await backToOverview(pane);
    const fifth = within(screen.getByRole("navigation", { name: "Các phần của văn bản" })).getByRole("button", {
      name: /^5\. Tình hình tổ chức/,
    });
    await pane.user.click(fifth);
    await waitFor(() => expect(currentLabel()).toBe("Số chi hội (Hội chữ thập đỏ)"));
  });

  test("speaks English when Office's display language is English", async () => {
    await openPane("en");
    expect(progress()[0]).toBe(0);
    expect(screen.getByRole("button", { name: "Start filling" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check before sending" })).toBeInTheDocument();
    expect(screen.queryByText(/ô đã điền/)).not.toBeInTheDocument();
  });
});

describe("guided form", () => {
  test("fills every field of the template through the form and the document changes", async () => {
    const pane = await openPane();
    const [, total] = progress();
    await startForm(pane);
    expect(await axe(pane.view.container)).toHaveNoViolations();
    const seen = new Set<string>();
    for (let step = 0; step < total + 5 && position(); step++) {
      const at = position();
      seen.add(at);
      const kind = screen.getAllByText(/^(Chữ|Số|Ngày tháng|Đoạn văn)$/)[0].textContent;
      const input = document.activeElement as HTMLInputElement;
      expect(input.tagName).toMatch(/INPUT|TEXTAREA/);
      const value = kind === "Số" ? "1.234" : kind === "Ngày tháng" ? "15/06/2017" : `Giá trị ${step + 1}`;
      await pane.user.clear(input);
      // Pasted whole (typing key by key is the other tests' business), then Enter as the user presses it.
      await pane.user.paste(value);
      await pane.user.keyboard(kind === "Đoạn văn" ? "{Control>}{Enter}{/Control}" : "{Enter}");
      await waitFor(() => expect(position()).not.toBe(at));
    }
    await screen.findByText(/ô đã điền/);
    expect(progress()).toEqual([total, total]);
    expect(seen.size).toBe(total);
    const text = await documentText(pane.sim);
    expect(text).toContain("Giá trị 1");
    expect(text).toContain("1.234");
    expect(text).toMatch(/ngày 15\/06\/2017/);
  });

  test("a number field rejects letters and a date field a day of 32, with a message, writing nothing", async () => {
    const pane = await openPane();
    const before = await documentText(pane.sim);
    await startForm(pane);
    await skipTo(pane, () => screen.queryAllByText(/^Số$/).length > 0);
    const at = position();
    await pane.user.type(document.activeElement as HTMLInputElement, "mười hai{Enter}");
    expect(await screen.findByText("Chỉ nhập số (ví dụ 1.234 hoặc 12,5).")).toBeInTheDocument();
    expect(position()).toBe(at);
    await pane.user.click(screen.getByRole("button", { name: "Về tổng quan" }));
    await pane.user.click(screen.getByRole("button", { name: /^(Bắt đầu|Tiếp tục) điền$/ }));
    await skipTo(pane, () => currentLabel() === "Ngày ký");
    await pane.user.type(document.activeElement as HTMLInputElement, "32{Enter}");
    expect(await screen.findByText("Giá trị không hợp lệ cho ngày.")).toBeInTheDocument();
    expect(currentLabel()).toBe("Ngày ký");
    await pane.user.clear(document.activeElement as HTMLInputElement);
    await pane.user.type(document.activeElement as HTMLInputElement, "32/06/2017{Enter}");
    expect(await screen.findByText(/ngày 32/i)).toBeInTheDocument();
    expect(currentLabel()).toBe("Ngày ký");
    expect(await documentText(pane.sim)).toBe(before);
  });

  test("a date missing only its day asks for the day alone, the printed month and year as its hint", async () => {
    const pane = await openPane();
    await startForm(pane);
    await skipTo(pane, () => currentLabel() === "Ngày ký");
    const day = screen.getByRole("textbox", { name: "Ngày ký: ngày" });
    expect(screen.getAllByRole("textbox")).toEqual([day]);
    expect(day).toHaveFocus();
    expect(screen.getByText("Chỉ thiếu ngày. Đã in sẵn tháng 6 năm 2017.")).toBeInTheDocument();
    expect(screen.queryByText(/Ngày đầy đủ/)).not.toBeInTheDocument();
    await pane.user.type(day, "15{Enter}");
    await waitFor(() => expect(currentLabel()).not.toBe("Ngày ký"));
    expect(await documentText(pane.sim)).toMatch(/ngày 15 tháng 6 năm 2017/);

    // Day and month both blank: one whole date, each part beside it.
    await skipTo(pane, () => currentLabel() === "Ngày kế hoạch");
    expect(screen.getByRole("textbox", { name: "Ngày kế hoạch — Ngày đầy đủ" })).toHaveFocus();
    expect(screen.getByRole("textbox", { name: "Ngày" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Tháng" })).toBeInTheDocument();
  });

  test("a number field shows its unit once, as the input's suffix", async () => {
    const pane = await openPane();
    await startForm(pane);
    await skipTo(pane, () => currentLabel() === "Diện tích tự nhiên");
    expect(screen.getByRole("textbox", { name: "Diện tích tự nhiên" })).toHaveFocus();
    expect(screen.getAllByText("ha")).toHaveLength(1);
    expect(screen.queryByText(/\(ha\)/)).not.toBeInTheDocument();
    await pane.user.type(document.activeElement as HTMLInputElement, "1.234,5{Enter}");
    await waitFor(() => expect(currentLabel()).not.toBe("Diện tích tự nhiên"));
    expect(await documentText(pane.sim)).toContain("1.234,5");
  });

  test("a date that disagrees with the printed month is written with a warning, and the form waits once", async () => {
    const pane = await openPane();
    await startForm(pane);
    await skipTo(pane, () => currentLabel() === "Ngày ký");
    await pane.user.type(document.activeElement as HTMLInputElement, "15/07/2017{Enter}");
    expect(
      await screen.findByText(/tháng/, { selector: ".fui-Field__validationMessage, .fui-Field__validationMessage *" }),
    ).toBeInTheDocument();
    expect(currentLabel()).toBe("Ngày ký");
    await waitFor(async () => expect(await documentText(pane.sim)).toMatch(/ngày 15 tháng 6 năm 2017/));
    await pane.user.click(screen.getByRole("button", { name: "Ô tiếp" }));
    await waitFor(() => expect(currentLabel()).not.toBe("Ngày ký"));
  });

  test("works with the keyboard alone: focus lands on each view's heading or input", async () => {
    const pane = await openPane();
    expect(screen.getByRole("heading", { level: 2 })).toHaveFocus();
    await pane.user.tab();
    expect(screen.getByRole("button", { name: /^(Bắt đầu|Tiếp tục) điền$/ })).toHaveFocus();
    await pane.user.keyboard("{Enter}");
    await screen.findByText(/^Ô 1\//);
    expect(document.activeElement?.tagName).toBe("INPUT");
    await pane.user.keyboard("Bàn phím{Enter}");
    await screen.findByText(/^Ô 2\//);
    expect(document.activeElement?.tagName).toBe("INPUT");
    const back = screen.getByRole("button", { name: "Về tổng quan" });
    for (let i = 0; i < 10 && document.activeElement !== back; i++) await pane.user.tab({ shift: true });
    expect(back).toHaveFocus();
    await pane.user.keyboard("{Enter}");
    await screen.findByText(/ô đã điền/);
    expect(screen.getByRole("heading", { level: 2 })).toHaveFocus();
    expect(progress()[0]).toBe(1);
    // The first field stands on the letterhead's line in capitals (`ĐẢNG BỘ HUYỆN ....`): its value is written so.
    expect(await documentText(pane.sim)).toContain("BÀN PHÍM");
  });

  test("Enter writes the value and selects the next blank; 'Đã lưu' stands under the saved field only", async () => {
    const pane = await openPane();
    await startForm(pane);
    const first = position();
    await pane.user.type(document.activeElement as HTMLInputElement, "Tân Lập{Enter}");
    await waitFor(() => expect(position()).not.toBe(first));
    // The next field is empty: nothing was saved in it.
    expect(within(screen.getByRole("status")).queryByText("Đã lưu")).not.toBeInTheDocument();
    const { result } = await pane.gateway.scan();
    const shown = result.fields.find((f) => f.label === currentLabel());
    const blank = result.blanks.find((b) => b.id === shown?.blankIds[0]);
    expect(pane.sim.selection()?.paragraph).toBe(blank?.paragraph);
    await pane.user.click(screen.getByRole("button", { name: "Ô trước" }));
    await waitFor(() => expect(position()).toBe(first));
    expect((document.activeElement as HTMLInputElement).value).toBe("TÂN LẬP");
    expect(within(screen.getByRole("status")).getByText("Đã lưu")).toBeInTheDocument();
    expect(await documentText(pane.sim)).toContain("TÂN LẬP");
    expect(pane.sim.selection()).not.toBeNull();
  });

  test("a failed write keeps the value, says why, offers retry, and the retry writes it", async () => {
    const pane = await openPane();
    await startForm(pane);
    const label = currentLabel();
    pane.sim.options.failNextSync = { code: "AccessDenied", message: "The document is read-only." };
    await pane.user.type(document.activeElement as HTMLInputElement, "Hòa Bình");
    await pane.user.click(screen.getByRole("button", { name: "Ô tiếp" }));
    expect(await screen.findByText(/Chưa lưu được\. Tài liệu đang được bảo vệ/)).toBeInTheDocument();
    expect(currentLabel()).toBe(label);
    expect(screen.getByDisplayValue("Hòa Bình")).toBeInTheDocument();
    expect(JSON.stringify({ ...window.localStorage })).toContain("Hòa Bình");
    expect(await documentText(pane.sim)).not.toContain("HÒA BÌNH");
    await pane.user.click(screen.getByRole("button", { name: "Thử lại" }));
    await waitFor(async () => expect(await documentText(pane.sim)).toContain("HÒA BÌNH"));
    await waitFor(() => expect(JSON.stringify({ ...window.localStorage })).not.toContain("Hòa Bình"));
  });

  test("a failed write of a typed date part is kept, and the retry writes that part", async () => {
    const pane = await openPane();
    await startForm(pane);
    await skipTo(pane, () => currentLabel() === "Ngày ký");
    pane.sim.options.failNextSync = { code: "AccessDenied", message: "The document is read-only." };
    await pane.user.type(screen.getByRole("textbox", { name: "Ngày ký: ngày" }), "15");
    await pane.user.click(screen.getByRole("button", { name: "Ô tiếp" }));
    expect(await screen.findByText(/Chưa lưu được\. Tài liệu đang được bảo vệ/)).toBeInTheDocument();
    expect(currentLabel()).toBe("Ngày ký");
    expect(await documentText(pane.sim)).not.toMatch(/ngày 15 tháng 6/);
    await pane.user.click(screen.getByRole("button", { name: "Thử lại" }));
    await waitFor(async () => expect(await documentText(pane.sim)).toMatch(/ngày 15 tháng 6 năm 2017/));
    await waitFor(() => expect(screen.queryByText(/Chưa lưu được/)).not.toBeInTheDocument());
  });

  test("'Không phải ô trống' dismisses a blank and it stays dismissed", async () => {
    const pane = await openPane();
    const [, total] = progress();
    await startForm(pane);
    const label = currentLabel();
    await pane.user.click(screen.getByRole("button", { name: "Không phải ô trống" }));
    await waitFor(() => expect(currentLabel()).not.toBe(label));
    await backToOverview(pane);
    expect(progress()[1]).toBe(total - 1);
    await act(() => pane.gateway.scan().then(() => undefined));
    expect((await pane.gateway.scan()).state.decisions.dismissed.length).toBeGreaterThan(0);
  });

  test("a linked field says 'điền 2 chỗ' and can be split into separate fields", async () => {
    const pane = await openPane();
    const [, total] = progress();
    await startForm(pane);
    await skipTo(pane, () => screen.queryByText(/điền \d+ chỗ/) !== null);
    const linked = screen.getByText(/điền (\d+) chỗ/).textContent ?? "";
    const count = Number(/\d+/.exec(linked)?.[0]);
    await pane.user.click(screen.getByRole("button", { name: "Tách thành các ô riêng" }));
    await waitFor(() => expect(screen.queryByText(linked)).not.toBeInTheDocument());
    await backToOverview(pane);
    expect(progress()[1]).toBe(total + count - 1);
  });

  test("'Thêm ô từ vùng chọn' turns the user's selection into a field", async () => {
    const pane = await openPane();
    const [, total] = progress();
    const { snapshot } = await pane.gateway.scan();
    const paragraph = snapshot.paragraphs.findIndex((p) => p.text.startsWith("Sơ kết 5 năm"));
    expect(paragraph).toBeGreaterThanOrEqual(0);
    await pane.user.click(screen.getAllByRole("button", { name: "Thêm ô từ vùng chọn" })[0]);
    expect(await screen.findByText(/Hãy chọn \(bôi đen\)/)).toBeInTheDocument();
    pane.sim.setSelection({ paragraph, start: 7, end: 12 });
    await pane.user.click(screen.getAllByRole("button", { name: "Thêm ô từ vùng chọn" })[0]);
    expect(await screen.findByText("Đã thêm ô mới từ vùng chọn.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Ô tiếp|Xong/ })).toBeInTheDocument();
    await backToOverview(pane);
    expect(progress()[1]).toBe(total + 1);
  });
});

describe("all fields", () => {
  test("grouped by section, filterable to empty ones, editable in place, no axe violations", async () => {
    const pane = await openPane();
    const [, total] = progress();
    await pane.user.click(screen.getByRole("button", { name: "Tất cả các ô" }));
    await screen.findByRole("heading", { name: "Tất cả các ô" });
    expect(await axe(pane.view.container)).toHaveNoViolations();
    const jumps = screen.getAllByRole("button", { name: /^Đến chỗ/ });
    expect(jumps.length).toBe(total);
    const input = screen.getAllByRole("textbox")[0];
    await pane.user.type(input, "Xã Mẫu Sơn");
    await pane.user.tab();
    await waitFor(async () => expect(await documentText(pane.sim)).toContain("XÃ MẪU SƠN"));
    await pane.user.click(screen.getByRole("switch", { name: "Chỉ ô còn trống" }));
    await waitFor(() => expect(screen.getAllByRole("button", { name: /^Đến chỗ/ }).length).toBeLessThan(total));
    expect(screen.queryByDisplayValue("XÃ MẪU SƠN")).not.toBeInTheDocument();
    await pane.user.click(jumps[0].isConnected ? jumps[0] : screen.getAllByRole("button", { name: /^Đến chỗ/ })[0]);
    await waitFor(() => expect(pane.sim.selection()).not.toBeNull());
  });
});

describe("all fields, only the empty ones", () => {
  test("a row filled with the filter on stays, with the keyboard focus, until the filter is set again", async () => {
    const pane = await openPane();
    await pane.user.click(screen.getByRole("button", { name: "Tất cả các ô" }));
    await screen.findByRole("heading", { name: "Tất cả các ô" });
    await pane.user.click(screen.getByRole("switch", { name: "Chỉ ô còn trống" }));
    const input = screen.getAllByRole("textbox")[0];
    await pane.user.type(input, "Xã Mẫu Sơn");
    await pane.user.tab();
    const focused = document.activeElement;
    expect(focused?.getAttribute("aria-label")).toMatch(/^Đến chỗ/);
    await waitFor(async () => expect(await documentText(pane.sim)).toContain("XÃ MẪU SƠN"));
    expect(screen.getByDisplayValue("XÃ MẪU SƠN")).toBe(input);
    expect(focused).toHaveFocus();
    expect(focused?.isConnected).toBe(true);
    await pane.user.tab();
    expect(document.activeElement?.tagName).toBe("INPUT");
    expect(input).not.toHaveFocus();
    // Setting the filter again shows only what is empty now.
    const filter = screen.getByRole("switch", { name: "Chỉ ô còn trống" });
    await pane.user.click(filter);
    await pane.user.click(filter);
    await waitFor(() => expect(screen.queryByDisplayValue("XÃ MẪU SƠN")).not.toBeInTheDocument());
  });
});

describe("check before sending", () => {
  test("lists the template's two III. and its guidance note, with no axe violations", async () => {
    const pane = await openPane();
    await pane.user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
    const numbering = await screen.findByRole("region", { name: /Đánh số mục/ });
    expect(within(numbering).getAllByText(/III\./).length).toBeGreaterThan(0);
    const notes = screen.getByRole("region", { name: /Lời hướng dẫn/ });
    expect(within(notes).getByText(/Anh cụ thể từng tổ chức hội/)).toBeInTheDocument();
    expect(screen.getByRole("region", { name: /Chỗ còn trống/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Hoàn tất" })).not.toBeInTheDocument();
    expect(await axe(pane.view.container)).toHaveNoViolations();
  });

  test("a guidance note, a numbering slip and an impossible date each select their paragraph in the document", async () => {
    const pane = await openPane();
    const { snapshot } = await pane.gateway.scan();
    const para = snapshot.paragraphs.findIndex((p) => p.text.startsWith("Sơ kết 5 năm"));
    act(() => pane.sim.editParagraphText(para, 0, 0, "Ngày 30 tháng 2 năm 2017. "));
    await pane.user.click(screen.getByRole("button", { name: "Quét lại" }));
    await waitFor(() => expect(screen.queryByText("Đang cập nhật…")).not.toBeInTheDocument());
    await pane.user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
    await screen.findByRole("region", { name: /Ngày tháng khó tin/ });
    const { result } = await pane.gateway.scan();
    for (const [type, region] of [
      ["guidance-note", /Lời hướng dẫn/],
      ["numbering", /Đánh số mục/],
      ["date-range", /Ngày tháng khó tin/],
    ] as const) {
      const finding = result.findings.find((f) => f.type === type)!;
      expect(finding).toBeDefined();
      act(() => pane.sim.setSelection({ paragraph: 0, start: 0, end: 0 }));
      const jumps = within(screen.getByRole("region", { name: region })).getAllByRole("button", {
        name: /^Đến chỗ này trong tài liệu/,
      });
      await pane.user.click(jumps[0]);
      await waitFor(() => expect(pane.sim.selection()?.paragraph).toBe(finding.paragraph));
    }
    expect(result.findings.find((f) => f.type === "date-range")?.paragraph).toBe(para);
  });

  test("a value written from the form is checked too: the check reads the document again when it opens", async () => {
    const pane = await openPane();
    await startForm(pane);
    const first = position();
    await pane.user.type(document.activeElement as HTMLInputElement, "họp ngày 31/04/2017{Enter}");
    await waitFor(() => expect(position()).not.toBe(first));
    await backToOverview(pane);
    await pane.user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
    const dates = await screen.findByRole("region", { name: /Ngày tháng khó tin/ });
    expect(within(dates).getByText(/31\/04\/2017/)).toBeInTheDocument();
  });

  test("an empty place names its date part and opens the form at its field", async () => {
    const pane = await openPane();
    await pane.user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
    const empty = await screen.findByRole("region", { name: /Chỗ còn trống/ });
    expect(within(empty).getByRole("button", { name: "Ngày kế hoạch – tháng" })).toBeInTheDocument();
    await pane.user.click(within(empty).getByRole("button", { name: "Ngày kế hoạch – ngày" }));
    await waitFor(() => expect(currentLabel()).toBe("Ngày kế hoạch"));
    const { result } = await pane.gateway.scan();
    const field = result.fields.find((f) => f.label === "Ngày kế hoạch");
    const first = result.blanks.find((b) => b.id === field?.blankIds[0]);
    expect(pane.sim.selection()?.paragraph).toBe(first?.paragraph);
  });
});

describe("finishing", () => {
  /** Every blank of the template filled through the Word layer, then the pane told to look again. */
  async function fillEverything(pane: Pane) {
    const { result } = await pane.gateway.scan();
    // Figures that add up: three kinds of 7 chi bộ make 21, and one association line is one association.
    const figure = (label: string) => ({ "Số chi bộ": "21", "Số hội quần chúng": "1" })[label] ?? "7";
    const report = await pane.gateway.apply(
      result.blanks.map((b) => ({
        blankId: b.id,
        value: b.kind === "number" ? figure(b.label) : b.kind === "date" ? "05" : "Mẫu",
      })),
    );
    expect(report.failed).toEqual([]);
    await pane.user.click(screen.getByRole("button", { name: "Quét lại" }));
    await waitFor(() => expect(progress()[0]).toBe(progress()[1]));
  }

  const bodyXml = async (pane: Pane) =>
    (await JSZip.loadAsync(await pane.sim.save())).file("word/document.xml")!.async("string");

  test("once no blank is empty 'Hoàn tất' is offered, the other findings as warnings, and it asks once", async () => {
    const pane = await openPane();
    await fillEverything(pane);
    await pane.user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
    await screen.findByRole("heading", { name: "Kiểm tra trước khi gửi" });
    const { result } = await pane.gateway.scan();
    const left = result.findings.filter((f) => f.type !== "empty-blank").length;
    expect(left).toBeGreaterThanOrEqual(2);
    expect(
      screen.getByText(
        `Mọi chỗ trống đã được điền. Còn ${left} điều nên xem lại bên dưới; không bắt buộc, có thể hoàn tất ngay.`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: /Chỗ còn trống/ })).not.toBeInTheDocument();
    expect(screen.getByRole("region", { name: /Lời hướng dẫn/ })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: /Đánh số mục/ })).toBeInTheDocument();
    expect(await axe(pane.view.container)).toHaveNoViolations();

    await pane.user.click(screen.getByRole("button", { name: "Hoàn tất" }));
    const question = `Còn ${left} điều chưa xem lại (lời hướng dẫn, đánh số mục…). Vẫn hoàn tất?`;
    expect(screen.getByText(question)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Vẫn hoàn tất" })).toHaveFocus();
    await pane.user.click(screen.getByRole("button", { name: "Xem lại trước" }));
    expect(screen.queryByText(question)).not.toBeInTheDocument();
    expect(await bodyXml(pane)).toContain("dien-mau:");

    const before = await documentText(pane.sim);
    await pane.user.click(screen.getByRole("button", { name: "Hoàn tất" }));
    await pane.user.click(screen.getByRole("button", { name: "Vẫn hoàn tất" }));
    expect(await screen.findAllByText("Đã hoàn tất. Tài liệu không còn dấu của Điền mẫu.")).not.toHaveLength(0);
    expect(await documentText(pane.sim)).toBe(before);
    expect(await bodyXml(pane)).not.toContain("dien-mau:");
  });

  test("'Hoàn tất' writes a value still only typed first, stops when it cannot, and a later write undoes it", async () => {
    const pane = await openPane();
    await fillEverything(pane);
    await pane.user.click(screen.getByRole("button", { name: "Xem lại từ đầu" }));
    await screen.findByText(/^Ô 1\//);
    const input = document.activeElement as HTMLInputElement;
    pane.sim.options.readOnly = true;
    await pane.user.clear(input);
    await pane.user.type(input, "Giá trị sau cùng{Enter}");
    expect(await screen.findByText(/Chưa lưu được/)).toBeInTheDocument();
    await backToOverview(pane);
    await pane.user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
    await screen.findByRole("heading", { name: "Kiểm tra trước khi gửi" });

    // Word still refuses: nothing is finalized and the pane says a value is not in the document yet.
    await pane.user.click(screen.getByRole("button", { name: "Hoàn tất" }));
    await pane.user.click(screen.getByRole("button", { name: "Vẫn hoàn tất" }));
    expect(
      await screen.findByText("Còn 1 giá trị đã gõ nhưng chưa ghi được vào tài liệu. Hãy ghi trước khi hoàn tất."),
    ).toBeInTheDocument();
    expect(screen.queryByText("Đã hoàn tất. Tài liệu không còn dấu của Điền mẫu.")).not.toBeInTheDocument();
    expect(await bodyXml(pane)).toContain("dien-mau:");

    pane.sim.options.readOnly = false;
    await pane.user.click(screen.getByRole("button", { name: "Hoàn tất" }));
    await pane.user.click(screen.getByRole("button", { name: "Vẫn hoàn tất" }));
    expect(await screen.findAllByText("Đã hoàn tất. Tài liệu không còn dấu của Điền mẫu.")).not.toHaveLength(0);
    expect(await documentText(pane.sim)).toContain("GIÁ TRỊ SAU CÙNG");
    expect(await bodyXml(pane)).not.toContain("dien-mau:");

    // A new blank typed in the document and filled: the add-in's marks are back, the document is no longer finished.
    const { snapshot } = await pane.gateway.scan();
    const para = snapshot.paragraphs.findIndex((p) => p.text.startsWith("Sơ kết 5 năm"));
    act(() => pane.sim.editParagraphText(para, 0, 0, "Người báo cáo: .................. "));
    await pane.user.click(screen.getByRole("button", { name: "Về tổng quan" }));
    await pane.user.click(screen.getByRole("button", { name: "Quét lại" }));
    await pane.user.click(await screen.findByRole("button", { name: /^(Bắt đầu|Tiếp tục) điền$/ }));
    await screen.findByText(/^Ô 1\//);
    await pane.user.type(document.activeElement as HTMLInputElement, "Nguyễn Văn A{Enter}");
    await waitFor(async () => expect(await documentText(pane.sim)).toContain("Người báo cáo: Nguyễn Văn A"));
    const overview = screen.queryByRole("button", { name: "Về tổng quan" });
    if (overview) await pane.user.click(overview);
    await pane.user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
    const check = (await screen.findByRole("heading", { name: "Kiểm tra trước khi gửi" })).closest("section")!;
    expect(await within(check as HTMLElement).findByRole("button", { name: "Hoàn tất" })).toBeInTheDocument();
    expect(
      within(check as HTMLElement).queryByText("Đã hoàn tất. Tài liệu không còn dấu của Điền mẫu."),
    ).not.toBeInTheDocument();
  });

  test("while a blank is empty there is no 'Hoàn tất', and the check says how many are left", async () => {
    const pane = await openPane();
    const [filled, total] = progress();
    await pane.user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
    const empty = await screen.findByRole("region", { name: /Chỗ còn trống/ });
    const count = Number(/\((\d+)\)/.exec(within(empty).getByRole("heading", { level: 3 }).textContent ?? "")?.[1]);
    expect(count).toBeGreaterThanOrEqual(total - filled);
    expect(screen.getByText(`Còn ${count} chỗ trống. Điền hết thì có thể hoàn tất.`)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Hoàn tất" })).not.toBeInTheDocument();
  });

  test("when nothing is left the check says so and 'Hoàn tất' removes the add-in's marks, keeping the text", async () => {
    const pane = await openPane();
    const { snapshot, result } = await pane.gateway.scan();
    // Figures that add up: three kinds of 7 chi bộ make 21, and one association line is one association.
    const figure = (label: string) => ({ "Số chi bộ": "21", "Số hội quần chúng": "1" })[label] ?? "7";
    const report = await pane.gateway.apply(
      result.blanks.map((b) => ({
        blankId: b.id,
        value: b.kind === "number" ? figure(b.label) : b.kind === "date" ? "05" : "Mẫu",
      })),
    );
    expect(report.failed).toEqual([]);
    // The user deletes the guidance note and renumbers the second "III." by hand.
    for (const f of result.findings.filter((x) => x.type !== "empty-blank")) {
      const text = snapshot.paragraphs[f.paragraph].text;
      if (f.type === "guidance-note") {
        const note = String(f.params?.text);
        act(() => pane.sim.editParagraphText(f.paragraph, text.indexOf(note), text.indexOf(note) + note.length, ""));
      } else if (f.type === "numbering") {
        act(() => pane.sim.editParagraphText(f.paragraph, 0, 3, String(f.params?.expected)));
      }
    }
    await pane.user.click(screen.getByRole("button", { name: "Quét lại" }));
    await waitFor(() => expect(progress()[0]).toBe(progress()[1]));
    await pane.user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
    expect(await screen.findByText("Không còn gì cần sửa. Văn bản đã sẵn sàng để gửi.")).toBeInTheDocument();
    expect(await axe(pane.view.container)).toHaveNoViolations();
    const before = await documentText(pane.sim);
    const bodyXml = async () =>
      (await JSZip.loadAsync(await pane.sim.save())).file("word/document.xml")!.async("string");
    expect(await bodyXml()).toContain("dien-mau:");
    await pane.user.click(screen.getByRole("button", { name: "Hoàn tất" }));
    expect(await screen.findAllByText("Đã hoàn tất. Tài liệu không còn dấu của Điền mẫu.")).not.toHaveLength(0);
    expect(await documentText(pane.sim)).toBe(before);
    expect(await bodyXml()).not.toContain("dien-mau:");
  });
});

/**
 * Fast typing across fields: Enter writes the field to Word before the form moves on, and that takes a round trip.
 * What the user types meanwhile belongs to the next field, whole.
 */
test("letters typed while Enter's write is on its way go to the next field, none lost, none in the last one", async () => {
  const pane = await openPane();
  // Word answers the write only when the test says so.
  let answer: (() => void) | null = null;
  const apply = pane.gateway.apply.bind(pane.gateway);
  pane.gateway.apply = (writes) =>
    new Promise<ApplyReport>((resolve, reject) => {
      answer = () => apply(writes).then(resolve, reject);
    });
  await pane.user.click(screen.getByRole("button", { name: /^(Bắt đầu|Tiếp tục) điền$|^(Start|Continue) filling$/ }));
  const first = (await screen.findByRole("heading", { level: 2 })).textContent;
  const input = document.activeElement as HTMLInputElement;
  await pane.user.clear(input);
  await pane.user.type(input, "Tuy Phước{Enter}");
  // Still on the first field: its write has not come back.
  expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(first ?? "");
  await pane.user.keyboard("Xã");
  expect(input).toHaveValue("Tuy Phước");
  await act(async () => answer!());
  await waitFor(() => expect(screen.getByRole("heading", { level: 2 })).not.toHaveTextContent(first ?? ""));
  await waitFor(() => expect(document.activeElement).toHaveValue("Xã"));
  await pane.user.keyboard(" Phước Hòa");
  expect(document.activeElement).toHaveValue("Xã Phước Hòa");
});
