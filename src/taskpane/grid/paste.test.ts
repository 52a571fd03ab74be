/** A spreadsheet's clipboard read as cells, and the notation of its numbers decided once for the block. */
import { asDecimal, blockNotation, inNotation, readBlock } from "./paste";

describe("readBlock", () => {
  it("reads tab-separated rows, with no empty row after the last newline", () => {
    expect(readBlock("1\t2\r\n3\t4\r\n")).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  it("keeps a quoted cell's tabs, newlines and doubled quotes as its text", () => {
    expect(readBlock('"Thôn ""Đông""\nxã A"\t5\n6\t7')).toEqual([
      ['Thôn "Đông"\nxã A', "5"],
      ["6", "7"],
    ]);
  });
});

describe("blockNotation", () => {
  it("reads a block as English once one number can only be English, and converts its ambiguous ones too", () => {
    const block = [["12,480", "1,250.5", "Tổng"]];
    expect(blockNotation(block)).toEqual({ kind: "en" });
    expect(inNotation(block, "en")).toEqual([["12.480", "1.250,5", "Tổng"]]);
  });

  it("keeps a Vietnamese block as it is", () => {
    expect(blockNotation([["12,480", "1.250,5"]])).toEqual({ kind: "vi" });
    expect(blockNotation([["12.480", "1.250"]])).toEqual({ kind: "vi" });
  });

  it("asks when every number with a comma reads both ways", () => {
    expect(
      blockNotation([
        ["12,480", "7"],
        ["3,500", ""],
      ]),
    ).toEqual({ kind: "ask", sample: "12,480" });
    expect(asDecimal("12,480")).toBe("12,48");
    expect(asDecimal("3,000")).toBe("3");
  });

  it("leaves a block mixing both notations as copied", () => {
    expect(blockNotation([["1,250.5", "7,5"]])).toEqual({ kind: "vi" });
  });
});
