/**
 * Scores cells as fields on real templates with tables (`../shared/corpus/tables`), read through the .docx reader:
 * recall and precision of the whole-cell blanks and check boxes against the hand annotations, look-alike cells
 * proposed, and labels built from the right row and column header.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { scan } from "../../src/core";
import type { Blank } from "../../src/core/types";
import { readDocxSnapshot } from "../../src/docx/snapshot";
import { foldTones } from "../../src/core/text";

const DIR = join(__dirname, "..", "..", "..", "shared", "corpus", "tables");
const present = existsSync(DIR);
if (!present) console.warn(`SKIPPED: ../shared not found (${DIR}); table scoring did not run`);
const maybe = present ? describe : describe.skip;

const FILES = [
  "phutho_phan_loai_cbcc_2011",
  "tt01_2010_ttcp_ke_khai_tai_san",
  "longbien_phieu_danh_gia_ct_hdnd",
  "tt06_2023_so_yeu_ly_lich",
  "quangninh_bc_xu_ly_vb_den",
  "dakto_qd_thanh_lap_bql_lop",
  "lamdong_bc_xa_ma_tuy",
];

interface Entry {
  para: number;
  kind?: string;
  before: string;
  blank: string;
  cell?: [number, number, number];
  inCell?: [number, number, number];
  rowHeader?: string;
  colHeader?: string;
  total?: boolean;
  subtotal?: boolean;
  ordinal?: boolean;
}

const content = (text: string): string[] =>
  foldTones(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((w) => w.length > 0);

/** Most of the annotated words stand in the label (annotators shorten long criteria, we cut at a clause). */
function mentions(label: string, annotated: string): boolean {
  const have = new Set(content(label));
  const want = content(annotated);
  return want.length === 0 || want.filter((w) => have.has(w)).length / want.length >= 0.6;
}

