import { toWordError, WordFailure } from "../../src/word/errors";
import { matchStarts, PartLocator, wordSearchText } from "../../src/word/locate";
import { createRunQueue } from "../../src/word/queue";
import { recogniseBlanks, rememberBlanks } from "../../src/word/remembered";
import { mergeStates, parseState, serializeState, STATE_VERSION, newState } from "../../src/word/state";
import type { Blank } from "../../src/core/types";
import { word } from "../../src/i18n/word";

describe("run queue", () => {
  test("runs never overlap and a failure does not stop the next", async () => {
    const q = createRunQueue();
    let active = 0;
    let maxActive = 0;
    const order: number[] = [];
    const task =
      (n: number, fail = false) =>
      async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise((r) => setTimeout(r, 5 - n));
        order.push(n);
        active--;
        if (fail) throw new Error("boom");
        return n;
      };
    const results = await Promise.allSettled([q.run(task(1)), q.run(task(2, true)), q.run(task(3))]);
    expect(maxActive).toBe(1);
    expect(order).toEqual([1, 2, 3]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(q.pending).toBe(0);
  });
});

describe("Office errors become typed errors", () => {
  test.each([
    [{ code: "ItemNotFound", message: "x" }, "ItemNotFound"],
    [{ code: "AccessDenied", message: "protected" }, "AccessDenied"],
    [{ code: "NotAllowed", message: "" }, "AccessDenied"],
    [{ code: "GeneralException", message: "" }, "GeneralException"],
    [{ code: "InvalidArgument", message: "" }, "InvalidArgument"],
    [{ code: "RequestAborted", message: "" }, "Timeout"],
    [{ code: "Weird", message: "operation timed out" }, "Timeout"],
    [new Error("plain"), "Unknown"],
    ["string thrown", "Unknown"],
    [new WordFailure("Busy", "queue"), "Busy"],
  ])("%p → %s", (err, code) => {
    expect(toWordError(err).code).toBe(code);
  });

  test("every error code has a message in both languages", () => {
    for (const code of [
      "ItemNotFound",
      "GeneralException",
      "AccessDenied",
      "InvalidArgument",
      "NotSupported",
      "Timeout",
      "Busy",
      "Unknown",
    ] as const) {
      expect(word.vi[`word.error.${code}`]).toMatch(/\S/);
      expect(word.en[`word.error.${code}`]).toMatch(/\S/);
    }
  });
});

