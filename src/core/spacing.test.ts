import { applySpaced, isSpaceBlank, normalizeValue, spacedWrite } from "./spacing";

/** Fill the first occurrence of `blank` in `text` with `value`. */
function fill(text: string, blank: string, value: string, from = 0): string {
  const start = text.indexOf(blank, from);
  if (start < 0) throw new Error(`blank ${blank} not in ${text}`);
  return applySpaced(text, start, start + blank.length, value);
}

describe("spacing of a value over a blank", () => {
  test.each([
    ["Đảng ủy xã........... báo cáo", "...........", "Tân Lập", "Đảng ủy xã Tân Lập báo cáo"],
    ["xã có…..hội quần chúng", "…..", "5", "xã có 5 hội quần chúng"],
    ["Số     - BC/ĐU", "     ", "12", "Số 12 - BC/ĐU"],
    ["Kế hoạch số .....-KH/HU", ".....", "34", "Kế hoạch số 34-KH/HU"],
    ["hội quẩn chúng( gồm…….)  với", "…….", "Hội Nông dân", "hội quẩn chúng( gồm Hội Nông dân)  với"],
    ["nông thôn,…..chi bộ", "…..", "3", "nông thôn, 3 chi bộ"],
    ["đã hiến.....m2 đất", ".....", "120", "đã hiến 120 m2 đất"],
    ["……….người, có", "……….", "9.000", "9.000 người, có"],
    ["dân số ……….người", "……….", "9.000", "dân số 9.000 người"],
    [".................., ngày", "..................", "Tân Lập", "Tân Lập, ngày"],
    ["ngày     tháng 6", "     ", "15", "ngày 15 tháng 6"],
  ])("%s", (text, blank, value, expected) => {
    expect(fill(text, blank, value)).toBe(expected);
  });

  test("a date written part by part: no space next to the slashes", () => {
    let text = "ngày ...../...../2017";
    text = fill(text, ".....", "15");
    text = fill(text, ".....", "06");
    expect(text).toBe("ngày 15/06/2017");
  });

  test("restore is the blank's original characters, spaces included", () => {
    const text = "Số     - BC/ĐU";
    const w = spacedWrite(text, 2, 7, "12");
    expect(w.restore).toBe("     ");
    const written = text.slice(0, 2) + w.text + text.slice(7);
    const start = 2;
    const restored = written.slice(0, start) + w.restore + written.slice(start + w.text.length);
    expect(restored).toBe(text);
  });

  test("a blank at the paragraph's edges gets no spacing", () => {
    expect(spacedWrite("....", 0, 4, "x").text).toBe("x");
  });

  test("values are NFC-normalised and newlines become line breaks inside the paragraph", () => {
    const nfd = "Tân Lập".normalize("NFD");
    expect(normalizeValue(nfd)).toBe("Tân Lập".normalize("NFC"));
    expect(normalizeValue("a\nb\r\nc\rd")).toBe("a\vb\vc\vd");
    expect(spacedWrite("x: .....", 3, 8, "^<>*?@[]\tz").text).toBe("^<>*?@[]\tz");
  });

  test.each([
    ["a TAB", "\t"],
    ["a line break", "\v"],
    ["a no-break space", "\u00a0"],
    ["a thin space", "\u2009"],
  ])("a blank beside %s gets no space of its own there", (_name, space) => {
    expect(fill(`Họ và tên:${space}.....${space}tuổi`, ".....", "An")).toBe(`Họ và tên:${space}An${space}tuổi`);
  });

  test("only spaces make a space blank", () => {
    expect(isSpaceBlank("   ")).toBe(true);
    expect(isSpaceBlank("\t")).toBe(false);
    expect(isSpaceBlank("..")).toBe(false);
  });
});
