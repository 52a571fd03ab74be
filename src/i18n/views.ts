import { addMessages, type Catalog } from "./index";

/**
 * What the views loaded after the first screen show: notices, the form, all fields, the check, the grid. They
 * join the catalog with the first of those views, so the pane starts without them.
 */
type Key =
  | "pane.note.remove"
  | "pane.note.removed"
  | "pane.note.undo"
  | "pane.scanFailed"
  | "pane.retry"
  | "pane.backToOverview"
  | "pane.kind.text"
  | "pane.kind.number"
  | "pane.kind.date"
  | "pane.kind.multiline"
  | "pane.save.saving"
  | "pane.save.saved"
  | "pane.save.failed"
  | "pane.save.moved"
  | "pane.save.byHand"
  | "pane.addFromSelection.none"
  | "pane.addFromSelection.added"
  | "pane.decision.failed"
  | "pane.all.filter"
  | "pane.all.jump"
  | "pane.all.nothingEmpty"
  | "pane.check.finalized"
  | "pane.error.invalidPart"
  | "pane.backup.restored"
  | "pane.backup.writeAll"
  | "pane.backup.discard"
  | "pane.dismissNotice"
  | "pane.addFromSelection.exists"
  | "pane.addFromSelection.restored"
  | "pane.dismissed.notice"
  | "pane.dismissed.undo"
  | "pane.dismissed.title"
  | "pane.dismissed.hint"
  | "pane.dismissed.restore"
  | "pane.dismissed.restoreLabel"
  | "pane.dismissed.places";

export const views: Catalog<Key> = {
  vi: {
    "pane.note.remove": "Bỏ ghi chú",
    "pane.note.removed": "Đã bỏ ghi chú “{text}” khỏi văn bản.",
    "pane.note.undo": "Hoàn tác",
    "pane.scanFailed": "Không đọc được tài liệu. {reason}",
    "pane.retry": "Thử lại",
    "pane.backToOverview": "Về tổng quan",
    "pane.kind.text": "Chữ",
    "pane.kind.number": "Số",
    "pane.kind.date": "Ngày tháng",
    "pane.kind.multiline": "Đoạn văn",
    "pane.save.saving": "Đang lưu…",
    "pane.save.saved": "Đã lưu",
    "pane.save.failed": "Chưa lưu được. {reason}",
    "pane.save.moved": "Chỗ trống này đã thay đổi trong tài liệu nên chưa ghi; đã quét lại, hãy kiểm tra rồi lưu lại.",
    "pane.save.byHand":
      "Word không cho đánh dấu chỗ trống này và đoạn văn chứa nó đã thay đổi, nên chưa ghi. Hãy điền trực tiếp trong Word.",
    "pane.addFromSelection.none": "Hãy chọn (bôi đen) đoạn chữ cần điền trong một đoạn văn của tài liệu, rồi bấm lại.",
    "pane.addFromSelection.added": "Đã thêm ô mới từ vùng chọn.",
    "pane.decision.failed": "Không lưu được lựa chọn. {reason}",
    "pane.all.filter": "Chỉ ô còn trống",
    "pane.all.jump": "Đến chỗ “{label}” trong tài liệu",
    "pane.all.nothingEmpty": "Không còn ô trống nào.",
    "pane.check.finalized": "Đã hoàn tất. Tài liệu không còn dấu của Điền mẫu.",
    "pane.error.invalidPart": "Giá trị không hợp lệ cho {part}.",
    "pane.backup.restored": "Có {count} giá trị đã gõ nhưng chưa ghi vào tài liệu từ lần trước.",
    "pane.backup.writeAll": "Ghi vào tài liệu",
    "pane.backup.discard": "Bỏ",
    "pane.dismissNotice": "Đóng thông báo",
    "pane.addFromSelection.exists": "Vùng chọn đã là ô “{label}”: đã mở ô đó.",
    "pane.addFromSelection.restored": "Đã khôi phục ô “{label}”.",
    "pane.dismissed.notice": "Đã bỏ “{label}” khỏi các ô cần điền.",
    "pane.dismissed.undo": "Hoàn tác",
    "pane.dismissed.title": "Đã đánh dấu “Không phải ô trống”",
    "pane.dismissed.hint": "Các chỗ này được để nguyên trong văn bản. Khôi phục nếu đó thật là chỗ cần điền.",
    "pane.dismissed.restore": "Khôi phục",
    "pane.dismissed.restoreLabel": "Khôi phục “{label}” thành ô cần điền",
    "pane.dismissed.places": "{count} chỗ",
  },
  en: {
    "pane.note.remove": "Remove note",
    "pane.note.removed": "The note “{text}” was taken out of the document.",
    "pane.note.undo": "Undo",
    "pane.scanFailed": "Could not read the document. {reason}",
    "pane.retry": "Retry",
    "pane.backToOverview": "Back to overview",
    "pane.kind.text": "Text",
    "pane.kind.number": "Number",
    "pane.kind.date": "Date",
    "pane.kind.multiline": "Paragraph",
    "pane.save.saving": "Saving…",
    "pane.save.saved": "Saved",
    "pane.save.failed": "Not saved. {reason}",
    "pane.save.moved":
      "This blank changed in the document, so nothing was written; the document was rescanned — check it and save again.",
    "pane.save.byHand":
      "Word allows no anchor at this blank and its paragraph has changed, so nothing was written. Fill it in directly in Word.",
    "pane.addFromSelection.none": "Select the text to fill inside one paragraph of the document, then try again.",
    "pane.addFromSelection.added": "A new field was added from the selection.",
    "pane.decision.failed": "Could not save your choice. {reason}",
    "pane.all.filter": "Only empty fields",
    "pane.all.jump": "Go to “{label}” in the document",
    "pane.all.nothingEmpty": "No empty fields left.",
    "pane.check.finalized": "Finished. The document no longer carries the add-in's marks.",
    "pane.error.invalidPart": "Not a valid value for {part}.",
    "pane.backup.restored": "{count} typed values from last time were not yet written to the document.",
    "pane.backup.writeAll": "Write to document",
    "pane.backup.discard": "Discard",
    "pane.dismissNotice": "Dismiss notice",
    "pane.addFromSelection.exists": "The selection is already the field “{label}”: it is open now.",
    "pane.addFromSelection.restored": "“{label}” is a field to fill again.",
    "pane.dismissed.notice": "“{label}” was taken off the fields to fill.",
    "pane.dismissed.undo": "Undo",
    "pane.dismissed.title": "Marked “Not a blank”",
    "pane.dismissed.hint":
      "These places are left as they are in the text. Restore one that is a place to fill after all.",
    "pane.dismissed.restore": "Restore",
    "pane.dismissed.restoreLabel": "Make “{label}” a field to fill again",
    "pane.dismissed.places": "{count} places",
  },
};

addMessages(views);
