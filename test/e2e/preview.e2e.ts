/**
 * The preview in Debian's Chromium: the production pane beside the simulated document, driven as a user would.
 * One browser context for the whole file, so IndexedDB survives the reload step; the steps run in order.
 */
import "../../src/i18n/preview";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import mammoth from "mammoth";
import type { Frame, FrameLocator, Page } from "playwright-core";
import { t } from "../../src/i18n/all";
import { repoRoot } from "./support/build";
import { fillForm, positionOf, type FilledValue } from "./support/fill";
import { annexDocx, CAPTION, expectedTable, FIGURES, HEAD, PLACES, savedTable, SUMS, TOTAL, TSV } from "./support/grid";
import { measureOverflow, setPaneWidth } from "./support/layout";
import { reportSteps } from "./report.steps";
import {
  artifacts,
  closeSharedPreview,
  downloadFrom,
  publish,
  reopenTemplate as reopenShipped,
  sharedPreview,
  vi,
  waitForPaneText as waitForText,
} from "./support/pane";
import type { StaticServer } from "./support/server";

let server: StaticServer;
let page: Page;
let pane: FrameLocator;
let downloaded = "";
let fieldCount = 0;
const filled = new Map<string, FilledValue>();

function progressText(filledCount: number, total: number): string {
  return vi("pane.progress", { filled: filledCount, total });
}

async function openPreview(): Promise<void> {
  await page.goto(`${server.url}preview.html`);
  pane = page.frameLocator("iframe.pane");
  await pane.getByRole("button", { name: vi("pane.start") }).waitFor({ timeout: 30_000 });
}

/** Text of the document view, paragraph by paragraph. */
async function documentParagraphs(): Promise<string[]> {
  return page.locator(".page [data-p]").allTextContents();
}

async function overviewProgress(): Promise<string> {
  const text = await pane.locator("main").innerText();
  return /\d+\/\d+ ô đã điền/.exec(text)?.[0] ?? "";
}

let dist: string;

beforeAll(async () => {
  ({ dist, server, page } = await sharedPreview());
}, 600_000);

afterAll(closeSharedPreview);

test("the pane's scripts hold no eval or new Function, which its Content-Security-Policy would block", () => {
  const r = spawnSync(process.execPath, [join(repoRoot, "scripts/check-dist.mjs"), dist], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});

test("the preview shows the shipped template beside the pane, offline", async () => {
  const external: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith("blob:") && !r.url().startsWith("data:")) {
      external.push(r.url());
    }
  });
  await openPreview();
  const paragraphs = await documentParagraphs();
  expect(paragraphs.some((p) => p.includes("BÁO CÁO"))).toBe(true);
  expect(paragraphs.some((p) => p.includes("Phần thứ nhất"))).toBe(true);
  const progress = await overviewProgress();
  fieldCount = Number(/\/(\d+)/.exec(progress)?.[1]);
  expect(progress).toBe(progressText(0, fieldCount));
  expect(fieldCount).toBeGreaterThan(20);
  await page.screenshot({ path: join(artifacts, "overview.png") });
  publish("overview.png");
  expect(external).toEqual([]);
});

test("every field is filled through the guided form with the keyboard alone", async () => {
  await pane.getByRole("button", { name: vi("pane.start") }).focus();
  await page.keyboard.press("Enter");
  const first = await waitForPosition(1);
  expect(first.total).toBe(fieldCount);
  const values = await fillForm(page, pane, fieldCount * 2, async (step) => {
    if (step !== 3) return;
    await page.screenshot({ path: join(artifacts, "form.png") });
    publish("form.png");
  });
  for (const [k, v] of values) filled.set(k, v);
  await waitForPaneText(progressText(fieldCount, fieldCount));
  expect(filled.size).toBeGreaterThan(fieldCount / 2);
});

/** "Mở lại mẫu gốc", confirmed: the shipped template again, every field empty. */
async function reopenTemplate(): Promise<void> {
  await reopenShipped(page);
  await waitForPaneText(progressText(0, fieldCount));
}

