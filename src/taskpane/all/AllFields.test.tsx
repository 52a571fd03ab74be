/** All fields over a scanned text: each editable in place under its section, the "only empty" filter, the jump. */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { renderView, scanned } from "../../../test/taskpane/views";
import { AllFields } from "./AllFields";
import type { AllFieldsSession } from "./AllFields.types";

const NAME = "Nguyễn Văn A";
const REPORT = ["I. THÔNG TIN CHUNG", `Họ và tên: ${NAME}`, "II. KẾT QUẢ", "Số lượng: .................."];

function session(over: Partial<AllFieldsSession> = {}): AllFieldsSession {
  const start = REPORT[1].indexOf(NAME);
  const { model } = scanned(REPORT, [
    { blankId: "b-name", original: "..................", value: NAME, paragraph: 1, start, end: start + NAME.length },
  ]);
  return {
    model,
    setView: jest.fn(),
    jump: jest.fn(),
    displayValue: (entry) => entry.value,
    setDraft: jest.fn(),
    commit: jest.fn(async () => true),
    validation: {},
    warnings: {},
    ...over,
  };
}

/** The list with the session's drafts: what is typed shows in the input until it is written. */
function WithDrafts({ session: s }: { session: AllFieldsSession }) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const setDraft = (fieldId: string, value: string, blankId?: string) => {
    s.setDraft(fieldId, value, blankId);
    setDrafts((d) => ({ ...d, [fieldId]: value }));
  };
  return <AllFields session={{ ...s, setDraft, displayValue: (e) => drafts[e.field.id] ?? e.value }} />;
}

describe("AllFields", () => {
  it("shows every field under its section with its value, and jumps to one in the document", async () => {
    const user = userEvent.setup();
    const s = session();
    renderView(<AllFields session={s} />);

    expect(screen.getByRole("heading", { level: 3, name: "I. THÔNG TIN CHUNG" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "II. KẾT QUẢ" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Họ và tên" })).toHaveValue(NAME);
    expect(screen.getByRole("textbox", { name: "Số lượng" })).toHaveValue("");

    await user.click(screen.getByRole("button", { name: /Số lượng/ }));
    expect(s.jump).toHaveBeenCalledWith(s.model!.entries[1].blanks[0].id);
  });

  it("edits a field in place and writes it on Enter", async () => {
    const user = userEvent.setup();
    const s = session();
    renderView(<WithDrafts session={s} />);

    await user.type(screen.getByRole("textbox", { name: "Số lượng" }), "12{Enter}");
    expect(s.setDraft).toHaveBeenLastCalledWith(s.model!.entries[1].field.id, "12", undefined);
    expect(s.commit).toHaveBeenCalledWith(s.model!.entries[1].field.id);
  });

  it("shows only the empty fields when asked, and goes back to the overview", async () => {
    const user = userEvent.setup();
    const s = session();
    renderView(<AllFields session={s} />);

    expect(screen.getByRole("textbox", { name: "Họ và tên" })).toBeInTheDocument();
    await user.click(screen.getByRole("switch", { name: "Chỉ ô còn trống" }));
    expect(screen.queryByRole("textbox", { name: "Họ và tên" })).not.toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Số lượng" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Về tổng quan" }));
    expect(s.setView).toHaveBeenCalledWith("overview");
  });

  it("lists the blanks marked 'not a blank' after the fields, each restored in one click", async () => {
    const user = userEvent.setup();
    const s = session({
      dismissed: [{ key: "ghi chú", label: "Ghi chú", blankIds: ["b-note"], section: [], paragraph: 4 }],
      restore: jest.fn(async () => {}),
    });
    renderView(<AllFields session={s} />);
    const region = screen.getByRole("region", { name: "Đã đánh dấu “Không phải ô trống” (1)" });
    expect(region).toHaveTextContent("Ghi chú");
    await user.click(screen.getByRole("button", { name: "Khôi phục “Ghi chú” thành ô cần điền" }));
    expect(s.restore).toHaveBeenCalledWith(["b-note"]);
  });
});
