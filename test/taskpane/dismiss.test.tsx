/**
 * "Không phải ô trống" can always be taken back: undone at once, restored from the check or from all fields, or by
 * adding the same place from Word's selection. The pane against the simulator, through the real Word layer.
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import { openPane, progress, type Pane } from "./harness";

jest.setTimeout(60000);

beforeEach(() => window.localStorage.clear());

function currentLabel(): string {
  return screen.getByRole("heading", { level: 2 }).textContent ?? "";
}

async function startForm(pane: Pane): Promise<void> {
  await pane.user.click(screen.getByRole("button", { name: "Bắt đầu điền" }));
  await screen.findByText(/^Ô 1\//);
}

/** Dismisses the field the form shows; resolves with its label once the form has moved on. */
async function dismissCurrent(pane: Pane): Promise<string> {
  const label = currentLabel();
  await pane.user.click(screen.getByRole("button", { name: "Không phải ô trống" }));
  await screen.findByText(`Đã bỏ “${label}” khỏi các ô cần điền.`);
  await waitFor(() => expect(currentLabel()).not.toBe(label));
  return label;
}

async function overview(pane: Pane): Promise<void> {
  await pane.user.click(screen.getByRole("button", { name: "Về tổng quan" }));
  await screen.findByText(/ô đã điền/);
}

test("'Hoàn tác' after a dismiss brings the field back and opens it", async () => {
  const pane = await openPane();
  const [, total] = progress();
  await startForm(pane);
  const label = await dismissCurrent(pane);
  await pane.user.click(screen.getByRole("button", { name: "Hoàn tác" }));
  await waitFor(() => expect(currentLabel()).toBe(label));
  expect(screen.queryByText(`Đã bỏ “${label}” khỏi các ô cần điền.`)).not.toBeInTheDocument();
  await overview(pane);
  expect(progress()[1]).toBe(total);
  expect((await act(() => pane.gateway.scan())).state.decisions.dismissed).toEqual([]);
});

test("a dismissed blank is listed in the check and in all fields, and 'Khôi phục' makes it a field again", async () => {
  const pane = await openPane();
  const [, total] = progress();
  await startForm(pane);
  const label = await dismissCurrent(pane);
  await overview(pane);
  expect(progress()[1]).toBe(total - 1);

  await pane.user.click(screen.getByRole("button", { name: "Tất cả các ô" }));
  const listed = await screen.findByRole("region", { name: "Đã đánh dấu “Không phải ô trống” (1)" });
  expect(listed).toHaveTextContent(label);
  await overview(pane);

  await pane.user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
  const region = await screen.findByRole("region", { name: "Đã đánh dấu “Không phải ô trống” (1)" });
  await pane.user.click(within(region).getByRole("button", { name: `Khôi phục “${label}” thành ô cần điền` }));
  await waitFor(() => expect(screen.queryByRole("region", { name: /Không phải ô trống/ })).not.toBeInTheDocument());
  await overview(pane);
  expect(progress()[1]).toBe(total);
});

test("selecting a dismissed blank and 'Thêm ô từ vùng chọn' restores it at once", async () => {
  const pane = await openPane();
  const [, total] = progress();
  await startForm(pane);
  const label = await dismissCurrent(pane);
  const { result } = await act(() => pane.gateway.scan());
  const gone = result.dismissed?.[0];
  expect(gone?.label).toBe(label);
  pane.sim.setSelection({ paragraph: gone!.paragraph, start: gone!.start, end: gone!.end });
  await pane.user.click(screen.getAllByRole("button", { name: "Thêm ô từ vùng chọn" })[0]);
  expect(await screen.findByText(`Đã khôi phục ô “${label}”.`)).toBeInTheDocument();
  await waitFor(() => expect(currentLabel()).toBe(label));
  await overview(pane);
  expect(progress()[1]).toBe(total);
});

