/** The entry point as Word loads it: language and theme come from Office. */
import "./setup";
import { screen } from "@testing-library/react";
import { act } from "react";
import { readFileSync } from "fs";
import { join } from "path";
import { createSimulator } from "../../src/preview/sim";

jest.setTimeout(30000);

test("the pane is English when Office's display language is en-US", async () => {
  const sim = await createSimulator(new Uint8Array(readFileSync(join(__dirname, "../../assets/template.docx"))), {
    displayLanguage: "en-US",
  });
  sim.install();
  document.body.innerHTML = '<div id="root" aria-busy="true">Đang tải…</div>';
  await act(async () => {
    await import("../../src/taskpane/index");
  });
  expect(await screen.findByText(/\d+\/\d+ fields filled/, undefined, { timeout: 10000 })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Start filling" })).toBeInTheDocument();
  expect(document.documentElement.lang).toBe("en");
  expect(document.getElementById("root")?.hasAttribute("aria-busy")).toBe(false);
});
