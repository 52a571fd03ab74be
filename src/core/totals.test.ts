import { columnTotals } from "./totals";

type Cell = { name: string; role?: string };
const cells = (spec: string): Cell[] =>
  spec.split(" ").map((s) => ({ name: s, role: { T: "total", S: "subtotal", d: "data" }[s[0]] }));
const totals = (spec: string) =>
  columnTotals(cells(spec), (c) => c.role).map((t) => [t.total.name, t.parts.map((p) => p.name).join(" ")]);

test("a total below its rows adds them up, back to the previous total", () => {
  expect(totals("d1 d2 T1 d3 d4 d5 T2")).toEqual([
    ["T1", "d1 d2"],
    ["T2", "d3 d4 d5"],
  ]);
});

test("a total at the head of its rows adds up the rows below it, down to the next total", () => {
  expect(totals("T1 d1 d2 d3")).toEqual([["T1", "d1 d2 d3"]]);
  expect(totals("T1 d1 d2 T2 d3")).toEqual([
    ["T1", "d1 d2"],
    ["T2", "d3"],
  ]);
});

test("group subtotals stand for their rows", () => {
  expect(totals("S1 d1 d2 S2 d3 T")).toEqual([["T", "S1 S2"]]);
});
