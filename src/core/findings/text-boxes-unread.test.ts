import { t } from "../../i18n/all";
import { scan, snapshotFromText } from "../index";

test("the check says once that text boxes could not be read, in Vietnamese and English, and only then", () => {
  const snapshot = snapshotFromText("Họ và tên: ..........");
  expect(scan({ snapshot }).findings.map((f) => f.type)).not.toContain("text-boxes-unread");
  const unread = scan({ snapshot: { ...snapshot, textBoxesUnread: true } }).findings.filter(
    (f) => f.type === "text-boxes-unread",
  );
  expect(unread).toHaveLength(1);
  expect(unread[0].message).toBe("Không đọc được hộp văn bản: chỗ trống trong đó (nếu có) chưa được liệt kê");
  expect(t("en", "pane.check.group.text-boxes-unread")).toBe("Text boxes could not be read");
});
