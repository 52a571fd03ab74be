import { addMessages, type Catalog } from "./index";

/**
 * Each kind of finding's group title and item in the check. The catalog imports nothing from the engine that uses
 * it: src/core/findings/index.ts checks at compile time that every registered kind has both keys here.
 */
export type FindingKey =
  | "pane.check.group.empty-blank"
  | "pane.check.group.guidance-note"
  | "pane.check.group.numbering"
  | "pane.check.group.empty-section"
  | "pane.check.group.date-range"
  | "pane.check.group.date-order"
  | "pane.check.group.text-box"
  | "pane.check.group.text-boxes-unread"
  | "pane.check.group.parts-total"
  | "pane.check.item.empty-blank"
  | "pane.check.item.guidance-note"
  | "pane.check.item.numbering"
  | "pane.check.item.empty-section"
  | "pane.check.item.date-range"
  | "pane.check.item.date-order"
  | "pane.check.item.text-box"
  | "pane.check.item.text-boxes-unread"
  | "pane.check.item.parts-total";

/** The check before sending: they join the catalog when the check loads, so the pane starts without them. */
type Key =
  | "pane.check.title"
  | "pane.check.nothingLeft"
  | "pane.check.finalize"
  | "pane.check.finalizeHint"
  | "pane.check.unwritten"
  | "pane.check.emptyLeft"
  | "pane.check.warningsLeft"
  | "pane.check.confirm"
  | "pane.check.confirmYes"
  | "pane.check.confirmNo"
  | "pane.check.jump"
  | "pane.check.fill"
  | "pane.check.item.datePart"
  | "pane.check.confirmLeft"
  | "pane.check.confirmDismissed"
  | "pane.check.confirmNotes"
  | "pane.check.place.section"
  | "pane.check.place.inPart"
  | "pane.check.place.top"
  | FindingKey;

