import type { Catalog } from "./index";

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
  | "pane.check.group.parts-total"
  | "pane.check.item.empty-blank"
  | "pane.check.item.guidance-note"
  | "pane.check.item.numbering"
  | "pane.check.item.empty-section"
  | "pane.check.item.date-range"
  | "pane.check.item.date-order"
  | "pane.check.item.text-box"
  | "pane.check.item.parts-total";

type Key =
  | "pane.appTitle"
  | "pane.note.remove"
  | "pane.note.removed"
  | "pane.note.undo"
  | "pane.scanning"
  | "pane.scanSlow"
  | "pane.scanFailed"
  | "pane.retry"
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
  | "pane.backToOverview"
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
  | "pane.kind.text"
  | "pane.kind.number"
  | "pane.kind.date"
  | "pane.kind.multiline"
  | "pane.save.saving"
  | "pane.save.saved"
  | "pane.save.failed"
  | "pane.save.moved"
  | "pane.save.byHand"
  | "pane.addFromSelection"
  | "pane.addFromSelection.none"
  | "pane.addFromSelection.added"
  | "pane.decision.failed"
  | "pane.all.filter"
  | "pane.all.jump"
  | "pane.all.nothingEmpty"
  | "pane.check.title"
  | "pane.check.nothingLeft"
  | "pane.check.finalize"
  | "pane.check.finalizeHint"
  | "pane.check.finalized"
  | "pane.check.unwritten"
  | "pane.check.emptyLeft"
  | "pane.check.warningsLeft"
  | "pane.check.confirm"
  | "pane.check.confirmYes"
  | "pane.check.confirmNo"
  | "pane.check.jump"
  | "pane.check.fill"
  | "pane.check.item.datePart"
  | FindingKey
  | "pane.error.invalidPart"
  | "pane.backup.restored"
  | "pane.backup.writeAll"
  | "pane.backup.discard"
  | "pane.dismissNotice"
  | "pane.about.menu"
  | "pane.about.diagnostics"
  | "pane.about.privacy"
  | "pane.about.office"
  | "pane.about.host"
  | "pane.about.platform"
  | "pane.about.version"
  | "pane.about.unknown"
  | "pane.about.requirementSets"
  | "pane.about.supported"
  | "pane.about.notSupported"
  | "pane.about.settings"
  | "pane.about.bytes"
  | "pane.about.operations"
  | "pane.about.noOperations"
  | "pane.about.operation"
  | "pane.about.ok"
  | "pane.about.failed"
  | "pane.about.copy"
  | "pane.about.copied"
  | "pane.about.copyByHand"
  | "pane.about.copyText"
  | "pane.about.close"
  | "pane.grid.count"
  | "pane.grid.tables"
  | "pane.grid.title"
  | "pane.grid.titleUntitled"
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
  | "pane.grid.addRow"
  | "pane.form.positionTable"
  | "pane.form.tableStep"
  | "pane.form.tableHint"
  | "pane.tracking.title"
  | "pane.tracking.body"
  | "pane.tracking.continue"
  | "pane.tracking.stop"
  | "pane.tracking.finalize"
  | "pane.start"
  | "pane.addFromSelection.exists"
  | "pane.addFromSelection.restored"
  | "pane.dismissed.notice"
  | "pane.dismissed.undo"
  | "pane.dismissed.title"
  | "pane.dismissed.hint"
  | "pane.dismissed.restore"
  | "pane.dismissed.restoreLabel"
  | "pane.dismissed.places"
  | "pane.check.confirmLeft"
  | "pane.check.confirmDismissed"
  | "pane.check.confirmNotes"
  | "pane.check.place.section"
  | "pane.check.place.inPart"
  | "pane.check.place.top"
  | "pane.form.clear";

