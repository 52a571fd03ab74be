/**
 * After a write the pane updates its view of the document from the Word layer's report instead of scanning it
 * again. What it shows must be what a scan would show: checked against a real scan through the Word layer and the
 * simulator, for values side by side in one paragraph, date parts, numbers, and a value cleared again.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { ScanResult } from "../../src/core/types";
import { createSimulator } from "../../src/preview/sim";
import { afterWrite } from "../../src/taskpane/session/afterWrite";
import { buildModel } from "../../src/taskpane/session/model";
import { createWordGateway } from "../../src/word/gateway";
import type { BlankWrite, ScanOutcome, WordGateway } from "../../src/word/types";

const TEMPLATE = join(__dirname, "../../assets/template.docx");

async function open(): Promise<WordGateway> {
  const sim = await createSimulator(new Uint8Array(readFileSync(TEMPLATE)), { platform: "desktop" });
  return createWordGateway({ word: sim.Word, office: sim.Office, platform: "desktop" });
}

/** What the pane shows of a scan: blanks with their places, values and contexts, fields, the empty places. */
function shown(outcome: ScanOutcome) {
  const r: ScanResult = outcome.result;
  const model = buildModel(r);
  return {
    paragraphs: outcome.snapshot.paragraphs.map((p) => p.text),
    blanks: [...r.blanks]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((b) => ({
        id: b.id,
        at: [b.paragraph, b.start, b.end],
        text: b.text,
        filled: b.filled,
        value: b.value,
        context: b.context,
      })),
    fields: model.entries.map((e) => ({ id: e.field.id, filled: e.field.filled, value: e.value })),
    progress: [model.filled, model.total],
    empty: r.findings.filter((f) => f.type === "empty-blank").map((f) => [f.blankId, f.paragraph, f.params?.label]),
    others: r.findings.filter((f) => f.type !== "empty-blank").map((f) => [f.type, f.paragraph]),
  };
}

test("a write's report gives the pane what a rescan would show", async () => {
  const gateway = await open();
  const before = await gateway.scan();
  const blanks = before.result.blanks;
  const byParagraph = new Map<number, number>();
  for (const b of blanks) byParagraph.set(b.paragraph, (byParagraph.get(b.paragraph) ?? 0) + 1);
  // Two blanks of one paragraph (the second shifts when the first is written), a lone date part, a number.
  const p = blanks.find((b) => (byParagraph.get(b.paragraph) ?? 0) > 1 && b.kind === "text")!.paragraph;
  const shared = blanks.filter((b) => b.paragraph === p).slice(0, 2);
  const day = blanks.find((b) => b.datePart === "day" && b.paragraph !== p)!;
  const number = blanks.find((b) => b.kind === "number" && b.paragraph !== p)!;
  expect(shared).toHaveLength(2);
  expect(shared[0].paragraph).toBe(shared[1].paragraph);
  const writes: BlankWrite[] = [
    { blankId: shared[0].id, value: "Hòa Bình" },
    { blankId: shared[1].id, value: "Tân Lập" },
    { blankId: day.id, value: "15" },
    { blankId: number.id, value: "1.234" },
  ];
  const report = await gateway.apply(writes);
  expect(report.written.sort()).toEqual(writes.map((w) => w.blankId).sort());
  const patched = afterWrite(before, writes, report);
  const rescanned = await gateway.scan();
  expect(shown(patched)).toEqual(shown(rescanned));

  // The first value cleared again, another written over a plain blank.
  const second: BlankWrite[] = [
    { blankId: shared[0].id, value: null },
    { blankId: blanks[0].id, value: "Huyện Mẫu" },
  ];
  const report2 = await gateway.apply(second);
  expect(report2.cleared).toEqual([shared[0].id]);
  expect(shown(afterWrite(patched, second, report2))).toEqual(shown(await gateway.scan()));
});

test("blanks reported moved or failed are left as they were", async () => {
  const gateway = await open();
  const before = await gateway.scan();
  const [a, b] = before.result.blanks;
  const writes: BlankWrite[] = [
    { blankId: a.id, value: "Một" },
    { blankId: b.id, value: "Hai" },
  ];
  const report = {
    written: [],
    cleared: [],
    moved: [a.id],
    failed: [{ blankId: b.id, error: { code: "AccessDenied" as const, detail: "" } }],
  };
  expect(afterWrite(before, writes, report)).toBe(before);
});
