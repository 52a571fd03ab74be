import { addMessages, type Catalog } from "./index";

/** The strings of the About menu and its diagnostic information: they join the catalog when that view loads, so the pane starts without them. */
type Key =
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
  | "pane.about.close";

export const about: Catalog<Key> = {
  vi: {
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
  },
  en: {
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
  },
};

addMessages(about);
