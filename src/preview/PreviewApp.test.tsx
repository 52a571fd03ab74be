import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import "../i18n/preview";
import { translator } from "../i18n";
import { themeNameFor } from "../taskpane/theme";
import { openLive, readViewSource } from "./live";
import { PreviewApp, type PreviewDeps, type PreviewSettings } from "./PreviewApp";
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
