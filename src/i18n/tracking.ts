import { addMessages, type Catalog } from "./index";

/** The strings of the Track Changes question: they join the catalog when that view loads, so the pane starts without them. */
type Key =
  | "pane.tracking.title"
  | "pane.tracking.body"
  | "pane.tracking.continue"
  | "pane.tracking.stop"
  | "pane.tracking.finalize";

export const tracking: Catalog<Key> = {
  vi: {
    "pane.tracking.title": "Tài liệu đang bật Theo dõi Thay đổi",
    "pane.tracking.body":
      "Các giá trị Điền mẫu ghi vào sẽ được lưu thành thay đổi được theo dõi (chờ chấp nhận hoặc từ chối). Nếu chưa ghi, các giá trị đã gõ vẫn được giữ lại, chưa vào tài liệu.",
    "pane.tracking.continue": "Vẫn ghi",
    "pane.tracking.stop": "Chưa ghi",
    "pane.tracking.finalize":
      "Theo dõi Thay đổi đang bật: khi hoàn tất, việc gỡ khung của Điền mẫu cũng được ghi thành thay đổi. Hãy chấp nhận hoặc từ chối mọi thay đổi trước khi gửi.",
  },
  en: {
    "pane.tracking.title": "Track Changes is on",
    "pane.tracking.body":
      "The values the add-in writes will be recorded as tracked changes (to accept or reject). If you stop, nothing is written and your typed values are kept.",
    "pane.tracking.continue": "Write anyway",
    "pane.tracking.stop": "Don't write",
    "pane.tracking.finalize":
      "Track Changes is on: removing the add-in's boxes at finalize is recorded as revisions too; accept or reject all changes before sending.",
  },
};

addMessages(tracking);
