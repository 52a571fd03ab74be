import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import JSZip from "jszip";
import { readDocxSnapshot } from "../docx/snapshot";
import "../i18n/preview";
import { translator } from "../i18n";
import { themeNameFor } from "../taskpane/theme";
import { openLive, readViewSource } from "./live";
import { createWordGateway } from "../word/gateway";
import { PreviewApp, TEMPLATE_NAME, type LiveDocument, type PreviewDeps, type PreviewSettings } from "./PreviewApp";
import type { StoredDocument } from "./storage";

const template = new Uint8Array(readFileSync(join(__dirname, "../../assets/template.docx")));

function deps(): PreviewDeps & { stored: StoredDocument[] } {
  const stored: StoredDocument[] = [];
  return {
    stored,
    open: (bytes) => openLive(bytes, "vi"),
    read: readViewSource,
    templateBytes: async () => template,
    paneUrl: "about:blank",
    store: {
      load: async () => null,
      save: async (doc) => void stored.push(doc),
      clear: async () => undefined,
    },
  };
}

test("the toolbar's switches ask for English and for the dark theme, each keeping the other setting", async () => {
  const onSettings = jest.fn<void, [PreviewSettings]>();
  render(
    <PreviewApp deps={deps()} t={translator("vi")} settings={{ lang: "vi", theme: "light" }} onSettings={onSettings} />,
  );
  await screen.findByText(/BÁO CÁO/, undefined, { timeout: 10_000 });
  await act(async () => {
    fireEvent.change(screen.getByLabelText("Ngôn ngữ"), { target: { value: "en" } });
  });
  await waitFor(() => expect(onSettings).toHaveBeenLastCalledWith({ lang: "en", theme: "light" }));
  await act(async () => {
    fireEvent.change(screen.getByLabelText("Giao diện"), { target: { value: "dark" } });
  });
  await waitFor(() => expect(onSettings).toHaveBeenLastCalledWith({ lang: "vi", theme: "dark" }));
}, 20_000);

test("in English the switches read in English and show the current choice", () => {
  render(
    <PreviewApp deps={deps()} t={translator("en")} settings={{ lang: "en", theme: "dark" }} onSettings={jest.fn()} />,
  );
  expect(screen.getByLabelText("Language")).toHaveValue("en");
  expect(screen.getByLabelText("Theme")).toHaveValue("dark");
  expect(screen.getByRole("option", { name: "Dark" })).toBeInTheDocument();
});

test("the dark theme reaches the pane as Office colours it reads as dark; light as light", async () => {
  for (const theme of ["dark", "light"] as const) {
    const target: { Office?: typeof Office } = {};
    (await openLive(template, "vi", theme)).install(target);
    expect(themeNameFor(target.Office?.context.officeTheme, false)).toBe(theme);
  }
});

/** The page over the template, with the document it opened and every file it handed to the user. */
async function page() {
  const opened: LiveDocument[] = [];
  const downloads: Uint8Array[] = [];
  const d = deps();
  render(
    <PreviewApp
      deps={{
        ...d,
        open: async (bytes) => {
          const live = await d.open(bytes);
          opened.push(live);
          return live;
        },
        download: (bytes) => void downloads.push(bytes),
      }}
      t={translator("vi")}
    />,
  );
  await screen.findByText(/BÁO CÁO/, undefined, { timeout: 10_000 });
  return { live: opened[opened.length - 1], downloads };
}

/** Writes a value into a blank of the body as the pane would, through the Word layer. */
async function fillFirst(live: LiveDocument, value: string): Promise<void> {
  const host: { Word?: typeof Word; Office?: typeof Office } = {};
  live.install(host);
  const gateway = createWordGateway({ word: host.Word, office: host.Office, platform: "desktop" });
  const { result } = await gateway.scan();
  await act(async () => {
    const report = await gateway.apply([{ blankId: result.blanks.find((b) => b.paragraph > 10)!.id, value }]);
    expect(report.failed).toEqual([]);
  });
}

