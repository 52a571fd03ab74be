/**
 * The header's "About" menu: the diagnostic information it shows, and copying it where the clipboard works and
 * where Office on the web refuses it.
 */
import "../../../test/taskpane/setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Lang } from "../../i18n";
import type { Diagnostics } from "../../word/types";
import { I18nProvider } from "../i18n";
import { About } from "./About";
import { InFluent } from "../../../test/taskpane/fluent";
import { openPane } from "../../../test/taskpane/harness";

const DIAGNOSTICS: Diagnostics = {
  host: "Word",
  platform: "OfficeOnline",
  version: "16.0.18025.10000",
  requirementSets: [
    { name: "WordApi", version: "1.3", supported: true },
    { name: "WordApi", version: "1.4", supported: false },
    { name: "WordApiDesktop", version: "1.1", supported: false },
  ],
  settingsBytes: 12345,
  operations: [
    { name: "scan", at: Date.UTC(2026, 11, 7, 2, 0, 0), ms: 180, syncs: 2, ok: true },
    {
      name: "apply",
      at: Date.UTC(2026, 11, 7, 2, 0, 5),
      ms: 95,
      syncs: 1,
      ok: false,
      error: {
        code: "GeneralException",
        officeCode: "GeneralException",
        detail: "GeneralException",
        debugInfo: 'errorLocation: Range.insertText\nstatement: range.insertText("…", "…");',
      },
    },
  ],
};

function renderAbout(lang: Lang = "vi", diagnostics: () => Diagnostics = () => DIAGNOSTICS) {
  const user = userEvent.setup();
  render(
    <InFluent>
      <I18nProvider lang={lang}>
        <About diagnostics={diagnostics} />
      </I18nProvider>
    </InFluent>,
  );
  return user;
}

async function openDiagnostics(user: ReturnType<typeof userEvent.setup>, lang: Lang = "vi") {
  await user.click(screen.getByRole("button", { name: lang === "vi" ? "Giới thiệu" : "About" }));
  await user.click(
    await screen.findByRole("menuitem", { name: lang === "vi" ? "Thông tin chẩn đoán" : "Diagnostic information" }),
  );
  return screen.findByRole("dialog", undefined, { timeout: 10000 });
}

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(window.navigator, "clipboard", {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

jest.setTimeout(30000);
afterEach(() => setClipboard(undefined));

test("shows the host, the requirement sets, the settings' size and each operation with its round trips", async () => {
  const user = renderAbout();
  const dialog = await openDiagnostics(user);
  const d = within(dialog);
  expect(d.getByText("OfficeOnline")).toBeInTheDocument();
  expect(d.getByText("16.0.18025.10000")).toBeInTheDocument();
  expect(d.getByText("12.345 byte")).toBeInTheDocument();
  expect(d.getByText(/^có: WordApi 1\.3$/)).toBeInTheDocument();
  expect(d.getByText(/^không: WordApi 1\.4, WordApiDesktop 1\.1$/)).toBeInTheDocument();
  const items = d.getAllByRole("listitem");
  expect(items).toHaveLength(2);
  expect(items[0]).toHaveTextContent(/scan: 180 ms, 2 lượt trao đổi với Word — thành công/);
  expect(items[1]).toHaveTextContent(/apply: 95 ms, 1 lượt trao đổi với Word — lỗi GeneralException/);
  expect(items[1]).toHaveTextContent('statement: range.insertText("…", "…");');
});

test("the log is read again each time the dialog opens", async () => {
  let operations = DIAGNOSTICS.operations.slice(0, 1);
  const user = renderAbout("vi", () => ({ ...DIAGNOSTICS, operations }));
  let dialog = await openDiagnostics(user);
  expect(within(dialog).getAllByRole("listitem")).toHaveLength(1);
  await user.click(within(dialog).getByRole("button", { name: "Đóng" }));
  operations = DIAGNOSTICS.operations;
  dialog = await openDiagnostics(user);
  expect(within(dialog).getAllByRole("listitem")).toHaveLength(2);
});

test("Copy puts the whole information on the clipboard as plain text", async () => {
  const user = renderAbout("en");
  const copied: string[] = [];
  setClipboard((text) => {
    copied.push(text);
    return Promise.resolve();
  });
  const dialog = await openDiagnostics(user, "en");
  await user.click(within(dialog).getByRole("button", { name: "Copy" }));
  expect(await within(dialog).findByText("Copied to the clipboard.")).toBeInTheDocument();
  expect(copied).toHaveLength(1);
  const text = copied[0];
  expect(text).toContain("Host: Word");
  expect(text).toContain("Platform: OfficeOnline");
  expect(text).toContain("Version: 16.0.18025.10000");
  expect(text).toContain("WordApi 1.4: no");
  expect(text).toContain("The add-in's data saved in the document: 12,345 bytes");
  expect(text).toMatch(/scan: 180 ms, 2 round trips to Word — succeeded/);
  expect(text).toMatch(/apply: 95 ms, 1 round trips to Word — failed: GeneralException/);
  expect(text).toContain("errorLocation: Range.insertText");
  expect(within(dialog).queryByRole("textbox")).not.toBeInTheDocument();
});

test("where the clipboard is refused, the same text is offered in a read-only box to copy by hand", async () => {
  const user = renderAbout("vi");
  setClipboard(() => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")));
  const dialog = await openDiagnostics(user);
  await user.click(within(dialog).getByRole("button", { name: "Sao chép" }));
  expect(await within(dialog).findByText(/Không sao chép tự động được ở đây/)).toBeInTheDocument();
  const box = within(dialog).getByRole("textbox", { name: "Thông tin chẩn đoán để sao chép" }) as HTMLTextAreaElement;
  expect(box.readOnly).toBe(true);
  expect(box.value).toContain("Ứng dụng: Word");
  expect(box.value).toContain("lỗi GeneralException");
  expect(box.value).toContain("errorLocation: Range.insertText");
});

test("a frame with no clipboard at all gets the box too", async () => {
  const user = renderAbout("en");
  setClipboard(undefined);
  const dialog = await openDiagnostics(user, "en");
  await user.click(within(dialog).getByRole("button", { name: "Copy" }));
  const box = (await within(dialog).findByRole("textbox")) as HTMLTextAreaElement;
  expect(box.value).toContain("Diagnostic information");
});

test("an unknown version and an empty log say so", async () => {
  const user = renderAbout("en", () => ({ ...DIAGNOSTICS, version: "", operations: [] }));
  const dialog = await openDiagnostics(user, "en");
  expect(within(dialog).getByText("unknown")).toBeInTheDocument();
  expect(within(dialog).getByText("No operations yet.")).toBeInTheDocument();
});

test("works with the keyboard alone, and the focus comes back to the menu button", async () => {
  const user = renderAbout("en");
  const button = screen.getByRole("button", { name: "About" });
  await user.tab();
  expect(button).toHaveFocus();
  await user.keyboard("{Enter}");
  const item = await screen.findByRole("menuitem", { name: "Diagnostic information" });
  await waitFor(() => expect(item).toHaveFocus());
  await user.keyboard("{Enter}");
  const dialog = await screen.findByRole("dialog", undefined, { timeout: 10000 });
  expect(dialog.contains(document.activeElement)).toBe(true);
  await user.keyboard("{Escape}");
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  expect(screen.getByRole("button", { name: "About" })).toHaveFocus();
});

/** In the pane's header, over the real Word layer: the operations the pane just ran. */
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
}, 60_000);
