/**
 * Reports of the shipped template as communes send them: filled through the Word layer and finalized, filled and
 * still carrying the add-in's anchors, or filled by hand in the text. Each comes with the values it was given.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { scan } from "../../src/core";
import type { Blank, Field } from "../../src/core/types";
import { parseNumber, writesForField } from "../../src/core/values";
import { readDocxSnapshot } from "../../src/docx/snapshot";
import { createSimulator, type Simulator } from "../../src/preview/sim";
import { createWordGateway } from "../../src/word/gateway";

export const TEMPLATE = new Uint8Array(readFileSync(join(__dirname, "..", "..", "assets", "template.docx")));

export const NAMES = [
  "Tân Lập",
  "Hòa Bình",
  "Đông Sơn",
  "Quảng Tiến",
  "Nghĩa Hưng",
  "Thạch Bàn",
  "Yên Thành",
  "Phú Lộc",
  "An Khánh",
  "Mỹ Đức",
  "Tiên Phong",
  "Minh Khai",
  "Cẩm Bình",
  "Lạc Long",
  "Vĩnh Tuy",
  "Xuân Đỉnh",
  "Hương Sơn",
  "Bắc Lý",
  "Ngọc Hồi",
  "Đại Áng",
];

export type Way = "finalized" | "anchored" | "hand";

export interface Built {
  file: string;
  way: Way;
  bytes: Uint8Array;
  /** What each field's cell must show: the blanks' values as written (parts of a date joined by `/`). */
  expected: Map<string, string>;
  /** The number each number field was given. */
  numbers: Map<string, number>;
}

export interface TemplateScan {
  fields: Field[];
  blanks: Blank[];
}

const templateTexts = readDocxSnapshot(TEMPLATE).then((s) => s.paragraphs.map((p) => p.text));

export async function templateScan(): Promise<TemplateScan> {
  const snapshot = await readDocxSnapshot(TEMPLATE);
  const { fields, blanks } = scan({ snapshot });
  return { fields, blanks };
}

const SIDES = ["Đông", "Tây", "Nam", "Bắc"];

/** A value for each field of report `i`, as a clerk types it into the pane; `skip` fields are left empty. */
export function answersFor(t: TemplateScan, i: number, skip: ReadonlySet<string> = new Set()): Map<string, string> {
  const out = new Map<string, string>();
  const name = NAMES[i];
  t.fields.forEach((f, j) => {
    if (skip.has(f.label)) return;
    let v: string;
    if (f.kind === "date")
      v = f.blankIds.length > 1 ? `${(i % 27) + 2}/0${(i % 5) + 1}/2017` : `${(i % 28) + 1}/06/2017`;
    else if (f.kind === "number") {
      if (f.label.startsWith("Dân số")) v = (4000 + i * 137).toLocaleString("de-DE");
      else if (f.unit === "ha" || f.unit === "m2") v = `${120 + i * 3},5`;
      else v = String((i + 1) * (j + 2) + j);
    } else if (f.label === "Tên xã" || f.label === "Địa danh") v = name;
    else if (f.label === "Tên huyện") v = "Yên Sơn";
    else if (f.label === "Tên đảng ủy") v = `XÃ ${name.toUpperCase()}`;
    else if (f.label.startsWith("Xã nằm ở phía")) v = SIDES[i % 4];
    else if (f.label.startsWith("Hội quẩn chúng gồm")) v = "Hội Nông dân, Hội Phụ nữ, Đoàn Thanh niên";
    else v = `Nội dung ${j} của xã ${name}`;
    out.set(f.id, v);
  });
  return out;
}

