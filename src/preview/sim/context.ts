/**
 * Request contexts and the proxy base class: properties throw PropertyNotLoaded until loaded and synced,
 * operations queue until `context.sync()` and run there in order, a failing operation rejects the sync and drops
 * the rest of its batch, and objects of a finished `Word.run` can't queue anything unless tracked.
 */
import { SimError, invalidObjectPath, propertyNotLoaded } from "./errors";
import type { SimStore } from "./store";

export interface SimulatorOptions {
  platform: "web" | "desktop";
  /** Requirement sets and the highest version supported, e.g. { WordApi: "1.9" }. */
  requirementSets: Record<string, string>;
  displayLanguage: string;
  /** The next sync fails with this error, before running anything; cleared once used. */
  failNextSync?: { code: string; message: string };
  /**
   * The next sync runs its operations but answers only after this many milliseconds (a slow or stalled Word);
   * cleared once used.
   */
  hangNextSync?: number;
  /**
   * The next sync holding document-changing operations runs the first `count` of them (and the reads queued
   * before the failing one), then fails on the next write with `code` (GeneralException by default) and drops the
   * rest of its batch: Word's batches are not transactions. Cleared once it fired.
   */
  failAfterWrites?: { count: number; code?: string; message?: string };
  /**
   * getOoxml trouble seen in Word: a sync holding a getOoxml fails at it with `code` (the operations before it
   * stay applied), or answers only after `hangMs`. Stays set until cleared.
   */
  ooxmlFault?: { code: string } | { hangMs: number };
  /** The next `settings.saveAsync` fails with this error; cleared once used. */
  failNextSave?: { code: string; message: string };
  /** A protected document: any write makes its sync fail with AccessDenied. */
  readOnly: boolean;
  /** The add-in id the settings are stored under (the manifest's `<Id>`). */
  addinId: string;
  /** `Office.context.document.url`: where the file was opened from; empty (the default) for an unsaved one. */
  url?: string;
}

export interface SimCore {
  store: SimStore;
  options: SimulatorOptions;
  stats: { syncs: number; ops: number; writes: number };
  selection: { paragraph: number; start: number; end: number } | null;
  activeContext: SimContext | null;
  changed(): void;
  /** Word's DocumentSelectionChanged: the selection moved (through the API, or the user clicking or typing). */
  selectionChanged(): void;
}

interface Op {
  run: () => void;
  write: boolean;
  ooxml?: boolean;
}

export class SimContext {
  private queue: Op[] = [];
  closed = false;
  readonly tracked = new Set<SimObject>();
  readonly trackedObjects = {
    add: (o: SimObject | SimObject[]) => {
      for (const x of Array.isArray(o) ? o : [o]) this.tracked.add(x);
    },
    remove: (o: SimObject | SimObject[]) => {
      for (const x of Array.isArray(o) ? o : [o]) this.tracked.delete(x);
    },
  };

  constructor(readonly core: SimCore) {}

  get pending(): number {
    return this.queue.length;
  }

  enqueue(run: () => void, write = false, ooxml = false): void {
    this.queue.push({ run, write, ooxml });
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.core.stats.syncs++;
    await Promise.resolve();
    const fault = this.core.options.failNextSync;
    if (fault) {
      this.core.options.failNextSync = undefined;
      throw new SimError(fault.code, fault.message);
    }
    let hang = this.core.options.hangNextSync;
    if (hang !== undefined) this.core.options.hangNextSync = undefined;
    const armed = batch.some((op) => op.write) ? this.core.options.failAfterWrites : undefined;
    if (armed) this.core.options.failAfterWrites = undefined;
    let writes = 0;
    let wrote = false;
    try {
      for (const op of batch) {
        this.core.stats.ops++;
        if (op.write && this.core.options.readOnly) {
          throw new SimError("AccessDenied", "The document is read-only or protected.");
        }
        if (op.write && armed && writes === armed.count) {
          throw new SimError(armed.code ?? "GeneralException", armed.message ?? "GeneralException");
        }
        const fault = op.ooxml ? this.core.options.ooxmlFault : undefined;
        if (fault && "code" in fault) throw new SimError(fault.code, `getOoxml failed (${fault.code}).`);
        if (fault && "hangMs" in fault) hang = Math.max(hang ?? 0, fault.hangMs);
        op.run();
        if (op.write) {
          writes++;
          this.core.stats.writes++;
        }
        wrote ||= op.write;
      }
    } finally {
      if (wrote) this.core.changed();
      if (hang !== undefined) await new Promise((resolve) => setTimeout(resolve, hang));
    }
  }

  /** Throws ApiNotFound (at sync time, as Word does) when the host lacks WordApi `version`. */
  requireApi(version: string, what: string): void {
    const have = this.core.options.requirementSets.WordApi;
    if (have === undefined || !versionAtLeast(have, version)) {
      throw new SimError("ApiNotFound", `${what} needs WordApi ${version}; this host supports ${have ?? "none"}.`);
    }
  }
}

