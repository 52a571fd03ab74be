/**
 * Every document made from the same template has the same text, so the same fingerprint: the local backup of one
 * must never show up in another, nor be cleared by it.
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "fs";
import { createSimulator } from "../../src/preview/sim";
import { App } from "../../src/taskpane/App";
import { createWordGateway } from "../../src/word/gateway";
import { openPane, progress, TEMPLATE } from "./harness";
import { InFluent } from "./fluent";

jest.setTimeout(60000);
beforeEach(() => window.localStorage.clear());

const RESTORED = /giá trị đã gõ nhưng chưa ghi vào tài liệu từ lần trước/;
const backup = () => JSON.stringify({ ...window.localStorage });

/** Whether any input of the list of all fields shows `value` (the form shows drafts over the document's values). */
async function shownInAllFields(value: string): Promise<boolean> {
  await userEvent.setup().click(screen.getByRole("button", { name: "Tất cả các ô" }));
  await screen.findByRole("heading", { name: "Tất cả các ô" });
  return screen.queryAllByDisplayValue(value).length > 0;
}

async function openApp() {
  const view = render(
    <InFluent>
      <App gateway={createWordGateway()} />
    </InFluent>,
  );
  await screen.findByText(/ô đã điền/, undefined, { timeout: 10000 });
  return view;
}

test("drafts of one document are neither shown in another made from the same template nor cleared by it", async () => {
  const first = await openPane();
  await first.user.click(screen.getByRole("button", { name: /^(Bắt đầu|Tiếp tục) điền$/ }));
  await screen.findByText(/^Ô 1\//);
  // One value written gives document 1 an id of its own; the next write fails and stays a draft.
  await first.user.type(document.activeElement as HTMLInputElement, "Huyện Một{Enter}");
  await screen.findByText(/^Ô 2\//);
  first.sim.options.failNextSync = { code: "AccessDenied", message: "The document is read-only." };
  await first.user.type(document.activeElement as HTMLInputElement, "Xã Chưa Ghi{Enter}");
  expect(await screen.findByText(/Chưa lưu được/)).toBeInTheDocument();
  expect(first.sim.Office.context.document.settings.get("dien-mau")).toBeTruthy();
  expect(backup()).toContain("Xã Chưa Ghi");
  first.view.unmount();

  // Document 2: a new, unsaved document from the same template, nothing written to it.
  const second = await createSimulator(new Uint8Array(readFileSync(TEMPLATE)));
  second.install();
  const view = await openApp();
  expect(progress()[0]).toBe(0);
  expect(await shownInAllFields("Xã Chưa Ghi")).toBe(false);
  expect(screen.queryByText(RESTORED)).not.toBeInTheDocument();
  expect(backup()).toContain("Xã Chưa Ghi");
  view.unmount();

  // Document 1 again: its draft is still there.
  first.sim.install();
  await openApp();
  expect(await screen.findByText("Có 1 giá trị đã gõ nhưng chưa ghi vào tài liệu từ lần trước.")).toBeInTheDocument();
  expect(await shownInAllFields("Xã Chưa Ghi")).toBe(true);
});

test("a saved document never takes the backup of another document kept under the text's fingerprint", async () => {
  const first = await openPane("vi", { url: "https://example.org/mot.docx" });
  await first.user.click(screen.getByRole("button", { name: /^(Bắt đầu|Tiếp tục) điền$/ }));
  await screen.findByText(/^Ô 1\//);
  first.sim.options.readOnly = true;
  await first.user.type(document.activeElement as HTMLInputElement, "Huyện Một{Enter}");
  expect(await screen.findByText(/Chưa lưu được/)).toBeInTheDocument();
  first.view.unmount();

  for (const url of ["", "https://example.org/hai.docx"]) {
    const other = await createSimulator(new Uint8Array(readFileSync(TEMPLATE)), { url });
    other.install();
    const view = await openApp();
    expect(await shownInAllFields("Huyện Một")).toBe(false);
    expect(screen.queryByText(RESTORED)).not.toBeInTheDocument();
    view.unmount();
  }
  expect(backup()).toContain("Huyện Một");

  first.sim.options.readOnly = false;
  first.sim.install();
  await openApp();
  expect(await screen.findByText("Có 1 giá trị đã gõ nhưng chưa ghi vào tài liệu từ lần trước.")).toBeInTheDocument();
  expect(await shownInAllFields("Huyện Một")).toBe(true);
});
