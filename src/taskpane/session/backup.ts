/**
 * A local copy of values typed in the pane but not yet written to the document, so a failed write, a closed pane
 * or a crash loses nothing. Keyed by the id the add-in keeps in the document's settings, because `document.url`
 * is empty for unsaved files. Storage can be missing or full (private windows, quotas): then the pane still works
 * and only the backup is skipped.
 */
export type Drafts = Record<string, string>;

const PREFIX = "dien-mau:drafts:";

function storage(): Storage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

export function loadDrafts(documentId: string): Drafts {
  const s = storage();
  if (!s || !documentId) return {};
  try {
    const raw = s.getItem(PREFIX + documentId);
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    const out: Drafts = {};
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) if (typeof v === "string") out[k] = v;
    return out;
  } catch {
    return {};
  }
}

export function saveDrafts(documentId: string, drafts: Drafts): void {
  const s = storage();
  if (!s || !documentId) return;
  try {
    if (Object.keys(drafts).length === 0) s.removeItem(PREFIX + documentId);
    else s.setItem(PREFIX + documentId, JSON.stringify(drafts));
  } catch {
    // Quota or privacy mode: the values are still held in the pane.
  }
}
