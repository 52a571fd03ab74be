/** The 200× document (the template's body repeated 200 times, ≈6,600 blanks): the pane stays usable. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "fs";
import { repeatedDocx } from "../../bench/word.bench";
import { createSimulator } from "../../src/preview/sim";
import { App } from "../../src/taskpane/App";
import { VIRTUALISE_ABOVE } from "../../src/taskpane/all/AllFields";
import { createWordGateway } from "../../src/word/gateway";
import { TEMPLATE, documentText, progress } from "./harness";

jest.setTimeout(120000);

// jsdom lays nothing out: a 600 px viewport and 72 px rows give the virtualiser something to measure.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 320 });
  Object.defineProperty(HTMLElement.prototype, "offsetHeight", { configurable: true, get: () => 72 });
});
afterAll(() => {
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
  delete (HTMLElement.prototype as { offsetHeight?: number }).offsetHeight;
});

test("the 200× document opens, lists its fields through a virtualised list, and writes one in place", async () => {
  const bytes = await repeatedDocx(new Uint8Array(readFileSync(TEMPLATE)), 200);
  const sim = await createSimulator(bytes);
  sim.install();
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={createWordGateway()} />
    </FluentProvider>,
  );
  expect(screen.getByText("Đang quét…")).toBeTruthy();
  await screen.findByText(/ô đã điền/, undefined, { timeout: 60000 });
  const [filled, total] = progress();
  expect(filled).toBe(0);
  expect(total).toBeGreaterThan(VIRTUALISE_ABOVE);

  await user.click(screen.getByRole("button", { name: "Tất cả các ô" }));
  await screen.findByRole("heading", { name: "Tất cả các ô" }, { timeout: 10000 });
  const rendered = screen.getAllByRole("textbox").length;
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(100);

  await user.type(screen.getAllByRole("textbox")[0], "Huyện Lớn");
  await user.tab();
  await waitFor(async () => expect(await documentText(sim)).toContain("Huyện Lớn"), { timeout: 30000 });
});