/** Waits for `text` in the pane; on timeout the error shows what the pane says instead. */
const waitForPaneText = (text: string, timeout?: number) => waitForText(pane, text, timeout);

async function waitForPosition(index: number): Promise<{ index: number; total: number }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const pos = await positionOf(pane);
    if (pos && pos.index === index) return pos;
    if (Date.now() > deadline) throw new Error(`the form did not reach field ${index} (at ${JSON.stringify(pos)})`);
    await page.waitForTimeout(50);
  }
}

test("the document view shows each value where its dots were", async () => {
  // Spaces are compared loosely: a blank of spaces keeps a space on either side of the value. So is case: a value on a
  // line typed in capitals (`ĐẢNG BỘ HUYỆN ....`) is written in capitals.
  const squash = (s: string) => s.replace(/\s+/g, "").toLocaleUpperCase("vi");
  const expected = [...filled.values()].map(({ value, before, after }) => squash(`${before}${value}${after}`));
  // The view redraws a moment after the last write: wait for the drawing that has it, not for the first "saved".
  const deadline = Date.now() + 15_000;
  let text = "";
  for (;;) {
    await page.locator(".toolbar .status[data-state=saved]").waitFor({ timeout: 10_000 });
    text = squash((await documentParagraphs()).join("\n"));
    if (expected.every((e) => text.includes(e)) || Date.now() > deadline) break;
    await page.waitForTimeout(100);
  }
  for (const { value, before, after } of filled.values()) {
    expect(text).toContain(squash(`${before}${value}${after}`));
  }
  expect(text).toContain("15");
});

test("the check lists only the numbering slip and the guidance note", async () => {
  await pane
    .getByRole("button", { name: vi("pane.check") })
    .first()
    .click();
  await pane.getByText(vi("pane.check.group.numbering")).waitFor();
  const text = await pane.locator("main").innerText();
  expect(text).toContain(vi("pane.check.group.guidance-note"));
  for (const other of ["empty-blank", "empty-section", "date-range", "text-box"] as const) {
    expect(text).not.toContain(vi(`pane.check.group.${other}`));
  }
  await page.screenshot({ path: join(artifacts, "check.png") });
});

/** Case is compared loosely: a value on a line typed in capitals (`ĐẢNG BỘ HUYỆN ....`) is written in capitals. */
const upper = (s: string) => s.toLocaleUpperCase("vi");

test("the downloaded .docx holds every value (read by mammoth)", async () => {
  const bytes = await downloadFrom(page, vi("preview.download"), "filled.docx");
  downloaded = join(artifacts, "filled.docx");
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  for (const v of filled.keys()) expect(upper(value)).toContain(upper(v));
});

test("a reload brings back the document and its answers", async () => {
  await page.reload();
  await waitForPaneText(progressText(fieldCount, fieldCount));
  const text = (await documentParagraphs()).join("\n");
  for (const v of filled.keys()) expect(upper(text)).toContain(upper(v));
});

test("bad files get a clear message and the open document stays", async () => {
  const input = page.locator("input[type=file]");
  const before = await documentParagraphs();
  const damaged = new JSZip();
  damaged.file("[Content_Types].xml", "<Types/>");
  const cases: Array<[string, Buffer, Parameters<typeof t>[1]]> = [
    ["ghi-chu.txt", Buffer.from("không phải docx"), "preview.error.not-docx"],
    ["cu.doc", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), "preview.error.legacy-doc"],
    ["hong.docx", await damaged.generateAsync({ type: "nodebuffer" }), "preview.error.damaged"],
  ];
  for (const [name, buffer, key] of cases) {
    await input.setInputFiles({ name, mimeType: "application/octet-stream", buffer });
    await page
      .getByRole("alert")
      .filter({ hasText: vi(key, { name }) })
      .waitFor({ timeout: 10_000 });
    expect(await documentParagraphs()).toEqual(before);
  }
  await page
    .getByRole("button", { name: vi("preview.dismiss") })
    .first()
    .click();
});

