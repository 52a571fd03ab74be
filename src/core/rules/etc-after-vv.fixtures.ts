import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["của Hội Cựu Thanh niên xung phong, v.v«…»", "`v.v…` ends a list"],
  ["tổ chức kiểm tra hoạt động hội, v.v«…» MTTQ và các đoàn thể", "`v.v…` inside a sentence"],
  ["các hoạt động v.v«....» và", "dots after `v.v`"],
  ["văn hóa, thể thao vv«...»", "`vv` without points"],
  ["Trưởng thôn: ...", "a run after a label"],
  ["Số hộ nghèo ..... hộ", "a run before a count noun"],
  ["khu v.....", "one `v` is a word, not `v.v`"],
];
