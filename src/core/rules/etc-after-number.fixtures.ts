import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["trong giai đoạn 2021 - 2025«...» Trong đó, các xã", "an 'etc.' after a range of years"],
  ["các năm 2019, 2020«…», tổng cộng", "an 'etc.' after a list of years"],
  ["tăng 150«…»; giảm 20 vụ", "an 'etc.' after a count, before `;`"],
  ["Điện thoại: 024… (nhánh 12)", "a code's missing digits after a leading zero"],
  ["tăng 150… so với cùng kỳ", "a lower-case word goes on: the count may be cut short"],
  ["ngày 05 tháng 3 năm 20…", "a year's missing digits"],
  ["Điều 1… Nội dung", "one digit: an article's number"],
  ["đạt 100........ đồng", "eight dots are too long for an 'etc.'"],
];
