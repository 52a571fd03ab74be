/**
 * A local copy of values typed in the pane but not yet written to the document, so a failed write, a closed pane
 * or a crash loses nothing. A document never written to keeps no id of ours, and `document.url` is empty for
 * unsaved files, so the copy is kept under every key the Word layer offers (`ScanOutcome.backupKeys`) and read
 * from the first that holds any. Storage can be missing or full (private windows, quotas): then the pane still
 * works and only the backup is skipped.
 */
import type { Drafts } from "./drafts";

const PREFIX = "dien-mau:drafts:";

function storage(): Storage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** What one key holds: the drafts, and every key they were kept under (to clear them all once written). */
export interface Backup {
  drafts: Drafts;
  keys: string[];
}

function strings(o: Record<string, unknown>): Drafts {
  const out: Drafts = {};
  for (const [k, v] of Object.entries(o)) if (typeof v === "string") out[k] = v;
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

function read(s: Storage, key: string): Backup {
  try {
    const raw = s.getItem(PREFIX + key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!isRecord(parsed)) return { drafts: {}, keys: [] };
    // Earlier versions kept the drafts alone, under a single key.
    if (!isRecord(parsed.drafts)) return { drafts: strings(parsed), keys: [key] };
    const keys = Array.isArray(parsed.keys) ? parsed.keys.filter((k): k is string => typeof k === "string") : [];
    return { drafts: strings(parsed.drafts), keys: keys.includes(key) ? keys : [...keys, key] };
  } catch {
    return { drafts: {}, keys: [] };
  }
}

/** The backup kept under the first of `keys` that holds any drafts. */
export function loadBackup(keys: readonly string[]): Backup {
  const s = storage();
  if (s) {
    for (const key of keys) {
      if (!key) continue;
      const backup = read(s, key);
      if (Object.keys(backup.drafts).length > 0) return backup;
    }
  }
  return { drafts: {}, keys: [] };
}

/** Keep `drafts` under every key; no drafts clears them all. */
export function saveDrafts(keys: readonly string[], drafts: Drafts): void {
  const s = storage();
  if (!s) return;
  const live = keys.filter((k) => k);
  const json = Object.keys(drafts).length > 0 ? JSON.stringify({ keys: live, drafts }) : null;
  for (const key of live) {
    try {
      if (json === null) s.removeItem(PREFIX + key);
      else s.setItem(PREFIX + key, json);
    } catch {
      // Quota or privacy mode: the values are still held in the pane.
    }
  }
}
