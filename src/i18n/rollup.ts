/**
 * The roll-up of many reports into one table, and taking an earlier report's figures: loaded with their views, so
 * the pane's first screen does not carry them.
 */
import { addMessages, type Catalog } from "./index";

type Key =
  | "rollup.title"
  | "rollup.intro"
  | "rollup.pick"
  | "rollup.pickMore"
  | "rollup.reading"
  | "rollup.clear"
  | "rollup.close"
  | "rollup.summary"
  | "rollup.tableLabel"
  | "rollup.col.unit"
  | "rollup.col.file"
  | "rollup.total"
  | "rollup.flag.doubtful"
  | "rollup.flag.unplaced"
  | "rollup.flag.not-number"
  | "rollup.corrected"
  | "rollup.totalFlagged"
  | "rollup.flaggedCount"
  | "rollup.edit"
  | "rollup.editLabel"
  | "rollup.editSave"
  | "rollup.editCancel"
  | "rollup.left.title"
  | "rollup.left.item"
  | "rollup.reason.legacy-doc"
  | "rollup.reason.not-docx"
  | "rollup.reason.damaged"
  | "rollup.reason.unreadable"
  | "rollup.reason.other-template"
  | "rollup.reason.unit-missing"
  | "rollup.reason.unit-duplicate"
  | "rollup.download"
  | "rollup.downloadFailed"
  | "rollup.copy"
  | "rollup.copyHint"
  | "rollup.sheet.main"
  | "rollup.sheet.table"
  | "rollup.fill"
  | "rollup.fillConfirm"
  | "rollup.fillReplaces"
  | "rollup.fillYes"
  | "rollup.fillNo"
  | "rollup.filled"
  | "rollup.fillNone"
  | "rollup.certainty.certain"
  | "rollup.certainty.sure"
  | "rollup.certainty.doubtful"
  | "rollup.earlier.open"
  | "rollup.earlier.intro"
  | "rollup.earlier.pick"
  | "rollup.earlier.found"
  | "rollup.earlier.none"
  | "rollup.earlier.otherTemplate"
  | "rollup.earlier.notRead"
  | "rollup.earlier.current"
  | "rollup.earlier.fill"
  | "rollup.earlier.filled"
  | "rollup.earlier.cancel";

