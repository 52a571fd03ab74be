import { readDocxSnapshot } from "../../src/docx/snapshot";
import { createSimulator, type Simulator } from "../../src/preview/sim";
import { buildDocx, para, run } from "./build";

async function sixBlanks(): Promise<Simulator> {
  return createSimulator(await buildDocx({ body: [1, 2, 3, 4, 5, 6].map((n) => para(run(`${n}: ....`))) }));
}

/** A loaded text, or null when the sync that was to load it failed first. */
function loadedText(p: Word.Paragraph): string | null {
  try {
    return p.text;
  } catch {
    return null;
  }
}

/** Fills the six blanks in one batch: six writes, with a read of the first paragraph between the fourth and fifth. */
async function fillAll(sim: Simulator): Promise<string | null> {
  let seen: string | null = null;
  await sim.Word.run(async (context) => {
    const ranges = [1, 2, 3, 4, 5, 6].map((n) => context.document.body.search(`${n}: ....`).getFirst());
    ranges.forEach((r) => r.load("text"));
    await context.sync();
    const first = context.document.body.paragraphs.getFirst();
    ranges.forEach((r, i) => {
      r.insertText(`${i + 1}: v${i + 1}`, "Replace");
      if (i === 3) first.load("text");
    });
    try {
      await context.sync();
    } finally {
      seen = loadedText(first);
    }
  });
  return seen;
}

async function texts(sim: Simulator): Promise<string[]> {
  return (await readDocxSnapshot(await sim.save())).paragraphs.map((p) => p.text);
}

describe("a fault after the k-th document-changing operation", () => {
  test("the writes of a batch are counted by running it once", async () => {
    const sim = await sixBlanks();
    sim.stats.reset();
    await fillAll(sim);
    expect(sim.stats.writes).toBe(6);
    expect(await texts(sim)).toEqual(["1: v1", "2: v2", "3: v3", "4: v4", "5: v5", "6: v6"]);
  });

  test("a fault after the 4th of 6 writes leaves the first 4 applied and drops the rest", async () => {
    const sim = await sixBlanks();
    sim.options.failAfterWrites = { count: 4 };
    await expect(fillAll(sim)).rejects.toMatchObject({ code: "GeneralException" });
    expect(await texts(sim)).toEqual(["1: v1", "2: v2", "3: v3", "4: v4", "5: ....", "6: ...."]);
    expect(sim.options.failAfterWrites).toBeUndefined();
  });

  test("reads queued before the failing write run; the option waits for a batch that writes, then clears", async () => {
    const sim = await sixBlanks();
    sim.options.failAfterWrites = { count: 0, code: "AccessDenied", message: "locked" };
    // A batch of reads only does not fire it.
    await sim.Word.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
      await context.sync();
    });
    expect(sim.options.failAfterWrites).toBeDefined();
    const err = await fillAll(sim).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "AccessDenied", message: "locked" });
    expect(await texts(sim)).toEqual(["1: ....", "2: ....", "3: ....", "4: ....", "5: ....", "6: ...."]);
    expect(sim.options.failAfterWrites).toBeUndefined();
    // Cleared: the same batch now goes through, and the read between the writes sees the fourth one applied.
    expect(await fillAll(sim)).toBe("1: v1");
    expect(await texts(sim)).toEqual(["1: v1", "2: v2", "3: v3", "4: v4", "5: v5", "6: v6"]);
  });

  test("a read queued between applied writes sees them, even though the batch fails later", async () => {
    const sim = await sixBlanks();
    sim.options.failAfterWrites = { count: 5 };
    let seen: string | null | undefined;
    await expect(
      (async () => {
        seen = undefined;
        await sim.Word.run(async (context) => {
          const r = context.document.body.search("1: ....").getFirst();
          r.insertText("1: đã điền", "Replace");
          const p = context.document.body.paragraphs.getFirst();
          p.load("text");
          for (const n of [2, 3, 4, 5, 6]) context.document.body.search(`${n}: ....`).getFirst().insertText("x", "End");
          try {
            await context.sync();
          } finally {
            seen = p.text;
          }
        });
      })(),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(seen).toBe("1: đã điền");
    expect(await texts(sim)).toEqual(["1: đã điền", "2: ....x", "3: ....x", "4: ....x", "5: ....x", "6: ...."]);
  });
});
