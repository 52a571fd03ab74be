import type { Catalog } from "./index";

type Key =
  | "core.finding.emptyBlank"
  | "core.finding.guidanceNote"
  | "core.finding.numbering"
  | "core.finding.emptySection"
  | "core.finding.dateRange"
  | "core.finding.textBox"
  | "core.finding.partsTotal"
  | "core.finding.dateOrder"
  | "core.finding.textBoxesUnread"
  | "core.value.empty"
  | "core.value.boxes"
  | "core.date.printedDayRange"
  | "core.number.notNumber"
  | "core.number.format"
  | "core.number.negative"
  | "core.number.whole"
  | "core.number.ambiguous"
  | "core.date.format"
  | "core.date.dayRange"
  | "core.date.monthRange"
  | "core.date.yearRange"
  | "core.date.printedDayMismatch"
  | "core.date.printedMonthMismatch"
  | "core.date.printedYearMismatch"
  | "core.label.control"
  | "core.scan.usage"
  | "core.scan.notFound"
  | "core.scan.unsupported"
  | "core.scan.legacyDoc"
  | "core.scan.notDocx"
  | "core.scan.damaged"
  | "core.scan.blanks"
  | "core.scan.findings"
  | "core.scan.noSection"
  | "core.scan.summary"
  | "core.kind.text"
  | "core.kind.number"
  | "core.kind.date";

