/**
 * The pane when the document moves under it, when writes fail and the pane is closed, and on documents with
 * content controls it must not write: values are never lost, the form follows the document.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "fs";
import { join } from "path";
import { createSimulator } from "../../src/preview/sim";
import { App } from "../../src/taskpane/App";
import { createWordGateway } from "../../src/word/gateway";
import { REFRESH_DEBOUNCE_MS } from "../../src/taskpane/session/useRefreshOnChange";
import { documentText, openPane, progress } from "./harness";
import { InFluent } from "./fluent";

jest.setTimeout(60000);
beforeEach(() => window.localStorage.clear());

const emptyCount = () => progress()[1] - progress()[0];

test("the pane notices the user filling a blank by hand and the count follows on focus and on Rescan", async () => {
  const pane = await openPane();
  const empty = emptyCount();
  const { snapshot, result } = await pane.gateway.scan();
  const blank = result.blanks.find((b) => b.label === "Dân số (người)")!;
  expect(blank).toBeDefined();
  // The user leaves the pane for the document, types a value over the dots, and comes back.
  fireEvent.blur(window);
  act(() => pane.sim.editParagraphText(blank.paragraph, blank.start, blank.end, " 5.120 "));
  fireEvent.focus(window);
  await waitFor(() => expect(emptyCount()).toBe(empty - 1), { timeout: 3000 });

  // A pasted paragraph with more dots is a new blank; the Rescan button picks it up.
  const para = snapshot.paragraphs.findIndex((p) => p.text.startsWith("Sơ kết 5 năm"));
  act(() => pane.sim.editParagraphText(para, 0, 0, "Người báo cáo: .................. "));
  await pane.user.click(screen.getByRole("button", { name: "Quét lại" }));
  await waitFor(() => expect(emptyCount()).toBe(empty));
});

test("a value typed in a never-written document whose write failed survives closing and reopening the pane", async () => {
  const pane = await openPane();
  // Nothing of ours is in the document yet: no id of our own keys the backup, and the write that would add one fails.
  expect(pane.sim.Office.context.document.settings.get("dien-mau")).toBeFalsy();
  await pane.user.click(screen.getByRole("button", { name: /^(Bắt đầu|Tiếp tục) điền$/ }));
  await screen.findByText(/^Ô 1\//);
  pane.sim.options.readOnly = true;
  await pane.user.type(document.activeElement as HTMLInputElement, "Huyện Mẫu{Enter}");
  expect(await screen.findByText(/Chưa lưu được/)).toBeInTheDocument();
  expect(pane.sim.Office.context.document.settings.get("dien-mau")).toBeFalsy();
  pane.view.unmount();

  pane.sim.options.readOnly = false;
  const user = userEvent.setup();
  render(
    <InFluent>
      <App gateway={createWordGateway()} />
    </InFluent>,
  );
  expect(await screen.findByText("Có 1 giá trị đã gõ nhưng chưa ghi vào tài liệu từ lần trước.")).toBeInTheDocument();
  // The first field stands on the letterhead's line in capitals: its value is written so.
  expect(await documentText(pane.sim)).not.toContain("HUYỆN MẪU");
  await user.click(screen.getByRole("button", { name: "Ghi vào tài liệu" }));
  await waitFor(async () => expect(await documentText(pane.sim)).toContain("HUYỆN MẪU"));
  await waitFor(() => expect(progress()[0]).toBe(1));
  // Written: no key keeps the value, whichever it was saved under.
  await waitFor(() => expect(JSON.stringify({ ...window.localStorage })).not.toContain("Huyện Mẫu"));
});

test("no scan starts while 'Ghi vào tài liệu' is writing the restored values", async () => {
  const pane = await openPane();
  await pane.user.click(screen.getByRole("button", { name: /^(Bắt đầu|Tiếp tục) điền$/ }));
  await screen.findByText(/^Ô 1\//);
  pane.sim.options.readOnly = true;
  await pane.user.type(document.activeElement as HTMLInputElement, "Huyện Chậm{Enter}");
  expect(await screen.findByText(/Chưa lưu được/)).toBeInTheDocument();
  pane.view.unmount();
  pane.sim.options.readOnly = false;

  const gateway = createWordGateway();
  const events: string[] = [];
  const { apply, scan } = gateway;
  gateway.apply = async (writes) => {
    events.push("write");
    try {
      return await apply(writes);
    } finally {
      events.push("written");
    }
  };
  gateway.scan = (decisions) => {
    events.push("scan");
    return scan(decisions);
  };
  const user = userEvent.setup();
  render(
    <InFluent>
      <App gateway={gateway} />
    </InFluent>,
  );
  await screen.findByText("Có 1 giá trị đã gõ nhưng chưa ghi vào tài liệu từ lần trước.");
  // Word answers the write slowly; meanwhile the user goes to the document and back, which asks for a scan.
  pane.sim.options.hangNextSync = REFRESH_DEBOUNCE_MS * 6;
  await user.click(screen.getByRole("button", { name: "Ghi vào tài liệu" }));
  fireEvent.blur(window);
  fireEvent.focus(window);
  await waitFor(() => expect(events).toContain("written"), { timeout: 5000 });
  const during = events.slice(events.indexOf("write"), events.indexOf("written"));
  expect(during).not.toContain("scan");
  // The scan asked for is not lost: it runs once the write is done.
  await waitFor(() => expect(events.lastIndexOf("scan")).toBeGreaterThan(events.indexOf("written")), { timeout: 3000 });
  expect(await documentText(pane.sim)).toContain("HUYỆN CHẬM");
});

test("locked and checkbox content controls are shown read-only and never written", async () => {
  const bytes = readFileSync(join(__dirname, "../fixtures/template-content-controls.docx"));
  const sim = await createSimulator(new Uint8Array(bytes));
  sim.install();
  const gateway = createWordGateway();
  const { result } = await gateway.scan();
  const readOnly = result.fields.filter((f) => f.readOnly);
  expect(readOnly.length).toBeGreaterThan(0);
  const user = userEvent.setup();
  render(
    <InFluent>
      <App gateway={gateway} />
    </InFluent>,
  );
  await screen.findByText(/ô đã điền/);
  await user.click(screen.getByRole("button", { name: "Tất cả các ô" }));
  await screen.findByRole("heading", { name: "Tất cả các ô" });
  for (const f of readOnly) {
    const inputs = screen.getAllByRole("textbox", { name: f.label });
    expect(inputs.some((i) => (i as HTMLInputElement).readOnly)).toBe(true);
  }
  expect(screen.getAllByText(/chỉ để xem/).length).toBe(readOnly.length);
});

test("damaged saved state gives a plain notice, never a crash, and the pane keeps working", async () => {
  const sim = await createSimulator(new Uint8Array(readFileSync(join(__dirname, "../../assets/template.docx"))));
  sim.install();
  sim.Office.context.document.settings.set("dien-mau", "{not json");
  const user = userEvent.setup();
  render(
    <InFluent>
      <App gateway={createWordGateway()} />
    </InFluent>,
  );
  expect(await screen.findByText(/Dữ liệu lưu trong tài liệu bị hỏng/)).toBeInTheDocument();
  expect(progress()[0]).toBe(0);
  await user.click(screen.getByRole("button", { name: "Đóng thông báo" }));
  expect(screen.queryByText(/Dữ liệu lưu trong tài liệu bị hỏng/)).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: /^(Bắt đầu|Tiếp tục) điền$/ }));
  await user.type(await screen.findByRole("textbox"), "Sau sự cố{Enter}");
  await waitFor(async () => expect(await documentText(sim)).toContain("SAU SỰ CỐ"));
});

test("a document that cannot be read says why and offers a retry that recovers", async () => {
  const sim = await createSimulator(new Uint8Array(readFileSync(join(__dirname, "../../assets/template.docx"))));
  sim.install();
  // Every read fails while Word is in that state (a single failed read is retried lighter by the scan itself).
  let broken = true;
  const run = sim.Word.run.bind(sim.Word) as (batch: unknown) => Promise<unknown>;
  (sim.Word as unknown as { run: (batch: unknown) => Promise<unknown> }).run = (batch) =>
    broken ? Promise.reject(Object.assign(new Error("Word is busy."), { code: "GeneralException" })) : run(batch);
  const user = userEvent.setup();
  render(
    <InFluent>
      <App gateway={createWordGateway()} />
    </InFluent>,
  );
  expect(await screen.findByText(/^Không đọc được tài liệu\./)).toBeInTheDocument();
  broken = false;
  await user.click(screen.getByRole("button", { name: "Thử lại" }));
  await screen.findByText(/ô đã điền/);
  expect(progress()[0]).toBe(0);
});
