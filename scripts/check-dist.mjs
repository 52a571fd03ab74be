#!/usr/bin/env node
/**
 * `node scripts/check-dist.mjs [dir]` after `npm run build` (dir defaults to dist/): fails when a script the pane or
 * the function file can load contains `eval(` or `new Function`. The pages' Content-Security-Policy forbids both,
 * so such code breaks in Word the day it runs. The preview's files (named `preview…`) are left out: the preview
 * opens .docx files with JSZip, whose setImmediate fallback builds a `new Function`, and it is never shipped.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const FORBIDDEN = [
  { name: "eval(", re: /(?<![\w$.])eval\s*\(/g },
  { name: "new Function", re: /\bnew\s+Function\b/g },
];

/** The scripts of the pane's build in `dir`, and for each forbidden construct found, where it stands. */
export function checkDist(dir) {
  for (const page of ["taskpane.html", "commands.html"]) {
    if (!existsSync(join(dir, page))) throw new Error(`${join(dir, page)} is missing: run \`npm run build\` first`);
  }
  const files = readdirSync(dir).filter((f) => f.endsWith(".js") && !f.startsWith("preview"));
  const problems = [];
  for (const file of files) {
    const code = readFileSync(join(dir, file), "utf8");
    for (const { name, re } of FORBIDDEN) {
      for (const m of code.matchAll(re)) {
        problems.push({ file, construct: name, excerpt: code.slice(Math.max(0, m.index - 60), m.index + 40) });
      }
    }
  }
  return { files, problems };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(fileURLToPath(new URL("..", import.meta.url)), "dist"));
  try {
    const { files, problems } = checkDist(dir);
    for (const p of problems) console.error(`✗ ${p.file}: ${p.construct} in …${p.excerpt.replace(/\s+/g, " ")}…`);
    if (problems.length === 0) console.log(`✓ no eval or new Function in the pane's ${files.length} scripts`);
    process.exitCode = problems.length === 0 ? 0 : 1;
  } catch (err) {
    console.error(`✗ ${err.message}`);
    process.exitCode = 2;
  }
}
