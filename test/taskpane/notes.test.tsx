/** The check takes a guidance note out of the document on request, and the notice that follows puts it back. */
import { screen, waitFor, within } from "@testing-library/react";
import { documentText, openPane } from "./harness";

jest.setTimeout(60000);
beforeEach(() => window.localStorage.clear());

const NOTE = "(Anh cụ thể từng tổ chức hội).";

test("a guidance note removed from the check is gone from the document, and back after Hoàn tác", async () => {
  const pane = await openPane();
  await pane.user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
  await pane.user.click(await screen.findByRole("button", { name: `Bỏ ghi chú: ${NOTE}` }));
  const notice = await screen.findByText(`Đã bỏ ghi chú “${NOTE}” khỏi văn bản.`, undefined, { timeout: 20000 });
  expect(await documentText(pane.sim)).not.toContain("Anh cụ thể");
  // The check no longer lists it.
  await waitFor(() => expect(screen.queryByRole("button", { name: `Bỏ ghi chú: ${NOTE}` })).not.toBeInTheDocument());

  const bar = notice.closest(".fui-MessageBar") as HTMLElement;
  await pane.user.click(within(bar).getByRole("button", { name: "Hoàn tác" }));
  await waitFor(async () => expect(await documentText(pane.sim)).toContain(NOTE), { timeout: 20000 });
  expect(await screen.findByRole("button", { name: `Bỏ ghi chú: ${NOTE}` })).toBeInTheDocument();
  const lines = (await documentText(pane.sim)).split("\n").filter((l) => l.trim());
  // Back in its place: right after the association line.
  expect(lines[lines.findIndex((l) => l.startsWith("+ Hội chữ thập đỏ")) + 1]).toBe(NOTE);
});
