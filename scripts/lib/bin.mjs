/**
 * Runs the project's own command-line tools as `node <script>`, never through node_modules/.bin shims: on
 * Windows those are .cmd files that Node refuses to spawn without a shell, and a shell would split arguments.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root as a real path (fileURLToPath decodes spaces and Vietnamese letters, and drive letters). */
export const root = fileURLToPath(new URL("../..", import.meta.url));

/** [node, script] for a package's bin, or null when the package is not installed. */
export function nodeBin(pkg, name = pkg) {
  const manifest = join(root, "node_modules", pkg, "package.json");
  if (!existsSync(manifest)) return null;
  const { bin } = JSON.parse(readFileSync(manifest, "utf8"));
  const rel = typeof bin === "string" ? bin : bin?.[name];
  return rel ? [process.execPath, join(root, "node_modules", pkg, rel)] : null;
}

/** Like nodeBin, but a missing tool stops the script with a plain message instead of a TypeError. */
export function requireBin(pkg, name = pkg) {
  const found = nodeBin(pkg, name);
  if (found) return found;
  console.error(`✗ ${name} is not installed (package ${pkg}). Run \`npm install\` first.`);
  process.exit(1);
}

/** Debian's Chromium, or the one CHROMIUM_PATH names (other systems); null when there is none. */
export function chromiumPath() {
  return (
    [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p)) ??
    null
  );
}