describe("saved state", () => {
  test("round trip", () => {
    const s = newState("doc-1");
    s.anchors.b1 = { kind: "control", original: "....", value: "Tân Lập", written: " Tân Lập" };
    s.anchors.b2 = { kind: "bookmark", original: "..", bookmark: "_dm_1" };
    s.anchors.b3 = { kind: "none", original: "..", value: "5", paragraph: 3, start: 4, paragraphText: "Có 5 hội" };
    s.anchors.u1 = { kind: "control", original: "tốt", label: "Xếp loại" };
    s.decisions.dismissed.push("b9");
    s.highlighted = ["b3"];
    const back = parseState(JSON.parse(JSON.stringify(serializeState(s))));
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(s);
    expect(parseState(JSON.stringify(serializeState(s))).state).toEqual(s);
  });

  test("an anchor's original is left out of the stored form where the remembered blanks hold it", () => {
    const s = newState("doc-1");
    const ids = Array.from({ length: 1000 }, (_, i) => `b-0bbty1k.${i}-473`);
    s.blanks = [["....", "\nxã có ", " hội\n", ids]];
    ids.forEach((id, i) => (s.anchors[id] = { kind: "control", original: "....", value: `v${i}`, written: ` v${i} ` }));
    const stored = JSON.stringify(serializeState(s));
    expect(stored.match(/"original"/g)).toBeNull();
    expect(parseState(stored).state).toEqual(s);
  });

  test("versions 1 and 2: anchored values come over; plain-text fills are left to be recognised as typed", () => {
    const v1 = parseState({
      version: 1,
      documentId: "d",
      decisions: {},
      fills: {
        a: { value: "Hà", original: "  ", mode: "anchor", written: "Hà" },
        b: { value: "5", original: "..", mode: "text", written: "5", before: "có ", after: " hội", paragraph: 3 },
      },
    });
    expect(v1.notices).toEqual([]);
    expect(v1.state.anchors).toEqual({ a: { kind: "control", original: "  ", value: "Hà" } });
    const v2 = parseState({
      version: 2,
      documentId: "d",
      decisions: {},
      fills: { a: ["Tân Lập", " ", "", "...."], b: { value: "5", original: "..", mode: "text", written: "5" } },
    });
    expect(v2.notices).toEqual([]);
    expect(v2.state.anchors).toEqual({
      a: { kind: "control", original: "....", value: "Tân Lập", written: " Tân Lập" },
    });
  });

  test.each([
    ["not json {", "state-corrupt"],
    [42, "state-corrupt"],
    [[1, 2], "state-corrupt"],
    [{ version: 99, documentId: "x", anchors: {} }, "state-corrupt"],
    [{ version: "one" }, "state-corrupt"],
  ])("unusable state %p is ignored with a notice", (raw, notice) => {
    const parsed = parseState(raw);
    expect(parsed.notices.map((n) => n.type)).toEqual([notice]);
    expect(parsed.state.version).toBe(STATE_VERSION);
    expect(parsed.state.anchors).toEqual({});
  });

  test("an older state keeps its decisions and document id", () => {
    const parsed = parseState({
      documentId: "abc",
      answers: { b1: "x" },
      decisions: { dismissed: ["b2"], added: [{ paragraph: 1, start: 0, end: 3 }, { bad: 1 }] },
    });
    expect(parsed.notices.map((n) => n.type)).toEqual(["state-migrated"]);
    expect(parsed.state.documentId).toBe("abc");
    expect(parsed.state.decisions).toEqual({
      dismissed: ["b2"],
      added: [{ paragraph: 1, start: 0, end: 3 }],
      unlinked: [],
    });
  });

  test("damaged anchor entries are dropped, the good ones kept", () => {
    const parsed = parseState({
      version: STATE_VERSION,
      documentId: "d",
      decisions: {},
      anchors: {
        a: { kind: "control", original: ".." },
        b: { kind: "bookmark", original: ".." },
        c: { kind: "none", original: ".", value: "x" },
        d: { kind: "other", original: "." },
      },
    });
    expect(Object.keys(parsed.state.anchors)).toEqual(["a"]);
    expect(parsed.notices.map((n) => n.type)).toEqual(["state-corrupt"]);
  });

  test("saves of two people merge per blank: the latest write of each wins", () => {
    const theirs = newState("d");
    theirs.anchors = {
      a: { kind: "control", original: "..", value: "của họ" },
      b: { kind: "control", original: ".." },
    };
    const ours = newState("d");
    ours.anchors = { a: { kind: "control", original: ".." }, c: { kind: "control", original: "..", value: "của ta" } };
    const merged = mergeStates(theirs, ours, new Set(["c"]));
    expect(merged.anchors).toEqual({
      a: { kind: "control", original: "..", value: "của họ" },
      b: { kind: "control", original: ".." },
      c: { kind: "control", original: "..", value: "của ta" },
    });
    expect(mergeStates(theirs, ours, new Set(["a"])).anchors.a).toEqual({ kind: "control", original: ".." });
  });
});

describe("locating a span by search", () => {
  test("non-overlapping matches left to right", () => {
    expect(matchStarts("..........", "....")).toEqual([0, 4]);
    expect(matchStarts("a..b..", "..")).toEqual([1, 4]);
  });

  test("Word's caret codes are escaped", () => {
    expect(wordSearchText("a^b\tc\vd")).toBe("a^^b^tc^ld");
  });

  test("the k-th match counts earlier paragraphs of the part", () => {
    const loc = new PartLocator(["ngày ...../...../2017", "có.....hội", "x ....."]);
    expect(loc.target(0, 11, 16)).toEqual({ first: { raw: ".....", search: ".....", index: 1 } });
    expect(loc.target(2, 2, 7)?.first.index).toBe(3);
  });

  test("a blank longer than 255 characters is reached by its start and its end", () => {
    const blank = ".".repeat(567);
    const loc = new PartLocator(["x", "A " + blank + " B"]);
    const t = loc.target(1, 2, 2 + blank.length)!;
    expect(t.last).toBeDefined();
    expect(t.first.raw.length).toBeLessThanOrEqual(255);
    expect(t.last!.raw.length).toBeLessThanOrEqual(255);
    // The end piece's chosen match must end exactly at the blank's end.
    const starts = matchStarts(loc.paragraphs[1], t.last!.raw);
    expect(starts[t.last!.index] + t.last!.raw.length).toBe(2 + blank.length);
  });

  test("a span Word's scan never lands on cannot be targeted by its own text", () => {
    const loc = new PartLocator(["......"]);
    // Offset 1 is inside the match starting at 0; the shorter pieces still reach it.
    const t = loc.target(0, 1, 4)!;
    expect(t).not.toBeNull();
    const startsFirst = matchStarts("......", t.first.raw);
    expect(startsFirst[t.first.index]).toBe(1);
  });

  test("a first-match chain singles a blank out by its surroundings", () => {
    const loc = new PartLocator(["Số ..... ngày", "Kế hoạch số ..... ngày ...../...../2017"]);
    const chain = loc.firstMatchChain(1, 29, 34)!;
    expect(chain).not.toBeNull();
    expect(chain[chain.length - 1]).toBe(".....");
  });

  test("no chain exists when the paragraph repeats earlier", () => {
    const loc = new PartLocator(["có ..... hội", "có ..... hội"]);
    expect(loc.firstMatchChain(1, 3, 8)).toBeNull();
    expect(loc.firstMatchChain(0, 3, 8)).toEqual(["....."]);
  });
});

