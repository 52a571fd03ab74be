/**
 * A whole report as a commune clerk fills it in the preview, through to the file that is sent: section 5's example
 * association line and three more added from the pane's list card, every field filled by keyboard, the guidance note
 * taken out, the check's findings, then "Hoàn tất rồi tải về". The downloaded file is read back with the project's
 * .docx reader and its raw XML, not through the simulator that wrote it. Then the other end, in the same page: a
 * district rolls three communes' reports up in "Tổng hợp báo cáo".
 */
import "../../src/i18n/preview";
import "../../src/i18n/repeat";
import { join } from "node:path";
import JSZip from "jszip";
import type { FrameLocator, Locator, Page } from "playwright-core";
import { viNotation } from "../../src/core/figures";
import { readDocxSnapshot } from "../../src/docx/snapshot";
import { fillByHand, fillThroughWord, NAMES, templateScan } from "../collect/reports";
import { fillForm } from "./support/fill";
import {
  artifacts,
  downloadFrom,
  publish,
  reopenTemplate,
  sharedPreview,
  vi,
  waitForPaneText as waitForText,
} from "./support/pane";
import type { StaticServer } from "./support/server";

/** The associations of section 5: the template's example first, then the three the clerk adds; their figures. */
const ASSOCIATIONS = [
  { name: "Hội chữ thập đỏ", branches: "10", members: "500", committee: "15" },
  { name: "Hội Người cao tuổi", branches: "8", members: "300", committee: "11" },
  { name: "Hội Khuyến học", branches: "6", members: "200", committee: "9" },
  { name: "Hội Cựu giáo chức", branches: "4", members: "120", committee: "7" },
];
const NOUN = "tổ chức hội";
const NOTE = "(Anh cụ thể từng tổ chức hội)";

/**
 * The values chosen by field label (the rest are made up by the form filler): a commune's own, and figures that tie
 * together — the association lines add up to the numbers that count and sum them, while the chi bộ kinds
 * (8 + 3 + 2) do not add up to the 12 stated, the one slip the check must find.
 */
const VALUES: Record<string, string> = {
  "Tên huyện": "Tuy Phước",
  "Tên đảng ủy": "xã Phước Hòa",
  "Địa danh": "Phước Hòa",
  "Tên xã": "Phước Hòa",
  "Xã nằm ở phía … của huyện": "đông nam",
  "Diện tích tự nhiên": "2.365",
  "Dân số": "12.480",
  "Số thôn dân cư": "7",
  "Số đảng viên (Đảng bộ xã)": "415",
  "Số chi bộ": "12",
  "Số chi bộ nông thôn": "8",
  "Số chi bộ trường học": "3",
  "Số chi bộ khác": "2",
  "Số hội quần chúng": "4",
  "Hội quẩn chúng gồm …": ASSOCIATIONS.map((a) => a.name).join(", "),
  "Số chi hội": "28",
  "Số hội viên": "1.120",
  "Tổng số hội viên": "1.120",
  ...Object.fromEntries(
    ASSOCIATIONS.flatMap((a) => [
      [`Số chi hội (${a.name})`, a.branches],
      [`Số hội viên (${a.name})`, a.members],
      [`Số đồng chí (BCH, ${a.name})`, a.committee],
    ]),
  ),
};

let server: StaticServer;
let page: Page;
let pane: FrameLocator;
let fieldCount = 0;
const labelsFilled = new Set<string>();

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: join(artifacts, name) });
  publish(name);
}

const waitForPaneText = (text: string) => waitForText(pane, text);

async function fieldsInOverview(): Promise<{ filled: number; total: number }> {
  const m = /(\d+)\/(\d+) ô đã điền/.exec(await pane.locator("main").innerText());
  return { filled: Number(m?.[1]), total: Number(m?.[2]) };
}

