/**
 * No import cycles in src/. A cycle of runtime imports makes one module of it read another's exports before they
 * are defined, an error that depends on which module loads first. Type-only imports (`import type`, `export type`,
 * `import { type X }` throughout) vanish at build time and may close a loop; imports on first use (`import()`)
 * run after every module has loaded, so they may too. Between layers (the folders of src/), no import at all may
 * point back: a type import from src/i18n into src/word is still a dependency a newcomer has to follow.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import ts from "typescript";

const SRC = join(__dirname, "../../src");

interface Edge {
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(dirname(from), specifier);
  const candidates = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")];
  return candidates.find((c) => existsSync(c)) ?? null;
}

/** A file's static imports and re-exports of other files of src/. */
function importsOf(file: string, text = readFileSync(file, "utf8")): Edge[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const edges: Edge[] = [];
  for (const statement of source.statements) {
    let typeOnly: boolean;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!named && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly)));
    } else if (ts.isExportDeclaration(statement)) {
      const named = statement.exportClause;
      typeOnly =
        statement.isTypeOnly || (!!named && ts.isNamedExports(named) && named.elements.every((e) => e.isTypeOnly));
    } else continue;
    if (!statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const to = resolveImport(file, statement.moduleSpecifier.text);
    if (to) edges.push({ to, typeOnly });
  }
  return edges;
}

/** Every cycle's files, found by depth-first search over the edges kept (each cycle once per entry point). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

const files = sourceFiles(SRC);
const edges = new Map(files.map((f) => [f, importsOf(f)]));
const name = (file: string): string => relative(SRC, file).replace(/\\/g, "/");
const layerOf = (file: string): string => name(file).split("/")[0];

describe("imports in src/", () => {
  it("form no cycle of runtime imports", () => {
    const runtime = new Map(
      files.map((f) => [
        f,
        edges
          .get(f)!
          .filter((e) => !e.typeOnly)
          .map((e) => e.to),
      ]),
    );
    expect(cycles(runtime).map((c) => c.map(name).join(" → "))).toEqual([]);
  });

  it("form no cycle between layers, type imports included", () => {
    const layers = new Map<string, string[]>();
    for (const [file, out] of edges) {
      const from = layerOf(file);
      const to = out.map((e) => layerOf(e.to)).filter((l) => l !== from);
      layers.set(from, [...new Set([...(layers.get(from) ?? []), ...to])]);
    }
    expect(cycles(layers).map((c) => c.join(" → "))).toEqual([]);
  });
});
