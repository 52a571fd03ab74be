/**
 * `npm run bench [-- --json]`: runs every `bench/*.bench.ts` and prints its named figures, as a table or as one
 * flat JSON object with dotted keys. Each bench module default-exports `() => Promise<Record<string, number>>`.
 * A bench that fails leaves its figures missing, named with the reason (`missing.<bench>` in the JSON), and the
 * others are still taken.
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
  const missing: Record<string, string> = {};
  let current = "";
  // A stray promise of one bench that fails late (a browser closed under it) must not end the run for the rest.
  process.on("unhandledRejection", (err) => {
    process.stderr.write(`${current}: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}\n`);
  });
  for (const file of files) {
    current = file;
    if (!json) process.stderr.write(`running ${file}…\n`);
    try {
      const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: Bench | { default: Bench } };
      const fn = typeof mod.default === "function" ? mod.default : mod.default.default;
      Object.assign(figures, await fn());
    } catch (err) {
      const reason = (err instanceof Error ? err.message : String(err)).split("\n")[0];
      missing[file.replace(/\.bench\.ts$/, "")] = reason;
      process.stderr.write(`${file}: its figures are missing: ${reason}\n`);
    }
  }
  if (json) {
    const out = { ...figures, ...Object.fromEntries(Object.entries(missing).map(([k, v]) => [`missing.${k}`, v])) };
    process.stdout.write(JSON.stringify(out, null, 2) + "\n");
  } else {
    const width = Math.max(
      ...Object.keys(figures).map((k) => k.length),
      ...Object.keys(missing).map((k) => k.length + 2),
      10,
    );
    for (const [k, v] of Object.entries(figures)) {
      const shown = Number.isInteger(v) ? v.toLocaleString("en-US") : v.toFixed(2);
      console.log(`${k.padEnd(width)}  ${shown.padStart(14)}`);
    }
    for (const [k, reason] of Object.entries(missing))
      console.log(`${`${k}.*`.padEnd(width)}  ${"missing".padStart(14)}  ${reason}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
