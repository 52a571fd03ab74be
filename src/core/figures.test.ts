import { figureProblem, quantityOf, readFigure, viNotation } from "./figures";

describe("readFigure", () => {
  it.each([
    ["12.480", 12480, "12.480"],
    ["1.250,5", 1250.5, "1.250,5"],
    ["12,5", 12.5, "12,5"],
    ["2,50", 2.5, "2,50"],
    ["12480", 12480, "12.480"],
    ["12 480", 12480, "12.480"],
    ["1,250.5", 1250.5, "1.250,5"],
    ["1,250,000", 1250000, "1.250.000"],
    ["12.5", 12.5, "12,5"],
    ["-5", -5, "-5"],
    ["245", 245, "245"],
  ])("reads %s as %d, written %s", (input, value, text) => {
    expect(readFigure(input)).toEqual({ ok: true, value, text });
  });

  it("asks about a comma before three digits: a spreadsheet's thousands, or a Vietnamese decimal", () => {
    expect(readFigure("12,480")).toEqual({ ok: false, ambiguous: { thousands: "12.480", decimal: "12,480" } });
    expect(readFigure("1,250")).toEqual({ ok: false, ambiguous: { thousands: "1.250", decimal: "1,250" } });
  });

  it("refuses what is not a figure", () => {
    expect(readFigure("")).toMatchObject({ ok: false, error: { key: "core.value.empty" } });
    expect(readFigure("mười hai")).toMatchObject({ ok: false, error: { key: "core.number.notNumber" } });
    expect(readFigure("1.2.3,4,5")).toMatchObject({ ok: false, error: { key: "core.number.format" } });
  });

  it("writes large and small figures the Vietnamese way", () => {
    expect(viNotation(1234567.25)).toBe("1.234.567,25");
    expect(viNotation(999)).toBe("999");
  });
});

describe("what a figure stands for", () => {
  it.each([
    ["người", "count"],
    ["thôn", "count"],
    ["chi bộ", "count"],
    ["hội viên", "count"],
    ["ha", "size"],
    ["m2", "size"],
    ["tấn", "size"],
    ["triệu đồng", "other"],
    ["%", "other"],
    [null, "other"],
  ] as const)("%s is a %s", (unit, quantity) => {
    expect(quantityOf(unit)).toBe(quantity);
  });

  it("refuses part of a count and a negative count or size, and lets money fall", () => {
    expect(figureProblem(9.5, "thôn")).toEqual({ key: "core.number.whole", params: { unit: "thôn" } });
    expect(figureProblem(-5, "ha")).toEqual({ key: "core.number.negative", params: { unit: "ha" } });
    expect(figureProblem(-5, "người")).toEqual({ key: "core.number.negative", params: { unit: "người" } });
    expect(figureProblem(12.5, "ha")).toBeNull();
    expect(figureProblem(-2, "triệu đồng")).toBeNull();
    expect(figureProblem(10, "thôn")).toBeNull();
  });
});
