/**
 * The drafts the pane holds, mirrored to the local backup on every change. The backup follows the document's keys
 * from scan to scan (a never-written document gets a new id each time): keys no longer offered are cleared, so a
 * backup is never left behind under a key that would not find it again.
 */
import { useCallback, useRef, useState, type RefObject } from "react";
import { loadBackup, saveDrafts } from "./backup";
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

  const follow = useCallback((next: readonly string[]) => {
    const stale = keys.current.filter((k) => !next.includes(k));
    const added = next.some((k) => !keys.current.includes(k));
    keys.current = [...next];
    saveDrafts(stale, {});
    if (added) saveDrafts(next, ref.current);
  }, []);

  const restore = useCallback((next: readonly string[], model: FormModel) => {
    const backup = loadBackup(next);
    const kept = pendingDrafts(backup.drafts, model, true);
    keys.current = [...next];
    ref.current = kept;
    setDrafts(kept);
    // The backup moves to this session's keys: the keys it was kept under last time that this document no
    // longer offers (an id drawn for a never-written document) are cleared, or they would outlive the write.
    saveDrafts(
      backup.keys.filter((k) => !next.includes(k)),
      {},
    );
    saveDrafts(next, kept);
    return Object.keys(kept).length;
  }, []);

  const reconcile = useCallback(
    (next: readonly string[], model: FormModel) => {
      follow(next);
      update((d) => pendingDrafts(d, model, false));
    },
    [follow, update],
  );

  return { drafts, ref, update, restore, reconcile };
}
