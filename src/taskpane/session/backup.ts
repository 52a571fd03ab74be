/**
 * A local copy of values typed in the pane but not yet written to the document, so a failed write, a closed pane
 * or a crash loses nothing. It is kept under the keys the Word layer offers (`ScanOutcome.backupKeys`): the
 * document's id, its address, a fingerprint of its text. Every document made from one template has the same text,
 * so the fingerprint serves only a document with neither id nor address (new, unsaved, never written to), and a
 * backup that names another document's id or address is never taken. Storage can be missing or full (private
 * windows, quotas): then the pane still works and only the backup is skipped.
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

const kind = (key: string) => key.slice(0, key.indexOf(":") + 1);

/** The keys a document's backup is kept under: of `offered`, the fingerprint only when nothing else is. */
export function ownKeys(offered: readonly string[]): string[] {
  const live = offered.filter((k) => k);
  const named = live.filter((k) => kind(k) !== "text:");
  return named.length > 0 ? named : live;
}

/**
 * A backup found under `key` names another document when it was kept under an id or address not offered now: an
 * id (or address) the document has none of, or one found through the fingerprint alone. Found by the document's own
 * id, it is its own even from an earlier address (the file was moved).
 */
function foreign(backup: Backup, key: string, own: readonly string[]): boolean {
  if (kind(key) === "doc:") return false;
  return backup.keys.some((k) => {
    const of = kind(k);
    return (
      (of === "doc:" || of === "url:") && !own.includes(k) && (kind(key) === "text:" || own.some((o) => kind(o) === of))
    );
  });
}

/** The backup kept under the first of the document's own keys that holds drafts of this document. */
export function loadBackup(offered: readonly string[]): Backup {
  const s = storage();
  const own = ownKeys(offered);
  if (s) {
    for (const key of own) {
      const backup = read(s, key);
      if (Object.keys(backup.drafts).length > 0 && !foreign(backup, key, own)) return backup;
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