export const core: Catalog<Key> = {
  vi: {
    "core.finding.emptyBlank": "Chưa điền: {label}",
    "core.finding.guidanceNote": "Còn để lại lời hướng dẫn: {text}",
    "core.finding.numbering": "Đánh số chưa đúng: “{found}” lẽ ra là “{expected}” ({title})",
    "core.finding.emptySection": "Mục chưa có nội dung: {title}",
    "core.finding.dateRange": "Ngày tháng không hợp lệ: {text}",
    "core.finding.textBox": "Ô trống nằm trong hộp văn bản, cần điền tay trong Word: {text}",
    "core.finding.partsTotal": "Tổng không khớp: {label} ghi {total}, cộng các phần được {sum}",
    "core.finding.dateOrder": "{label} {date} sau ngày ký báo cáo {signed}",
    "core.finding.textBoxesUnread": "Không đọc được hộp văn bản: chỗ trống trong đó (nếu có) chưa được liệt kê",
    "core.value.empty": "Chưa nhập giá trị.",
    "core.value.boxes": "Ô này có {count} ô nhỏ, mỗi ô một ký tự, nhưng giá trị có {given} ký tự.",
    "core.date.printedDayRange": "Mẫu in sẵn tháng {month} năm {year}: tháng đó không có ngày {day}.",
    "core.number.notNumber": "Chỉ nhập số (ví dụ 1.234 hoặc 12,5).",
    "core.number.format": "Số viết chưa đúng: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân (1.234,5).",
    "core.number.negative": "Số {unit} không thể là số âm.",
    "core.number.whole": "Số {unit} phải là số nguyên.",
    "core.number.ambiguous":
      "“{input}” là {thousands} hay {decimal}? Hãy gõ lại theo cách viết Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân.",
    "core.date.format": "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/06/2017.",
    "core.date.dayRange": "Ngày không hợp lệ: tháng {month} không có ngày {day}.",
    "core.date.monthRange": "Tháng phải từ 1 đến 12.",
    "core.date.yearRange": "Năm phải có 4 chữ số.",
    "core.date.printedDayMismatch":
      "Mẫu đã in sẵn ngày {printed}, khác với {given} vừa nhập; phần in sẵn được giữ nguyên.",
    "core.date.printedMonthMismatch":
      "Mẫu đã in sẵn tháng {printed}, khác với {given} vừa nhập; phần in sẵn được giữ nguyên.",
    "core.date.printedYearMismatch":
      "Mẫu đã in sẵn năm {printed}, khác với {given} vừa nhập; phần in sẵn được giữ nguyên.",
    "core.label.control": "Ô nhập",
    "core.scan.usage": "Cách dùng: npm run scan -- <tệp.docx|tệp.txt> [--json]",
    "core.scan.notFound": "Không tìm thấy tệp: {file}",
    "core.scan.unsupported": "Chỉ đọc được tệp .docx hoặc .txt: {file}",
    "core.scan.legacyDoc": "Tệp {file} là định dạng Word cũ (.doc). Hãy mở trong Word và lưu lại thành .docx.",
    "core.scan.notDocx": "Tệp {file} không phải là tài liệu Word (.docx).",
    "core.scan.damaged": "Tệp {file} bị hỏng, không đọc được.",
    "core.scan.blanks": "Ô trống",
    "core.scan.findings": "Cần kiểm tra trước khi gửi",
    "core.scan.noSection": "(Đầu văn bản)",
    "core.scan.summary": "{blanks} ô trống, {fields} mục cần điền, {findings} điểm cần kiểm tra",
    "core.kind.text": "chữ",
    "core.kind.number": "số",
    "core.kind.date": "ngày",
  },
  en: {
    "core.finding.emptyBlank": "Not filled: {label}",
    "core.finding.guidanceNote": "Guidance note left in the text: {text}",
    "core.finding.numbering": "Numbering slip: “{found}” should be “{expected}” ({title})",
    "core.finding.emptySection": "Section with no content: {title}",
    "core.finding.dateRange": "Invalid date: {text}",
    "core.finding.textBox": "Blank inside a text box; fill it by hand in Word: {text}",
    "core.finding.partsTotal": "Total does not add up: {label} says {total}, its parts add up to {sum}",
    "core.finding.dateOrder": "{label} {date} is after the report's signing date {signed}",
    "core.finding.textBoxesUnread": "Text boxes could not be read: any blanks in them are not listed",
    "core.value.empty": "No value entered.",
    "core.value.boxes": "This field has {count} boxes, one character each, but the value has {given} characters.",
    "core.date.printedDayRange": "The template prints month {month} of {year}: that month has no day {day}.",
    "core.number.notNumber": "Enter a number (for example 1.234 or 12,5).",
    "core.number.format": "Number format: dots between thousands, a comma before decimals (1.234,5).",
    "core.number.negative": "The number of {unit} cannot be negative.",
    "core.number.whole": "The number of {unit} must be a whole number.",
    "core.number.ambiguous":
      "Is “{input}” {thousands} or {decimal}? Type it again in Vietnamese notation: dots between thousands, a comma before decimals.",
    "core.date.format": "Enter the date as day/month/year, for example 15/06/2017.",
    "core.date.dayRange": "Invalid day: month {month} has no day {day}.",
    "core.date.monthRange": "The month must be between 1 and 12.",
    "core.date.yearRange": "The year must have 4 digits.",
    "core.date.printedDayMismatch":
      "The form already prints the day {printed}, which differs from {given}; the printed part is kept.",
    "core.date.printedMonthMismatch":
      "The form already prints the month {printed}, which differs from {given}; the printed part is kept.",
    "core.date.printedYearMismatch":
      "The form already prints the year {printed}, which differs from {given}; the printed part is kept.",
    "core.label.control": "Input box",
    "core.scan.usage": "Usage: npm run scan -- <file.docx|file.txt> [--json]",
    "core.scan.notFound": "File not found: {file}",
    "core.scan.unsupported": "Only .docx or .txt files can be read: {file}",
    "core.scan.legacyDoc": "{file} is an old Word format (.doc). Open it in Word and save it as .docx.",
    "core.scan.notDocx": "{file} is not a Word document (.docx).",
    "core.scan.damaged": "{file} is damaged and cannot be read.",
    "core.scan.blanks": "Blanks",
    "core.scan.findings": "Check before sending",
    "core.scan.noSection": "(Start of the document)",
    "core.scan.summary": "{blanks} blanks, {fields} fields to fill, {findings} things to check",
    "core.kind.text": "text",
    "core.kind.number": "number",
    "core.kind.date": "date",
  },
};