test("reopening the downloaded .docx restores the answers from the document", async () => {
  await reopenTemplate();
  await page.locator("input[type=file]").setInputFiles(downloaded);
  await waitForPaneText(progressText(fieldCount, fieldCount));
});

test("dismiss a false blank, split a linked field, add a field from a selection", async () => {
  await reopenTemplate();
  await pane.getByRole("button", { name: vi("pane.start") }).click();
  await waitForPosition(1);

  await pane.getByRole("button", { name: vi("pane.form.dismiss") }).click();
  await waitForTotal(fieldCount - 1);

  let found = false;
  for (let i = 0; i < fieldCount && !found; i++) {
    const split = pane.getByRole("button", { name: vi("pane.form.split") });
    if (await split.count()) {
      await split.click();
      found = true;
    } else await pane.getByRole("button", { name: vi("pane.form.skip") }).click();
  }
  expect(found).toBe(true);
  await waitForTotal(fieldCount);

  const phrase = "Khó khăn";
  const selected = await page.evaluate((text) => {
    const spans = Array.from(document.querySelectorAll<HTMLElement>(".page [data-o]"));
    const span = spans.find((s) => s.textContent?.includes(text));
    const node = span?.firstChild;
    if (!span || !node) return false;
    const at = span.textContent!.indexOf(text);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    span.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    return true;
  }, phrase);
  expect(selected).toBe(true);
  await expect(page.locator(".page .sel").first().innerText()).resolves.toBe(phrase);
  await pane.getByRole("button", { name: vi("pane.addFromSelection") }).click();
  await pane.getByText(vi("pane.addFromSelection.added")).waitFor({ timeout: 10_000 });
  await waitForTotal(fieldCount + 1);
});

async function waitForTotal(total: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = await pane.locator("main").innerText();
    const pos = /Ô \d+\/(\d+)/.exec(text) ?? /\d+\/(\d+) ô đã điền/.exec(text);
    if (pos && Number(pos[1]) === total) return;
    if (Date.now() > deadline) throw new Error(`expected ${total} fields; the pane shows: ${text.slice(0, 300)}`);
    await page.waitForTimeout(50);
  }
}

afterAll(() => {
  writeFileSync(join(artifacts, "README.txt"), "Screenshots and files written by the end-to-end tests.\n");
});

/**
 * The same page, the shipped template opened again, for what follows: the narrow pane over the template, then an
 * annex opened for the grid editor, then the toolbar's language and theme.
 */
let reopened = false;
async function openFresh(): Promise<Page> {
  if (!reopened) await reopenTemplate();
  reopened = true;
  return page;
}

