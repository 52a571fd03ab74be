/**
 * "Lấy số liệu từ báo cáo trước": an earlier filled report of the template, picked from the computer; the fields it
 * holds a value for are shown with how sure each is, and only those the user leaves ticked are written.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { answersFor, fillByHand, fillThroughWord, templateScan, type TemplateScan } from "../collect/reports";
import { documentText, openPane } from "./harness";

jest.setTimeout(60000);

let t: TemplateScan;

beforeAll(async () => {
  t = await templateScan();
}, 30000);

const docx = (bytes: Uint8Array, name: string) =>
  new File([new Uint8Array(bytes)], name, {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });

test("the matching fields are offered for confirmation, and only the confirmed ones are written", async () => {
  const answers = answersFor(t, 4);
  const earlier = await fillThroughWord(t, 4, "finalized", answers);
  const valueOf = (label: string) => answers.get(t.fields.find((f) => f.label === label)!.id)!;
  const pane = await openPane();

  await pane.user.click(await screen.findByRole("button", { name: "Lấy số liệu từ báo cáo trước…" }));
  const dialog = await screen.findByRole("dialog");
  await pane.user.upload(
    within(dialog).getByLabelText("Chọn báo cáo trước…", { selector: "input" }),
    docx(earlier.bytes, "bao-cao-quy-truoc.docx"),
  );
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
  const pane = await openPane();
  await pane.user.click(await screen.findByRole("button", { name: "Lấy số liệu từ báo cáo trước…" }));
  const dialog = await screen.findByRole("dialog");
  const legacy = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  await pane.user.upload(
    within(dialog).getByLabelText("Chọn báo cáo trước…", { selector: "input" }),
    new File([legacy], "bao-cao-cu.doc", { type: "application/msword" }),
  );
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
  const pane = await openPane();
  await pane.user.click(await screen.findByRole("button", { name: "Lấy số liệu từ báo cáo trước…" }));
  const dialog = await screen.findByRole("dialog");
  await pane.user.upload(
    within(dialog).getByLabelText("Chọn báo cáo trước…", { selector: "input" }),
    docx(earlier.bytes, "bao-cao-tay.docx"),
  );
  await within(dialog).findByText(/^Lấy được \d+ ô/);
  const box = within(dialog).getByRole("checkbox", {
    name: `Diện tích đất (m2): ${answers.get(land.id)} (cần xem lại)`,
  });
  expect(box).not.toBeChecked();
  expect(within(dialog).getByRole("checkbox", { name: /^Tên xã: / })).toBeChecked();
});
