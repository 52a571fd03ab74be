import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["Số«     »- BC/ĐU", "spaces before the dash of a document number"],
  ["Số:«          »/QĐ-UBND", "spaces after `Số:` before a slash"],
  ["Kế hoạch số«   »-KH/HU", "lower-case `số` inside a sentence"],
  ["Số«\u00a0\u00a0\u00a0»-KH/HU", "non-breaking spaces"],
  ["Số  - BC/ĐU", "two spaces are a typing slip, not a blank"],
  ["Số 12 - BC/ĐU", "the number is already there"],
  ["Số      12/BC", "a number follows the spaces"],
  ["Tổng số     hộ", "no document number follows"],
  ["Mã hồ sơ     - BC", "no `Số` before the spaces"],
];
