/**
 * Scores the engine on real government templates nobody on this project wrote (`../shared/corpus`): recall,
 * precision (a blank counts as found when it shares at least half of the union with the annotated one, same line),
 * TAB-leader blanks through the .docx reader, and broad sanity on the unannotated files.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { scan, snapshotFromText } from "../../src/core";
import type { Blank } from "../../src/core/types";
import { readDocxSnapshot } from "../../src/docx/snapshot";
import { iou, locate, type Annotation } from "./annotations";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus");
const present = existsSync(CORPUS);
if (!present) console.warn(`SKIPPED: ../shared not found (${CORPUS}); corpus scoring did not run`);
const maybe = present ? describe : describe.skip;

const ANNOTATED = [
  "nd30_m12_quyet_dinh",
  "nd30_m15_cong_van",
  "nd30_m17_giay_moi",
  "nd30_m19_bien_ban",
  "nd30_m110_giay_nghi_phep",
  "nd30_pl5_bien_ban_giao_nhan",
  "tt28_m16_thong_bao_tim_viec",
];
const WITH_DOCX = ["nd30_m17_giay_moi", "nd30_pl5_bien_ban_giao_nhan", "tt28_m16_thong_bao_tim_viec"];
const UNANNOTATED = ["tt66_ct01_to_khai_cu_tru", "nd118_bien_ban_vphc", "bhxh_qd_nghi_huu", "cccd_to_khai"];
const KIND: Record<string, string> = {
  number: "number",
  "date-part": "date",
  place: "text",
  name: "text",
  text: "text",
};

function score(name: string) {
  const text = readFileSync(join(CORPUS, `${name}.txt`), "utf8");
  const lines = snapshotFromText(text).paragraphs.map((p) => p.text);
  const expected = JSON.parse(readFileSync(join(CORPUS, `${name}.expected.json`), "utf8")) as Annotation[];
  const decoys = JSON.parse(readFileSync(join(CORPUS, `${name}.decoys.json`), "utf8")) as Annotation[];
  const { blanks } = scan({ snapshot: snapshotFromText(text) });
  const used = new Set<Blank>();
  let found = 0;
  let kindsRight = 0;
  const missed: string[] = [];
  for (const a of expected) {
    const span = locate(lines, a);
    const hit = blanks.find((b) => !used.has(b) && b.paragraph === span.p && iou(b, span) >= 0.5);
    if (hit) {
      used.add(hit);
      found++;
      if (hit.kind === KIND[a.kind]) kindsRight++;
    } else missed.push(`${a.line}:${JSON.stringify(a.blank)}`);
  }
  const decoyHits = decoys.filter((d) => {
    const span = locate(lines, d);
    return blanks.some((b) => b.paragraph === span.p && iou(b, span) >= 0.5);
  }).length;
  return { name, expected: expected.length, proposed: blanks.length, found, kindsRight, decoyHits, missed };
}

maybe("corpus of real templates (.txt)", () => {
  const rows = present ? ANNOTATED.map(score) : [];

  test("recall ≥ 95% and precision ≥ 97% over the 7 annotated files (140 blanks)", () => {
    const table = rows.map((r) =>
      [
        r.name.padEnd(30),
        String(r.expected).padStart(4),
        String(r.proposed).padStart(5),
        String(r.found).padStart(5),
        `${((100 * r.found) / r.expected).toFixed(1)}%`.padStart(7),
        `${((100 * r.found) / Math.max(1, r.proposed)).toFixed(1)}%`.padStart(7),
        `${r.kindsRight}/${r.found}`.padStart(7),
        String(r.decoyHits).padStart(3),
      ].join(" "),
    );
    const sum = (k: "expected" | "proposed" | "found") => rows.reduce((s, r) => s + r[k], 0);
    const recall = sum("found") / sum("expected");
    const precision = sum("found") / sum("proposed");
    console.log(
      [
        "file                            exp  prop found  recall   prec.  kinds dec",
        ...table,
        `TOTAL recall ${(100 * recall).toFixed(1)}%, precision ${(100 * precision).toFixed(1)}%`,
        ...rows.flatMap((r) => r.missed.map((m) => `missed ${r.name} ${m}`)),
      ].join("\n"),
    );
    expect(sum("expected")).toBe(140);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.97);
  });

  test("no annotated look-alike is proposed as a blank", () => {
    expect(rows.map((r) => [r.name, r.decoyHits])).toEqual(rows.map((r) => [r.name, 0]));
  });

  test("kinds agree with the annotations for most blanks", () => {
    const right = rows.reduce((s, r) => s + r.kindsRight, 0);
    const found = rows.reduce((s, r) => s + r.found, 0);
    expect(right / found).toBeGreaterThanOrEqual(0.85);
  });
});

maybe("corpus read as .docx", () => {
  test.each(WITH_DOCX)("%s: every TAB-leader blank is found", async (name) => {
    const snapshot = await readDocxSnapshot(new Uint8Array(readFileSync(join(CORPUS, `${name}.docx`))));
    const { blanks } = scan({ snapshot });
    const leaders = snapshot.paragraphs.flatMap((p, i) => (p.leaderTabs ?? []).map((at) => ({ i, at })));
    const missing = leaders.filter(
      ({ i, at }) => !blanks.some((b) => b.paragraph === i && b.start <= at && at < b.end),
    );
    expect(missing).toEqual([]);
    const txt = scan({ snapshot: snapshotFromText(readFileSync(join(CORPUS, `${name}.txt`), "utf8")) });
    expect(Math.abs(blanks.length - txt.blanks.length)).toBeLessThanOrEqual(3);
  });
});

maybe("unannotated templates", () => {
  test.each(UNANNOTATED)("%s scans with sane results", (name) => {
    const text = readFileSync(join(CORPUS, `${name}.txt`), "utf8");
    const snapshot = snapshotFromText(text);
    const r = scan({ snapshot });
    expect(r.blanks.length).toBeGreaterThan(0);
    for (const b of r.blanks) {
      const line = snapshot.paragraphs[b.paragraph].text;
      // never inside a plain word: the characters on both sides are not both letters glued to letters inside
      expect(/^[\p{L}]$/u.test(line[b.start] ?? "")).toBe(false);
      expect(b.end).toBeLessThanOrEqual(line.length);
      expect(b.label.length).toBeGreaterThan(0);
      expect(b.label.length).toBeLessThanOrEqual(80);
    }
    expect(new Set(r.blanks.map((b) => b.id)).size).toBe(r.blanks.length);
    expect(r.findings.filter((f) => f.type !== "empty-blank").length).toBeLessThan(20);
  });
});

maybe("fields with more than one blank", () => {
  const ALL = [...ANNOTATED, ...UNANNOTATED];
  /** Every field whose blanks stand in more than one paragraph, as the paragraphs' indices. */
  function crossParagraph(name: string): number[][] {
    const r = scan({ snapshot: snapshotFromText(readFileSync(join(CORPUS, `${name}.txt`), "utf8")) });
    const byId = new Map(r.blanks.map((b) => [b.id, b]));
    return r.fields
      .map((f) => [...new Set(f.blankIds.map((id) => byId.get(id)!.paragraph))])
      .filter((ps) => ps.length > 1);
  }

  test("different people and different times of a record are never one field", () => {
    const links = crossParagraph("nd118_bien_ban_vphc");
    // The witness (under `2.`) and the interpreter (under `3.`) are asked the same `<Họ và tên>(*):`.
    expect(links.filter((ps) => ps.includes(23) && ps.includes(33))).toEqual([]);
    // The time the record starts, the time the offender must come, the time it ends: each a time of its own.
    expect(links.filter((ps) => ps.filter((p) => [4, 101, 103].includes(p)).length > 1)).toEqual([]);
  });

  test.each(ALL)("%s: no field reaches across paragraphs asking something else", (name) => {
    const text = readFileSync(join(CORPUS, `${name}.txt`), "utf8");
    const r = scan({ snapshot: snapshotFromText(text) });
    const byId = new Map(r.blanks.map((b) => [b.id, b]));
    for (const f of r.fields) {
      const bs = f.blankIds.map((id) => byId.get(id)!);
      if (new Set(bs.map((b) => b.paragraph)).size < 2) continue;
      // Linked across paragraphs: the same words stand right before every blank of the field.
      const lead = (b: Blank) => b.context.before.replace(/[\s.…]+$/u, "").slice(-20);
      expect(new Set(bs.map(lead)).size).toBe(1);
    }
  });
});
