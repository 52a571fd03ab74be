import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["Chủ trì:«\t»", "a TAB ending a labelled line"],
  ["Thành phần: «\t»", "a space between the colon and the TAB"],
  ["«\t»", "a line of only a TAB under a label", { prevText: "Thành phần tham dự:" }],
  ["«\t»", "a line of only a TAB continuing a leader line", { prevHadTabBlank: true }],
  ["«\t»./.", "the last leader line before the end mark", { prevHadTabBlank: true }],
  ["Kính gửi:\t", "a list follows the label", { nextText: "- Ban Thường vụ Huyện ủy;" }],
  ["Chủ trì:\t", "Word says the TAB has no leader", { leaderTabs: [] }],
  ["Chủ trì: .......\t", "the line already has a blank"],
  ["\t", "nothing above asks for a value", { prevText: "Phần thứ nhất" }],
  ["Nơi nhận:\tNhư trên;", "text follows the TAB"],
];
