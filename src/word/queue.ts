/**
 * Word fails when two `Word.run` batches overlap (oj#1225), and the pane can fire several operations at once
 * (a write on blur while a scan is running). Every run goes through one queue: the next starts only once the
 * previous has settled, whether it succeeded or failed.
 */
export interface RunQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Operations waiting or running. */
  readonly pending: number;
}

export function createRunQueue(): RunQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      pending++;
      const result = tail.then(task, task);
      const settled = result.then(
        () => undefined,
        () => undefined,
      );
      tail = settled.then(() => {
        pending--;
      });
      return result;
    },
    get pending() {
      return pending;
    },
  };
}
