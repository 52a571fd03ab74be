import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["Hải Phòng, ngày«      »/08/2026", "the day left as spaces before a printed month"],
  ["Ngày cấp:«   »/«  »/2025", "day and month left as spaces"],
  ["sinh ngày 12/« »/1990", "one space between two slashes is the month's place"],
  ["cấp ngày«    »/05/20…", "a gapped year still makes a date"],
  ["ngày 12/05/2026", "a date written in full"],
  ["Số:          /QĐ-UBND", "a document number, not a date (number-gap takes it)"],
  ["đơn vị tính: người  /  hộ /  xã", "slashes between words"],
  ["Hà Nội, ngày …/…/20…", "dotted parts are dotted-runs'"],
];
