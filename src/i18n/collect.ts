import { format, type Catalog, type Lang, type Params } from "./index";

type Key =
  | "collect.usage"
  | "collect.templateError"
  | "collect.readError"
  | "collect.writeError"
  | "collect.badOutput"
  | "collect.unknownUnit"
  | "collect.reason.other-template"
  | "collect.reason.unit-missing"
  | "collect.reason.unit-duplicate"
  | "collect.reason.legacy-doc"
  | "collect.reason.not-docx"
  | "collect.reason.damaged"
  | "collect.reason.missing"
  | "collect.flag.doubtful"
  | "collect.flag.unplaced"
  | "collect.flag.not-number"
  | "collect.left"
  | "collect.flagged"
  | "collect.summary"
  | "collect.saved"
  | "collect.answersSaved"
  | "collect.sheet.main"
  | "collect.sheet.table"
  | "collect.sheet.lines"
  | "collect.sheet.check"
  | "collect.col.unit"
  | "collect.col.file"
  | "collect.col.field"
  | "collect.col.value"
  | "collect.col.reason"
  | "collect.total"
  | "collect.totalFlagged";

export const collect: Catalog<Key> = {
  vi: {
    "collect.usage":
      "Cách dùng: npm run collect -- <báo-cáo.docx…> [-o tong-hop.xlsx|.csv] [--template mẫu.docx] [--unit <tên mục>] [--answers tong.json]",
    "collect.templateError": "Không đọc được mẫu {path}: {detail}",
    "collect.readError": "Không đọc được {path}: {detail}",
    "collect.writeError": "Không ghi được {path}: {detail}",
    "collect.badOutput": "Tệp kết quả phải là .xlsx hoặc .csv: {path}",
    "collect.unknownUnit": "Mẫu không có mục “{unit}” để đặt tên đơn vị.",
    "collect.reason.other-template": "không phải báo cáo theo mẫu này",
    "collect.reason.unit-missing": "không ghi tên đơn vị; dòng mang tên tệp",
    "collect.reason.unit-duplicate": "trùng đơn vị “{unit}” với một báo cáo khác; không cộng vào",
    "collect.reason.legacy-doc": "định dạng Word cũ (.doc); hãy lưu lại thành .docx",
    "collect.reason.not-docx": "không phải tài liệu Word (.docx)",
    "collect.reason.damaged": "tệp bị hỏng, không đọc được",
    "collect.reason.missing": "không tìm thấy tệp",
    "collect.flag.doubtful": "không chắc: chữ quanh ô trống đã bị sửa",
    "collect.flag.unplaced": "không đọc được: đoạn văn đã bị viết lại",
    "collect.flag.not-number": "không phải là số",
    "collect.left": "Bỏ qua {file}: {reason}",
    "collect.flagged": "Cần xem lại {unit} — {field}: {reason}",
    "collect.summary": "Đã tổng hợp {reports} báo cáo, {columns} mục; {flagged} ô cần xem lại, {left} tệp bỏ qua.",
    "collect.saved": "Đã lưu {path}",
    "collect.answersSaved": "Đã lưu số tổng vào {path} (dùng với npm run fill)",
    "collect.sheet.main": "Tổng hợp",
    "collect.sheet.table": "Bảng {n}",
    "collect.sheet.lines": "Dòng lặp {n}",
    "collect.sheet.check": "Cần xem lại",
    "collect.col.unit": "Đơn vị",
    "collect.col.file": "Tệp",
    "collect.col.field": "Mục",
    "collect.col.value": "Giá trị",
    "collect.col.reason": "Lý do",
    "collect.total": "Tổng cộng",
    "collect.totalFlagged": "Tổng này có ô cần xem lại",
  },
  en: {
    "collect.usage":
      "Usage: npm run collect -- <report.docx…> [-o summary.xlsx|.csv] [--template template.docx] [--unit <field label>] [--answers totals.json]",
    "collect.templateError": "Cannot read the template {path}: {detail}",
    "collect.readError": "Cannot read {path}: {detail}",
    "collect.writeError": "Cannot write {path}: {detail}",
    "collect.badOutput": "The output must be .xlsx or .csv: {path}",
    "collect.unknownUnit": "The template has no field “{unit}” to name the units by.",
    "collect.reason.other-template": "not a report of this template",
    "collect.reason.unit-missing": "the unit's name is not filled in; the row is named by the file",
    "collect.reason.unit-duplicate": "the same unit “{unit}” as another report; not added in",
    "collect.reason.legacy-doc": "an old Word format (.doc); save it as .docx",
    "collect.reason.not-docx": "not a Word document (.docx)",
    "collect.reason.damaged": "damaged, cannot be read",
    "collect.reason.missing": "file not found",
    "collect.flag.doubtful": "doubtful: the words around the blank were changed",
    "collect.flag.unplaced": "not read: the paragraph was rewritten",
    "collect.flag.not-number": "not a number",
    "collect.left": "Left out {file}: {reason}",
    "collect.flagged": "To check {unit} — {field}: {reason}",
    "collect.summary":
      "Rolled up {reports} reports, {columns} fields; {flagged} cells to check, {left} files left out.",
    "collect.saved": "Saved {path}",
    "collect.answersSaved": "Saved the totals to {path} (for npm run fill)",
    "collect.sheet.main": "Summary",
    "collect.sheet.table": "Table {n}",
    "collect.sheet.lines": "Repeated lines {n}",
    "collect.sheet.check": "To check",
    "collect.col.unit": "Unit",
    "collect.col.file": "File",
    "collect.col.field": "Field",
    "collect.col.value": "Value",
    "collect.col.reason": "Reason",
    "collect.total": "Total",
    "collect.totalFlagged": "This total has cells to check",
  },
};

export type CollectKey = Key;

/** The roll-up's strings in `lang` (they stay out of the pane's catalog until its roll-up view loads them). */
export function say(lang: Lang, key: CollectKey, params?: Params): string {
  return format(collect[lang][key], params);
}
