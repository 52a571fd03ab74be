import { scan, snapshotFromText } from "..";
import { t } from "../../i18n/all";
import { CHECK_ORDER, FINDINGS } from ".";

describe("the registry of finding kinds", () => {
  it("gives every kind its own type and its own place in the check", () => {
    expect(new Set(FINDINGS.map((f) => f.type)).size).toBe(FINDINGS.length);
    expect(new Set(FINDINGS.map((f) => f.order)).size).toBe(FINDINGS.length);
    expect(CHECK_ORDER).toEqual([
      "empty-blank",
      "guidance-note",
      "numbering",
      "empty-section",
      "date-range",
      "date-order",
      "parts-total",
      "text-box",
      "text-boxes-unread",
    ]);
  });

  it("has pane messages for every kind in both languages", () => {
    for (const type of CHECK_ORDER) {
      for (const lang of ["vi", "en"] as const) {
        expect(t(lang, `pane.check.group.${type}`)).not.toBe(`pane.check.group.${type}`);
        expect(t(lang, `pane.check.item.${type}`)).not.toBe(`pane.check.item.${type}`);
      }
    }
  });

  it("reports a document's findings in paragraph order, each with its command-line message", () => {
    const text = ["1. Mở đầu", "(Ghi rõ tên đơn vị)", "Họ và tên: ..........", "Hà Nội, ngày 31 tháng 4 năm 2024"].join(
      "\n",
    );
    const { findings } = scan({ snapshot: snapshotFromText(text) });
    expect(findings.map((f) => [f.type, f.paragraph])).toEqual([
      ["guidance-note", 1],
      ["empty-blank", 2],
      ["date-range", 3],
    ]);
    expect(findings[0].message).toBe("Còn để lại lời hướng dẫn: (Ghi rõ tên đơn vị)");
    expect(findings[2].message).toBe("Ngày tháng không hợp lệ: ngày 31 tháng 4 năm 2024");
  });
});
