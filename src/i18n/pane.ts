import type { Catalog } from "./index";

type Key =
  | "pane.appTitle"
  | "pane.scanning"
  | "pane.scanSlow"
  | "pane.refresh"
  | "pane.refreshing"
  | "pane.progress"
  | "pane.progressLabel"
  | "pane.sections"
  | "pane.sectionEmpty"
  | "pane.sectionDone"
  | "pane.noSection"
  | "pane.moreSections"
  | "pane.continue"
  | "pane.startOver"
  | "pane.allDone"
  | "pane.check"
  | "pane.allFields"
  | "pane.highlight"
  | "pane.unhighlight"
  | "pane.empty.title"
  | "pane.empty.body"
  | "pane.empty.dots"
  | "pane.empty.controls"
  | "pane.empty.selection"
  | "pane.addFromSelection"
  | "pane.grid.count"
  | "pane.grid.tables"
  | "pane.grid.title"
  | "pane.grid.titleUntitled"
  | "pane.start";

export const pane: Catalog<Key> = {
  vi: {
    "pane.appTitle": "Điền mẫu",
    "pane.scanning": "Đang quét…",
    "pane.scanSlow": "Tài liệu dài, đang quét tiếp…",
    "pane.refresh": "Quét lại",
    "pane.refreshing": "Đang cập nhật…",
    "pane.progress": "{filled}/{total} ô đã điền",
    "pane.progressLabel": "Tiến độ điền",
    "pane.sections": "Các phần của văn bản",
    "pane.sectionEmpty": "còn {count} ô trống",
    "pane.sectionDone": "đã điền đủ",
    "pane.noSection": "Phần đầu văn bản",
    "pane.moreSections": "… và {count} phần khác (xem “Tất cả các ô”)",
    "pane.continue": "Tiếp tục điền",
    "pane.startOver": "Xem lại từ đầu",
    "pane.allDone": "Đã điền hết các ô.",
    "pane.check": "Kiểm tra trước khi gửi",
    "pane.allFields": "Tất cả các ô",
    "pane.highlight": "Tô sáng ô trống trong tài liệu",
    "pane.unhighlight": "Bỏ tô sáng ô trống",
    "pane.empty.title": "Không tìm thấy ô nào cần điền",
    "pane.empty.body": "Điền mẫu tìm những chỗ để trống trong văn bản:",
    "pane.empty.dots": "dãy dấu chấm hoặc dấu ba chấm (……, ..........) và dãy khoảng trắng giữa các chữ;",
    "pane.empty.controls": "các ô nhập liệu (content control) có sẵn trong mẫu.",
    "pane.empty.selection":
      "Nếu có chỗ cần điền mà chưa được nhận ra, hãy chọn nó trong tài liệu rồi bấm “Thêm ô từ vùng chọn”.",
    "pane.addFromSelection": "Thêm ô từ vùng chọn",
    "pane.grid.count": "{filled}/{total} ô",
    "pane.grid.tables": "Các bảng",
    "pane.grid.title": "Bảng {number}: {title}",
    "pane.grid.titleUntitled": "Bảng {number}",
    "pane.start": "Bắt đầu điền",
  },
  en: {
    "pane.appTitle": "Fill template",
    "pane.scanning": "Scanning…",
    "pane.scanSlow": "Long document, still scanning…",
    "pane.refresh": "Rescan",
    "pane.refreshing": "Updating…",
    "pane.progress": "{filled}/{total} fields filled",
    "pane.progressLabel": "Filling progress",
    "pane.sections": "Sections of the document",
    "pane.sectionEmpty": "{count} empty",
    "pane.sectionDone": "all filled",
    "pane.noSection": "Document heading",
    "pane.moreSections": "… and {count} more sections (see “All fields”)",
    "pane.continue": "Continue filling",
    "pane.startOver": "Review from the start",
    "pane.allDone": "Every field is filled.",
    "pane.check": "Check before sending",
    "pane.allFields": "All fields",
    "pane.highlight": "Highlight empty blanks in the document",
    "pane.unhighlight": "Remove the highlight from empty blanks",
    "pane.empty.title": "No fields to fill were found",
    "pane.empty.body": "The add-in looks for the places left empty in a document:",
    "pane.empty.dots": "runs of dots or ellipses (……, ..........) and runs of spaces between words;",
    "pane.empty.controls": "content controls already in the template.",
    "pane.empty.selection":
      "If a place to fill was missed, select it in the document and choose “Add field from selection”.",
    "pane.addFromSelection": "Add field from selection",
    "pane.grid.count": "{filled}/{total} cells",
    "pane.grid.tables": "Tables",
    "pane.grid.title": "Table {number}: {title}",
    "pane.grid.titleUntitled": "Table {number}",
    "pane.start": "Start filling",
  },
};
