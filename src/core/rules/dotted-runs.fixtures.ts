import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["ĐẢNG BỘ HUYỆN «.......................»", "a run of dots after a title"],
  ["«………»là xã nằm ở phía«……»của huyện", "ellipses glued to the words around them"],
  ["dân số «……….»người", "ellipses and a dot in one run"],
  ["Kế hoạch số «.....»-KH/HU ngày «.....»/«.....»/2017", "three runs split by a dash and slashes"],
  ["Tên thôn: «.....» và «.....»", "runs split by a word are two spans"],
  ["«....... .......»", "runs split by a single space are one span"],
  ["Họ và tên: «..... 5 .....»", "runs joined across a note number", { notes: [[5]] }],
  ["Địa chỉ: «…(2)…»", "runs joined across a note number in parentheses", { notes: [[2]] }],
  ["Chức vụ: «........»9.", "a number glued after the run is its note number", { notes: [[9]] }],
  ["Kiến nghị: «..........»./.", "the last dot belongs to the end mark `./.`"],
  [" «\t..........»", "in plain text, a leading TAB starts the leader line"],
  ["Chủ trì:«⇥»", "a TAB Word draws with a dotted leader"],
  ["Ghi chú: «....⇥»", "dots and a leader TAB are one span"],
  ["hoạt động văn nghệ«…»", "an 'etc.' ellipsis is found here; etc-closing-word drops it"],
  ["Diện tích 12.5 ha, dân số 1.234.567 người", "decimal and thousands points are single dots"],
  ["Ông A.. và bà B.", "two dots are too short for a blank"],
  ["TP. Hồ Chí Minh", "an abbreviation's point"],
  ["Chủ trì:\t", "a TAB that Word says has no leader", { leaderTabs: [] }],
  ["«.....» 123 «.....»", "a three-digit number is no note number: two spans"],
];
