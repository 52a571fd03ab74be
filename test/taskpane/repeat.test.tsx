/**
 * A line repeated per item, from the pane, through the real Word layer and the simulator: the template's
 * association line grows into a list, each new line with its name and blanks of its own, and the note asking for
 * it is taken out when the list is done.
 */
import { screen, waitFor, within } from "@testing-library/react";
import JSZip from "jszip";
import { documentText, openPane, type Pane } from "./harness";

const documentXml = async (pane: Pane) =>
  (await JSZip.loadAsync(await pane.sim.save())).file("word/document.xml")!.async("string");

jest.setTimeout(90000);
beforeEach(() => window.localStorage.clear());

const listCard = () => screen.findByRole("region", { name: "Các tổ chức hội" });

async function addItem(pane: Pane, name: string) {
  const card = await listCard();
  await pane.user.type(within(card).getByRole("textbox", { name: "Tên tổ chức hội thêm vào" }), name);
  await pane.user.click(within(card).getByRole("button", { name: "Thêm dòng" }));
  await waitFor(() => expect(within(card).getByText(name)).toBeInTheDocument(), { timeout: 20000 });
}

const associationLines = (text: string) => text.split("\n").filter((l) => l.startsWith("+ "));

test("the association list grows by named lines like the example, each with blanks of its own", async () => {
  const pane = await openPane();
  const card = await listCard();
  expect(within(card).getByText("Mẫu yêu cầu: (Anh cụ thể từng tổ chức hội).")).toBeInTheDocument();
  expect(
    within(card)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["Hội chữ thập đỏ"]);

  await addItem(pane, "Hội Người cao tuổi");
  await addItem(pane, "Hội Khuyến học");
  expect(associationLines(await documentText(pane.sim))).toEqual([
    "+ Hội chữ thập đỏ....có chi hội, ....hội viên, BCH có.....đồng chí.",
    "+ Hội Người cao tuổi....có chi hội, ....hội viên, BCH có.....đồng chí.",
    "+ Hội Khuyến học....có chi hội, ....hội viên, BCH có.....đồng chí.",
  ]);
  // Each new line's figures are fields of their own, named after its association.
  const scanned = await pane.gateway.scan();
  const labels = scanned.result.fields.map((f) => f.label);
  expect(labels).toEqual(
    expect.arrayContaining([
      "Số chi hội (Hội chữ thập đỏ)",
      "Số chi hội (Hội Người cao tuổi)",
      "Số hội viên (Hội Khuyến học)",
      "Số đồng chí (BCH, Hội Khuyến học)",
    ]),
  );
  expect(
    scanned.result.fields.filter((f) => f.label.startsWith("Số chi hội")).every((f) => f.blankIds.length === 1),
  ).toBe(true);
});

test("a line is removed with its fields, and the note goes once the list is done", async () => {
  const pane = await openPane();
  await addItem(pane, "Hội Người cao tuổi");
  const card = await listCard();
  await pane.user.click(within(card).getByRole("button", { name: "Bỏ dòng “Hội Người cao tuổi”" }));
  await waitFor(() => expect(within(card).queryByText("Hội Người cao tuổi")).not.toBeInTheDocument(), {
    timeout: 20000,
  });
  expect(associationLines(await documentText(pane.sim))).toHaveLength(1);

  await pane.user.click(within(card).getByRole("button", { name: "Đã đủ, bỏ ghi chú hướng dẫn" }));
  expect(
    await screen.findByText("Đã bỏ ghi chú hướng dẫn khỏi văn bản.", undefined, { timeout: 20000 }),
  ).toBeInTheDocument();
  const text = await documentText(pane.sim);
  expect(text).not.toContain("Anh cụ thể từng tổ chức hội");
  expect(text).toContain("+ Hội chữ thập đỏ....có chi hội");
});

test("adding asks for the name first and writes nothing without one", async () => {
  const pane = await openPane();
  const card = await listCard();
  await pane.user.click(within(card).getByRole("button", { name: "Thêm dòng" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("Nhập tên trước khi thêm dòng.");
  expect(associationLines(await documentText(pane.sim))).toHaveLength(1);
});

test("with the empty blanks highlighted, a line added later has its blanks highlighted too", async () => {
  const pane = await openPane();
  await pane.user.click(screen.getByRole("button", { name: "Tô sáng ô trống trong tài liệu" }));
  await screen.findByRole("button", { name: "Bỏ tô sáng ô trống" });
  const marks = async () => ((await documentXml(pane)).match(/w:highlight w:val="cyan"/g) ?? []).length;
  const before = await marks();
  await addItem(pane, "Hội Người cao tuổi");
  // The new line's three figures are empty and marked; its name holds a value and is not.
  await waitFor(async () => expect(await marks()).toBe(before + 3), { timeout: 20000 });
});

/** The check takes a guidance note out of the document on request, and the notice that follows puts it back. */
const NOTE = "(Anh cụ thể từng tổ chức hội).";

test("a guidance note removed from the check is gone from the document, and back after Hoàn tác", async () => {
  const pane = await openPane();
  await pane.user.click(screen.getByRole("button", { name: "Kiểm tra trước khi gửi" }));
  await pane.user.click(await screen.findByRole("button", { name: `Bỏ ghi chú: ${NOTE}` }));
  const notice = await screen.findByText(`Đã bỏ ghi chú “${NOTE}” khỏi văn bản.`, undefined, { timeout: 20000 });
  expect(await documentText(pane.sim)).not.toContain("Anh cụ thể");
  // The check no longer lists it.
  await waitFor(() => expect(screen.queryByRole("button", { name: `Bỏ ghi chú: ${NOTE}` })).not.toBeInTheDocument());

  const bar = notice.closest(".fui-MessageBar") as HTMLElement;
  await pane.user.click(within(bar).getByRole("button", { name: "Hoàn tác" }));
  await waitFor(async () => expect(await documentText(pane.sim)).toContain(NOTE), { timeout: 20000 });
  expect(await screen.findByRole("button", { name: `Bỏ ghi chú: ${NOTE}` })).toBeInTheDocument();
  const lines = (await documentText(pane.sim)).split("\n").filter((l) => l.trim());
  // Back in its place: right after the association line.
  expect(lines[lines.findIndex((l) => l.startsWith("+ Hội chữ thập đỏ")) + 1]).toBe(NOTE);
});
