/**
 * How property tests pick their cases. `npm test` replays one fixed seed, so a run on CI checks exactly the
 * cases that passed before it landed; `npm run test:fuzz` draws fresh seeds and more cases to look for new
 * counterexamples. A failure prints its seed and path: `FC_SEED=<seed> npx jest <file>` replays it.
 */
import fc from "fast-check";

export const FIXED_SEED = 20261130;

const fuzzing = process.env.FC_SEED === "random";

/** The seed every property of this run starts from. */
export const seed = fuzzing ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(process.env.FC_SEED ?? FIXED_SEED);

/** `n` cases, or FC_RUNS of them when set. */
export function runs(n: number): number {
  const wanted = Number(process.env.FC_RUNS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : n;
}

/** Options for `fc.assert`: this run's seed and `n` cases (FC_RUNS overrides). */
export function propertyOptions<T>(n: number): fc.Parameters<T> {
  return { seed, numRuns: runs(n) };
}
