import { detectBlanks } from "./blanks";
import { isSpace } from "./text";

describe("white space", () => {
  it.each([
    ["a space", " "],
    ["a TAB", "\t"],
    ["Word's line break", "\v"],
    ["a no-break space", "\u00a0"],
    ["a narrow no-break space", "\u202f"],
    ["a thin space", "\u2009"],
    ["an em space", "\u2003"],
  ])("%s separates words", (_name, ch) => {
    expect(isSpace(ch)).toBe(true);
  });

  it.each(["a", "Đ", ".", "…", "_", "0", undefined])("%s is not white space", (ch) => {
    expect(isSpace(ch)).toBe(false);
  });

  it.each([
    ["an em space", "\u2003"],
    ["a thin space", "\u2009"],
    ["a narrow no-break space", "\u202f"],
  ])("a list trailing off stays no blank when %s stands before the next sentence", (_name, space) => {
    expect(detectBlanks(`hoạt động văn nghệ, đại chúng…${space}Đặc biệt là`)).toEqual([]);
  });
});
