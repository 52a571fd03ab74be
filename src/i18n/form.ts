import { addMessages, type Catalog } from "./index";

/** The strings of the guided form and its inputs: they join the catalog when that view loads, so the pane starts without them. */
type Key =
  | "pane.form.position"
  | "pane.form.context"
  | "pane.form.blankMark"
  | "pane.form.linked"
  | "pane.form.split"
  | "pane.form.previous"
  | "pane.form.next"
  | "pane.form.skip"
  | "pane.form.dismiss"
  | "pane.form.finish"
  | "pane.form.readOnly"
  | "pane.form.optional"
  | "pane.form.gone"
  | "pane.form.enterHint"
  | "pane.form.ctrlEnterHint"
  | "pane.form.datePart.day"
  | "pane.form.datePart.month"
  | "pane.form.datePart.year"
  | "pane.form.datePart.date"
  | "pane.form.fullDate"
  | "pane.form.fullDateHint"
  | "pane.form.partLabel"
  | "pane.form.onlyPart"
  | "pane.form.printedParts"
  | "pane.form.printed.day"
  | "pane.form.printed.month"
  | "pane.form.printed.year"
  | "pane.form.printed.separator"
  | "pane.form.positionTable"
  | "pane.form.tableStep"
  | "pane.form.tableHint"
  | "pane.form.clear";

export const form: Catalog<Key> = {
  vi: {
    "pane.form.position": "Ô {index}/{total}",
    "pane.form.context": "Vị trí trong văn bản",
    "pane.form.blankMark": "chỗ cần điền",
    "pane.form.linked": "điền {count} chỗ",
    "pane.form.split": "Tách thành các ô riêng",
    "pane.form.previous": "Ô trước",
    "pane.form.next": "Ô tiếp",
    "pane.form.skip": "Bỏ qua",
    "pane.form.dismiss": "Không phải ô trống",
    "pane.form.finish": "Xong",
    "pane.form.readOnly": "Ô này bị khóa hoặc thuộc loại không điền được từ đây; chỉ để xem.",
    "pane.form.optional": "(không bắt buộc)",
    "pane.form.gone": "Ô này không còn trong tài liệu (có thể đã bị xóa). Giá trị đã gõ vẫn được giữ: {value}",
    "pane.form.enterHint": "Nhấn Enter để sang ô tiếp.",
    "pane.form.ctrlEnterHint": "Nhấn Ctrl+Enter để sang ô tiếp.",
    "pane.form.datePart.day": "Ngày",
    "pane.form.datePart.month": "Tháng",
    "pane.form.datePart.year": "Năm",
    "pane.form.datePart.date": "Ngày tháng",
    "pane.form.fullDate": "Ngày đầy đủ",
    "pane.form.fullDateHint": "Ví dụ 15/06/2017; điền một lần cho cả ngày, tháng, năm.",
    "pane.form.partLabel": "{label}: {part}",
    "pane.form.onlyPart": "Chỉ thiếu {part}.",
    "pane.form.printedParts": "Đã in sẵn {printed}.",
    "pane.form.printed.day": "ngày {n}",
    "pane.form.printed.month": "tháng {n}",
    "pane.form.printed.year": "năm {n}",
    "pane.form.printed.separator": " ",
    "pane.form.positionTable": "Ô {from}–{to}/{total}",
    "pane.form.tableStep": "{title} — {filled}/{total} ô",
    "pane.form.tableHint": "Nhấn Ctrl+Enter trong bảng để ghi cả bảng và sang bước tiếp.",
    "pane.form.clear": "Xóa giá trị",
  },
  en: {
    "pane.form.position": "Field {index} of {total}",
    "pane.form.context": "Where it is in the document",
    "pane.form.blankMark": "place to fill",
    "pane.form.linked": "fills {count} places",
    "pane.form.split": "Split into separate fields",
    "pane.form.previous": "Previous",
    "pane.form.next": "Next",
    "pane.form.skip": "Skip",
    "pane.form.dismiss": "Not a blank",
    "pane.form.finish": "Done",
    "pane.form.readOnly": "This field is locked or of a kind that cannot be filled from here; shown for reference.",
    "pane.form.optional": "(optional)",
    "pane.form.gone":
      "This field is no longer in the document (it may have been deleted). Your typed value is kept: {value}",
    "pane.form.enterHint": "Press Enter to move to the next field.",
    "pane.form.ctrlEnterHint": "Press Ctrl+Enter to move to the next field.",
    "pane.form.datePart.day": "Day",
    "pane.form.datePart.month": "Month",
    "pane.form.datePart.year": "Year",
    "pane.form.datePart.date": "Date",
    "pane.form.fullDate": "Full date",
    "pane.form.fullDateHint": "For example 15/06/2017; fills the day, month and year at once.",
    "pane.form.partLabel": "{label}: {part}",
    "pane.form.onlyPart": "Only the {part} is missing.",
    "pane.form.printedParts": "Already printed: {printed}.",
    "pane.form.printed.day": "day {n}",
    "pane.form.printed.month": "month {n}",
    "pane.form.printed.year": "year {n}",
    "pane.form.printed.separator": ", ",
    "pane.form.positionTable": "Fields {from}–{to}/{total}",
    "pane.form.tableStep": "{title} — {filled}/{total} cells",
    "pane.form.tableHint": "Press Ctrl+Enter in the table to write the whole table and go to the next step.",
    "pane.form.clear": "Clear the value",
  },
};

addMessages(form);