test("selecting a place that is already a field and 'Thêm ô từ vùng chọn' opens that field, adding nothing", async () => {
  const pane = await openPane();
  const [, total] = progress();
  const { result } = await act(() => pane.gateway.scan());
  const blank = result.blanks.find((b) => b.paragraph > 10)!;
  const field = result.fields.find((f) => f.id === blank.fieldId)!;
  pane.sim.setSelection({ paragraph: blank.paragraph, start: blank.start, end: blank.end });
  await pane.user.click(screen.getAllByRole("button", { name: "Thêm ô từ vùng chọn" })[0]);
  expect(await screen.findByText(`Vùng chọn đã là ô “${blank.label}”: đã mở ô đó.`)).toBeInTheDocument();
  await waitFor(() => expect(currentLabel()).toBe(field.label));
  await overview(pane);
  expect(progress()[1]).toBe(total);
  expect((await act(() => pane.gateway.scan())).state.decisions.added).toEqual([]);
});

test("a linked field dismissed together comes back together when one of its places is added again", async () => {
  const pane = await openPane();
  const [, total] = progress();
  await startForm(pane);
  for (let guard = 0; guard < 40 && !screen.queryByText(/điền \d+ chỗ/); guard++) {
    const at = currentLabel();
    await pane.user.click(screen.getByRole("button", { name: "Bỏ qua" }));
    await waitFor(() => expect(currentLabel()).not.toBe(at));
  }
  const places = Number(/điền (\d+) chỗ/.exec(screen.getByText(/điền \d+ chỗ/).textContent ?? "")?.[1]);
  expect(places).toBeGreaterThan(1);
  const label = await dismissCurrent(pane);
  const { result } = await act(() => pane.gateway.scan());
  expect(result.dismissed).toHaveLength(places);
  expect(result.dismissedFields?.map((f) => f.label)).toEqual([label]);
  const last = result.dismissed![places - 1];
  pane.sim.setSelection({ paragraph: last.paragraph, start: last.start, end: last.end });
  await pane.user.click(screen.getAllByRole("button", { name: "Thêm ô từ vùng chọn" })[0]);
  expect(await screen.findByText(`Đã khôi phục ô “${label}”.`)).toBeInTheDocument();
  await waitFor(() => expect(screen.getByText(`điền ${places} chỗ`)).toBeInTheDocument());
  await overview(pane);
  expect(progress()[1]).toBe(total);
});

test("a field opened from the check goes on, with Enter, to the next place still empty", async () => {
  const pane = await openPane();
  await startForm(pane);
  const first = currentLabel();
  // The second field is filled first: the next one in order is then not missing.
  await pane.user.click(screen.getByRole("button", { name: "Bỏ qua" }));
  await waitFor(() => expect(currentLabel()).not.toBe(first));
  const second = currentLabel();
  await pane.user.type(document.activeElement as HTMLInputElement, "Phước Hòa{Enter}");
  await waitFor(() => expect(currentLabel()).not.toBe(second));
  const third = currentLabel();
  await overview(pane);

  await pane.user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
  const empty = await screen.findByRole("region", { name: /Chỗ còn trống/ });
  await pane.user.click(within(empty).getAllByRole("button", { name: first })[0]);
  await waitFor(() => expect(currentLabel()).toBe(first));
  await pane.user.type(document.activeElement as HTMLInputElement, "Tuy Phước{Enter}");
  await waitFor(() => expect(currentLabel()).toBe(third));
});

test("an error banner goes once the next action succeeds", async () => {
  const pane = await openPane();
  const highlight = jest.spyOn(pane.gateway, "highlightEmpty");
  highlight.mockRejectedValueOnce(Object.assign(new Error("busy"), { code: "GeneralException" }));
  await pane.user.click(screen.getByRole("button", { name: "Tô sáng ô trống trong tài liệu" }));
  expect(await screen.findByText(/^Chưa lưu được\./)).toBeInTheDocument();
  await pane.user.click(screen.getByRole("button", { name: "Tô sáng ô trống trong tài liệu" }));
  await screen.findByRole("button", { name: "Bỏ tô sáng ô trống" });
  await waitFor(() => expect(screen.queryByText(/^Chưa lưu được\./)).not.toBeInTheDocument());
});