describe("at 320 px, the narrowest task pane", () => {
  let frame: Frame;
  let total = 0;
  const WIDTH = 320;

  /** Nothing scrolls sideways or sticks out; the failure names what does. */
  async function expectNoSidewaysScroll(view: string): Promise<void> {
    const m = await measureOverflow(frame);
    expect({ view, scrollWidth: m.scrollWidth, wide: m.wide }).toEqual({ view, scrollWidth: WIDTH, wide: [] });
  }

  /** The form's buttons wrap in rows: each of them shares its line with another, none is left alone. */
  async function expectButtonsPaired(): Promise<void> {
    const names = [vi("pane.form.previous"), vi("pane.form.next"), vi("pane.form.skip"), vi("pane.form.dismiss")];
    const tops = await Promise.all(
      names.map(async (name) => Math.round((await frame.getByRole("button", { name }).boundingBox())?.y ?? -1)),
    );
    const alone = names.filter((_, i) => tops.filter((y) => y === tops[i]).length < 2);
    expect({ tops, alone }).toEqual({ tops, alone: [] });
  }

  beforeAll(async () => {
    frame = await setPaneWidth(await openFresh(), WIDTH);
    await frame.waitForFunction((w) => document.documentElement.clientWidth === w, WIDTH);
    total = Number(/\/(\d+) ô đã điền/.exec(await frame.locator("main").innerText())?.[1]);
  });

  test("the overview holds, and a long section title wraps", async () => {
    await expectNoSidewaysScroll("overview");
    const long = frame
      .getByRole("navigation", { name: vi("pane.sections") })
      .getByRole("button", { name: /^5\. Tình hình tổ chức và hoạt động của các hội quần chúng/ });
    const lines = await long.evaluate((el) => {
      const title = el.querySelector("span span") as HTMLElement;
      return title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight);
    });
    expect(lines).toBeGreaterThanOrEqual(2);
  });

  test("every step of the guided form holds: text, number with its unit, date with its parts", async () => {
    await frame.getByRole("button", { name: vi("pane.start") }).click();
    const kinds = new Set<string>();
    expect(total).toBeGreaterThan(20);
    for (let step = 1; step <= total; step++) {
      await frame.getByText(vi("pane.form.position", { index: step, total })).waitFor();
      await expectNoSidewaysScroll(`form, field ${step}`);
      if (step === 1) await expectButtonsPaired();
      kinds.add(await frame.locator(".fui-Badge").first().innerText());
      if (step < total) await frame.getByRole("button", { name: vi("pane.form.next") }).click();
    }
    expect([...kinds].sort()).toEqual([vi("pane.kind.text"), vi("pane.kind.number"), vi("pane.kind.date")].sort());
    await frame.getByRole("button", { name: vi("pane.backToOverview") }).click();
  });

  test("all fields and the check hold", async () => {
    await frame.getByRole("button", { name: vi("pane.allFields") }).click();
    await frame.getByRole("switch", { name: vi("pane.all.filter") }).waitFor();
    await expectNoSidewaysScroll("all fields");
    await frame.getByRole("button", { name: vi("pane.backToOverview") }).click();
    await frame.getByRole("button", { name: vi("pane.check") }).click();
    await frame.getByRole("heading", { name: vi("pane.check.title") }).waitFor();
    await expectNoSidewaysScroll("check");
  });
});

