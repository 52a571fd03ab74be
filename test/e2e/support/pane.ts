/**
 * What the browser tests share around the preview: the page's browser context, the pane's text awaited, and the
 * screenshots kept as artifacts and, on request, as the README's pictures.
 */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, FrameLocator, Page } from "playwright-core";
import { t } from "../../../src/i18n/all";
import { launchChromium } from "./browser";
import { buildPreview, repoRoot } from "./build";
import { serveStatic, type StaticServer } from "./server";

export const artifacts = join(repoRoot, "test/artifacts");
/** The README's pictures are refreshed only on request (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean. */
export const screenshots = process.env.UPDATE_SCREENSHOTS === "1" ? join(repoRoot, "docs/screenshots") : null;

export const vi = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t("vi", key, params);

/** Copies a screenshot taken into the artifacts to the README's pictures, when they are being refreshed. */
export function publish(name: string): void {
  if (screenshots) copyFileSync(join(artifacts, name), join(screenshots, name));
}

/** A Vietnamese desktop browser that downloads, with the folders for what the tests keep. */
export async function previewContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    locale: "vi-VN",
  });
  // Nothing but the local server: office.js and everything else must come from the build.
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  mkdirSync(artifacts, { recursive: true });
  if (screenshots) mkdirSync(screenshots, { recursive: true });
  return context;
}

/** Waits for `text` in the pane; on timeout the error shows what the pane says instead. */
export async function waitForPaneText(pane: FrameLocator, text: string, timeout = 30_000): Promise<void> {
  try {
    await pane.getByText(text).first().waitFor({ timeout });
  } catch {
    const now = await pane
      .locator("body")
      .innerText()
      .catch(() => "(no pane)");
    throw new Error(`the pane never showed "${text}"; it shows:\n${now.slice(0, 1500)}`);
  }
}

export interface PreviewRun {
  dist: string;
  server: StaticServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * The built preview served on the loopback, and a page in Debian's Chromium to open it in. The production build
 * takes a minute or two of one core when E2E_DIST names none; a busy machine, several.
 */
export async function startPreview(): Promise<PreviewRun> {
  const dist = buildPreview();
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const context = await previewContext(browser);
  return { dist, server, browser, context, page: await context.newPage() };
}

/** Clicks a toolbar button that downloads, keeps the file among the artifacts as `name`, and gives its bytes. */
export async function downloadFrom(page: Page, button: string, name: string): Promise<Uint8Array> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const saved = join(artifacts, name);
  await download.saveAs(saved);
  return new Uint8Array(readFileSync(saved));
}

let shared: Promise<PreviewRun> | null = null;

/**
 * One preview run for all the browser tests of a jest file, started on first use: a fresh page costs seconds of CPU
 * to build the preview, a page already open about one to open another document.
 */
export function sharedPreview(): Promise<PreviewRun> {
  return (shared ??= startPreview());
}

export async function closeSharedPreview(): Promise<void> {
  const run = await shared?.catch(() => null);
  shared = null;
  await run?.browser.close();
  await run?.server.close();
}

/** "Mở lại mẫu gốc", confirmed: the shipped template again, every field empty; resolves once the pane offers to start. */
export async function reopenTemplate(page: Page): Promise<void> {
  await page.getByRole("button", { name: vi("preview.reset") }).click();
  await page
    .getByRole("alertdialog")
    .getByRole("button", { name: vi("preview.resetYes") })
    .click();
  await page
    .frameLocator("iframe.pane")
    .getByRole("button", { name: vi("pane.start") })
    .waitFor({ timeout: 30_000 });
}
