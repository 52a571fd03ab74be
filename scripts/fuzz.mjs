/**
 * `npm run test:fuzz [-- --runs N]`: the property tests with fresh random seeds and many more cases than `npm test`
 * replays. A counterexample prints its seed; `FC_SEED=<seed> FC_RUNS=<N> npx jest <file>` replays it.
 */
import { spawnSync } from "node:child_process";
import { requireBin, root } from "./lib/bin.mjs";

const at = process.argv.indexOf("--runs");
const runs = at > 0 ? process.argv[at + 1] : (process.env.FC_RUNS ?? "1000");
if (!/^[1-9]\d*$/.test(runs)) {
  console.error(`✗ --runs takes a positive whole number, not "${runs}"`);
  process.exit(2);
}
const files = [
  "src/core/properties.test.ts",
  "test/robustness/text.property.test.ts",
  "test/robustness/edits.property.test.ts",
  "test/word/gateway.test.ts",
];
console.log(`Property tests, ${runs} cases each, random seeds`);
const [node, jest] = requireBin("jest");
const result = spawnSync(node, [jest, "--runTestsByPath", ...files], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, FC_SEED: process.env.FC_SEED ?? "random", FC_RUNS: runs },
});
process.exit(result.status ?? 1);
