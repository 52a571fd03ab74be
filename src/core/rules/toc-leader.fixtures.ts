import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["Phần thứ nhất «............» 3", "a contents line: title, leader, page number"],
  ["Mục lục: Chương II «..........» 45", "a two-digit page number"],
  ["Chương I\t«..........»\t125", "TABs around the leader"],
  ["Tổng số hộ: ....... 5", "seven dots are too short for a contents leader"],
  ["Tổng số ........ 5 hộ", "the number is followed by its count noun"],
  ["............ 3", "no title before the run"],
  ["Chương I ........12", "a number glued to the run is its note number"],
];
