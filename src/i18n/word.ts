import type { Catalog } from "./index";

/**
 * The catalog imports nothing from the layers that use it. src/word/types.ts checks at compile time that every
 * WordErrorCode and WordNotice type has its key here.
 */
export type WordErrorKey =
  | "word.error.ItemNotFound"
  | "word.error.GeneralException"
  | "word.error.AccessDenied"
  | "word.error.InvalidArgument"
  | "word.error.NotSupported"
  | "word.error.Timeout"
  | "word.error.Busy"
  | "word.error.TooLarge"
  | "word.error.NotVerified"
  | "word.error.WrongLength"
  | "word.error.Unknown";
export type WordNoticeKey =
  | "word.notice.fill-not-found"
  | "word.notice.state-corrupt"
  | "word.notice.state-migrated"
  | "word.notice.state-other-document"
  | "word.notice.text-boxes-unread";
type Key =
  | WordErrorKey
  | WordNoticeKey
  | "word.fill.usage"
  | "word.fill.filled"
  | "word.fill.cleared"
  | "word.fill.notFilled"
  | "word.fill.unknownAnswer"
  | "word.fill.ambiguousAnswer"
  | "word.fill.invalidValue"
  | "word.fill.warning"
  | "word.fill.saved"
  | "word.fill.badAnswers"
  | "word.fill.readError"
  | "word.fill.moved"
  | "word.fill.readOnly"
  | "word.fill.byHand"
  | "word.fill.boxes"
  | "word.fill.summary";

