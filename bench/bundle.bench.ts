/**
 * Production bundle size: every emitted JS file raw and gzipped, and what the pane loads at start (the scripts
 * taskpane.html references, office.js excluded) as `bundle.startGzipBytes`. Budget: 150 KB gzipped.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const root = resolve(__dirname, "..");
const dist = join(root, "dist");

export default async function bundle(): Promise<Record<string, number>> {
  const build = spawnSync(join(root, "node_modules/.bin/webpack"), ["--mode", "production"], {
    cwd: root,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`production build failed:\n${build.stdout}\n${build.stderr}`);

  const figures: Record<string, number> = {};
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  let totalRaw = 0;
  let totalGzip = 0;
  for (const file of readdirSync(dist).filter((f) => f.endsWith(".js"))) {
    const name = file.replace(/\.[0-9a-f]{8}\.js$/, "").replace(/\.js$/, "");
    const raw = readFileSync(join(dist, file)).length;
    const gzip = gz(file);
    figures[`bundle.file.${name}.rawBytes`] = raw;
    figures[`bundle.file.${name}.gzipBytes`] = gzip;
    totalRaw += raw;
    totalGzip += gzip;
  }
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  // The minified page drops attribute quotes: src=file.js as well as src="file.js".
  const startScripts = [...html.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((src) => !/^https?:/.test(src));
  figures["bundle.startRawBytes"] = startScripts.reduce((n, f) => n + readFileSync(join(dist, f)).length, 0);
  figures["bundle.startGzipBytes"] = startScripts.reduce((n, f) => n + gz(f), 0);
  figures["bundle.totalRawBytes"] = totalRaw;
  figures["bundle.totalGzipBytes"] = totalGzip;
  return figures;
}