describe("the grid editor at 320 px, a 10×4 block pasted from a spreadsheet", () => {
  let p: Page;
  let frame: Frame;
  const WIDTH = 320;
  const cells = HEAD.slice(2);
  const name = (i: number) => `${i + 1}. ${PLACES[i]}`;
  const title = vi("pane.grid.title", { number: 1, title: CAPTION });

  beforeAll(async () => {
    p = await openFresh();
    await p.locator("input[type=file]").setInputFiles({
      name: "phu-luc.docx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(await annexDocx()),
    });
    // Ten places and the total row, four figures each, and the line under the table: the pane shows the annex
    // (opening a file loads the pane anew) before it is measured.
    await p.frameLocator("iframe.pane").getByText(progressText(0, 45)).waitFor({ timeout: 30_000 });
    frame = await setPaneWidth(p, WIDTH);
    await frame.waitForFunction((w) => document.documentElement.clientWidth === w, WIDTH);
  });

  test("the pasted block fills the grid, the totals are taken from their parts, and the saved .docx holds every cell", async () => {
    const count = vi("pane.grid.count", { filled: 0, total: 44 });
    await frame.getByRole("button", { name: `${title} — ${count}` }).click();
    await frame.getByRole("heading", { level: 2, name: title }).waitFor();
    const first = frame.getByRole("textbox", { name: `${name(0)} — ${cells[0]}`, exact: true });
    await first.click();
    // What Ctrl+V delivers: the clipboard's tab-separated text in a paste event on the focused cell.
    await first.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, TSV);
    await frame.getByText(vi("pane.grid.pasted", { count: 40, from: `${name(0)} — ${cells[0]}` })).waitFor();
    for (let i = 0; i < PLACES.length; i++)
      for (let j = 0; j < cells.length; j++)
        await expect(
          frame.getByRole("textbox", { name: `${name(i)} — ${cells[j]}`, exact: true }).inputValue(),
        ).resolves.toBe(FIGURES[i][j]);

    const m = await measureOverflow(frame);
    expect({ scrollWidth: m.scrollWidth, wide: m.wide }).toEqual({ scrollWidth: WIDTH, wide: [] });
    // The README's picture: the pane's top, down to the first rows of the grid under the paste's summary.
    const box = (await p.locator("iframe.pane").boundingBox())!;
    await p.screenshot({ path: join(artifacts, "grid.png"), clip: { ...box, height: Math.min(box.height, 640) } });
    publish("grid.png");

    // Nothing is in the total row until the user takes each offered sum.
    for (let j = 0; j < cells.length; j++) {
      const total = frame.getByRole("textbox", { name: `${TOTAL} — ${cells[j]}`, exact: true });
      await expect(total.inputValue()).resolves.toBe("");
      await frame
        .getByRole("button", { name: vi("pane.grid.useSum", { sum: SUMS[j], cell: `${TOTAL} — ${cells[j]}` }) })
        .click();
      await expect(total.inputValue()).resolves.toBe(SUMS[j]);
    }
    await frame.getByRole("button", { name: vi("pane.grid.writeAll") }).click();
    await frame.getByText(vi("pane.grid.count", { filled: 44, total: 44 })).waitFor({ timeout: 30_000 });
    await p.locator(".toolbar .status[data-state=saved]").waitFor({ timeout: 10_000 });

    const saved = await downloadFrom(p, vi("preview.download"), "grid.docx");
    expect(await savedTable(saved)).toEqual(expectedTable());
  });

  test("the guided form takes the table as one step, and it holds at 320 px too", async () => {
    await frame.getByRole("button", { name: vi("pane.backToOverview") }).click();
    // The one field left is the line under the table; the step before it is the whole table.
    await frame.getByText(progressText(44, 45)).waitFor();
    await frame.getByRole("button", { name: vi("pane.continue") }).click();
    await frame.getByText(vi("pane.form.position", { index: 45, total: 45 })).waitFor();
    await frame.getByRole("button", { name: vi("pane.form.previous") }).click();
    const step = vi("pane.form.tableStep", { title, filled: 44, total: 44 });
    await frame.getByRole("heading", { level: 2, name: step }).waitFor();
    await frame.getByText(vi("pane.form.positionTable", { from: 1, to: 44, total: 45 })).waitFor();
    const m = await measureOverflow(frame);
    expect({ scrollWidth: m.scrollWidth, wide: m.wide }).toEqual({ scrollWidth: WIDTH, wide: [] });
    await frame.getByRole("button", { name: vi("pane.form.next") }).click();
    await frame.getByText(vi("pane.form.position", { index: 45, total: 45 })).waitFor();
  });
});

test("the toolbar switches the page and the pane to English and to the dark theme", async () => {
  const p = await openFresh();
  const ownPane = p.frameLocator("iframe.pane");
  await ownPane.getByRole("button", { name: vi("pane.backToOverview") }).click();
  // Each switch reloads the page with its setting in the address: wait for the new page, not the old one's text.
  await p.getByLabel(vi("preview.language")).selectOption("en");
  await p.waitForURL(/lang=en/);
  await ownPane.getByText(/fields filled/).waitFor({ timeout: 30_000 });
  expect(await p.getByRole("heading", { level: 1 }).innerText()).toBe(t("en", "preview.title"));
  await p.getByLabel(t("en", "preview.theme")).selectOption("dark");
  await p.waitForURL(/theme=dark/);
  await ownPane.getByText(/fields filled/).waitFor({ timeout: 30_000 });
  expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  const frame = await (await p.locator("iframe.pane").elementHandle())?.contentFrame();
  // Fluent's provider paints the pane: its background is dark in the dark theme.
  const rgb = await frame!.evaluate(
    () => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor,
  );
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
  expect({ rgb, dark: Math.max(r, g, b) < 80 }).toEqual({ rgb, dark: true });
  await p.screenshot({ path: join(artifacts, "dark-en.png") });
});

/** Then a whole report in the same page, through to the file that is sent, and a district's roll-up. */
describe("a report from the template to the file sent", reportSteps);
