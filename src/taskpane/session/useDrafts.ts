/**
 * The drafts the pane holds, mirrored to the local backup on every change. The backup follows the document's own
 * keys from scan to scan (the first write gives a document its id): keys it no longer uses are cleared, so a backup
 * is never left behind under a key that would not find it again. Keys the document does not use are never touched:
 * they may hold another document's backup.
 */
import { useCallback, useRef, useState, type RefObject } from "react";
import { loadBackup, ownKeys, saveDrafts } from "./backup";
import { pendingDrafts, type Drafts } from "./drafts";
import type { FormModel } from "./model";

export interface DraftStore {
  drafts: Drafts;
  /** The latest drafts, for async actions that outlive a render. */
  ref: RefObject<Drafts>;
  update(change: (d: Drafts) => Drafts): void;
  /** On opening: the backup under `keys`, less what the document already holds. Returns how many came back. */
  restore(keys: readonly string[], model: FormModel): number;
  /** After a later scan: follow the document's keys, drop drafts the document now holds. */
  reconcile(keys: readonly string[], model: FormModel): void;
  /** A write succeeded: the document now holds `documentId`, which keys its backup from now on. */
  identified(documentId: string): void;
}

export function useDrafts(): DraftStore {
  const [drafts, setDrafts] = useState<Drafts>({});
  const ref = useRef(drafts);
  const keys = useRef<readonly string[]>([]);

  const update = useCallback((change: (d: Drafts) => Drafts) => {
    const next = change(ref.current);
    if (next === ref.current) return;
    ref.current = next;
    setDrafts(next);
    saveDrafts(keys.current, next);
  }, []);

  const follow = useCallback((offered: readonly string[]) => {
    const next = ownKeys(offered);
    const stale = keys.current.filter((k) => !next.includes(k));
    const added = next.some((k) => !keys.current.includes(k));
    keys.current = [...next];
    saveDrafts(stale, {});
    if (added) saveDrafts(next, ref.current);
  }, []);

  const restore = useCallback((next: readonly string[], model: FormModel) => {
    const backup = loadBackup(next);
    const kept = pendingDrafts(backup.drafts, model, true);
    keys.current = ownKeys(next);
    ref.current = kept;
    setDrafts(kept);
    saveDrafts(keys.current, kept);
    return Object.keys(kept).length;
  }, []);

  const reconcile = useCallback(
    (next: readonly string[], model: FormModel) => {
      follow(next);
      update((d) => pendingDrafts(d, model, false));
    },
    [follow, update],
  );

  const identified = useCallback((id: string) => follow([`doc:${id}`, ...keys.current]), [follow]);

  return { drafts, ref, update, restore, reconcile, identified };
}
