/**
 * Grouping shared by the engine, the Word layer and the pane. `Map.groupBy` does the same, but Word on a Mac hosts
 * the pane in the system's Safari, which lacks it before 17.4 (and so does the ES2022 the layers compile against).
 */

/** The items by key: keys in the order first seen, each list in the items' order. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
