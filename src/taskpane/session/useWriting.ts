/**
 * Writing drafts to the document: when the user moves on or leaves a field, never per keystroke. A value the rules
 * reject stays a draft with its message; a failed write keeps the draft (in the pane and in the backup) for a retry;
 * a write succeeded drops the draft unless the user typed on meanwhile. One write per draft at a time.
 */
import { useCallback, useRef, useState, type RefObject } from "react";
import type { ApplyReport, BlankWrite, ScanOutcome, WordGateway } from "../../word/types";
import { draftKey, splitKey } from "./drafts";
import { toWordError } from "../../word/errors";
import type { FormModel } from "./model";
import type { SaveState } from "./types";
import type { DraftStore } from "./useDrafts";
import { prepareWrites, type Message } from "./writes";

export interface Writing {
  saves: Record<string, SaveState>;
  lastSave: SaveState | null;
  validation: Record<string, Message>;
  warnings: Record<string, Message>;
  /** Write one draft (a field's value, or one part of a date); true when it was valid and written. */
  commit(fieldId: string, blankId?: string): Promise<boolean>;
  /** Every pending draft of a field (the whole date and any typed parts). */
  commitField(fieldId: string): Promise<boolean>;
  /** Every pending draft, in one write. */
  commitAll(): Promise<boolean>;
  clearValidation(key?: string): void;
  /**
   * Whether a warning was just raised for the field (a date disagreeing with the printed month), consumed: the
   * form holds on the field once so the user sees it.
   */
  takeFreshWarning(fieldId: string): boolean;
  /** A write is on its way. */
  busy(): boolean;
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!(key in record)) return record;
  const { [key]: _gone, ...rest } = record;
  return rest;
}

