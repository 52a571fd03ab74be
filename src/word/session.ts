/**
 * What every gateway operation shares: the Office and Word namespaces, the saved state and how it is read and
 * written, one `Word.run` turned into typed failures, and the model of the last scan.
 */
import { toWordFailure, WordFailure } from "./errors";
import type { Model } from "./model";
import { newState, parseState, serializeState, STATE_KEY } from "./state";
import type { RememberedShape, SavedState, WordNotice } from "./types";

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

  constructor(readonly options: WordGatewayOptions) {}

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

  async writeState(): Promise<void> {
    const s = this.settings();
    if (!s || !this.state) return;
    s.set(STATE_KEY, serializeState(this.state));
    await this.saveSettings();
  }

  /** One Word.run; callers are already inside the gateway's queue. */
  async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.word().run(batch);
    } catch (err) {
      throw toWordFailure(err);
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