/** Each blank's text for the answers, and what each field's cell must then show. */
function writesOf(t: TemplateScan, answers: Map<string, string>) {
  const byBlank = new Map<string, string>();
  const expected = new Map<string, string>();
  const numbers = new Map<string, number>();
  for (const f of t.fields) {
    const input = answers.get(f.id);
    if (input === undefined) continue;
    const w = writesForField(f, t.blanks, input);
    if (!w.ok) throw new Error(`${f.label}: ${input} (${w.error})`);
    for (const x of w.writes) byBlank.set(x.blankId, x.value);
    const values = w.writes.map((x) => x.value);
    const dateParts = f.kind === "date" && f.blankIds.length > 1;
    expected.set(f.id, dateParts ? values.join("/") : values[0]);
    if (f.kind === "number") {
      const n = parseNumber(input);
      if (n.ok) numbers.set(f.id, n.value);
    }
  }
  return { byBlank, expected, numbers };
}

/** Filled through the Word layer on the simulator, as the pane fills it; finalized or left with its anchors. */
export async function fillThroughWord(
  t: TemplateScan,
  i: number,
  way: "finalized" | "anchored",
  answers = answersFor(t, i),
): Promise<Built> {
  const sim = await createSimulator(TEMPLATE, { platform: i % 2 === 0 ? "desktop" : "web" });
  const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: sim.options.platform });
  await gw.scan();
  const { byBlank, expected, numbers } = writesOf(t, answers);
  const report = await gw.apply([...byBlank].map(([blankId, value]) => ({ blankId, value })));
  if (report.failed.length + report.moved.length > 0) throw new Error(`report ${i}: writes failed`);
  if (way === "finalized") await gw.finalize();
  return { file: `bao-cao-${i + 1}.docx`, way, bytes: await sim.save(), expected, numbers };
}

/**
 * Filled by hand in Word: the dots typed over with the figures, spaced as a clerk spaces them (glued to the word
 * before, a few dots left, two spaces), and some spacing of the text itself changed. `edit` may change the text
 * further before it is saved.
 */
export async function fillByHand(
  t: TemplateScan,
  i: number,
  answers = answersFor(t, i),
  edit?: (sim: Simulator, texts: string[]) => void,
): Promise<Built> {
  const sim = await createSimulator(TEMPLATE, { platform: "desktop" });
  const { byBlank, expected, numbers } = writesOf(t, answers);
  const texts = (await templateTexts).slice();
  const blanks = t.blanks.slice().sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
  for (const [k, b] of blanks.entries()) {
    const value = byBlank.get(b.id);
    if (value === undefined) continue;
    const style = (i + k) % 4;
    const typed =
      b.kind === "number" && style === 1
        ? value
        : style === 2
          ? ` ${value}..`
          : style === 3
            ? `  ${value}  `
            : ` ${value} `;
    sim.editParagraphText(b.paragraph, b.start, b.end, typed);
    texts[b.paragraph] = texts[b.paragraph].slice(0, b.start) + typed + texts[b.paragraph].slice(b.end);
  }
  // Spacing of the template's own words changed here and there, as retyping does.
  for (const [p, from, to] of [
    [21, "( gồm", "(gồm"],
    [21, ",  với", ", với"],
    [60, ", BCH", ",BCH"],
  ] as const) {
    const at = texts[p].indexOf(from);
    if (at < 0) continue;
    sim.editParagraphText(p, at, at + from.length, to);
    texts[p] = texts[p].slice(0, at) + to + texts[p].slice(at + from.length);
  }
  edit?.(sim, texts);
  return { file: `bao-cao-${i + 1}.docx`, way: "hand", bytes: await sim.save(), expected, numbers };
}

/** The twenty reports of the roll-up test: 10 finalized, 5 with anchors, 5 filled by hand. */
export async function twentyReports(t: TemplateScan): Promise<Built[]> {
  const out: Built[] = [];
  for (let i = 0; i < 20; i++) {
    if (i < 10) out.push(await fillThroughWord(t, i, "finalized"));
    else if (i < 15) out.push(await fillThroughWord(t, i, "anchored"));
    else out.push(await fillByHand(t, i));
  }
  return out;
}
