/** The "About" menu in the pane's header, over the real Word layer: the operations the pane just ran. */
import { screen, within } from "@testing-library/react";
import { openPane } from "../../../test/taskpane/harness";

jest.setTimeout(60000);

test("the header's About menu lists the opening scan with its round trips", async () => {
  const pane = await openPane("vi", { platform: "web" });
  await pane.user.click(screen.getByRole("button", { name: "Giới thiệu" }));
  await pane.user.click(await screen.findByRole("menuitem", { name: "Thông tin chẩn đoán" }));
  const dialog = within(await screen.findByRole("dialog", undefined, { timeout: 10000 }));
  expect(dialog.getByText("OfficeOnline")).toBeInTheDocument();
  const scan = dialog.getAllByRole("listitem").find((li) => /scan:/.test(li.textContent ?? ""));
  expect(scan?.textContent).toMatch(/scan: [\d.]+ ms, [1-9]\d* lượt trao đổi với Word — thành công/);
  await pane.user.click(dialog.getByRole("button", { name: "Đóng" }));
  expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
});
