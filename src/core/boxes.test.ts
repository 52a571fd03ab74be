import { placedSpans } from "./boxes";

const options = (text: string) => placedSpans(text).map((s) => s.label);

describe("a tick box is labelled by its own option", () => {
  test.each([
    ["the option before its box", "Có □   Không □", ["Có", "Không"]],
    ["after a numbered label", "3.1. Động sản: Có □     Không có □", ["Động sản: Có", "Không có"]],
    [
      "the box first, after a label's colon",
      "Nghề nghiệp: ☐ Nông dân ☐ Công nhân ☐ Khác",
      ["Nông dân", "Công nhân", "Khác"],
    ],
    ["the box first, at the line's start", "☐ Đồng ý\t☐ Không đồng ý", ["Đồng ý", "Không đồng ý"]],
    ["a list item starting with its box", "- □ Đã tiêm chủng đủ", ["Đã tiêm chủng đủ"]],
  ])("%s: %s", (_why, text, expected) => {
    expect(options(text)).toEqual(expected);
  });
});