export function useWriting(
  gateway: WordGateway,
  drafts: DraftStore,
  scan: {
    modelRef: RefObject<FormModel | null>;
    outcomeRef: RefObject<ScanOutcome | null>;
    runScan(fresh: boolean): Promise<ScanOutcome | null>;
    patch(change: (outcome: ScanOutcome) => ScanOutcome): void;
  },
  mounted: RefObject<boolean>,
  /** A write succeeded. */
  onWritten: () => void,
  /** Asked before writing: false leaves the values as drafts (Track Changes on and the user said stop). */
  confirmWrite: () => Promise<boolean> = () => Promise.resolve(true),
): Writing {
  const { modelRef, outcomeRef, runScan, patch } = scan;
  const [saves, setSaves] = useState<Record<string, SaveState>>({});
  const [lastSave, setLastSave] = useState<SaveState | null>(null);
  const [validation, setValidation] = useState<Record<string, Message>>({});
  const [warnings, setWarnings] = useState<Record<string, Message>>({});
  const freshWarnings = useRef(new Set<string>());
  const inflight = useRef(new Map<string, { value: string; promise: Promise<boolean> }>());
  /** Writes on their way, whichever action started them (one field, or every draft at once). */
  const writing = useRef(0);
  const { update, identified } = drafts;
  const draftsRef = drafts.ref;

  const writeDrafts = useCallback(
    async (keys: string[]): Promise<boolean> => {
      const m = modelRef.current;
      if (!m) return false;
      const writes: BlankWrite[] = [];
      const written: string[] = [];
      let valid = true;
      for (const key of keys) {
        const value = draftsRef.current[key];
        if (value === undefined) continue;
        const { fieldId, blankId } = splitKey(key);
        const entry = m.byId.get(fieldId);
        if (!entry || entry.field.readOnly) continue;
        const prepared = prepareWrites(entry, value, blankId);
        if (!prepared.ok) {
          valid = false;
          setValidation((v) => ({ ...v, [key]: prepared.error }));
          continue;
        }
        if (prepared.warning) freshWarnings.current.add(fieldId);
        setWarnings((w) => {
          const rest = without(w, key);
          return prepared.warning ? { ...rest, [key]: prepared.warning } : rest;
        });
        writes.push(...prepared.writes);
        written.push(key);
      }
      if (writes.length === 0) return valid;
      if (!(await confirmWrite()) || !mounted.current) return false;
      const mark = (status: SaveState) =>
        setSaves((s) => ({ ...s, ...Object.fromEntries(written.map((k) => [splitKey(k).fieldId, status])) }));
      mark({ state: "saving" });
      let failure: SaveState | null = null;
      let report: ApplyReport | null = null;
      writing.current++;
      try {
        report = await gateway.apply(writes);
        if (report.failed.length) failure = { state: "failed", error: report.failed[0].error };
        else if (report.byHand.length) failure = { state: "byHand" };
        else if (report.moved.length) failure = { state: "moved" };
      } catch (e) {
        failure = { state: "failed", error: toWordError(e) };
      } finally {
        writing.current--;
      }
      if (!mounted.current) return false;
      // The report carries the document as Word read it back in the write's own batch: the form shows that at once.
      // A scan of a long document takes seconds, so the document is read again only when Word's answer did not fit.
      const done = report;
      const fresh = done?.outcome;
      if (fresh) patch(() => fresh);
      const status: SaveState = failure ?? { state: "saved" };
      setLastSave(status);
      mark(status);
      if (!failure) {
        // The write saved the document's id in it: a backup of what is still pending must be found by it.
        const id = outcomeRef.current?.state.documentId;
        if (id) identified(id);
        onWritten();
        const sent = Object.fromEntries(written.map((k) => [k, draftsRef.current[k]]));
        update((d) => {
          const rest = { ...d };
          // Only drop drafts unchanged since they were sent; newer typing stays pending.
          for (const k of written) if (rest[k] === sent[k]) delete rest[k];
          return rest;
        });
      }
      // A blank no longer where it was, or a write Word refused: the document is not what the pane thinks. (When
      // Word could not be reached at all, reading it now would only fail again.)
      if (done && (failure || !fresh)) await runScan(true);
      return valid && !failure;
    },
    [gateway, modelRef, outcomeRef, draftsRef, update, identified, onWritten, runScan, patch, mounted, confirmWrite],
  );

  const commit = useCallback(
    async (fieldId: string, blankId?: string): Promise<boolean> => {
      const key = draftKey(fieldId, blankId);
      const value = draftsRef.current[key];
      if (value === undefined || !modelRef.current?.byId.has(fieldId)) return true;
      const running = inflight.current.get(key);
      if (running && running.value === value) return running.promise;
      const promise = (async () => {
        if (running) await running.promise;
        return writeDrafts([key]);
      })();
      inflight.current.set(key, { value, promise });
      try {
        return await promise;
      } finally {
        if (inflight.current.get(key)?.promise === promise) inflight.current.delete(key);
      }
    },
    [writeDrafts, draftsRef, modelRef],
  );

  const commitField = useCallback(
    async (fieldId: string) => {
      let ok = true;
      for (const key of Object.keys(draftsRef.current)) {
        const parts = splitKey(key);
        if (parts.fieldId === fieldId) ok = (await commit(fieldId, parts.blankId)) && ok;
      }
      return ok;
    },
    [commit, draftsRef],
  );

  const commitAll = useCallback(() => writeDrafts(Object.keys(draftsRef.current)), [writeDrafts, draftsRef]);

  const clearValidation = useCallback((key?: string) => {
    setValidation((v) => (key === undefined ? {} : without(v, key)));
  }, []);

  const takeFreshWarning = useCallback((fieldId: string) => freshWarnings.current.delete(fieldId), []);
  const busy = useCallback(() => writing.current > 0 || inflight.current.size > 0, []);

  return {
    saves,
    lastSave,
    validation,
    warnings,
    commit,
    commitField,
    commitAll,
    clearValidation,
    takeFreshWarning,
    busy,
  };
}