export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** How a `load` argument names properties: "a,b", ["a","items/b"], or { select: "a,b" } / { a: true }. */
export function loadPaths(spec: unknown): string[] | null {
  if (spec === undefined || spec === null) return null;
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s) ?? []);
  if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if (typeof o.select === "string" || Array.isArray(o.select)) return loadPaths(o.select);
    return Object.entries(o).flatMap(([k, v]) =>
      v === true ? [k] : v && typeof v === "object" ? (loadPaths(v) ?? []).map((x) => `${k}/${x}`) : [],
    );
  }
  return null;
}

export abstract class SimObject {
  protected readonly vals = new Map<string, unknown>();
  /** Set by the operation that produced the object; undefined until that operation ran. */
  nullObject: boolean | undefined = false;

  constructor(readonly context: SimContext) {}

  /** Scalar properties `load()` without arguments reads. */
  protected abstract scalars(): readonly string[];
  protected abstract read(prop: string): unknown;
  protected nav(_name: string): SimObject | null {
    return null;
  }

  /** The context operations go to: ours while its run is going, the active run's for a tracked object. */
  protected ctx(): SimContext {
    if (!this.context.closed) return this.context;
    const active = this.context.core.activeContext;
    if (this.context.tracked.has(this) && active) return active;
    throw invalidObjectPath();
  }

  /** Queues a check that the host supports WordApi `version` for `what`. */
  protected needs(version: string, what: string): void {
    this.ctx().enqueue(() => this.context.requireApi(version, what));
  }

  protected op(run: () => void, write = false, ooxml = false): void {
    this.ctx().enqueue(
      () => {
        if (this.nullObject) return;
        run();
      },
      write,
      ooxml,
    );
  }

  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    this.op(() => this.loadNow(paths));
    return this;
  }

  loadNow(paths: string[] | null): void {
    if (this.nullObject) return;
    for (const path of paths ?? this.scalars()) {
      const slash = path.indexOf("/");
      const head = slash < 0 ? path : path.slice(0, slash);
      const nav = this.nav(head);
      if (nav) nav.loadNow(slash < 0 ? null : [path.slice(slash + 1)]);
      else if (slash < 0 && path !== "$all" && path !== "*") this.vals.set(path, this.read(path));
      else if (path === "$all" || path === "*") this.loadNow(null);
    }
  }

  protected get_<T>(name: string): T {
    if (!this.vals.has(name)) throw propertyNotLoaded(name);
    return this.vals.get(name) as T;
  }

  protected set_(name: string, value: unknown, apply: () => void): void {
    this.op(apply, true);
    this.vals.set(name, value);
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullObject;
  }

  track(): this {
    this.context.trackedObjects.add(this);
    return this;
  }

  untrack(): this {
    this.context.trackedObjects.remove(this);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.vals);
  }
}

export abstract class SimCollection<T extends SimObject> extends SimObject {
  protected list: T[] | undefined;
  protected itemsLoaded = false;
  private producer: (() => T[]) | undefined;
  /** For a live collection: the item standing for a key, the same object its item list holds. */
  protected itemFor: ((key: unknown) => T) | undefined;

  /**
   * A navigation collection (`body.paragraphs`): one object per parent, as in Office.js, whose items are read
   * afresh by every load or operation queued on it. An item stays the same object for as long as it stands for
   * the same element, so values loaded on it survive a later operation on the collection.
   */
  live<K>(keys: () => K[], make: (key: K) => T): this {
    const made = new Map<K, T>();
    const itemFor = (k: K): T => {
      let item = made.get(k);
      if (!item) made.set(k, (item = make(k)));
      return item;
    };
    this.itemFor = itemFor as (key: unknown) => T;
    this.producer = () => keys().map(itemFor);
    return this;
  }

  protected scalars(): readonly string[] {
    return [];
  }

  protected read(prop: string): unknown {
    throw new SimError("InvalidArgument", `Unknown property '${prop}'.`);
  }

  /** Called by the producing operation. */
  resolveItems(items: T[]): void {
    this.list = items;
  }

  protected all(): T[] {
    if (this.producer) this.list = this.producer();
    if (!this.list) throw new SimError("GeneralException", "The collection was used before it was produced.");
    return this.list;
  }

  override loadNow(paths: string[] | null): void {
    this.itemsLoaded = true;
    const itemPaths = (paths ?? []).map((p) => (p.startsWith("items/") ? p.slice(6) : p)).filter((p) => p !== "items");
    for (const item of this.all()) item.loadNow(itemPaths.length ? itemPaths : null);
  }

  get items(): T[] {
    if (!this.itemsLoaded || !this.list) throw propertyNotLoaded("items");
    return this.list;
  }
}
