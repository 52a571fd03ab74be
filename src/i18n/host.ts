import type { Catalog } from "./index";

type Key = "host.title" | "host.unsupported" | "host.loading" | "host.helpTitle" | "host.helpBody";

/** Strings of the pages that host the pane, before React runs. */
export const host: Catalog<Key> = {
  vi: {
    "host.title": "Điền mẫu",
    "host.unsupported":
      "Phiên bản Office này không được hỗ trợ. Hãy dùng Microsoft 365, Office 2021 trở lên, hoặc Word trên web.",
    "host.loading": "Đang tải…",
    "host.helpTitle": "Điền mẫu — hướng dẫn",
    "host.helpBody":
      "Mở mẫu báo cáo trong Word, bấm nút Điền mẫu trên tab Trang đầu. Khung bên cạnh tìm mọi chỗ trống, hỏi từng giá trị và điền vào văn bản; trước khi gửi, bấm Kiểm tra trước khi gửi.",
  },
  en: {
    "host.title": "Fill template",
    "host.unsupported":
      "This version of Office is not supported. Please use Microsoft 365, Office 2021 or later, or Word on the web.",
    "host.loading": "Loading…",
    "host.helpTitle": "Fill template — help",
    "host.helpBody":
      "Open the report template in Word and click Fill template on the Home tab. The side panel finds every blank, asks for each value and writes it into the document; before sending, click Check before sending.",
  },
};
