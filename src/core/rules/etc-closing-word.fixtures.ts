import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["khuyến học, khuyến tài, hoạt động văn hóa, văn nghệ«…»", "an ellipsis glued to the last word of the paragraph"],
  ["thực hiện các mặt công tác xã hội«…»", "the same, after `xã hội`"],
  ["với tổ chức hội quần chúng«....»", "four dots glued to the last word"],
  ["thông tin đại chúng«…» Đặc biệt là tuyên truyền", "a capitalised sentence follows"],
  ["nận nhân chất độc da cam«...»Kết quả 5 năm qua", "a capitalised sentence follows without a space"],
  ["(các hội quần chúng«…»)", "a closing parenthesis follows"],
  ["Đảng ủy xã........... báo cáo triển khai", "a lower-case word follows: the sentence goes on"],
  ["Hiện nay trên địa bàn xã có…..hội quần chúng", "the run is followed by its count noun"],
  ["Đảng ủy xã..... Báo cáo", "five dots are too long for an 'etc.'"],
  ["ĐẢNG ỦY ...", "a space between the word and the run"],
  ["……, ngày … tháng … năm…", "the year's place glued to `năm` at the end of a date line"],
  ["ngày 05 tháng…", "the month's place glued to `tháng`"],
];
