/**
 * Every detection rule against its own fixture table (`<rule>.fixtures.ts`, notation in fixture.ts), and the
 * structure that keeps the rules folder a list a newcomer can read: every rule in RULES has a unique name, a module
 * and a fixture table of that name; every file here is a rule, its table, or one of the shared files below.
 */
import { readdirSync } from "node:fs";
import { RULES } from "./index";
import { runFixture } from "./fixture";
import type { Fixture } from "./fixture";

/** The list itself, the rule type with its shared helpers, the fixture notation, and this test. */
const SHARED = ["index.ts", "rule.ts", "fixture.ts", "rules.test.ts"];
const names = RULES.map((r) => r.name);

function tableOf(name: string): Fixture[] | undefined {
  try {
    return jest.requireActual<{ fixtures?: Fixture[] }>(`./${name}.fixtures`).fixtures;
  } catch {
    return undefined;
  }
}

describe.each(RULES.map((r) => [r.name, r] as const))("detection rule %s", (_name, rule) => {
  const table = tableOf(rule.name) ?? [];

  test("has a fixture table with cases it takes and cases it must not take", () => {
    expect(table.some(([marked]) => marked.includes("«"))).toBe(true);
    expect(table.some(([marked]) => !marked.includes("«"))).toBe(true);
  });

  test.each(table)("%j: %s", (...fixture) => {
    const { expected, taken, notes, input } = runFixture(rule, fixture);
    expect(taken).toEqual(expected);
    if (fixture[2]?.notes) expect(notes).toEqual(fixture[2].notes);
    // A look-alike case proves something only if there was a span to judge.
    if (rule.kind === "reject" && expected.length === 0) expect(input.length).toBeGreaterThan(0);
  });
});

describe("the rules folder", () => {
  test("every rule has a unique kebab-case name and a one-line summary", () => {
    expect(new Set(names).size).toBe(names.length);
    for (const r of RULES) {
      expect(r.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.summary.length).toBeGreaterThan(10);
      expect(r.summary).not.toContain("\n");
    }
  });

  test.each(names)("rule %s is exported by the module of its name", (name) => {
    const mod = jest.requireActual<Record<string, unknown>>(`./${name}`);
    expect(Object.values(mod)).toContain(RULES.find((r) => r.name === name));
  });

  test("every file is a rule in RULES, its fixture table, or a shared file", () => {
    const files = readdirSync(__dirname).filter((f) => !f.startsWith("."));
    const expected = [...SHARED, ...names.flatMap((n) => [`${n}.ts`, `${n}.fixtures.ts`])];
    expect(files.sort()).toEqual(expected.sort());
  });

  test("every reject rule stands after a find rule whose spans it judges", () => {
    const firstFind = RULES.findIndex((r) => r.kind === "find");
    RULES.forEach((r, i) => {
      if (r.kind === "reject") expect(i).toBeGreaterThan(firstFind);
    });
  });
});
