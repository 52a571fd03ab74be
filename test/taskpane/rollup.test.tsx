/**
 * The district's roll-up in the pane: the units' reports picked from the computer (filled through the Word layer
 * and finalized, still anchored, or by hand), shown as one table with a total row; a doubtful figure marked; a
 * legacy .doc listed with its reason; a figure corrected by hand; the open document filled from the totals.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { createSimulator } from "../../src/preview/sim";
import { App } from "../../src/taskpane/App";
import { createWordGateway } from "../../src/word/gateway";
import type { WordGateway } from "../../src/word/types";
import type { Field } from "../../src/core/types";
import {
  answersFor,
  fillByHand,
  fillThroughWord,
  NAMES,
  templateScan,
  type Built,
  type TemplateScan,
} from "../collect/reports";
import { documentText, openPane, TEMPLATE, type Pane } from "./harness";
import { viNotation } from "../../src/core/figures";
import { InFluent } from "./fluent";

jest.setTimeout(90000);

let t: TemplateScan;
let reports: Built[];

const LEGACY = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const vi = new Intl.NumberFormat("vi-VN");

beforeAll(async () => {
  t = await templateScan();
  reports = [
    await fillThroughWord(t, 0, "finalized"),
    await fillThroughWord(t, 1, "anchored"),
    // Filled by hand, and a word beside a figure changed: that figure is read but doubtful.
    await fillByHand(t, 2, undefined, (sim, texts) => {
      const at = texts[66].indexOf("đã hiến");
      sim.editParagraphText(66, at, at + "đã hiến".length, "đã đóng góp");
    }),
  ];
}, 90000);

const bytesOf = (blob: Blob): Promise<ArrayBuffer> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

const fileOf = (b: { file: string; bytes: Uint8Array }) =>
  new File([new Uint8Array(b.bytes)], b.file, {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });

async function rollUpIn(pane: Pick<Pane, "user">, extra: File[] = []) {
  await pane.user.click(await screen.findByRole("button", { name: "Tổng hợp báo cáo" }));
  const dialog = await screen.findByRole("dialog");
  await pane.user.upload(within(dialog).getByLabelText("Chọn báo cáo…", { selector: "input" }), [
    ...reports.map(fileOf),
    ...extra,
  ]);
  const table = await within(dialog).findByRole("region", { name: "Bảng tổng hợp" }, { timeout: 30000 });
  return { dialog, table };
}

const field = (label: string): Field => {
  const f = t.fields.find((x) => x.label === label);
  if (!f) throw new Error(`no field ${label}`);
  return f;
};

/** The column index (in the table's cells, the unit's name being 0) of a header. */
function columnOf(table: HTMLElement, header: string): number {
  const heads = within(table)
    .getAllByRole("columnheader")
    .map((th) => th.textContent);
  const i = heads.indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${heads.join(" | ")}`);
  return i;
}

function cellOf(table: HTMLElement, rowName: string, column: number): HTMLElement {
  const row = within(table).getByRole("rowheader", { name: rowName }).closest("tr") as HTMLElement;
  return row.children[column] as HTMLElement;
}

test("three reports make a row each, named by the commune, with the totals of their figures; a doubtful figure is marked and a legacy .doc is listed with its reason", async () => {
  const pane = await openPane();
  const legacy = new File([LEGACY], "bao-cao-cu.doc", { type: "application/msword" });
  const { dialog, table } = await rollUpIn(pane, [legacy]);

  expect(
    within(table)
      .getAllByRole("rowheader")
      .map((th) => th.textContent),
  ).toEqual([...NAMES.slice(0, 3), "Tổng cộng"]);

  // Every figure that adds up: each report's cell as it was given, and the total row as their sum.
  const checked: string[] = [];
  for (const label of ["Dân số (người)", "Số thôn dân cư", "Diện tích đất (m2)"]) {
    const f = field(label);
    const col = columnOf(
      table,
      within(table)
        .getAllByRole("columnheader")
        .find((th) => th.textContent?.startsWith(label))!.textContent!,
    );
    let sum = 0;
    reports.forEach((r, i) => {
      const n = r.numbers.get(f.id)!;
      sum += n;
      expect(cellOf(table, NAMES[i], col)).toHaveTextContent(vi.format(n));
    });
    expect(cellOf(table, "Tổng cộng", col)).toHaveTextContent(vi.format(Math.round(sum * 10) / 10));
    checked.push(label);
  }
  expect(checked).toHaveLength(3);

  // The figure beside the changed word: shown, and marked for a look, as is the total above it.
  const landCol = columnOf(
    table,
    within(table)
      .getAllByRole("columnheader")
      .find((th) => th.textContent?.startsWith("Diện tích đất"))!.textContent!,
  );
  const doubtful = within(cellOf(table, NAMES[2], landCol)).getByRole("button");
  expect(doubtful).toHaveAccessibleName(expect.stringContaining("Cần xem lại"));
  expect(within(cellOf(table, NAMES[0], landCol)).getByRole("button")).not.toHaveAccessibleName(
    expect.stringContaining("Cần xem lại"),
  );
  expect(within(dialog).getByText(/1 ô cần xem lại/)).toBeInTheDocument();

  expect(within(dialog).getByRole("region", { name: "Báo cáo cần lưu ý" })).toHaveTextContent(
    "bao-cao-cu.doc: tệp .doc cũ, không lấy được; hãy mở trong Word và lưu thành .docx",
  );

  // The .xlsx holds the same table, figures as numbers, the total row last.
  const saved: Blob[] = [];
  const createObjectURL = jest.fn((b: Blob) => (saved.push(b), "blob:tong-hop"));
  Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  await pane.user.click(within(dialog).getByRole("button", { name: "Tải về .xlsx" }));
  await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20000 });
  click.mockRestore();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await bytesOf(saved[0]));
  const sheet = wb.worksheets[0];
  const head = (sheet.getRow(1).values as unknown[]).slice(1);
  const popCol = head.indexOf("Dân số (người)") + 1;
  const pop = field("Dân số (người)");
  expect(sheet.getRow(2).getCell(1).value).toBe(NAMES[0]);
  expect(sheet.getRow(2).getCell(popCol).value).toBe(reports[0].numbers.get(pop.id));
  expect(sheet.getRow(5).getCell(1).value).toBe("Tổng cộng");
  expect(sheet.getRow(5).getCell(popCol).value).toBe(reports.reduce((n, r) => n + r.numbers.get(pop.id)!, 0));
});

test("a figure corrected by hand changes its total, and the totals fill the open document after a confirmation naming each field", async () => {
  const pane = await openPane();
  const { dialog, table } = await rollUpIn(pane);
  const population = field("Dân số (người)");
  const col = columnOf(table, "Dân số (người)");
  const given = reports.map((r) => r.numbers.get(population.id)!);

  await pane.user.click(within(cellOf(table, NAMES[1], col)).getByRole("button"));
  const input = within(dialog).getByRole("textbox", { name: `Sửa Dân số (người) của ${NAMES[1]}` });
  await pane.user.clear(input);
  await pane.user.type(input, "5.000{Enter}");
  const total = given[0] + 5000 + given[2];
  expect(cellOf(table, NAMES[1], col)).toHaveTextContent("5.000");
  expect(within(cellOf(table, NAMES[1], col)).getByRole("button")).toHaveAccessibleName(
    expect.stringContaining("Đã sửa tay"),
  );
  expect(cellOf(table, "Tổng cộng", col)).toHaveTextContent(vi.format(total));

  await pane.user.click(within(dialog).getByRole("button", { name: "Điền số tổng vào tài liệu này…" }));
  const confirm = within(dialog).getByText(/^Điền \d+ ô của tài liệu đang mở từ dòng tổng cộng/);
  const items = within(confirm.closest(".fui-MessageBar") as HTMLElement)
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  expect(items).toContain(`Dân số (người): ${vi.format(total)}`);
  // Years, dates and names are never summed, so never offered.
  expect(items.some((x) => x?.startsWith("Tên xã"))).toBe(false);
  expect((await documentText(pane.sim)).toLowerCase()).not.toContain(vi.format(total));

  await pane.user.click(within(dialog).getByRole("button", { name: "Điền" }));
  expect(await within(dialog).findByText(`Đã điền ${items.length} ô từ dòng tổng cộng.`)).toBeInTheDocument();
  await waitFor(async () => expect(await documentText(pane.sim)).toContain(`dân số ${vi.format(total)} người`));
});

test("where the pane cannot download (Word for Mac), the table opens as tab-separated text to copy", async () => {
  const sim = await createSimulator(new Uint8Array(readFileSync(TEMPLATE)));
  sim.install();
  const word = createWordGateway();
  const gateway: WordGateway = { ...word, diagnostics: () => ({ ...word.diagnostics(), platform: "Mac" }) };
  const user = userEvent.setup();
  render(
    <InFluent>
      <App gateway={gateway} />
    </InFluent>,
  );
  await screen.findByText(/ô đã điền/, undefined, { timeout: 10000 });
  const { dialog } = await rollUpIn({ user });
  expect(within(dialog).queryByRole("button", { name: "Tải về .xlsx" })).toBeNull();
  await user.click(within(dialog).getByRole("button", { name: "Mở dạng văn bản để sao chép" }));
  const lines = (within(dialog).getByRole("textbox") as HTMLTextAreaElement).value
    .split("\n")
    .map((l) => l.split("\t"));
  const pop = field("Dân số (người)");
  const col = lines[0].indexOf("Dân số (người)");
  expect(lines[0].slice(0, 2)).toEqual(["Đơn vị", "Tệp"]);
  expect(lines.map((l) => l[0])).toEqual(["Đơn vị", ...NAMES.slice(0, 3), "Tổng cộng"]);
  // Figures as a Vietnamese spreadsheet reads them when pasted: dots between thousands.
  expect(lines[1][col]).toBe(viNotation(reports[0].numbers.get(pop.id)!));
  expect(lines[4][col]).toBe(viNotation(reports.reduce((n, r) => n + r.numbers.get(pop.id)!, 0)));
  expect(new Set(lines.map((l) => l.length)).size).toBe(1);
});

/** The pane over the template, with "Lấy số liệu từ báo cáo trước…" open and `file` picked in it. */
async function pickEarlier(file: File): Promise<{ pane: Pane; dialog: HTMLElement }> {
  const pane = await openPane();
  await pane.user.click(await screen.findByRole("button", { name: "Lấy số liệu từ báo cáo trước…" }));
  const dialog = await screen.findByRole("dialog");
  await pane.user.upload(within(dialog).getByLabelText("Chọn báo cáo trước…", { selector: "input" }), file);
  return { pane, dialog };
}

/**
 * "Lấy số liệu từ báo cáo trước": an earlier filled report of the template, picked from the computer; the fields it
 * holds a value for are shown with how sure each is, and only those the user leaves ticked are written.
 */
test("the matching fields are offered for confirmation, and only the confirmed ones are written", async () => {
  const answers = answersFor(t, 4);
  const earlier = await fillThroughWord(t, 4, "finalized", answers);
  const valueOf = (label: string) => answers.get(t.fields.find((f) => f.label === label)!.id)!;
  const { pane, dialog } = await pickEarlier(fileOf({ file: "bao-cao-quy-truoc.docx", bytes: earlier.bytes }));
  expect(await within(dialog).findByText(/^Lấy được \d+ ô từ “bao-cao-quy-truoc.docx”:$/)).toBeInTheDocument();
  const boxes = within(dialog).getAllByRole("checkbox");
  const keep = [
    `Tên xã: ${valueOf("Tên xã")} (khá chắc)`,
    `Diện tích tự nhiên (ha): ${valueOf("Diện tích tự nhiên (ha)")} (khá chắc)`,
  ];
  const labels = boxes.map((b) => b.closest("li")?.textContent ?? "");
  expect(labels).toEqual(expect.arrayContaining(keep));
  // The figures and names the report holds are all offered, the signing date whole.
  expect(labels).toEqual(
    expect.arrayContaining([
      `Dân số (người): ${valueOf("Dân số (người)")} (khá chắc)`,
      "Ngày ký: 05/6/2017 (khá chắc)",
    ]),
  );
  // Nothing is written before the user confirms.
  expect((await documentText(pane.sim)).toLowerCase()).not.toContain(valueOf("Tên xã").toLowerCase());

  for (const [i, box] of boxes.entries()) {
    expect(box).toBeChecked();
    if (!keep.includes(labels[i])) await pane.user.click(box);
  }
  await pane.user.click(within(dialog).getByRole("button", { name: "Điền 2 ô đã chọn" }));
  expect(await within(dialog).findByText("Đã điền 2 ô từ báo cáo trước.")).toBeInTheDocument();

  await waitFor(async () => {
    const text = (await documentText(pane.sim)).toLowerCase();
    expect(text).toContain(`${valueOf("Tên xã").toLowerCase()} là xã nằm ở phía`);
    expect(text).toContain(`diện tích tự nhiên ${valueOf("Diện tích tự nhiên (ha)")} ha`);
  });
  const text = (await documentText(pane.sim)).toLowerCase();
  // What was left unticked stays as the template has it.
  expect(text).not.toContain(`dân số ${valueOf("Dân số (người)")}`);
  expect(text).not.toContain(valueOf("Tên huyện").toLowerCase());
});

test("a legacy .doc says why it cannot be taken", async () => {
  const { dialog } = await pickEarlier(new File([LEGACY], "bao-cao-cu.doc", { type: "application/msword" }));
  expect(await within(dialog).findByRole("alert")).toHaveTextContent(
    "Không lấy được “bao-cao-cu.doc”: tệp .doc cũ, không lấy được; hãy mở trong Word và lưu thành .docx.",
  );
  expect(within(dialog).queryAllByRole("checkbox")).toHaveLength(0);
});

test("a value whose neighbouring words were changed is offered unticked, marked to check", async () => {
  const answers = answersFor(t, 3);
  const land = t.fields.find((f) => f.label === "Diện tích đất (m2)")!;
  const earlier = await fillByHand(t, 3, answers, (sim, texts) => {
    const at = texts[66].indexOf("đã hiến");
    sim.editParagraphText(66, at, at + "đã hiến".length, "đã đóng góp");
  });
  const { dialog } = await pickEarlier(fileOf({ file: "bao-cao-tay.docx", bytes: earlier.bytes }));
  await within(dialog).findByText(/^Lấy được \d+ ô/);
  const box = within(dialog).getByRole("checkbox", {
    name: `Diện tích đất (m2): ${answers.get(land.id)} (cần xem lại)`,
  });
  expect(box).not.toBeChecked();
  expect(within(dialog).getByRole("checkbox", { name: /^Tên xã: / })).toBeChecked();
});
