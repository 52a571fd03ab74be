import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["Họ và tên: «________»", "underscores after a label"],
  ["«_____» hộ, «_____» người", "two runs in one line"],
  ["______________", "a line of only underscores is a rule under a heading"],
  ["Họ__tên", "two underscores are too short"],
];