export const check: Catalog<Key> = {
  vi: {
    "pane.check.title": "Kiểm tra trước khi gửi",
    "pane.check.nothingLeft": "Không còn gì cần sửa. Văn bản đã sẵn sàng để gửi.",
    "pane.check.finalize": "Hoàn tất",
    "pane.check.finalizeHint": "Gỡ các dấu của Điền mẫu khỏi tài liệu, giữ nguyên chữ đã điền.",
    "pane.check.unwritten": "Còn {count} giá trị đã gõ nhưng chưa ghi được vào tài liệu. Hãy ghi trước khi hoàn tất.",
    "pane.check.emptyLeft": "Còn {count} chỗ trống. Điền hết thì có thể hoàn tất.",
    "pane.check.warningsLeft":
      "Mọi chỗ trống đã được điền. Còn {count} điều nên xem lại bên dưới; không bắt buộc, có thể hoàn tất ngay.",
    "pane.check.confirm": "Còn {count} điều chưa xem lại (lời hướng dẫn, đánh số mục…). Vẫn hoàn tất?",
    "pane.check.confirmYes": "Vẫn hoàn tất",
    "pane.check.confirmNo": "Xem lại trước",
    "pane.check.jump": "Đến chỗ này trong tài liệu",
    "pane.check.fill": "Mở ô này để điền",
    "pane.check.item.datePart": "{label} – {part}",
    "pane.check.group.empty-blank": "Chỗ còn trống",
    "pane.check.group.guidance-note": "Lời hướng dẫn còn sót trong văn bản",
    "pane.check.group.numbering": "Đánh số mục chưa liền mạch",
    "pane.check.group.empty-section": "Mục chưa có nội dung",
    "pane.check.group.date-range": "Ngày tháng khó tin",
    "pane.check.group.text-box": "Chỗ trống trong hộp văn bản (phải điền tay)",
    "pane.check.item.empty-blank": "{label}",
    "pane.check.item.guidance-note": "“{text}”",
    "pane.check.item.numbering": "{text} — lẽ ra đánh số “{expected}”",
    "pane.check.item.empty-section": "{text}",
    "pane.check.item.date-range": "{text}",
    "pane.check.group.date-order": "Ngày văn bản được dẫn sau ngày ký",
    "pane.check.item.date-order": "{label} {date} sau ngày ký báo cáo {signed}",
    "pane.check.item.text-box": "{text}",
    "pane.check.group.text-boxes-unread": "Không đọc được hộp văn bản",
    "pane.check.item.text-boxes-unread":
      "Word không cho đọc các hộp văn bản của tài liệu: chỗ trống trong đó (nếu có) chưa được liệt kê, hãy xem lại bằng mắt.",
    "pane.check.group.parts-total": "Tổng không khớp với các phần",
    "pane.check.item.parts-total": "{label}: ghi {total}, cộng các phần được {sum}",
    "pane.check.confirmLeft": "Còn lại trong văn bản:",
    "pane.check.confirmDismissed": "ô đã đánh dấu “Không phải ô trống”, sẽ để nguyên: {labels}",
    "pane.check.confirmNotes": "lời hướng dẫn: {notes}",
    "pane.check.place.section": "Mục {number}",
    "pane.check.place.inPart": "{part}, mục {number}",
    "pane.check.place.top": "Đầu văn bản",
  },
  en: {
    "pane.check.title": "Check before sending",
    "pane.check.nothingLeft": "Nothing left to fix. The document is ready to send.",
    "pane.check.finalize": "Finish",
    "pane.check.finalizeHint": "Removes the add-in's marks from the document and keeps the filled text.",
    "pane.check.unwritten": "{count} typed values are not in the document yet. Write them before finishing.",
    "pane.check.emptyLeft": "{count} places are still empty. Fill them all to finish.",
    "pane.check.warningsLeft":
      "Every blank is filled. {count} things below are worth a look; they are not required, you can finish now.",
    "pane.check.confirm": "{count} things have not been looked at (guidance notes, numbering…). Finish anyway?",
    "pane.check.confirmYes": "Finish anyway",
    "pane.check.confirmNo": "Review first",
    "pane.check.jump": "Go to this place in the document",
    "pane.check.fill": "Open this field to fill it",
    "pane.check.item.datePart": "{label} – {part}",
    "pane.check.group.empty-blank": "Empty places",
    "pane.check.group.guidance-note": "Guidance notes left in the text",
    "pane.check.group.numbering": "Numbering slips",
    "pane.check.group.empty-section": "Sections with no content",
    "pane.check.group.date-range": "Unlikely dates",
    "pane.check.group.text-box": "Blanks inside text boxes (fill by hand)",
    "pane.check.item.empty-blank": "{label}",
    "pane.check.item.guidance-note": "“{text}”",
    "pane.check.item.numbering": "{text} — should be numbered “{expected}”",
    "pane.check.item.empty-section": "{text}",
    "pane.check.item.date-range": "{text}",
    "pane.check.group.date-order": "Cited documents dated after the signing",
    "pane.check.item.date-order": "{label} {date} is after the report's signing date {signed}",
    "pane.check.item.text-box": "{text}",
    "pane.check.group.text-boxes-unread": "Text boxes could not be read",
    "pane.check.item.text-boxes-unread":
      "Word did not let the add-in read the document's text boxes: any blanks in them are not listed, so look them over.",
    "pane.check.group.parts-total": "Totals that do not add up",
    "pane.check.item.parts-total": "{label}: says {total}, its parts add up to {sum}",
    "pane.check.confirmLeft": "Still in the document:",
    "pane.check.confirmDismissed": "fields marked “Not a blank”, left as they are: {labels}",
    "pane.check.confirmNotes": "guidance notes: {notes}",
    "pane.check.place.section": "Section {number}",
    "pane.check.place.inPart": "{part}, section {number}",
    "pane.check.place.top": "Top of the document",
  },
};

addMessages(check);