describe("remembered blanks", () => {
  const textBlank = (id: string, paragraph: number, start: number, end: number, original: string): Blank =>
    ({ id, paragraph, start, end, original, source: "text" }) as Blank;

  test("saved shapes survive a round trip; damaged ones are left out without a notice", () => {
    const state = newState("d");
    state.blanks = [[".....", "\nSố ", " hội\n", ["b-1", "b-2"]]];
    const back = parseState(
      JSON.stringify({ ...serializeState(state), blanks: [...state.blanks, [1, "x"], ["", "a", "b", ["c"]]] }),
    );
    expect(back.state.blanks).toEqual(state.blanks);
    expect(back.notices).toEqual([]);
  });

  test("a shape's context stops at the paragraph's edges and stands in for neighbouring blanks", () => {
    const text = "ngày ...../...../2017";
    const shapes = rememberBlanks([text], [textBlank("d", 0, 5, 10, "....."), textBlank("m", 0, 11, 16, ".....")]);
    expect(shapes).toEqual([
      [".....", "\nngày ", "/\u0000/2017\n", ["d"], [0], 1],
      [".....", "\nngày \u0000/", "/2017\n", ["m"], [0], 1],
    ]);
    const typed = recogniseBlanks({
      texts: ["ngày 15/06/2017"],
      shapes,
      present: new Set(),
      located: new Set(),
      claimed: [],
    });
    expect(typed.typed.map((t) => [t.blankId, t.text])).toEqual([
      ["d", "15"],
      ["m", "06"],
    ]);
  });

  test("saved places survive a round trip; places that do not fit their ids are dropped, the shape kept", () => {
    const state = newState("d");
    state.blanks = [[".....", "\nSố ", " hội\n", ["b-1", "b-2"], [2, 5], 9]];
    const bad = [
      [".....", "\nA ", " b\n", ["x"], [1, 2], 9],
      [".....", "\nC ", " d\n", ["y"], [9], 9],
    ];
    const back = parseState(JSON.stringify({ ...serializeState(state), blanks: [...state.blanks, ...bad] }));
    expect(back.state.blanks).toEqual([
      ...state.blanks,
      [".....", "\nA ", " b\n", ["x"]],
      [".....", "\nC ", " d\n", ["y"]],
    ]);
  });

  test("a shape is looked for only where its blank can have moved: never in a look-alike line elsewhere", () => {
    const shapes = rememberBlanks(["A", "Ghi chú: .....", "B", "C"], [textBlank("g", 1, 9, 14, ".....")]);
    const look = (texts: string[]) =>
      recogniseBlanks({ texts, shapes, present: new Set(), located: new Set(), claimed: [] }).typed.map((t) => [
        t.blankId,
        t.paragraph,
      ]);
    expect(look(["A", "Ghi chú: xong", "B", "C"])).toEqual([["g", 1]]);
    // Two lines inserted above: it moved down by two at most.
    expect(look(["X", "Y", "A", "Ghi chú: xong", "B", "C"])).toEqual([["g", 3]]);
    expect(look(["X", "A", "B", "C", "Ghi chú: xong"])).toEqual([]);
    // Its line deleted and a look-alike typed further down: the count is unchanged, the line is the user's.
    expect(look(["A", "B", "Ghi chú: xong", "C"])).toEqual([]);
    expect(look(["Ghi chú: xong", "A", "B", "C"])).toEqual([]);
  });

  test("text in the place of a blank that already holds a located value is not taken for typing", () => {
    const shapes = rememberBlanks(["có ..... hội"], [textBlank("a", 0, 3, 8, ".....")]);
    const out = recogniseBlanks({
      texts: ["có 5 hội"],
      shapes,
      present: new Set(),
      located: new Set(["a"]),
      claimed: [{ paragraph: 0, start: 3, end: 4 }],
    });
    expect(out).toEqual({ typed: [], empty: [] });
  });
});