/** The label names the annotated column (every header level) and row (its words, or its number in an empty row). */
function labelRight(b: Blank, e: Entry): boolean {
  const col = (e.colHeader ?? "").replace(/^\(không tiêu đề\).*$/u, "");
  if (col && !col.split(" > ").every((level) => mentions(b.label, level))) return false;
  const row = e.rowHeader ?? "";
  // A pre-drawn row is named by its number: "(hàng trống 3)", "32.1 Đào tạo chuyên môn, dòng 1", "Dòng 2 (…)".
  const n = /^\(?(?:dòng|hàng trống)\s*(\d+)\b(?!:)|, dòng (\d+)$/iu.exec(row);
  if (n) return new RegExp(`dòng ${n[1] ?? n[2]}(?!\\d)`, "iu").test(b.label);
  return mentions(b.label, row.replace(/^dòng \d+:\s*/iu, ""));
}

async function score(name: string) {
  const snapshot = await readDocxSnapshot(new Uint8Array(readFileSync(join(DIR, `${name}.docx`))));
  const read = (kind: string) => JSON.parse(readFileSync(join(DIR, `${name}.${kind}.json`), "utf8")) as Entry[];
  const expected = read("expected").filter((e) => e.cell || e.kind === "checkbox");
  const decoys = read("decoys").filter((d) => d.cell);
  const { blanks } = scan({ snapshot });
  const text = (p: number) => snapshot.paragraphs[p]?.text ?? "";
  // What the engine offers as a cell: a whole-cell blank, or a tick box written in a cell's text.
  const proposed = blanks.filter((b) => b.cell || b.source === "cell" || /^[□☐]$/u.test(b.original));
  const hitOf = (e: Entry): Blank | undefined => {
    if (e.cell) return blanks.find((b) => b.paragraph === e.para);
    const at = text(e.para).indexOf(e.before + e.blank);
    const start = at + e.before.length;
    return at < 0 ? undefined : blanks.find((b) => b.paragraph === e.para && b.start <= start && start < b.end);
  };
  const used = new Set<Blank>();
  const missed: string[] = [];
  const wrongLabels: string[] = [];
  let labelled = 0;
  const roles: string[] = [];
  for (const e of expected) {
    const hit = hitOf(e);
    if (!hit || used.has(hit)) {
      missed.push(`${e.para} ${JSON.stringify(e.cell ?? e.inCell)} ${e.kind}`);
      continue;
    }
    used.add(hit);
    if (!e.cell) continue;
    const role =
      e.kind === "checkbox" ? "checkbox" : e.total ? "total" : e.subtotal ? "subtotal" : e.ordinal ? "ordinal" : "data";
    if ((hit.cell?.role ?? "data") !== role) roles.push(`${e.para}: ${hit.cell?.role ?? "-"} ≠ ${role}`);
    labelled++;
    if (!labelRight(hit, e)) {
      labelled--;
      wrongLabels.push(`${e.para}: "${hit.label}" ≠ ${e.rowHeader ?? ""} / ${e.colHeader ?? ""}`);
    }
  }
  const cellsExpected = expected.filter((e) => e.cell).length;
  const extra = proposed.filter((b) => !used.has(b));
  const decoyHits = decoys.filter((d) => blanks.some((b) => b.paragraph === d.para)).length;
  return {
    name,
    expected: expected.length,
    proposed: proposed.length,
    found: used.size,
    truePositives: proposed.filter((b) => used.has(b)).length,
    cellsExpected,
    labelled,
    labelsChecked: labelled + wrongLabels.length,
    decoyHits,
    missed,
    extra: extra.map((b) => `${b.paragraph} "${b.label}"`),
    wrongLabels,
    roles,
  };
}

maybe("table cells as fields on real templates (.docx)", () => {
  let rows: Array<Awaited<ReturnType<typeof score>>> = [];
  beforeAll(async () => {
    rows = await Promise.all(FILES.map(score));
  }, 60_000);
  const sum = (k: "expected" | "proposed" | "found" | "truePositives" | "labelled" | "labelsChecked" | "decoyHits") =>
    rows.reduce((s, r) => s + r[k], 0);

  test("cell and check-box recall, precision and labels against the annotations", () => {
    const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`.padStart(7);
    console.log(
      [
        "file                              exp  prop found  recall   prec. labels decoys",
        ...rows.map((r) =>
          [
            r.name.padEnd(32),
            String(r.expected).padStart(4),
            String(r.proposed).padStart(5),
            String(r.found).padStart(5),
            pct(r.found, r.expected),
            pct(r.truePositives, r.proposed),
            pct(r.labelled, r.labelsChecked),
            String(r.decoyHits).padStart(6),
          ].join(" "),
        ),
        `TOTAL recall ${pct(sum("found"), sum("expected"))}, precision ${pct(sum("truePositives"), sum("proposed"))}, ` +
          `labels ${pct(sum("labelled"), sum("labelsChecked"))}`,
        ...rows.flatMap((r) => r.missed.map((m) => `missed ${r.name} ${m}`)),
        ...rows.flatMap((r) => r.extra.map((m) => `extra ${r.name} ${m}`)),
        ...rows.flatMap((r) => r.wrongLabels.map((m) => `label ${r.name} ${m}`)),
      ].join("\n"),
    );
    expect(sum("expected")).toBe(458);
    expect(sum("found") / sum("expected")).toBeGreaterThanOrEqual(0.95);
    expect(sum("truePositives") / sum("proposed")).toBeGreaterThanOrEqual(0.97);
    expect(sum("labelled") / sum("labelsChecked")).toBeGreaterThanOrEqual(0.95);
  });

  test("no look-alike cell (merged continuation, spacer, layout, made choice) is proposed", () => {
    expect(rows.map((r) => [r.name, r.decoyHits])).toEqual(rows.map((r) => [r.name, 0]));
  });

  test("totals, group subtotals, ordinals and tick boxes are marked as the annotations mark them", () => {
    // Every whole-cell blank found is compared: its role against total / subtotal / ordinal / checkbox / plain.
    expect(rows.flatMap((r) => r.roles.map((m) => `${r.name} ${m}`))).toEqual([]);
  });
});

const CCCD = join(DIR, "..", "originals", "cccd_to_khai.docx");
(existsSync(CCCD) ? describe : describe.skip)("digit boxes on a real form", () => {
  test("the six 12-box number grids of the CCCD declaration are six fields of 12 characters", async () => {
    const snapshot = await readDocxSnapshot(new Uint8Array(readFileSync(CCCD)));
    const grids = scan({ snapshot }).blanks.filter((b) => b.digitBoxes);
    expect(grids.map((b) => [b.label, b.digitBoxes!.count])).toEqual([
      ["Số CMND/CCCD", 12],
      ...Array.from({ length: 5 }, () => ["Số CCCD/CMND", 12]),
    ]);
    expect(new Set(grids.map((b) => b.fieldId)).size).toBe(6);
  }, 30_000);
});
