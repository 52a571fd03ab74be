/**
 * `npm run validate [-- path/to/manifest.xml]`: checks the manifest offline, against Microsoft's XSDs in
 * ../shared/manifest-schemas (when present) and against our own rules. Exit 1 on any problem.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkManifestRules, validateManifestSchema } from "./lib/manifest";

async function main(): Promise<number> {
  const root = resolve(__dirname, "..");
  const file = resolve(process.argv[2] ?? join(root, "manifest.xml"));
  const xml = readFileSync(file, "utf8");
  const problems = checkManifestRules(xml, join(root, "assets")).map((p) => `${p.rule}: ${p.message}`);
  const schemaDir = resolve(root, "..", "shared", "manifest-schemas");
  if (existsSync(schemaDir)) {
    problems.push(...(await validateManifestSchema(xml, schemaDir)).map((e) => `schema: ${e}`));
  } else {
    console.warn(`SKIPPED: XSD validation — ${schemaDir} not found; only the rule checks ran.`);
  }
  if (problems.length > 0) {
    console.error(`${file}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  ${p}`);
    return 1;
  }
  console.log(`${file}: valid`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
