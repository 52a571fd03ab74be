/**
 * The office's standing answers across reports: saved from one filled report with the user's consent, offered on a
 * fresh template and written only on confirmation; exported, and imported on a computer that has none.
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "fs";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createSimulator } from "../../src/preview/sim";
import { App } from "../../src/taskpane/App";
import { createWordGateway } from "../../src/word/gateway";
import { documentText, openPane, TEMPLATE } from "./harness";
import { InFluent } from "./fluent";

jest.setTimeout(60000);
beforeEach(() => window.localStorage.clear());

const OFFICE: Record<string, string> = {
  "Tên huyện": "Tuy Phước",
  "Tên đảng ủy": "Xã Phước Hòa",
  "Tên xã": "Phước Hòa",
  "Dân số (người)": "12.480",
};

async function freshPane() {
  const sim = await createSimulator(new Uint8Array(readFileSync(TEMPLATE)));
  sim.install();
  const user = userEvent.setup();
  const view = render(
    <InFluent>
      <App gateway={createWordGateway()} />
    </InFluent>,
  );
  await screen.findByText(/ô đã điền/, undefined, { timeout: 10000 });
  return { sim, user, view };
}

test("answers saved from one report fill the next template's fields on confirmation, and only then", async () => {
  const first = await openPane();
  // The report is filled (here straight through the Word layer), then rescanned by the pane.
  const scanned = await first.gateway.scan();
  const blankOf = new Map(scanned.result.fields.flatMap((f) => f.blankIds.map((id) => [id, f.label])));
  await first.gateway.apply(
    [...blankOf].filter(([, label]) => OFFICE[label]).map(([blankId, label]) => ({ blankId, value: OFFICE[label] })),
  );
  await first.user.click(screen.getByRole("button", { name: "Quét lại" }));
  const suggest = await screen.findByText("Lưu tên xã, huyện… của báo cáo này để lần sau điền sẵn?");
  await first.user.click(
    within(suggest.closest("[role=group], .fui-MessageBar") as HTMLElement).getByRole("button", { name: "Lưu" }),
  );
  expect(await screen.findByText("Đã lưu thông tin cơ quan.")).toBeInTheDocument();
  first.view.unmount();

  const second = await freshPane();
  const offer = await screen.findByText(/^Điền sẵn 4 ô từ thông tin cơ quan đã lưu\?/);
  const bar = offer.closest(".fui-MessageBar") as HTMLElement;
  // The commune's name appears twice in the template: one field, offered once, written to both.
  expect(
    within(bar)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["Tên huyện: Tuy Phước", "Tên đảng ủy: Xã Phước Hòa", "Tên xã: Phước Hòa", "Dân số (người): 12.480"]);
  expect((await documentText(second.sim)).toLowerCase()).not.toContain("tuy phước");
  await second.user.click(within(bar).getByRole("button", { name: "Điền các ô này" }));
  expect(await screen.findByText("Đã điền 4 ô từ thông tin cơ quan.")).toBeInTheDocument();
  const text = await documentText(second.sim);
  // A letterhead typed in capitals takes the name in capitals: compare without case.
  const lower = text.toLowerCase();
  expect(lower).toContain("đảng bộ huyện tuy phước");
  expect(lower).toContain("phước hòa là xã nằm ở phía");
  expect(lower).toContain("dân số 12.480 người");
});

test("an export imported on a computer with nothing saved gives the same answers", async () => {
  window.localStorage.setItem(
    "dien-mau:standing",
    JSON.stringify({
      app: "dien-mau",
      kind: "standing-answers",
      version: 1,
      savedAt: "2026-12-01T00:00:00.000Z",
      values: { commune: "Phước Hòa", district: "Tuy Phước", area: "2.345,6" },
    }),
  );
  const pane = await freshPane();
  await pane.user.click(screen.getByRole("button", { name: "Thông tin cơ quan" }));
  let dialog = await screen.findByRole("dialog");
  await pane.user.click(within(dialog).getByRole("button", { name: "Hiện để sao chép" }));
  const exported = (within(dialog).getByRole("textbox", { name: /Sao chép toàn bộ/ }) as HTMLTextAreaElement).value;
  pane.view.unmount();

  window.localStorage.clear();
  const clean = await freshPane();
  expect(screen.queryByText(/Điền sẵn/)).not.toBeInTheDocument();
  await clean.user.click(screen.getByRole("button", { name: "Thông tin cơ quan" }));
  dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByRole("textbox", { name: "Xã, phường, thị trấn" })).toHaveValue("");
  const file = new File([exported], "thong-tin-co-quan.json", { type: "application/json" });
  await clean.user.upload(within(dialog).getByLabelText("Nhập từ tệp…", { selector: "input" }), file);
  expect(await within(dialog).findByText("Đã nhập 3 mục. Bấm Lưu để giữ lại.")).toBeInTheDocument();
  await clean.user.click(within(dialog).getByRole("button", { name: "Lưu" }));
  expect(await within(dialog).findByText("Đã lưu thông tin cơ quan.")).toBeInTheDocument();
  expect(within(dialog).getByRole("textbox", { name: "Xã, phường, thị trấn" })).toHaveValue("Phước Hòa");
  expect(within(dialog).getByRole("textbox", { name: "Huyện, quận, thị xã" })).toHaveValue("Tuy Phước");
  expect(within(dialog).getByRole("textbox", { name: "Diện tích tự nhiên" })).toHaveValue("2.345,6");
  await act(async () => {});
  await waitFor(() => expect(screen.getByText(/^Điền sẵn 3 ô/)).toBeInTheDocument());
});

test("a file that is not an export is refused with a reason and nothing is saved", async () => {
  const pane = await freshPane();
  await pane.user.click(screen.getByRole("button", { name: "Thông tin cơ quan" }));
  const dialog = await screen.findByRole("dialog");
  const file = new File(["Tên xã: Phước Hòa"], "ghi-chu.txt", { type: "text/plain" });
  // A user can pick any file in the system dialog ("All files"), whatever the input accepts.
  await userEvent
    .setup({ applyAccept: false })
    .upload(within(dialog).getByLabelText("Nhập từ tệp…", { selector: "input" }), file);
  expect(await within(dialog).findByRole("alert")).toHaveTextContent("không phải tệp thông tin cơ quan");
  expect(window.localStorage.getItem("dien-mau:standing")).toBeNull();
});
