import { groupBy } from "./collections";

describe("groupBy", () => {
  it("keeps the keys in the order first seen and each group in the items' order", () => {
    const blanks = [
      { id: "b3", paragraph: 7 },
      { id: "b1", paragraph: 2 },
      { id: "b4", paragraph: 7 },
      { id: "b2", paragraph: 2 },
    ];
    const byParagraph = groupBy(blanks, (b) => b.paragraph);
    expect([...byParagraph.keys()]).toEqual([7, 2]);
    expect(byParagraph.get(7)?.map((b) => b.id)).toEqual(["b3", "b4"]);
    expect(byParagraph.get(2)?.map((b) => b.id)).toEqual(["b1", "b2"]);
  });

  it("gives the key function each item's index", () => {
    expect([...groupBy(["a", "b", "c", "d"], (_, i) => i % 2).values()]).toEqual([
      ["a", "c"],
      ["b", "d"],
    ]);
  });

  it("gives no group for no items", () => {
    expect(groupBy([], () => 0).size).toBe(0);
  });
});