/** Every part of the package that is, or is pointed at as, the add-in's own. */
async function addinTraces(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: string[] = [];
  for (const [path, file] of Object.entries(zip.files)) {
    if (path.startsWith("word/webextensions/")) out.push(path);
    else if (path.endsWith(".rels") || path === "[Content_Types].xml") {
      if (/webextension/i.test(await file.async("string"))) out.push(path);
    }
  }
  return out;
}

test("'Hoàn tất rồi tải về' gives the values without the add-in's boxes, data or part; the draft download keeps them", async () => {
  const { live, downloads } = await page();
  await fillFirst(live, "Tuy Phước");
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Tải bản đang điền" }));
  });
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(await addinTraces(downloads[0])).toContain("word/webextensions/webextension1.xml");

  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Hoàn tất rồi tải về" }));
  });
  await waitFor(() => expect(downloads).toHaveLength(2), { timeout: 10_000 });
  const finished = downloads[1];
  expect(await addinTraces(finished)).toEqual([]);
  const snapshot = await readDocxSnapshot(finished);
  expect(snapshot.paragraphs.map((p) => p.text).join("\n")).toContain("Tuy Phước");
  expect(snapshot.contentControls.filter((c) => c.tag.startsWith("dien-mau"))).toEqual([]);
  const xml = await (await JSZip.loadAsync(finished)).file("word/document.xml")!.async("string");
  expect(xml).not.toMatch(/_dm_|dien-mau/);
  // The draft stays as it was, boxes and all, to go on filling.
  expect(await addinTraces(await live.save())).not.toEqual([]);
}, 30_000);

test("'Mở tệp .docx…' asks first while values are not downloaded, and not once they are", async () => {
  const choose = jest.spyOn(HTMLInputElement.prototype, "click").mockImplementation(() => undefined);
  try {
    const { live } = await page();
    fireEvent.click(screen.getByRole("button", { name: "Mở tệp .docx…" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(choose).toHaveBeenCalledTimes(1);

    await fillFirst(live, "Tuy Phước");
    fireEvent.click(screen.getByRole("button", { name: "Mở tệp .docx…" }));
    const ask = screen.getByRole("alertdialog", { name: "Mở tệp .docx…" });
    expect(ask).toHaveTextContent("Văn bản đang điền có giá trị chưa tải về.");
    expect(choose).toHaveBeenCalledTimes(1);
    fireEvent.click(within(ask).getByRole("button", { name: "Hủy" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Mở tệp .docx…" }));
    fireEvent.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Vẫn mở tệp khác" }));
    expect(choose).toHaveBeenCalledTimes(2);

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Tải bản đang điền" }));
    });
    fireEvent.click(screen.getByRole("button", { name: "Mở tệp .docx…" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(choose).toHaveBeenCalledTimes(3);
  } finally {
    choose.mockRestore();
  }
}, 30_000);

test("a file dropped on a document with values not downloaded is opened only once confirmed", async () => {
  const { live } = await page();
  await fillFirst(live, "Tuy Phước");
  const file = new File([template as BlobPart], "khac.docx");
  fireEvent.drop(document.querySelector(".app")!, { dataTransfer: { files: [file] } });
  const ask = screen.getByRole("alertdialog", { name: "Mở tệp .docx…" });
  fireEvent.click(within(ask).getByRole("button", { name: "Hủy" }));
  expect(screen.getByRole("region", { name: `Văn bản: ${TEMPLATE_NAME}` })).toBeInTheDocument();
}, 30_000);

test("a document kept in the browser with values not downloaded still asks after a reload", async () => {
  const choose = jest.spyOn(HTMLInputElement.prototype, "click").mockImplementation(() => undefined);
  try {
    const d = deps();
    render(
      <PreviewApp
        deps={{
          ...d,
          store: { ...d.store, load: async () => ({ name: "bao-cao.docx", bytes: template, unsaved: true }) },
        }}
        t={translator("vi")}
      />,
    );
    await screen.findByText(/BÁO CÁO/, undefined, { timeout: 10_000 });
    fireEvent.click(screen.getByRole("button", { name: "Mở tệp .docx…" }));
    expect(screen.getByRole("alertdialog", { name: "Mở tệp .docx…" })).toBeInTheDocument();
    expect(choose).not.toHaveBeenCalled();
  } finally {
    choose.mockRestore();
  }
}, 30_000);
