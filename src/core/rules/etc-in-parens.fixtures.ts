import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["các hội («…») đã được củng cố", "an ellipsis alone in parentheses"],
  ["(năm «...», tháng «...»)", "three-dot runs in an explanatory aside"],
  ["(....)", "four dots inside parentheses are a blank"],
  ["(ghi rõ ...", "a parenthesis that never closes"],
  ["Tên hội ... (ghi rõ)", "a run before the parenthesis"],
  ["(gồm 5 hội) có ... hội viên", "a run after the parenthesis closed"],
];
