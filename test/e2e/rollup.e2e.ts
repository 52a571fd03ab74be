/**
 * The roll-up in the preview, as a district's staff use it: three communes' reports of the shipped template (one
 * filled through the add-in and finalized, one still carrying its anchors, one typed by hand) picked in
 * "Tổng hợp báo cáo" give a row each, named by the commune, and the totals of their figures.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { viNotation } from "../../src/core/figures";
import { fillByHand, fillThroughWord, NAMES, templateScan } from "../collect/reports";
import { artifacts, publish, startPreview, vi } from "./support/pane";
import type { StaticServer } from "./support/server";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, browser, page } = await startPreview());
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("three communes' reports rolled up in the pane: a row each, named by its commune, and the totals", async () => {
  const t = await templateScan();
  const reports = [
    await fillThroughWord(t, 0, "finalized"),
    await fillThroughWord(t, 1, "anchored"),
    await fillByHand(t, 2),
  ];
  await page.goto(`${server.url}preview.html`);
  const pane = page.frameLocator("iframe.pane");
  await pane.getByRole("button", { name: vi("pane.start") }).waitFor({ timeout: 30_000 });
  await pane.getByRole("button", { name: vi("rollup.title") }).click();
  const dialog = pane.getByRole("dialog");
  await dialog
    .locator('input[type="file"]')
    .first()
    .setInputFiles(reports.map((r) => ({ name: r.file, mimeType: DOCX, buffer: Buffer.from(r.bytes) })));
  for (const name of NAMES.slice(0, 3)) await dialog.getByText(name).first().waitFor({ timeout: 30_000 });
  const population = t.fields.find((f) => f.label === "Dân số (người)")!;
  const total = reports.reduce((n, r) => n + r.numbers.get(population.id)!, 0);
  await dialog.getByText(viNotation(total), { exact: true }).first().waitFor({ timeout: 10_000 });
  await page.screenshot({ path: join(artifacts, "rollup.png") });
  publish("rollup.png");
});