export const pane: Catalog<Key> = {
  vi: {
    "pane.note.remove": "Bỏ ghi chú",
    "pane.note.removed": "Đã bỏ ghi chú “{text}” khỏi văn bản.",
    "pane.note.undo": "Hoàn tác",
    "pane.appTitle": "Điền mẫu",
    "pane.scanning": "Đang quét…",
    "pane.scanSlow": "Tài liệu dài, đang quét tiếp…",
    "pane.scanFailed": "Không đọc được tài liệu. {reason}",
    "pane.retry": "Thử lại",
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
    "pane.backToOverview": "Về tổng quan",
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
    "pane.addFromSelection": "Thêm ô từ vùng chọn",
    "pane.addFromSelection.none": "Hãy chọn (bôi đen) đoạn chữ cần điền trong một đoạn văn của tài liệu, rồi bấm lại.",
    "pane.addFromSelection.added": "Đã thêm ô mới từ vùng chọn.",
    "pane.decision.failed": "Không lưu được lựa chọn. {reason}",
    "pane.all.filter": "Chỉ ô còn trống",
    "pane.all.jump": "Đến chỗ “{label}” trong tài liệu",
    "pane.all.nothingEmpty": "Không còn ô trống nào.",
    "pane.check.title": "Kiểm tra trước khi gửi",
    "pane.check.nothingLeft": "Không còn gì cần sửa. Văn bản đã sẵn sàng để gửi.",
    "pane.check.finalize": "Hoàn tất",
    "pane.check.finalizeHint": "Gỡ các dấu của Điền mẫu khỏi tài liệu, giữ nguyên chữ đã điền.",
    "pane.check.finalized": "Đã hoàn tất. Tài liệu không còn dấu của Điền mẫu.",
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
    "pane.check.group.parts-total": "Tổng không khớp với các phần",
    "pane.check.item.parts-total": "{label}: ghi {total}, cộng các phần được {sum}",
    "pane.error.invalidPart": "Giá trị không hợp lệ cho {part}.",
    "pane.backup.restored": "Có {count} giá trị đã gõ nhưng chưa ghi vào tài liệu từ lần trước.",
    "pane.backup.writeAll": "Ghi vào tài liệu",
    "pane.backup.discard": "Bỏ",
    "pane.dismissNotice": "Đóng thông báo",
    "pane.about.menu": "Giới thiệu",
    "pane.about.diagnostics": "Thông tin chẩn đoán",
    "pane.about.privacy": "Không chứa giá trị nào bạn đã điền.",
    "pane.about.office": "Office",
    "pane.about.host": "Ứng dụng",
    "pane.about.platform": "Nền tảng",
    "pane.about.version": "Phiên bản",
    "pane.about.unknown": "không rõ",
    "pane.about.requirementSets": "Bộ API được hỗ trợ (requirement set)",
    "pane.about.supported": "có",
    "pane.about.notSupported": "không",
    "pane.about.settings": "Dữ liệu Điền mẫu lưu trong tài liệu",
    "pane.about.bytes": "{size} byte",
    "pane.about.operations": "Các thao tác gần nhất (tối đa {count})",
    "pane.about.noOperations": "Chưa có thao tác nào.",
    "pane.about.operation": "{time} {name}: {ms} ms, {syncs} lượt trao đổi với Word",
    "pane.about.ok": "thành công",
    "pane.about.failed": "lỗi {code}",
    "pane.about.copy": "Sao chép",
    "pane.about.copied": "Đã sao chép vào bộ nhớ tạm.",
    "pane.about.copyByHand":
      "Không sao chép tự động được ở đây. Hãy bấm vào ô dưới đây, chọn hết (Ctrl+A) rồi nhấn Ctrl+C.",
    "pane.about.copyText": "Thông tin chẩn đoán để sao chép",
    "pane.about.close": "Đóng",
    "pane.grid.count": "{filled}/{total} ô",
    "pane.grid.tables": "Các bảng",
    "pane.grid.title": "Bảng {number}: {title}",
    "pane.grid.titleUntitled": "Bảng {number}",
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
    "pane.form.positionTable": "Ô {from}–{to}/{total}",
    "pane.form.tableStep": "{title} — {filled}/{total} ô",
    "pane.form.tableHint": "Nhấn Ctrl+Enter trong bảng để ghi cả bảng và sang bước tiếp.",
    "pane.tracking.title": "Tài liệu đang bật Theo dõi Thay đổi",
    "pane.tracking.body":
      "Các giá trị Điền mẫu ghi vào sẽ được lưu thành thay đổi được theo dõi (chờ chấp nhận hoặc từ chối). Nếu chưa ghi, các giá trị đã gõ vẫn được giữ lại, chưa vào tài liệu.",
    "pane.tracking.continue": "Vẫn ghi",
    "pane.tracking.stop": "Chưa ghi",
    "pane.tracking.finalize":
      "Theo dõi Thay đổi đang bật: khi hoàn tất, việc gỡ khung của Điền mẫu cũng được ghi thành thay đổi. Hãy chấp nhận hoặc từ chối mọi thay đổi trước khi gửi.",
    "pane.start": "Bắt đầu điền",
    "pane.addFromSelection.exists": "Vùng chọn đã là ô “{label}”: đã mở ô đó.",
    "pane.addFromSelection.restored": "Đã khôi phục ô “{label}”.",
    "pane.dismissed.notice": "Đã bỏ “{label}” khỏi các ô cần điền.",
    "pane.dismissed.undo": "Hoàn tác",
    "pane.dismissed.title": "Đã đánh dấu “Không phải ô trống”",
    "pane.dismissed.hint": "Các chỗ này được để nguyên trong văn bản. Khôi phục nếu đó thật là chỗ cần điền.",
    "pane.dismissed.restore": "Khôi phục",
    "pane.dismissed.restoreLabel": "Khôi phục “{label}” thành ô cần điền",
    "pane.dismissed.places": "{count} chỗ",
    "pane.check.confirmLeft": "Còn lại trong văn bản:",
    "pane.check.confirmDismissed": "ô đã đánh dấu “Không phải ô trống”, sẽ để nguyên: {labels}",
    "pane.check.confirmNotes": "lời hướng dẫn: {notes}",
    "pane.check.place.section": "Mục {number}",
    "pane.check.place.inPart": "{part}, mục {number}",
    "pane.check.place.top": "Đầu văn bản",
    "pane.form.clear": "Xóa giá trị",
  },
  en: {
    "pane.note.remove": "Remove note",
    "pane.note.removed": "The note “{text}” was taken out of the document.",
    "pane.note.undo": "Undo",
    "pane.appTitle": "Fill template",
    "pane.scanning": "Scanning…",
    "pane.scanSlow": "Long document, still scanning…",
    "pane.scanFailed": "Could not read the document. {reason}",
    "pane.retry": "Retry",
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
    "pane.backToOverview": "Back to overview",
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
    "pane.addFromSelection": "Add field from selection",
    "pane.addFromSelection.none": "Select the text to fill inside one paragraph of the document, then try again.",
    "pane.addFromSelection.added": "A new field was added from the selection.",
    "pane.decision.failed": "Could not save your choice. {reason}",
    "pane.all.filter": "Only empty fields",
    "pane.all.jump": "Go to “{label}” in the document",
    "pane.all.nothingEmpty": "No empty fields left.",
    "pane.check.title": "Check before sending",
    "pane.check.nothingLeft": "Nothing left to fix. The document is ready to send.",
    "pane.check.finalize": "Finish",
    "pane.check.finalizeHint": "Removes the add-in's marks from the document and keeps the filled text.",
    "pane.check.finalized": "Finished. The document no longer carries the add-in's marks.",
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
    "pane.check.group.parts-total": "Totals that do not add up",
    "pane.check.item.parts-total": "{label}: says {total}, its parts add up to {sum}",
    "pane.error.invalidPart": "Not a valid value for {part}.",
    "pane.backup.restored": "{count} typed values from last time were not yet written to the document.",
    "pane.backup.writeAll": "Write to document",
    "pane.backup.discard": "Discard",
    "pane.dismissNotice": "Dismiss notice",
    "pane.about.menu": "About",
    "pane.about.diagnostics": "Diagnostic information",
    "pane.about.privacy": "It contains none of the values you filled in.",
    "pane.about.office": "Office",
    "pane.about.host": "Host",
    "pane.about.platform": "Platform",
    "pane.about.version": "Version",
    "pane.about.unknown": "unknown",
    "pane.about.requirementSets": "Requirement sets supported",
    "pane.about.supported": "yes",
    "pane.about.notSupported": "no",
    "pane.about.settings": "The add-in's data saved in the document",
    "pane.about.bytes": "{size} bytes",
    "pane.about.operations": "Last operations (up to {count})",
    "pane.about.noOperations": "No operations yet.",
    "pane.about.operation": "{time} {name}: {ms} ms, {syncs} round trips to Word",
    "pane.about.ok": "succeeded",
    "pane.about.failed": "failed: {code}",
    "pane.about.copy": "Copy",
    "pane.about.copied": "Copied to the clipboard.",
    "pane.about.copyByHand":
      "The clipboard cannot be used here. Click in the box below, select everything (Ctrl+A) and press Ctrl+C.",
    "pane.about.copyText": "Diagnostic information to copy",
    "pane.about.close": "Close",
    "pane.grid.count": "{filled}/{total} cells",
    "pane.grid.tables": "Tables",
    "pane.grid.title": "Table {number}: {title}",
    "pane.grid.titleUntitled": "Table {number}",
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
    "pane.form.positionTable": "Fields {from}–{to}/{total}",
    "pane.form.tableStep": "{title} — {filled}/{total} cells",
    "pane.form.tableHint": "Press Ctrl+Enter in the table to write the whole table and go to the next step.",
    "pane.tracking.title": "Track Changes is on",
    "pane.tracking.body":
      "The values the add-in writes will be recorded as tracked changes (to accept or reject). If you stop, nothing is written and your typed values are kept.",
    "pane.tracking.continue": "Write anyway",
    "pane.tracking.stop": "Don't write",
    "pane.tracking.finalize":
      "Track Changes is on: removing the add-in's boxes at finalize is recorded as revisions too; accept or reject all changes before sending.",
    "pane.start": "Start filling",
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
    "pane.check.confirmLeft": "Still in the document:",
    "pane.check.confirmDismissed": "fields marked “Not a blank”, left as they are: {labels}",
    "pane.check.confirmNotes": "guidance notes: {notes}",
    "pane.check.place.section": "Section {number}",
    "pane.check.place.inPart": "{part}, section {number}",
    "pane.check.place.top": "Top of the document",
    "pane.form.clear": "Clear the value",
  },
};
