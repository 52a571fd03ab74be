import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["các chế độ (ốm đau, thai sản,«…..»)", "a list in parentheses ending in `,…..`"],
  ["các loại cây: lúa, ngô,«...»", "a list ending the paragraph"],
  ["(lúa, ngô,«...» )", "a space before the closing parenthesis"],
  ["các chế độ (ốm đau,......)", "six dots are too long for an 'etc.'"],
  ["Thôn,..... xã Bình Minh", "the sentence goes on after the run"],
  ["Họ và tên: ....., chức vụ: .....", "runs after labels, not after a comma"],
];
