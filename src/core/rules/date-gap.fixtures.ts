import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["Hà Nội, ngày«     »tháng 6 năm 2017", "the day before a printed month"],
  ["ngày«   »tháng«   »năm 2017", "day and month"],
  ["Ngày«     »15/6/2017", "spaces before a number"],
  ["ngày 15 tháng 6 năm 2017", "a date written in full"],
  ["ngày  tháng 6", "two spaces are a typing slip, not a blank"],
  ["trong ngày     hôm nay", "no date word or number follows"],
  ["Số ngày     công", "no date word follows"],
];
