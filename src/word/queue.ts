/**
 * Word fails when two `Word.run` batches overlap (oj#1225), and the pane can fire several operations at once
 * (a write on blur while a scan is running). Every run goes through one queue: the next starts only once the
 * previous has settled, whether it succeeded or failed.
 *
 * A run that does not answer within `timeoutMs` rejects its caller with a Timeout, but the queue still waits for
 * it to settle (up to `drainMs` more), so the retry the user starts never overlaps a batch Word is still running,
 * and the late batch's own bookkeeping (what it wrote) completes before the retry reads it.
 */
import { WordFailure } from "./errors";

export interface RunQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Operations waiting or running. */
  readonly pending: number;
}

export interface RunQueueOptions {
  /** Longest wait for a running task before its caller gets a Timeout; none when absent. */
  timeoutMs?: number;
  /** How much longer the queue waits for a timed-out task before letting the next one start. */
  drainMs?: number;
}

/** `done`, or `ms` elapsing, whichever comes first; the timer never outlives `done`. */
function settleWithin(done: Promise<unknown>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    void done.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function createRunQueue(options: RunQueueOptions = {}): RunQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  const { timeoutMs } = options;
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      pending++;
      const real = tail.then(task, task);
      const settled = real.then(
        () => undefined,
        () => undefined,
      );
      let result: Promise<T> = real;
      let barrier: Promise<unknown> = settled;
      if (timeoutMs !== undefined && timeoutMs > 0) {
        const drainMs = options.drainMs ?? timeoutMs * 4;
        // The clock starts when the task starts, not while it waits for the ones before it.
        result = tail.then(
          () =>
            new Promise<T>((resolve, reject) => {
              const timer = setTimeout(
                () => reject(new WordFailure("Timeout", `Word did not answer within ${timeoutMs} ms`)),
                timeoutMs,
              );
              real.then(
                (v) => {
                  clearTimeout(timer);
                  resolve(v);
                },
                (e: unknown) => {
                  clearTimeout(timer);
                  reject(e instanceof Error ? e : new Error(String(e)));
                },
              );
            }),
        );
        barrier = tail.then(() => settleWithin(settled, timeoutMs + drainMs));
      }
      tail = barrier.then(() => {
        pending--;
      });
      return result;
    },
    get pending() {
      return pending;
    },
  };
}