const listCard = (): Locator => pane.getByRole("region", { name: vi("repeat.title", { noun: NOUN }) });
const squash = (s: string) => s.replace(/\s+/g, "");

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The report's steps, in the page the preview's tests leave open (test/e2e/preview.e2e.ts runs them last). */
export function reportSteps(): void {
  beforeAll(async () => {
    ({ server, page } = await sharedPreview());
  }, 600_000);

  test("section 5's list card grows the example association line to four, each a line of its own", async () => {
    // The shipped template, in Vietnamese and the light theme, whatever the page held before.
    await page.goto(`${server.url}preview.html`);
    pane = page.frameLocator("iframe.pane");
    await pane.getByText(/ô đã điền/).waitFor({ timeout: 30_000 });
    await reopenTemplate(page);
    const card = listCard();
    await card.getByText(vi("repeat.asks", { note: `${NOTE}.` })).waitFor();
    const before = (await fieldsInOverview()).total;
    for (const { name } of ASSOCIATIONS.slice(1)) {
      await card.getByRole("textbox", { name: vi("repeat.newName", { noun: NOUN }) }).fill(name);
      await card.getByRole("button", { name: vi("repeat.add") }).click();
      await card.getByRole("listitem").filter({ hasText: name }).waitFor({ timeout: 30_000 });
    }
    await card.getByRole("button", { name: vi("repeat.add") }).waitFor();
    expect(await card.getByRole("listitem").allInnerTexts()).toEqual(
      ASSOCIATIONS.map((a) => expect.stringContaining(a.name)),
    );
    // Each new line brings its name and its three figures as fields.
    fieldCount = (await fieldsInOverview()).total;
    expect(fieldCount).toBe(before + 3 * 4);

    // The empty blanks are highlighted, the new lines' too: the file sent must not keep that highlight.
    await pane.getByRole("button", { name: vi("pane.highlight") }).click();
    await pane.getByRole("button", { name: vi("pane.unhighlight") }).waitFor();

    // The picture: the card beside the four lines it made in the document.
    await card.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page
      .locator(".page [data-p]")
      .filter({ hasText: /^\+ Hội Khuyến học/ })
      .evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shoot("repeat.png");
  });

  test("every field is filled by keyboard, each association's figures under its own name", async () => {
    // The new lines' names are filled already, so the overview offers to go on rather than to start.
    await pane.getByRole("button", { name: vi("pane.continue") }).click();
    await pane
      .getByText(/Ô \d+\/\d+/)
      .first()
      .waitFor();
    await fillForm(page, pane, fieldCount * 2, undefined, (label) => {
      if (label in VALUES) labelsFilled.add(label);
      return VALUES[label];
    });
    await waitForPaneText(vi("pane.progress", { filled: fieldCount, total: fieldCount }));
    expect(Object.keys(VALUES).filter((label) => !labelsFilled.has(label))).toEqual([]);
  });

  test("the list card takes the guidance note out once the list is done", async () => {
    await listCard()
      .getByRole("button", { name: vi("repeat.done") })
      .click();
    await waitForPaneText(vi("repeat.noteRemoved"));
    // The document view redraws a moment after the pane's message.
    await page.locator(".page [data-p]").filter({ hasText: NOTE }).waitFor({ state: "detached" });
  });

  test("the check finds the chi bộ kinds not adding up to their total, and nothing else about the figures", async () => {
    await pane
      .getByRole("button", { name: vi("pane.check") })
      .first()
      .click();
    await waitForPaneText(vi("pane.check.group.parts-total"));
    const text = await pane.locator("main").innerText();
    expect(text).toContain(vi("pane.check.item.parts-total", { label: "Số chi bộ", total: "12", sum: "13" }));
    // The association lines add up to the figures that count and sum them: no other total is wrong.
    expect(text.match(/cộng các phần được/g)).toHaveLength(1);
    expect(text).not.toContain(vi("pane.check.group.guidance-note"));
    expect(text).not.toContain(vi("pane.check.group.empty-blank"));
    await page
      .locator(".page [data-p]")
      .filter({ hasText: /trong đó có/ })
      .evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shoot("check-total.png");
  });

  test("'Hoàn tất rồi tải về' gives four association lines with their figures, no note, anchors, highlight or add-in part", async () => {
    const bytes = await downloadFrom(page, vi("preview.downloadFinal"), "report-final.docx");

    const snapshot = await readDocxSnapshot(bytes);
    const paragraphs = snapshot.paragraphs.map((p) => p.text);
    const lines = paragraphs.filter((p) => /^\s*\+/.test(p)).map(squash);
    expect(lines).toEqual(
      ASSOCIATIONS.map((a) =>
        squash(`+ ${a.name} ${a.branches} có chi hội, ${a.members} hội viên, BCH có ${a.committee} đồng chí.`),
      ),
    );
    const all = paragraphs.join("\n");
    expect(all).not.toContain("Anh cụ thể");
    expect(snapshot.contentControls).toEqual([]);

    const zip = await JSZip.loadAsync(bytes);
    const paths = Object.keys(zip.files);
    expect(paths.filter((p) => p.startsWith("word/webextensions/"))).toEqual([]);
    for (const path of paths.filter((p) => p.endsWith(".xml") || p.endsWith(".rels"))) {
      const xml = await zip.file(path)!.async("string");
      const traces = [/<w:highlight\b/, /<w:sdt\b/, /w:name="_dm_/, /dien-mau/, /webextension/i].filter((re) =>
        re.test(xml),
      );
      expect({ path, traces }).toEqual({ path, traces: [] });
    }
  });

  test("'Hoàn tất' in the pane, as in Word, leaves the draft download without anchors or highlight too", async () => {
    await pane.getByRole("button", { name: vi("pane.check.finalize"), exact: true }).click();
    // The chi bộ total and the numbering slip are still there: finishing asks once before going on.
    await pane.getByRole("button", { name: vi("pane.check.confirmYes") }).click();
    await waitForPaneText(vi("pane.check.finalized"));
    const bytes = await downloadFrom(page, vi("preview.download"), "report-finalized-in-pane.docx");
    const snapshot = await readDocxSnapshot(bytes);
    expect(snapshot.paragraphs.filter((p) => /^\s*\+/.test(p.text))).toHaveLength(ASSOCIATIONS.length);
    expect(snapshot.contentControls).toEqual([]);
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    expect([/<w:highlight\b/, /<w:sdt\b/, /w:name="_dm_/, /dien-mau/].filter((re) => re.test(xml))).toEqual([]);
  });

  // The roll-up, as a district's staff use it: three communes' reports of the shipped template (one filled through the
  // add-in and finalized, one still carrying its anchors, one typed by hand) picked in "Tổng hợp báo cáo" give a row
  // each, named by the commune, and the totals of their figures.
  test("three communes' reports rolled up in the pane: a row each, named by its commune, and the totals", async () => {
    const t = await templateScan();
    const reports = [
      await fillThroughWord(t, 0, "finalized"),
      await fillThroughWord(t, 1, "anchored"),
      await fillByHand(t, 2),
    ];
    await reopenTemplate(page);
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
}