export const rollup: Catalog<Key> = {
  vi: {
    "rollup.title": "Tổng hợp báo cáo",
    "rollup.intro":
      "Chọn báo cáo (.docx) của các đơn vị, điền theo mẫu đang mở. Số liệu được đọc ngay trên máy này, không gửi đi đâu.",
    "rollup.pick": "Chọn báo cáo…",
    "rollup.pickMore": "Thêm báo cáo…",
    "rollup.reading": "Đang đọc {count} báo cáo…",
    "rollup.clear": "Bỏ hết, chọn lại",
    "rollup.close": "Đóng",
    "rollup.summary": "{rows} báo cáo, {columns} mục.",
    "rollup.tableLabel": "Bảng tổng hợp",
    "rollup.col.unit": "Đơn vị",
    "rollup.col.file": "Tệp",
    "rollup.total": "Tổng cộng",
    "rollup.flag.doubtful": "Cần xem lại: chữ quanh số này trong báo cáo đã bị sửa",
    "rollup.flag.unplaced": "Không đọc được: đoạn này trong báo cáo đã bị viết lại hoặc xóa",
    "rollup.flag.not-number": "Cần xem lại: không phải là số",
    "rollup.corrected": "Đã sửa tay",
    "rollup.totalFlagged": "Tổng này có ô cần xem lại",
    "rollup.flaggedCount": "{count} ô cần xem lại (tô vàng). Bấm vào ô để sửa.",
    "rollup.edit": "{field} của {unit}: {value}",
    "rollup.editLabel": "Sửa {field} của {unit}",
    "rollup.editSave": "Lưu",
    "rollup.editCancel": "Hủy",
    "rollup.left.title": "Báo cáo cần lưu ý",
    "rollup.left.item": "{file}: {reason}",
    "rollup.reason.legacy-doc": "tệp .doc cũ, không lấy được; hãy mở trong Word và lưu thành .docx",
    "rollup.reason.not-docx": "không phải tệp Word (.docx), không lấy được",
    "rollup.reason.damaged": "tệp bị hỏng, không đọc được",
    "rollup.reason.unreadable": "không mở được tệp",
    "rollup.reason.other-template": "không cùng mẫu với tài liệu đang mở, không lấy được",
    "rollup.reason.unit-missing": "không thấy tên đơn vị; hàng mang tên tệp",
    "rollup.reason.unit-duplicate": "trùng đơn vị “{unit}” với một báo cáo đã lấy, không lấy lần nữa",
    "rollup.download": "Tải về .xlsx",
    "rollup.downloadFailed": "Không tạo được tệp .xlsx. Hãy mở dạng văn bản để sao chép.",
    "rollup.copy": "Mở dạng văn bản để sao chép",
    "rollup.copyHint": "Chép toàn bộ rồi dán vào Excel: các cột cách nhau bằng phím Tab.",
    "rollup.sheet.main": "Tổng hợp",
    "rollup.sheet.table": "Bảng {n}",
    "rollup.fill": "Điền số tổng vào tài liệu này…",
    "rollup.fillConfirm": "Điền {count} ô của tài liệu đang mở từ dòng tổng cộng:",
    "rollup.fillReplaces": "thay cho “{value}”",
    "rollup.fillYes": "Điền",
    "rollup.fillNo": "Hủy",
    "rollup.filled": "Đã điền {count} ô từ dòng tổng cộng.",
    "rollup.fillNone": "Không có số tổng nào để điền vào tài liệu này.",
    "rollup.certainty.certain": "chắc chắn",
    "rollup.certainty.sure": "khá chắc",
    "rollup.certainty.doubtful": "cần xem lại",
    "rollup.earlier.open": "Lấy số liệu từ báo cáo trước…",
    "rollup.earlier.intro":
      "Chọn một báo cáo đã điền trước đây (.docx). Các ô cùng nội dung được lấy sang để bạn xem; chỉ ô được chọn mới được điền.",
    "rollup.earlier.pick": "Chọn báo cáo trước…",
    "rollup.earlier.found": "Lấy được {count} ô từ “{name}”:",
    "rollup.earlier.none": "“{name}” không có giá trị nào cho các ô của tài liệu này.",
    "rollup.earlier.otherTemplate": "“{name}” không cùng mẫu với tài liệu đang mở: không lấy được số liệu.",
    "rollup.earlier.notRead": "Không lấy được “{name}”: {reason}.",
    "rollup.earlier.current": "đang có “{value}”",
    "rollup.earlier.fill": "Điền {count} ô đã chọn",
    "rollup.earlier.filled": "Đã điền {count} ô từ báo cáo trước.",
    "rollup.earlier.cancel": "Hủy",
  },
  en: {
    "rollup.title": "Roll up reports",
    "rollup.intro":
      "Choose the units' reports (.docx), filled from the template that is open. They are read on this computer and sent nowhere.",
    "rollup.pick": "Choose reports…",
    "rollup.pickMore": "Add reports…",
    "rollup.reading": "Reading {count} reports…",
    "rollup.clear": "Remove all, choose again",
    "rollup.close": "Close",
    "rollup.summary": "{rows} reports, {columns} items.",
    "rollup.tableLabel": "Roll-up table",
    "rollup.col.unit": "Unit",
    "rollup.col.file": "File",
    "rollup.total": "Total",
    "rollup.flag.doubtful": "To check: the words around this figure were changed in the report",
    "rollup.flag.unplaced": "Not read: this paragraph was rewritten or deleted in the report",
    "rollup.flag.not-number": "To check: not a number",
    "rollup.corrected": "Corrected by hand",
    "rollup.totalFlagged": "This total includes cells to check",
    "rollup.flaggedCount": "{count} cells to check (in yellow). Click a cell to correct it.",
    "rollup.edit": "{field} of {unit}: {value}",
    "rollup.editLabel": "Correct {field} of {unit}",
    "rollup.editSave": "Save",
    "rollup.editCancel": "Cancel",
    "rollup.left.title": "Reports to note",
    "rollup.left.item": "{file}: {reason}",
    "rollup.reason.legacy-doc": "an old .doc file, not taken; open it in Word and save it as .docx",
    "rollup.reason.not-docx": "not a Word file (.docx), not taken",
    "rollup.reason.damaged": "the file is damaged and cannot be read",
    "rollup.reason.unreadable": "the file could not be opened",
    "rollup.reason.other-template": "not of the template that is open, not taken",
    "rollup.reason.unit-missing": "no unit name found; its row is named by the file",
    "rollup.reason.unit-duplicate": "the same unit “{unit}” as a report already taken, not taken again",
    "rollup.download": "Download .xlsx",
    "rollup.downloadFailed": "The .xlsx file could not be made. Open it as text to copy instead.",
    "rollup.copy": "Open as text to copy",
    "rollup.copyHint": "Copy all of it and paste it into Excel: columns are separated by tabs.",
    "rollup.sheet.main": "Roll-up",
    "rollup.sheet.table": "Table {n}",
    "rollup.fill": "Fill this document from the totals…",
    "rollup.fillConfirm": "Fill {count} fields of the open document from the total row:",
    "rollup.fillReplaces": "replacing “{value}”",
    "rollup.fillYes": "Fill",
    "rollup.fillNo": "Cancel",
    "rollup.filled": "Filled {count} fields from the total row.",
    "rollup.fillNone": "No total fits a field of this document.",
    "rollup.certainty.certain": "certain",
    "rollup.certainty.sure": "fairly sure",
    "rollup.certainty.doubtful": "to check",
    "rollup.earlier.open": "Take figures from an earlier report…",
    "rollup.earlier.intro":
      "Choose a report filled earlier (.docx). The fields that match are shown for you to review; only those you tick are filled.",
    "rollup.earlier.pick": "Choose the earlier report…",
    "rollup.earlier.found": "{count} fields found in “{name}”:",
    "rollup.earlier.none": "“{name}” has no value for the fields of this document.",
    "rollup.earlier.otherTemplate": "“{name}” is not of the template that is open: no figures taken.",
    "rollup.earlier.notRead": "Could not take “{name}”: {reason}.",
    "rollup.earlier.current": "now “{value}”",
    "rollup.earlier.fill": "Fill the {count} fields ticked",
    "rollup.earlier.filled": "Filled {count} fields from the earlier report.",
    "rollup.earlier.cancel": "Cancel",
  },
};

addMessages(rollup);
