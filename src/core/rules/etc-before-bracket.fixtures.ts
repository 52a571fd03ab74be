import type { Fixture } from "./fixture";

export const fixtures: Fixture[] = [
  ["các loại cây trồng chính (lúa, ngô, khoai «….»)", "four dots with a space before the closing bracket"],
  ["các tỉnh [Hà Giang, Cao Bằng«.....»]", "square brackets"],
  ["nghỉ ốm, nghỉ phép «….») được hưởng", "the bracket opened in a paragraph above"],
  ["Số lượng (đơn vị tính ….)", "no list inside the bracket: the run asks for a value"],
  ["(ghi rõ: ….)", "after a label the run is a blank"],
  ["(....)", "a run alone in brackets is a blank"],
  ["(gồm …. )", "after `gồm` stands a value"],
  ["(lúa, ngô ..........)", "ten dots are too long for an 'etc.'"],
];
