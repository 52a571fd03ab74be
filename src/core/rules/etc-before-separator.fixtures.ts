import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["- Tổ chức các hoạt động thể dục, thể thao«...»;", "an 'etc.' closing a list item before `;`"],
  ["tuyên truyền, vận động«…», góp phần giữ gìn", "an 'etc.' before the comma that ends the clause"],
  ["các lớp tập huấn kỹ năng«…» ;", "a space before the semicolon"],
  ["- Như Điều....;", "four dots after `Điều`: the article's number"],
  ["- Như Điều…;", "an ellipsis after `Điều` asks for its number"],
  ["Họ tên ông…, bà…, sinh năm 1980", "after `ông` and `bà` stand names"],
  ["- ………;", "a run after a dash is the list item itself"],
  ["- Sở…;", "a list item of one word is a name to fill in"],
  ["Ngành nghề: ..., nơi làm việc: ...", "runs after labels"],
  ["tuyên truyền, vận động..........;", "ten dots are too long for an 'etc.'"],
];
