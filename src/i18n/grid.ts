import { addMessages, type Catalog } from "./index";

/** The strings of the grid editor: they join the catalog when that view loads, so the pane starts without them. */
type Key =
  | "pane.grid.hint"
  | "pane.grid.rowHeader"
  | "pane.grid.gone"
  | "pane.grid.writeAll"
  | "pane.grid.pasted"
  | "pane.grid.notWritten"
  | "pane.grid.converted"
  | "pane.grid.didNotFit"
  | "pane.grid.rowsLeft"
  | "pane.grid.colsLeft"
  | "pane.grid.skipped"
  | "pane.grid.undo"
  | "pane.grid.close"
  | "pane.grid.question"
  | "pane.grid.asThousands"
  | "pane.grid.asDecimal"
  | "pane.grid.cancel"
  | "pane.grid.sum"
  | "pane.grid.sumShort"
  | "pane.grid.useSum"
  | "pane.grid.sumHint"
  | "pane.grid.notWrittenStep"
  | "pane.grid.addRow";

export const grid: Catalog<Key> = {
  vi: {
    "pane.grid.hint":
      "Enter: xuống dòng dưới; Tab: sang ô bên phải. Dán một vùng chép từ Excel hoặc Google Sheets để điền nhiều ô một lúc.",
    "pane.grid.rowHeader": "Dòng",
    "pane.grid.gone": "Bảng này không còn ô nào để điền.",
    "pane.grid.writeAll": "Ghi vào tài liệu",
    "pane.grid.pasted": "Đã dán {count} ô, bắt đầu từ ô “{from}”.",
    "pane.grid.notWritten": "Các giá trị chưa được ghi vào tài liệu: hãy xem lại rồi bấm “Ghi vào tài liệu”.",
    "pane.grid.converted": "Số đã được đổi sang cách viết Việt Nam (ví dụ {from} → {to}).",
    "pane.grid.didNotFit": "Một phần vùng dán không vừa bảng:",
    "pane.grid.rowsLeft": "{count} dòng cuối nằm ngoài bảng, không được dán;",
    "pane.grid.colsLeft": "{count} cột bên phải nằm ngoài bảng, không được dán;",
    "pane.grid.skipped": "{count} giá trị rơi vào chỗ không có ô để điền, bị bỏ qua.",
    "pane.grid.undo": "Hoàn tác",
    "pane.grid.close": "Đóng thông báo",
    "pane.grid.question":
      "Vùng dán có số như “{sample}”: dấu phẩy ở đây ngăn cách hàng nghìn (kiểu Excel tiếng Anh) hay là dấu thập phân?",
    "pane.grid.asThousands": "{value} (hàng nghìn)",
    "pane.grid.asDecimal": "{value} (số thập phân)",
    "pane.grid.cancel": "Không dán",
    "pane.grid.sum": "Cộng các dòng: {sum}",
    "pane.grid.sumShort": "Σ {sum}",
    "pane.grid.useSum": "Điền tổng {sum} vào ô “{cell}”",
    "pane.grid.sumHint": "Ô tổng: bấm nút Σ dưới ô, hoặc nhấn Alt+= trong ô, để điền tổng các phần.",
    "pane.grid.notWrittenStep": "Các giá trị chưa được ghi vào tài liệu: hãy xem lại; sang bước tiếp sẽ ghi cả bảng.",
    "pane.grid.addRow": "Thêm dòng",
  },
  en: {
    "pane.grid.hint":
      "Enter: next row; Tab: next cell to the right. Paste a range copied from Excel or Google Sheets to fill many cells at once.",
    "pane.grid.rowHeader": "Row",
    "pane.grid.gone": "This table has no cells left to fill.",
    "pane.grid.writeAll": "Write to the document",
    "pane.grid.pasted": "Pasted {count} cells, starting at “{from}”.",
    "pane.grid.notWritten": "The values are not in the document yet: review them, then press “Write to the document”.",
    "pane.grid.converted": "Numbers were changed to Vietnamese notation (for example {from} → {to}).",
    "pane.grid.didNotFit": "Part of the pasted range does not fit the table:",
    "pane.grid.rowsLeft": "the last {count} rows fall outside the table and were not pasted;",
    "pane.grid.colsLeft": "the {count} rightmost columns fall outside the table and were not pasted;",
    "pane.grid.skipped": "{count} values fell where the table has no cell to fill and were left out.",
    "pane.grid.undo": "Undo",
    "pane.grid.close": "Dismiss",
    "pane.grid.question":
      "The pasted range has numbers such as “{sample}”: is the comma a thousands separator (English Excel) or the decimal mark?",
    "pane.grid.asThousands": "{value} (thousands)",
    "pane.grid.asDecimal": "{value} (decimal)",
    "pane.grid.cancel": "Don't paste",
    "pane.grid.sum": "Sum of the rows: {sum}",
    "pane.grid.sumShort": "Σ {sum}",
    "pane.grid.useSum": "Fill in the sum {sum} in “{cell}”",
    "pane.grid.sumHint":
      "Total cells: press the Σ button under the cell, or Alt+= in the cell, to fill in the sum of the parts.",
    "pane.grid.notWrittenStep":
      "The values are not in the document yet: review them; the next step writes the whole table.",
    "pane.grid.addRow": "Add a row",
  },
};

addMessages(grid);
