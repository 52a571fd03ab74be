import { addMessages, type Catalog } from "./index";

type Key =
  | "preview.title"
  | "preview.open"
  | "preview.openHint"
  | "preview.download"
  | "preview.reset"
  | "preview.resetConfirm"
  | "preview.resetYes"
  | "preview.resetNo"
  | "preview.loading"
  | "preview.dropHere"
  | "preview.documentLabel"
  | "preview.paneLabel"
  | "preview.fileName"
  | "preview.saved"
  | "preview.saving"
  | "preview.saveFailed"
  | "preview.restoreFailed"
  | "preview.dismiss"
  | "preview.error.legacy-doc"
  | "preview.error.not-docx"
  | "preview.error.damaged"
  | "preview.error.unknown"
  | "preview.error.template"
  | "preview.paneStandalone"
  | "preview.anchor"
  | "preview.header"
  | "preview.footer"
  | "preview.language"
  | "preview.language.vi"
  | "preview.language.en"
  | "preview.theme"
  | "preview.theme.light"
  | "preview.theme.dark"
  | "preview.downloadFinal"
  | "preview.downloadFinalHint"
  | "preview.openConfirm"
  | "preview.openYes"
  | "preview.error.finalize";

/** Strings of the preview page (the document view beside the pane, outside Word). */
export const preview: Catalog<Key> = {
  vi: {
    "preview.title": "Điền mẫu — xem thử không cần Word",
    "preview.open": "Mở tệp .docx…",
    "preview.openHint": "hoặc kéo thả tệp .docx vào trang",
    "preview.download": "Tải bản đang điền",
    "preview.reset": "Mở lại mẫu gốc",
    "preview.resetConfirm": "Bỏ văn bản đang điền và mở lại mẫu gốc? Hãy tải về trước nếu cần giữ.",
    "preview.resetYes": "Mở lại mẫu gốc",
    "preview.resetNo": "Hủy",
    "preview.loading": "Đang mở văn bản…",
    "preview.dropHere": "Thả tệp .docx để mở",
    "preview.documentLabel": "Văn bản: {name}",
    "preview.paneLabel": "Khung Điền mẫu",
    "preview.fileName": "Tệp: {name}",
    "preview.saved": "Đã lưu bản đang điền trong trình duyệt",
    "preview.saving": "Đang lưu trong trình duyệt…",
    "preview.saveFailed": "Không lưu được trong trình duyệt; hãy tải về để giữ văn bản.",
    "preview.restoreFailed": "Không mở lại được văn bản đã lưu trong trình duyệt nên đã mở mẫu gốc.",
    "preview.dismiss": "Đóng thông báo",
    "preview.error.legacy-doc":
      "“{name}” là tệp Word 97–2003 (.doc). Hãy mở nó trong Word, chọn Lưu thành… định dạng .docx rồi mở lại.",
    "preview.error.not-docx": "“{name}” không phải tệp .docx. Chỉ mở được văn bản Word dạng .docx.",
    "preview.error.damaged": "Tệp “{name}” bị hỏng, không đọc được. Văn bản đang mở vẫn giữ nguyên.",
    "preview.error.unknown": "Không mở được “{name}”: {reason}",
    "preview.error.template": "Không tải được mẫu gốc: {reason}",
    "preview.paneStandalone": "Trang này là khung Điền mẫu của trang xem thử; hãy mở preview.html.",
    "preview.anchor": "Ô của Điền mẫu: {title}",
    "preview.header": "Đầu trang",
    "preview.footer": "Chân trang",
    "preview.language": "Ngôn ngữ",
    "preview.language.vi": "Tiếng Việt",
    "preview.language.en": "English",
    "preview.theme": "Giao diện",
    "preview.theme.light": "Sáng",
    "preview.theme.dark": "Tối",
    "preview.downloadFinal": "Hoàn tất rồi tải về",
    "preview.downloadFinalHint":
      "Tải một bản đã hoàn tất để gửi: bỏ khung, tô sáng và mọi dữ liệu của Điền mẫu, giữ chữ đã điền. Bản đang điền vẫn giữ để sửa tiếp.",
    "preview.openConfirm":
      "Văn bản đang điền có giá trị chưa tải về. Mở tệp khác sẽ thay thế nó; hãy tải về trước nếu cần giữ.",
    "preview.openYes": "Vẫn mở tệp khác",
    "preview.error.finalize": "Không hoàn tất được văn bản để tải về: {reason}",
  },
  en: {
    "preview.title": "Fill template — preview without Word",
    "preview.open": "Open .docx file…",
    "preview.openHint": "or drop a .docx file on the page",
    "preview.download": "Download the draft",
    "preview.reset": "Reopen the original template",
    "preview.resetConfirm":
      "Discard the document being filled and reopen the original template? Download it first to keep it.",
    "preview.resetYes": "Reopen the original template",
    "preview.resetNo": "Cancel",
    "preview.loading": "Opening the document…",
    "preview.dropHere": "Drop a .docx file to open it",
    "preview.documentLabel": "Document: {name}",
    "preview.paneLabel": "Fill template pane",
    "preview.fileName": "File: {name}",
    "preview.saved": "Your work is saved in this browser",
    "preview.saving": "Saving in this browser…",
    "preview.saveFailed": "Could not save in this browser; download the document to keep it.",
    "preview.restoreFailed":
      "The document saved in this browser could not be reopened, so the original template was opened.",
    "preview.dismiss": "Dismiss",
    "preview.error.legacy-doc":
      "“{name}” is a Word 97–2003 file (.doc). Open it in Word, use Save As… .docx, then open it here again.",
    "preview.error.not-docx": "“{name}” is not a .docx file. Only Word documents in .docx format can be opened.",
    "preview.error.damaged": "“{name}” is damaged and cannot be read. The open document is unchanged.",
    "preview.error.unknown": "Could not open “{name}”: {reason}",
    "preview.error.template": "Could not load the original template: {reason}",
    "preview.paneStandalone": "This page is the pane of the preview page; open preview.html instead.",
    "preview.anchor": "Fill template field: {title}",
    "preview.header": "Header",
    "preview.footer": "Footer",
    "preview.language": "Language",
    "preview.language.vi": "Tiếng Việt",
    "preview.language.en": "English",
    "preview.theme": "Theme",
    "preview.theme.light": "Light",
    "preview.theme.dark": "Dark",
    "preview.downloadFinal": "Finalize and download",
    "preview.downloadFinalHint":
      "Download a finished copy to send: the add-in's boxes, highlight and data removed, the values kept. The draft stays here to go on with.",
    "preview.openConfirm":
      "The document being filled has values not downloaded. Opening another file replaces it; download it first to keep it.",
    "preview.openYes": "Open another file anyway",
    "preview.error.finalize": "Could not finalize the document for download: {reason}",
  },
};

addMessages(preview);
