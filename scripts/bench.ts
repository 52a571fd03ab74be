/**
 * `npm run bench [-- --json]`: runs every `bench/*.bench.ts` and prints its named figures, as a table or as one
 * flat JSON object with dotted keys. Each bench module default-exports `() => Promise<Record<string, number>>`.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

type Bench = () => Promise<Record<string, number>>;

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const dir = join(__dirname, "..", "bench");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  const figures: Record<string, number> = {};
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: Bench | { default: Bench } };
    const fn = typeof mod.default === "function" ? mod.default : mod.default.default;
    if (!json) process.stderr.write(`running ${file}…\n`);
    Object.assign(figures, await fn());
  }
  if (json) {
    process.stdout.write(JSON.stringify(figures, null, 2) + "\n");
  } else {
    const width = Math.max(...Object.keys(figures).map((k) => k.length), 10);
    for (const [k, v] of Object.entries(figures)) {
      const shown = Number.isInteger(v) ? v.toLocaleString("en-US") : v.toFixed(2);
      console.log(`${k.padEnd(width)}  ${shown.padStart(14)}`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