export const word: Catalog<Key> = {
  vi: {
    "word.error.ItemNotFound":
      "Không tìm thấy chỗ cần điền trong tài liệu: có thể nó vừa bị sửa hoặc xóa. Hãy quét lại.",
    "word.error.GeneralException": "Word không thực hiện được thao tác. Hãy thử lại.",
    "word.error.AccessDenied":
      "Tài liệu đang được bảo vệ hoặc chỉ cho đọc nên không ghi được. Hãy bật chỉnh sửa rồi thử lại.",
    "word.error.InvalidArgument": "Word không chấp nhận nội dung này. Hãy kiểm tra giá trị rồi thử lại.",
    "word.error.NotSupported": "Phiên bản Word này không hỗ trợ thao tác này.",
    "word.error.Timeout": "Word phản hồi quá chậm. Giá trị vẫn được giữ; hãy thử lại.",
    "word.error.Busy": "Word đang bận. Hãy đợi một chút rồi thử lại.",
    "word.error.TooLarge":
      "Dữ liệu của Điền mẫu đã vượt quá 2 MB mà Word cho lưu trong một tài liệu nên chưa được lưu. Các giá trị đã ghi vẫn nằm trong văn bản; hãy Hoàn tất để gửi.",
    "word.error.NotVerified":
      "Word đọc lại khác với giá trị vừa ghi, kể cả sau lần ghi thứ hai. Văn bản giữ nguyên những gì Word đang có; hãy kiểm tra ô này trong Word.",
    "word.error.WrongLength":
      "Số ký tự không khớp với số ô: mỗi ô ghi đúng một ký tự, không thiếu, không thừa. Chưa ô nào được ghi.",
    "word.error.Unknown": "Có lỗi không xác định khi làm việc với tài liệu. Giá trị vẫn được giữ; hãy thử lại.",
    "word.notice.fill-not-found": "Không tìm lại được một giá trị đã điền trước đây; có thể đoạn văn đã bị sửa.",
    "word.notice.state-corrupt": "Dữ liệu lưu trong tài liệu bị hỏng hoặc thuộc phiên bản khác nên đã được bỏ qua.",
    "word.notice.state-migrated": "Dữ liệu lưu từ phiên bản cũ đã được chuyển sang dạng mới.",
    "word.notice.state-other-document":
      "Dữ liệu lưu trong tài liệu thuộc một mẫu khác nên đã được bỏ qua; các ô được quét lại từ đầu.",
    "word.notice.text-boxes-unread":
      "Không đọc được các hộp văn bản trong tài liệu: nếu có ô trống trong hộp văn bản, hãy kiểm tra và điền tay trong Word.",
    "word.fill.usage": "Cách dùng: npm run fill -- <tệp.docx> <trả-lời.json> -o <tệp-ra.docx> [--finalize]",
    "word.fill.filled": "Đã điền {field}: {value}",
    "word.fill.cleared": "Đã xóa giá trị của {field}",
    "word.fill.notFilled": "Không điền được {field}: {reason}",
    "word.fill.unknownAnswer": "Không có ô nào tên là “{key}”.",
    "word.fill.ambiguousAnswer": "“{key}” trùng tên với nhiều ô ({count}); hãy dùng mã ô.",
    "word.fill.invalidValue": "Giá trị “{value}” cho {field} không hợp lệ: {reason}",
    "word.fill.warning": "Lưu ý ở {field}: {reason}",
    "word.fill.saved": "Đã ghi {path}",
    "word.fill.badAnswers": "Tệp trả lời phải là một đối tượng JSON với giá trị là chuỗi: {detail}",
    "word.fill.readError": "Không đọc được {path}: {detail}",
    "word.fill.moved": "ô đã bị thay đổi trong tài liệu",
    "word.fill.readOnly": "ô này bị khóa, chỉ đọc",
    "word.fill.byHand": "Word không cho đặt khung ở chỗ này và đoạn văn đã đổi; hãy điền trực tiếp trong Word",
    "word.fill.boxes": "{field} có {count} ô, mỗi ô một ký tự, nhưng giá trị có {given} ký tự",
    "word.fill.summary": "Đã điền {written} ô, xóa {cleared} ô, không điền được {failed} ô.",
  },
  en: {
    "word.error.ItemNotFound":
      "The place to fill was not found in the document: it may have just been edited or deleted. Scan again.",
    "word.error.GeneralException": "Word could not carry out the operation. Please try again.",
    "word.error.AccessDenied":
      "The document is protected or read-only, so nothing can be written. Enable editing and try again.",
    "word.error.InvalidArgument": "Word did not accept this content. Check the value and try again.",
    "word.error.NotSupported": "This version of Word does not support this operation.",
    "word.error.Timeout": "Word is responding too slowly. The value is kept; please try again.",
    "word.error.Busy": "Word is busy. Wait a moment and try again.",
    "word.error.TooLarge":
      "The add-in's data has passed the 2 MB Word keeps in a document, so it was not saved. The values written stay in the text; finalize to send it.",
    "word.error.NotVerified":
      "Word reads back something else than the value just written, even after a second try. The document keeps what Word holds; check this field in Word.",
    "word.error.WrongLength":
      "The number of characters does not match the number of boxes: exactly one character per box. No box was written.",
    "word.error.Unknown":
      "An unexpected error occurred while working with the document. The value is kept; please try again.",
    "word.notice.fill-not-found":
      "A value filled earlier could not be found again; its paragraph may have been edited.",
    "word.notice.state-corrupt": "The data saved in the document was damaged or from another version and was ignored.",
    "word.notice.state-migrated": "Data saved by an older version was converted to the new format.",
    "word.notice.state-other-document":
      "The data saved in the document belongs to another template and was ignored; the blanks were scanned afresh.",
    "word.notice.text-boxes-unread":
      "The document's text boxes could not be read: if a text box holds blanks, check them and fill them by hand in Word.",
    "word.fill.usage": "Usage: npm run fill -- <in.docx> <answers.json> -o <out.docx> [--finalize]",
    "word.fill.filled": "Filled {field}: {value}",
    "word.fill.cleared": "Cleared {field}",
    "word.fill.notFilled": "Could not fill {field}: {reason}",
    "word.fill.unknownAnswer": "No field is named “{key}”.",
    "word.fill.ambiguousAnswer": "“{key}” names several fields ({count}); use the field id.",
    "word.fill.invalidValue": "The value “{value}” for {field} is not valid: {reason}",
    "word.fill.warning": "Note on {field}: {reason}",
    "word.fill.saved": "Wrote {path}",
    "word.fill.badAnswers": "The answers file must be a JSON object with string values: {detail}",
    "word.fill.readError": "Could not read {path}: {detail}",
    "word.fill.moved": "the blank changed in the document",
    "word.fill.readOnly": "this field is locked, read-only",
    "word.fill.byHand": "Word allows no anchor here and the paragraph has changed; fill it directly in Word",
    "word.fill.boxes": "{field} has {count} boxes, one character each, but the value has {given} characters",
    "word.fill.summary": "Filled {written} blanks, cleared {cleared}, could not fill {failed}.",
  },
};
