/**
 * The layers hold by lint, not by convention: `npm run lint` fails on an import or a global a layer may not use.
 * Each probe is linted as if it stood at its path (ESLint's lintText: nothing is written to disk), in a child
 * process because ESLint loads eslint.config.mjs as an ES module, which jest's module sandbox cannot.
 */
import { spawnSync } from "child_process";
import { join } from "path";

interface Probe {
  filePath: string;
  code: string;
}

const ROOT = join(__dirname, "../..");

const LINT = `
import { ESLint } from "eslint";
const probes = JSON.parse(process.argv[1]);
const eslint = new ESLint();
const out = [];
for (const { filePath, code } of probes) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push(result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId));
}
console.log(JSON.stringify(out));
`;

/** The rules each probe breaks, in the order given. */
function lint(probes: Probe[]): string[][] {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", LINT, JSON.stringify(probes)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

const IMPORT_REACT = 'import { useState } from "react";\nexport const hook = useState;\n';
const WORD_RUN = "export const run = (): Promise<void> => Word.run(async (context) => context.sync());\n";

const cases: Array<[what: string, probe: Probe, breaks: string | null]> = [
  ["React imported into src/core", { filePath: "src/core/__probe.ts", code: IMPORT_REACT }, "no-restricted-imports"],
  [
    "Word.run called from src/taskpane",
    { filePath: "src/taskpane/__probe.tsx", code: WORD_RUN },
    "no-restricted-globals",
  ],
  [
    "src/core importing the Word layer",
    { filePath: "src/core/rules/__probe.ts", code: 'export type { WordError } from "../../word/types";\n' },
    "no-restricted-imports",
  ],
  [
    "window read in src/core",
    { filePath: "src/core/__probe.ts", code: "export const width = (): number => window.innerWidth;\n" },
    "no-restricted-globals",
  ],
  [
    "the catalog importing the engine",
    { filePath: "src/i18n/__probe.ts", code: 'export type { Blank } from "../core/types";\n' },
    "no-restricted-imports",
  ],
  [
    "the pane importing the preview",
    { filePath: "src/taskpane/session/__probe.ts", code: 'export { installLive } from "../../preview/live";\n' },
    "no-restricted-imports",
  ],
  [
    "the pane importing the Word gateway's implementation",
    { filePath: "src/taskpane/__probe.tsx", code: 'export { createWordGateway } from "../word/gateway";\n' },
    "no-restricted-imports",
  ],
  ["React in the pane", { filePath: "src/taskpane/__probe.tsx", code: IMPORT_REACT }, null],
  ["Word.run in the Word layer", { filePath: "src/word/__probe.ts", code: WORD_RUN }, null],
  [
    "the pane's entry waiting for Office and building the gateway",
    {
      filePath: "src/taskpane/index.tsx",
      code: 'import { createWordGateway } from "../word/gateway";\nOffice.onReady(() => createWordGateway());\n',
    },
    null,
  ],
  [
    "the pane reaching the document through the gateway's interface",
    { filePath: "src/taskpane/__probe.tsx", code: 'export type { WordGateway } from "../word/types";\n' },
    null,
  ],
];

describe("the layers, by lint", () => {
  const results = lint(cases.map(([, probe]) => probe));

  const rows = cases.map(([what, probe, breaks], i) => [what, probe.filePath, breaks ?? "nothing", i] as const);
  it.each(rows)("%s (%s) breaks %s", (_what, _filePath, breaks, i) => {
    if (breaks === "nothing") expect(results[i]).toEqual([]);
    else expect(results[i]).toContain(breaks);
  });
});
