/**
 * What every gateway operation shares: the Office and Word namespaces, the saved state and how it is read and
 * written, one `Word.run` turned into typed failures, and the model of the last scan.
 */
import { countSyncs, keepOfficeError } from "./diagnostics";
import type { scan as EngineScan } from "../core";
import type { Decisions } from "../core/types";
import { toWordFailure, WordFailure } from "./errors";
import type { Model } from "./model";
import type { DocumentRead } from "./read";
import { mergeStates, newState, parseState, serializeState, STATE_KEY, STATE_LIMIT_BYTES } from "./state";
import type { RememberedShape, SavedState, TrackingState, WordNotice } from "./types";

export type Platform = "web" | "desktop";

export interface WordGatewayOptions {
  /** Defaults to the global `Word` (Office.js or an installed simulator). */
  word?: typeof Word;
  /** Defaults to the global `Office`. */
  office?: typeof Office;
  /** Where Word runs; decides which blanks can hold an anchor. Detected from Office when absent. */
  platform?: Platform;
  /** An operation Word has not answered within this many milliseconds fails with Timeout (default 30 s). */
  timeoutMs?: number;
  /** `onChanged` listeners hear of a burst of changes once it has been quiet this long (default 400 ms). */
  changeDebounceMs?: number;
  /** Selection changes this soon after the add-in's own `select` are its echo, not the user's (default 500 ms). */
  ownSelectionMs?: number;
}

export interface StateRead {
  state: SavedState;
  notices: WordNotice[];
  /** The state was read from the document (not made new because there was none, or it was unreadable). */
  found: boolean;
}

export class GatewaySession {
  model: Model | null = null;
  state: SavedState | null = null;
  /** The last operation on the document was a finalize; cleared by the next scan. */
  finalized = false;
  /**
   * The text blanks of the last scan in this pane, newer than what the saved state holds until the next save:
   * a blank typed over by hand is recognised even in a document nothing was ever written to.
   */
  remembered: RememberedShape[] | null = null;
  /** Round trips of the current operation; the gateway sets it to 0 when one starts. */
  syncs = 0;
  /** The decisions the last scan ran the engine with; a write runs it again with the same. */
  decisions: Decisions | undefined;
  tracking: TrackingState = "unknown";
  backupKeys: string[] = [];
  notices: WordNotice[] = [];
  /** Blanks where Word refused the anchor they would get, and the kind they get instead (see `plan.ts`). */
  readonly refused = new Map<string, "control" | "bookmark" | "none">();
  /** The last full read of the document, while nothing was written since (see `ReadOptions.previous`). */
  lastRead: DocumentRead | null = null;
  /** The OOXML read did not answer in time once: later scans do without it. */
  ooxmlUnreliable = false;
  private engineModule: Promise<typeof EngineScan> | null = null;

  constructor(readonly options: WordGatewayOptions) {}

  /** The engine, fetched once (a chunk of its own: the pane shows itself before it arrives). */
  engine(): Promise<typeof EngineScan> {
    if (!this.engineModule) {
      this.engineModule = import("../core").then((m) => m.scan);
      // A failed fetch is tried again by the next operation, not remembered.
      this.engineModule.catch(() => (this.engineModule = null));
    }
    return this.engineModule;
  }

  word(): typeof Word {
    return this.options.word ?? (globalThis as { Word?: typeof Word }).Word!;
  }

  office(): typeof Office {
    return this.options.office ?? (globalThis as { Office?: typeof Office }).Office!;
  }

  platform(): Platform {
    if (this.options.platform) return this.options.platform;
    const ctx = this.office()?.context as unknown as
      { platform?: string; diagnostics?: { platform?: string } } | undefined;
    const p = ctx?.platform ?? ctx?.diagnostics?.platform;
    return p === "OfficeOnline" ? "web" : "desktop";
  }

  /** The file's address; empty for a document never saved. */
  url(): string {
    const url = (this.office()?.context?.document as { url?: unknown } | undefined)?.url;
    return typeof url === "string" ? url : "";
  }

  settings(): Office.Settings | null {
    return this.office()?.context?.document?.settings ?? null;
  }

  readState(): StateRead {
    const s = this.settings();
    let raw: unknown = null;
    try {
      raw = s ? s.get(STATE_KEY) : null;
    } catch {
      return { state: newState(), notices: [{ type: "state-corrupt" }], found: false };
    }
    return parseState(raw);
  }

  saveSettings(): Promise<void> {
    const s = this.settings();
    if (!s) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      s.saveAsync((res) => {
        if (res.status === this.office().AsyncResultStatus.Failed) reject(toWordFailure(res.error));
        else resolve();
      });
    });
  }

  /**
   * Saves the state. Another person editing the document (co-authoring) may have saved theirs since this pane read
   * it: the settings are read again first and merged per blank, the blanks this operation `changed` taking ours and
   * every other taking theirs. That narrows the race between two saves; it cannot remove it. Without `changed`,
   * ours wins throughout. More than Office keeps (2 MB) is refused before anything is stored: the remembered
   * blank shapes are left out first, and if it is still too large the save fails and the values already written
   * stay in the document.
   */
  async writeState(changed?: Iterable<string>): Promise<void> {
    const s = this.settings();
    if (!s || !this.state) return;
    await this.refreshSettings();
    let state = this.state;
    if (changed) {
      let theirs: SavedState | null = null;
      try {
        const parsed = parseState(s.get(STATE_KEY));
        if (parsed.found && parsed.state.documentId === state.documentId) theirs = parsed.state;
      } catch {
        theirs = null;
      }
      if (theirs) state = this.state = mergeStates(theirs, state, new Set(changed));
    }
    let data = serializeState(state);
    if (JSON.stringify(data).length * 2 > STATE_LIMIT_BYTES) data = serializeState({ ...state, blanks: [] });
    if (JSON.stringify(data).length * 2 > STATE_LIMIT_BYTES) {
      throw new WordFailure("TooLarge", "the add-in's state is larger than Office keeps in a document (2 MB)");
    }
    s.set(STATE_KEY, data);
    await this.saveSettings();
  }

  /** `refreshAsync` where the host has it; a failure leaves what this pane read. */
  private refreshSettings(): Promise<void> {
    const s = this.settings() as (Office.Settings & { refreshAsync?: Office.Settings["refreshAsync"] }) | null;
    if (!s?.refreshAsync) return Promise.resolve();
    return new Promise<void>((resolve) => {
      try {
        s.refreshAsync(() => resolve());
      } catch {
        resolve();
      }
    });
  }

  /** One Word.run; callers are already inside the gateway's queue. */
  async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.word().run((context) => batch(countSyncs(context, () => this.syncs++)));
    } catch (err) {
      throw keepOfficeError(toWordFailure(err), err);
    }
  }

  requireModel(): Model {
    if (!this.model) throw new WordFailure("ItemNotFound", "scan the document first");
    return this.model;
  }

  requireState(): SavedState {
    if (!this.state) this.state = this.readState().state;
    return this.state;
  }
}
