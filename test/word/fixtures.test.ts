/**
 * The Word layer on the generated fixtures: blanks in the page header and footer, and template authors' own
 * content controls (shared tags, a locked one, a checkbox).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { open, readAsset, ROOT, savedTexts } from "./helpers";

const HEADERS = "test/fixtures/template-header-blanks.docx";
const CONTROLS = "test/fixtures/template-content-controls.docx";
const have = existsSync(join(ROOT, HEADERS)) && existsSync(join(ROOT, CONTROLS));
if (!have) console.warn("SKIPPED: test/fixtures/*.docx not found; run npm run template");
const maybe = have ? describe : describe.skip;

maybe("Word layer on the fixtures", () => {
  test("header and footer blanks are read, written, found again after reopening and cleared exactly", async () => {
    const s = await open(readAsset(HEADERS));
    s.sim.stats.reset();
    const outcome = await s.gw.scan();
    expect(s.sim.stats.syncs).toBeLessThanOrEqual(2);
    const original = outcome.snapshot.paragraphs.map((p) => p.text);
    const where = (id: string) =>
      outcome.snapshot.paragraphs[outcome.result.blanks.find((b) => b.id === id)!.paragraph].location;
    const blanks = outcome.result.blanks.filter((b) => !b.readOnly);
    expect(blanks.some((b) => where(b.id) === "header")).toBe(true);
    expect(blanks.some((b) => where(b.id) === "footer")).toBe(true);
    const report = await s.gw.apply(blanks.map((b, i) => ({ blankId: b.id, value: `H${i}` })));
    expect(report.written.length).toBe(blanks.length);
    const texts = await savedTexts(s.sim);
    for (const [i, b] of blanks.entries()) expect(texts[b.paragraph]).toContain(`H${i}`);

    const again = await open(await s.sim.save());
    s.sim.stats.reset();
    const resumed = await again.gw.scan();
    for (const [i, b] of blanks.entries())
      expect(resumed.result.blanks.find((x) => x.id === b.id)?.value).toBe(`H${i}`);
    await again.gw.apply(blanks.map((b) => ({ blankId: b.id, value: null })));
    expect(await savedTexts(again.sim)).toEqual(original);
  });

  test("authors' controls: same tag share a value, locked and checkbox ones are never written", async () => {
    const s = await open(readAsset(CONTROLS));
    const outcome = await s.gw.scan();
    const fromControls = outcome.result.blanks.filter((b) => b.source === "contentControl");
    expect(fromControls.length).toBeGreaterThanOrEqual(4);
    const locked = fromControls.filter((b) => b.readOnly);
    expect(locked.length).toBeGreaterThanOrEqual(2);
    const shared = outcome.result.fields.find(
      (f) => f.blankIds.length === 2 && f.blankIds.every((id) => id.startsWith("cc-")),
    );
    expect(shared).toBeDefined();
    const before = await savedTexts(s.sim);
    const report = await s.gw.apply([
      ...shared!.blankIds.map((blankId) => ({ blankId, value: "Tân Lập" })),
      ...locked.map((b) => ({ blankId: b.id, value: "không được" })),
    ]);
    expect(report.written.sort()).toEqual([...shared!.blankIds].sort());
    expect(report.failed.map((f) => f.blankId).sort()).toEqual(locked.map((b) => b.id).sort());
    const after = await savedTexts(s.sim);
    for (const b of locked) expect(after[b.paragraph]).toBe(before[b.paragraph]);
    const rescan = await s.gw.scan();
    for (const id of shared!.blankIds) {
      const b = rescan.result.blanks.find((x) => x.id === id)!;
      expect(b.filled).toBe(true);
      expect(b.value).toBe("Tân Lập");
    }
    expect(after.join("\n")).not.toContain("không được");
  });
});
