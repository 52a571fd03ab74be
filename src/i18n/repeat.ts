import { addMessages, type Catalog } from "./index";

type Key =
  | "repeat.title"
  | "repeat.titlePlain"
  | "repeat.asks"
  | "repeat.unnamed"
  | "repeat.newName"
  | "repeat.add"
  | "repeat.adding"
  | "repeat.remove"
  | "repeat.removeLabel"
  | "repeat.done"
  | "repeat.noteRemoved"
  | "repeat.nameNeeded"
  | "repeat.itemLabel";

export const repeat: Catalog<Key> = {
  vi: {
    "repeat.title": "Các {noun}",
    "repeat.titlePlain": "Các dòng như “{item}”",
    "repeat.asks": "Mẫu yêu cầu: {note}",
    "repeat.unnamed": "(chưa đặt tên)",
    "repeat.newName": "Tên {noun} thêm vào",
    "repeat.add": "Thêm dòng",
    "repeat.adding": "Đang thêm…",
    "repeat.remove": "Bỏ dòng",
    "repeat.removeLabel": "Bỏ dòng “{item}”",
    "repeat.done": "Đã đủ, bỏ ghi chú hướng dẫn",
    "repeat.noteRemoved": "Đã bỏ ghi chú hướng dẫn khỏi văn bản.",
    "repeat.nameNeeded": "Nhập tên trước khi thêm dòng.",
    // A field's label, in the document's language like every label the engine makes.
    "repeat.itemLabel": "Tên {noun} (dòng {n})",
  },
  en: {
    "repeat.title": "The {noun} lines",
    "repeat.titlePlain": "Lines like “{item}”",
    "repeat.asks": "The template asks: {note}",
    "repeat.unnamed": "(no name yet)",
    "repeat.newName": "Name of the {noun} to add",
    "repeat.add": "Add a line",
    "repeat.adding": "Adding…",
    "repeat.remove": "Remove line",
    "repeat.removeLabel": "Remove the line “{item}”",
    "repeat.done": "Done: remove the guidance note",
    "repeat.noteRemoved": "The guidance note was taken out of the document.",
    "repeat.nameNeeded": "Type a name before adding the line.",
    "repeat.itemLabel": "Tên {noun} (dòng {n})",
  },
};

addMessages(repeat);
