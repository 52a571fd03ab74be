import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["công tác phòng chống bão lũ«…» nhằm giảm thiểu thiệt hại", "a lower-case word carries the sentence on"],
  ["chăm lo đời sống, văn hóa, giáo dục«...» cho nhân dân", "three dots, then `cho`"],
  ["trên địa bàn có… hộ nghèo", "after `có` stands a count"],
  ["mỗi thôn… người tham gia", "the run stands before its count noun"],
  ["Địa chỉ liên lạc… số nhà", "the next label follows, not a word carrying the sentence on"],
  ["nằm ở phía… của huyện", "after `phía` stands a direction"],
  ["Họ tên ông… sinh năm", "after `ông` stands a name"],
  ["phòng chống bão lũ…nhằm", "glued on both sides: a gap inside the sentence"],
  ["Địa chỉ: ... nơi làm việc", "after a label the run is a blank"],
  ["các hoạt động văn hóa......... nhằm", "nine dots are too long for an 'etc.'"],
];
