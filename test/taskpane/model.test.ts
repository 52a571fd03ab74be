import { readFileSync } from "fs";
import { join } from "path";
import { scan } from "../../src/core";
import { snapshotFromText } from "../../src/core/txt";
import type { ScanResult } from "../../src/core/types";
import {
  buildModel,
  currentValue,
  groupBySection,
  groupTarget,
  nextEmptyIndex,
  outlineGroups,
} from "../../src/taskpane/session/model";
import { prepareWrites } from "../../src/taskpane/session/writes";

const text = readFileSync(join(__dirname, "../../assets/template.txt"), "utf8");
const result: ScanResult = scan({ snapshot: snapshotFromText(text) });

describe("the form model over the template", () => {
  const model = buildModel(result);

  test("lists every field once, in document order", () => {
    expect(model.entries.map((e) => e.field.id).sort()).toEqual(result.fields.map((f) => f.id).sort());
    const firsts = model.entries.map((e) => e.blanks[0].paragraph * 1e6 + e.blanks[0].start);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    expect(model.total).toBe(result.fields.length);
    expect(model.filled).toBe(0);
  });

  test("the next empty field wraps round and is null when all are filled", () => {
    expect(nextEmptyIndex(model, 0)).toBe(0);
    expect(nextEmptyIndex(model, model.entries.length)).toBe(0);
    const allFilled = buildModel({ ...result, fields: result.fields.map((f) => ({ ...f, filled: true })) });
    expect(nextEmptyIndex(allFilled, 3)).toBeNull();
  });

  test("groups consecutive fields of one section", () => {
    const groups = groupBySection(model.entries);
    expect(groups.reduce((n, g) => n + g.entries.length, 0)).toBe(model.entries.length);
    for (let i = 1; i < groups.length; i++) expect(groups[i].key).not.toBe(groups[i - 1].key);
  });

  test("a date field with a blank day reads back whole, completed by the printed month and year", () => {
    const entry = model.entries.find((e) => e.field.kind === "date" && e.field.printedDate?.month)!;
    expect(entry).toBeTruthy();
    const day = entry.blanks.find((b) => b.datePart === "day")!;
    const filledBlanks = entry.blanks.map((b) => (b === day ? { ...b, filled: true, value: "5" } : b));
    expect(currentValue(entry.field, filledBlanks)).toBe(
      `05/${String(entry.field.printedDate!.month).padStart(2, "0")}/2017`,
    );
    expect(currentValue(entry.field, entry.blanks)).toBe("");
  });

  test("typed values go through the engine's rules; an empty input clears; a bad part is refused", () => {
    const number = model.entries.find((e) => e.field.kind === "number")!;
    expect(prepareWrites(number, "abc")).toMatchObject({ ok: false, error: { key: "core.number.notNumber" } });
    expect(prepareWrites(number, " 1.234 ")).toEqual({
      ok: true,
      writes: number.blanks.map((b) => ({ blankId: b.id, value: "1.234" })),
      warning: undefined,
    });
    const filled = { ...number, blanks: number.blanks.map((b) => ({ ...b, filled: true, value: "9" })) };
    expect(prepareWrites(filled, "   ")).toEqual({
      ok: true,
      writes: number.blanks.map((b) => ({ blankId: b.id, value: null })),
    });
    const date = model.entries.find((e) => e.blanks.some((b) => b.datePart === "day"))!;
    const day = date.blanks.find((b) => b.datePart === "day")!;
    expect(prepareWrites(date, "32", day.id)).toMatchObject({ ok: false, error: { key: "pane.error.invalidPart" } });
    expect(prepareWrites(date, "7", day.id)).toEqual({ ok: true, writes: [{ blankId: day.id, value: "7" }] });
  });
});

describe("the overview's outline", () => {
  const model = buildModel(result);
  const groups = outlineGroups(model, result.sections);

  test("starts with the fields before the first heading, so every field is reachable", () => {
    expect(groups[0]).toMatchObject({ title: null, level: 0 });
    expect(groups[0].indices[0]).toBe(0);
    const reachable = new Set(groups.flatMap((g) => g.indices));
    expect(reachable.size).toBe(model.entries.length);
  });

  test("counts fields, so the top-level groups add up to the progress total", () => {
    const top = groups.filter((g) => g.level <= 1);
    expect(top.reduce((n, g) => n + g.total, 0)).toBe(model.total);
    expect(top.reduce((n, g) => n + g.empty, 0)).toBe(model.total - model.filled);
  });

  test("a group leads to its first empty field, its first field once all are filled", () => {
    const deep = groups.find((g) => g.title?.startsWith("5."))!;
    expect(model.entries[groupTarget(model, deep)].field.label).toBe("Số chi hội (Hội chữ thập đỏ)");
    const firstFilled = buildModel({
      ...result,
      fields: result.fields.map((f) => (f.id === model.entries[deep.indices[0]].field.id ? { ...f, filled: true } : f)),
    });
    expect(groupTarget(firstFilled, deep)).toBe(deep.indices[1]);
  });

  test("two headings with the same text keep their own fields", () => {
    const five = result.sections.findIndex((x) => x.title.startsWith("5."));
    const copy = { ...result.sections[five], paragraph: 65 };
    const sections = [...result.sections.slice(0, five + 1), copy, ...result.sections.slice(five + 1)];
    const [first, second] = outlineGroups(model, sections).filter((g) => g.title?.startsWith("5."));
    const paragraphs = (g: typeof first) => g.indices.map((i) => model.entries[i].blanks[0].paragraph);
    expect(paragraphs(first).every((p) => p < 65)).toBe(true);
    expect(paragraphs(second).length).toBeGreaterThan(0);
    expect(paragraphs(second).every((p) => p > 65)).toBe(true);
  });
});
