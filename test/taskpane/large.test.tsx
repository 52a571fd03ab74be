/**
 * A long document (the template's body repeated 30 times: ≈1,000 blanks, ≈200 fields, 3,600 paragraphs): the pane
 * stays usable. Long enough that the lists of fields and of empty places are virtualised and hold many times more rows
 * than a screen, small enough for every run; the 200× document's scan and apply is tested in
 * test/robustness/input.test.ts and measured by `npm run bench`.
 */
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "fs";
import { repeatedDocx } from "../../bench/word.bench";
import { createSimulator, type Simulator } from "../../src/preview/sim";
import { App } from "../../src/taskpane/App";
import { VIRTUALISE_ABOVE } from "../../src/taskpane/all/AllFields";
import { createWordGateway } from "../../src/word/gateway";
import type { WordGateway } from "../../src/word/types";
import { TEMPLATE, documentText, progress } from "./harness";
import { InFluent } from "./fluent";

jest.setTimeout(120000);
// A write or a view over thousands of rows can take seconds on a busy machine: waits give up only near the test's
// own timeout, never because another process had the CPU.
configure({ asyncUtilTimeout: 60000 });

const COPIES = 30;

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

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await repeatedDocx(new Uint8Array(readFileSync(TEMPLATE)), COPIES);
});

async function openLarge(): Promise<{ sim: Simulator; gateway: WordGateway; scans: jest.SpyInstance }> {
  const sim = await createSimulator(bytes);
  sim.install();
  const gateway = createWordGateway();
  const scans = jest.spyOn(gateway, "scan");
  render(
    <InFluent>
      <App gateway={gateway} />
    </InFluent>,
  );
  await screen.findByText(/ô đã điền/);
  return { sim, gateway, scans };
}

function position(): string {
  return screen.queryByText(/^Ô [\d.]+\/[\d.]+$/)?.textContent ?? "";
}

test("the long document opens; its empty places and its fields are virtualised lists; a value is written in place", async () => {
  const sim = await createSimulator(bytes);
  sim.install();
  const user = userEvent.setup();
  render(
    <InFluent>
      <App gateway={createWordGateway()} />
    </InFluent>,
  );
  expect(screen.getByText("Đang quét…")).toBeInTheDocument();
  await screen.findByText(/ô đã điền/);
  const [filled, total] = progress();
  expect(filled).toBe(0);
  expect(total).toBeGreaterThan(VIRTUALISE_ABOVE);
  expect(total).toBeGreaterThan(200);

  // The check counts every empty place and draws only the rows on screen.
  await user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
  const empty = await screen.findByRole("region", { name: /Chỗ còn trống/ });
  const count = Number(
    /\(([\d.]+)\)/.exec(within(empty).getByRole("heading", { level: 3 }).textContent ?? "")?.[1].replace(/\./g, ""),
  );
  expect(count).toBe(33 * COPIES);
  expect(
    screen.getByText(`Còn ${count.toLocaleString("vi-VN")} chỗ trống. Điền hết thì có thể hoàn tất.`),
  ).toBeInTheDocument();
  const shown = within(empty).getAllByRole("button", { name: /^Đến chỗ này trong tài liệu/ });
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThan(100);
  expect(screen.queryByRole("button", { name: "Hoàn tất" })).not.toBeInTheDocument();
  // A row of the virtualised list still jumps to its empty place.
  await user.click(shown[shown.length - 1]);
  await waitFor(() => expect(sim.selection()).not.toBeNull());
  const place = sim.selection()!;
  expect(sim.paragraphTexts()[place.paragraph].slice(place.start, place.end)).toMatch(/^[.…\s]+$/u);
  // One guidance note per copy, listed plainly: the last one jumps into the last copy.
  const notes = screen.getByRole("region", { name: /Lời hướng dẫn/ });
  const jumps = within(notes).getAllByRole("button", { name: /^Đến chỗ này trong tài liệu/ });
  expect(jumps).toHaveLength(COPIES);
  await user.click(jumps[jumps.length - 1]);
  const perCopy = sim.paragraphTexts().length / COPIES;
  await waitFor(() => expect(sim.selection()?.paragraph).toBeGreaterThanOrEqual(perCopy * (COPIES - 1)));

  await user.click(screen.getByRole("button", { name: "Về tổng quan" }));
  await screen.findByText(/ô đã điền/);
  await user.click(screen.getByRole("button", { name: "Tất cả các ô" }));
  await screen.findByRole("heading", { name: "Tất cả các ô" });
  const rendered = screen.getAllByRole("textbox").length;
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(100);

  await user.type(screen.getAllByRole("textbox")[0], "Huyện Lớn");
  await user.tab();
  // The first field stands on the letterhead's line in capitals: its value is written so.
  await waitFor(async () => expect(await documentText(sim)).toContain("HUYỆN LỚN"));
});

test("on the long document moving from field to field writes and selects without reading the document again", async () => {
  const { sim, scans } = await openLarge();
  const user = userEvent.setup();
  const [, total] = progress();
  expect(scans).toHaveBeenCalledTimes(1);
  await user.click(screen.getByRole("button", { name: /^(Bắt đầu|Tiếp tục) điền$/ }));
  await screen.findByText(/^Ô 1\//);
  for (const value of ["Huyện Lớn", "Xã Nhỏ"]) {
    const at = position();
    sim.stats.reset();
    await user.type(document.activeElement as HTMLInputElement, `${value}{Enter}`);
    await waitFor(() => expect(position()).not.toBe(at));
    // The field now shown is empty: "Đã lưu" belongs to the one just written.
    expect(within(screen.getByRole("status")).queryByText("Đã lưu")).not.toBeInTheDocument();
    // One write (2 round trips to Word) and one selection: a step costs a few round trips, not a scan of
    // 3,600 paragraphs.
    expect(sim.stats.syncs).toBeLessThanOrEqual(4);
  }
  expect(scans).toHaveBeenCalledTimes(1);
  await user.click(screen.getByRole("button", { name: "Ô trước" }));
  await waitFor(() => expect((document.activeElement as HTMLInputElement).value).toBe("XÃ NHỎ"));
  await user.click(screen.getByRole("button", { name: "Về tổng quan" }));
  await screen.findByText(/ô đã điền/);
  expect(progress()).toEqual([2, total]);
  expect(scans).toHaveBeenCalledTimes(1);
  const text = await documentText(sim);
  expect(text).toContain("HUYỆN LỚN");
  expect(text).toContain("XÃ NHỎ");
});
