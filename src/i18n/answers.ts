import { addMessages, type Catalog } from "./index";

type Key =
  | "answers.key.province"
  | "answers.key.district"
  | "answers.key.commune"
  | "answers.key.committee"
  | "answers.key.placeName"
  | "answers.key.area"
  | "answers.key.population"
  | "answers.key.hamlets"
  | "answers.open"
  | "answers.title"
  | "answers.where"
  | "answers.none"
  | "answers.offer"
  | "answers.offerFill"
  | "answers.offerSkip"
  | "answers.filled"
  | "answers.suggestSave"
  | "answers.saveFromReport"
  | "answers.takeFromReport"
  | "answers.save"
  | "answers.saved"
  | "answers.notSaved"
  | "answers.close"
  | "answers.export"
  | "answers.exportCopy"
  | "answers.exportCopyHint"
  | "answers.import"
  | "answers.imported"
  | "answers.error.not-json"
  | "answers.error.not-standing"
  | "answers.error.newer-version"
  | "answers.error.unreadable"
  | "answers.forget"
  | "answers.forgetConfirm"
  | "answers.forgetYes"
  | "answers.forgetNo"
  | "answers.forgotten"
  | "answers.later";

export const answers: Catalog<Key> = {
  vi: {
    "answers.key.province": "Tỉnh, thành phố",
    "answers.key.district": "Huyện, quận, thị xã",
    "answers.key.commune": "Xã, phường, thị trấn",
    "answers.key.committee": "Đảng ủy",
    "answers.key.placeName": "Địa danh (nơi ký)",
    "answers.key.area": "Diện tích tự nhiên",
    "answers.key.population": "Dân số",
    "answers.key.hamlets": "Số thôn, tổ dân phố",
    "answers.open": "Thông tin cơ quan",
    "answers.title": "Thông tin cố định của cơ quan",
    "answers.where":
      "Lưu trong bộ nhớ riêng của add-in trên máy này, không gửi đi đâu. Xóa bộ nhớ đệm của Office sẽ xóa chúng: hãy xuất ra tệp để giữ lại hoặc chuyển sang máy khác.",
    "answers.none": "Chưa lưu thông tin nào.",
    "answers.offer": "Điền sẵn {count} ô từ thông tin cơ quan đã lưu?",
    "answers.offerFill": "Điền các ô này",
    "answers.offerSkip": "Không",
    "answers.filled": "Đã điền {count} ô từ thông tin cơ quan.",
    "answers.suggestSave": "Lưu tên xã, huyện… của báo cáo này để lần sau điền sẵn?",
    "answers.saveFromReport": "Lưu",
    "answers.takeFromReport": "Lấy từ báo cáo đang điền",
    "answers.save": "Lưu",
    "answers.saved": "Đã lưu thông tin cơ quan.",
    "answers.notSaved": "Không lưu được: bộ nhớ của add-in không dùng được trên máy này. Hãy xuất ra tệp.",
    "answers.close": "Đóng",
    "answers.export": "Xuất ra tệp",
    "answers.exportCopy": "Hiện để sao chép",
    "answers.exportCopyHint": "Sao chép toàn bộ nội dung dưới đây và lưu vào một tệp .json.",
    "answers.import": "Nhập từ tệp…",
    "answers.imported": "Đã nhập {count} mục. Bấm Lưu để giữ lại.",
    "answers.error.not-json": "Tệp này không phải tệp thông tin cơ quan (không đọc được nội dung).",
    "answers.error.not-standing": "Tệp này không phải tệp thông tin cơ quan do Điền mẫu xuất ra.",
    "answers.error.newer-version": "Tệp này do một phiên bản mới hơn của Điền mẫu xuất ra; hãy cập nhật add-in.",
    "answers.error.unreadable": "Không đọc được tệp “{name}”.",
    "answers.forget": "Quên tất cả",
    "answers.forgetConfirm": "Xóa thông tin cơ quan đã lưu trên máy này? Tệp đã xuất vẫn giữ nguyên.",
    "answers.forgetYes": "Xóa",
    "answers.forgetNo": "Giữ lại",
    "answers.forgotten": "Đã xóa thông tin cơ quan khỏi máy này.",
    "answers.later": "Để sau",
  },
  en: {
    "answers.key.province": "Province or city",
    "answers.key.district": "District or town",
    "answers.key.commune": "Commune or ward",
    "answers.key.committee": "Party committee",
    "answers.key.placeName": "Place name (where signed)",
    "answers.key.area": "Natural area",
    "answers.key.population": "Population",
    "answers.key.hamlets": "Number of hamlets",
    "answers.open": "Office details",
    "answers.title": "Standing details of the office",
    "answers.where":
      "Kept in the add-in's own storage on this computer and never sent anywhere. Clearing Office's cache wipes them: export them to a file to keep them or move them to another computer.",
    "answers.none": "Nothing saved yet.",
    "answers.offer": "Fill {count} fields from the saved office details?",
    "answers.offerFill": "Fill these fields",
    "answers.offerSkip": "No",
    "answers.filled": "Filled {count} fields from the office details.",
    "answers.suggestSave": "Save this report's commune, district… to fill them next time?",
    "answers.saveFromReport": "Save",
    "answers.takeFromReport": "Take from this report",
    "answers.save": "Save",
    "answers.saved": "Office details saved.",
    "answers.notSaved": "Could not save: the add-in's storage is not available on this computer. Export to a file.",
    "answers.close": "Close",
    "answers.export": "Export to a file",
    "answers.exportCopy": "Show to copy",
    "answers.exportCopyHint": "Copy all of the text below and save it in a .json file.",
    "answers.import": "Import from a file…",
    "answers.imported": "Imported {count} items. Press Save to keep them.",
    "answers.error.not-json": "This is not an office details file (its content cannot be read).",
    "answers.error.not-standing": "This is not an office details file exported by Điền mẫu.",
    "answers.error.newer-version": "This file was exported by a newer version of Điền mẫu; update the add-in.",
    "answers.error.unreadable": "Could not read the file “{name}”.",
    "answers.forget": "Forget all",
    "answers.forgetConfirm": "Delete the office details saved on this computer? Exported files are not touched.",
    "answers.forgetYes": "Delete",
    "answers.forgetNo": "Keep",
    "answers.forgotten": "Office details deleted from this computer.",
    "answers.later": "Later",
  },
};

addMessages(answers);
