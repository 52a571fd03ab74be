import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderView, scanned } from "../../../test/taskpane/views";
import { FieldInput, type FieldInputProps } from "./FieldInput";

function session(values: Record<string, string> = {}): FieldInputProps["session"] {
  return {
    displayValue: (entry) => values[entry.field.id] ?? entry.blanks[0].value ?? "",
    setDraft: jest.fn(),
    commit: jest.fn(async () => true),
    validation: {},
    warnings: {},
  };
}

describe("a box the form asks to tick", () => {
  const { model } = scanned(["Nghề nghiệp: ☐ Nông dân ☐ Công nhân"]);
  const [nongDan] = model.entries;

  test("is a check box named by its option; ticking it writes the form's own mark at once", async () => {
    const s = session();
    renderView(<FieldInput entry={nongDan} session={s} />);
    const box = screen.getByRole("checkbox", { name: "Nông dân" });
    expect(box).not.toBeChecked();
    await userEvent.click(box);
    expect(s.setDraft).toHaveBeenCalledWith(nongDan.field.id, "☒", undefined);
    expect(s.commit).toHaveBeenCalledWith(nongDan.field.id);
  });

  test("a ticked box shows ticked, and unticking it clears it back to the empty box", async () => {
    const s = session({ [nongDan.field.id]: "☒" });
    renderView(<FieldInput entry={nongDan} session={s} />);
    const box = screen.getByRole("checkbox", { name: "Nông dân" });
    expect(box).toBeChecked();
    await userEvent.click(box);
    expect(s.setDraft).toHaveBeenCalledWith(nongDan.field.id, "", undefined);
  });
});

describe("a field the form says may stay empty", () => {
  const { model } = scanned(["Họ và tên: ……………", "Tên gọi khác (nếu có): ……………"]);
  const [name, otherName] = model.entries;

  test("is labelled optional", () => {
    renderView(<FieldInput entry={otherName} session={session()} />);
    expect(screen.getByRole("textbox", { name: "Tên gọi khác (nếu có) (không bắt buộc)" })).toBeInTheDocument();
  });

  test("a required one is not", () => {
    renderView(<FieldInput entry={name} session={session()} />);
    expect(screen.getByRole("textbox", { name: "Họ và tên" })).toBeInTheDocument();
  });
});

describe("the clear button", () => {
  const { model } = scanned(["Họ và tên: ……………", "Diện tích: ……… ha"]);
  const [name, area] = model.entries;

  test("empties a field with a value, writes the empty value and leaves the cursor in the field", async () => {
    const s = session({ [name.field.id]: "Nguyễn Văn A" });
    renderView(<FieldInput entry={name} session={s} />);
    await userEvent.click(screen.getByRole("button", { name: "Xóa giá trị" }));
    expect(s.setDraft).toHaveBeenCalledWith(name.field.id, "", undefined);
    expect(s.commit).toHaveBeenCalledWith(name.field.id, undefined);
    expect(screen.getByRole("textbox", { name: /Họ và tên/ })).toHaveFocus();
  });

  test("is not offered on an empty field, and a number keeps its unit beside it", () => {
    renderView(<FieldInput entry={name} session={session()} />);
    expect(screen.queryByRole("button", { name: "Xóa giá trị" })).not.toBeInTheDocument();
    renderView(<FieldInput entry={area} session={session({ [area.field.id]: "12,5" })} />);
    expect(screen.getByRole("button", { name: "Xóa giá trị" })).toBeInTheDocument();
    expect(screen.getByText("ha")).toBeInTheDocument();
  });
});
