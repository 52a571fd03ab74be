/**
 * The pane's state: the last scan, the form model, typed values not yet written (drafts), save status per field,
 * and every action the views offer. Values are written when the user moves on or leaves a field, never per
 * keystroke; a failed write keeps the draft (in the pane and in local storage) and offers a retry.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Decisions, UserSpan } from "../../core/types";
import type { BlankWrite, ScanOutcome, WordError, WordGateway, WordNotice } from "../../word/types";
import { loadDrafts, saveDrafts, type Drafts } from "./backup";
import { toWordError } from "./errors";
import { buildModel, focusBlank, nextEmptyIndex, type FieldEntry, type FormModel } from "./model";
import { prepareWrites, type Message } from "./writes";

export type View = "overview" | "form" | "all" | "check";

export type SaveState =
  { state: "saving" } | { state: "saved" } | { state: "failed"; error: WordError } | { state: "moved" };

/** A draft is for a whole field, or for one part (a day, month or year blank) of a date field. */
export function draftKey(fieldId: string, blankId?: string): string {
  return blankId ? `${fieldId}|${blankId}` : fieldId;
}

function splitKey(key: string): { fieldId: string; blankId?: string } {
  const i = key.indexOf("|");
  return i < 0 ? { fieldId: key } : { fieldId: key.slice(0, i), blankId: key.slice(i + 1) };
}

export type PaneNotice =
  | { kind: "word"; notice: WordNotice }
  | { kind: "restored"; count: number }
  | { kind: "info"; key: "pane.addFromSelection.none" | "pane.addFromSelection.added" | "pane.check.finalized" }
  | { kind: "error"; key: "pane.decision.failed" | "pane.save.failed"; error: WordError };

export interface FillSession {
  phase: "scanning" | "ready" | "failed";
  scanError: WordError | null;
  slow: boolean;
  refreshing: boolean;
  outcome: ScanOutcome | null;
  model: FormModel | null;
  view: View;
  currentId: string | null;
  /** The field the form shows, or null when it left the document (see `goneValue`). */
  current: FieldEntry | null;
  goneValue: string | null;
  drafts: Drafts;
  saves: Record<string, SaveState>;
  /** The most recent write, whichever field it was for: the form's quiet "Đã lưu". */
  lastSave: SaveState | null;
  validation: Record<string, Message>;
  warnings: Record<string, Message>;
  notices: PaneNotice[];
  highlight: boolean;
  finalized: boolean;
  /** What an input shows: the draft when there is one, else the document's value. */
  displayValue(entry: FieldEntry, blankId?: string): string;
  setDraft(fieldId: string, value: string, blankId?: string): void;
  commit(fieldId: string, blankId?: string): Promise<boolean>;
  commitAll(): Promise<void>;
  discardDrafts(): void;
  setView(view: View): void;
  goTo(fieldId: string): void;
  goToIndex(index: number): void;
  next(): Promise<void>;
  previous(): Promise<void>;
  skip(): void;
  /** The form at the first empty field (the first field when every one is filled). */
  continueFilling(): void;
  dismiss(fieldId: string): Promise<void>;
  split(fieldId: string): Promise<void>;
  addFromSelection(): Promise<void>;
  setHighlight(on: boolean): Promise<void>;
  finalize(): Promise<void>;
  jump(blankId: string): void;
  /** Present when the Word layer can select a paragraph (findings that are not blanks). */
  jumpToParagraph: ((paragraph: number) => void) | null;
  refresh(): Promise<void>;
  dismissNotice(index: number): void;
}

const SLOW_MS = 800;
const REFRESH_DEBOUNCE_MS = 250;

export function useFillSession(gateway: WordGateway): FillSession {
  const [phase, setPhase] = useState<FillSession["phase"]>("scanning");
  const [scanError, setScanError] = useState<WordError | null>(null);
  const [slow, setSlow] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const [outcome, setOutcome] = useState<ScanOutcome | null>(null);
  const [view, setView] = useState<View>("overview");
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [saves, setSaves] = useState<Record<string, SaveState>>({});
  const [lastSave, setLastSave] = useState<SaveState | null>(null);
  const [validation, setValidation] = useState<Record<string, Message>>({});
  const [warnings, setWarnings] = useState<Record<string, Message>>({});
  const [notices, setNotices] = useState<PaneNotice[]>([]);
  const [highlight, setHighlightState] = useState(false);
  const [finalized, setFinalized] = useState(false);

  const model = useMemo(() => (outcome ? buildModel(outcome.result) : null), [outcome]);

  // Async actions read the latest state through refs, not through stale closures.
  const draftsRef = useRef(drafts);
  const modelRef = useRef(model);
  const outcomeRef = useRef(outcome);
  const currentRef = useRef(currentId);
  // A warning just raised (a date disagreeing with the printed month) holds the form on its field once.
  const freshWarnings = useRef(new Set<string>());
  const inflight = useRef(new Map<string, { value: string; promise: Promise<boolean> }>());
  const scanning = useRef<Promise<ScanOutcome | null> | null>(null);
  const firstScan = useRef(true);
  const mounted = useRef(true);
  draftsRef.current = drafts;
  modelRef.current = model;
  outcomeRef.current = outcome;
  currentRef.current = currentId;

  const documentId = outcome?.state.documentId ?? "";

  const updateDrafts = useCallback((change: (d: Drafts) => Drafts) => {
    const next = change(draftsRef.current);
    draftsRef.current = next;
    setDrafts(next);
    const id = outcomeRef.current?.state.documentId;
    if (id) saveDrafts(id, next);
  }, []);

  /**
   * One scan at a time. After a write or a decision the scan must start later than the change (`fresh`): one
   * already running may have read the document before it.
   */
  const runScan = useCallback(
    async (fresh = false): Promise<ScanOutcome | null> => {
      const running = scanning.current;
      if (running) return fresh ? running.then(() => runScan()) : running;
      const job = (async () => {
        setRefreshing(true);
        const timer = setTimeout(() => mounted.current && setSlow(true), SLOW_MS);
        try {
          const out = await gateway.scan();
          if (!mounted.current) return out;
          const m = buildModel(out.result);
          outcomeRef.current = out;
          modelRef.current = m;
          setOutcome(out);
          setScanError(null);
          setPhase("ready");
          if (firstScan.current) {
            firstScan.current = false;
            // Values typed last time but never written come back as drafts, unless the document already holds them.
            const kept: Drafts = {};
            for (const [key, value] of Object.entries(loadDrafts(out.state.documentId))) {
              const entry = m.byId.get(splitKey(key).fieldId);
              if (entry && entry.value !== value) kept[key] = value;
            }
            draftsRef.current = kept;
            setDrafts(kept);
            const restored = Object.keys(kept).length;
            setNotices([
              ...out.notices.map((notice): PaneNotice => ({ kind: "word", notice })),
              ...(restored > 0 ? [{ kind: "restored", count: restored } as PaneNotice] : []),
            ]);
          } else {
            const fresh = out.notices.map((notice): PaneNotice => ({ kind: "word", notice }));
            if (fresh.length) setNotices((old) => [...old.filter((n) => n.kind !== "word"), ...fresh]);
            // A draft the document now holds (typed by hand, or written) is no longer pending.
            const d = draftsRef.current;
            const still: Drafts = {};
            for (const [key, value] of Object.entries(d)) {
              const { fieldId, blankId } = splitKey(key);
              const entry = m.byId.get(fieldId);
              const docValue = blankId ? (entry?.blanks.find((b) => b.id === blankId)?.value ?? "") : entry?.value;
              if (docValue !== value) still[key] = value;
            }
            if (Object.keys(still).length !== Object.keys(d).length) {
              draftsRef.current = still;
              setDrafts(still);
              saveDrafts(out.state.documentId, still);
            }
          }
          return out;
        } catch (e) {
          if (!mounted.current) return null;
          const err = toWordError(e);
          if (!outcomeRef.current) {
            setScanError(err);
            setPhase("failed");
          } else setNotices((old) => [...old, { kind: "error", key: "pane.save.failed", error: err }]);
          return null;
        } finally {
          clearTimeout(timer);
          if (mounted.current) {
            setSlow(false);
            setRefreshing(false);
          }
          scanning.current = null;
        }
      })();
      scanning.current = job;
      return job;
    },
    [gateway],
  );

  useEffect(() => {
    mounted.current = true;
    void runScan(false);
    return () => {
      mounted.current = false;
    };
  }, [runScan]);

  // The document moves under the form: rescan when Word says so and when the pane regains focus.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (inflight.current.size === 0) void runScan(true);
      }, REFRESH_DEBOUNCE_MS);
    };
    const off = gateway.onChanged(schedule);
    window.addEventListener("focus", schedule);
    return () => {
      clearTimeout(timer);
      off();
      window.removeEventListener("focus", schedule);
    };
  }, [gateway, runScan]);

  const displayValue = useCallback(
    (entry: FieldEntry, blankId?: string) => {
      const key = draftKey(entry.field.id, blankId);
      if (key in drafts) return drafts[key];
      if (!blankId) return entry.value;
      const b = entry.blanks.find((x) => x.id === blankId);
      return b?.filled ? (b.value ?? b.text) : "";
    },
    [drafts],
  );

  const setDraft = useCallback(
    (fieldId: string, value: string, blankId?: string) => {
      const key = draftKey(fieldId, blankId);
      updateDrafts((d) => ({ ...d, [key]: value }));
      setValidation((v) => {
        if (!(key in v)) return v;
        const { [key]: _gone, ...rest } = v;
        return rest;
      });
    },
    [updateDrafts],
  );

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
          const { [key]: _old, ...rest } = w;
          return prepared.warning ? { ...rest, [key]: prepared.warning } : rest;
        });
        writes.push(...prepared.writes);
        written.push(key);
      }
      if (writes.length === 0) return valid;
      setSaves((s) => ({
        ...s,
        ...Object.fromEntries(written.map((k) => [splitKey(k).fieldId, { state: "saving" }])),
      }));
      let failure: SaveState | null = null;
      try {
        const report = await gateway.apply(writes);
        if (report.failed.length) failure = { state: "failed", error: report.failed[0].error };
        else if (report.moved.length) failure = { state: "moved" };
      } catch (e) {
        failure = { state: "failed", error: toWordError(e) };
      }
      if (!mounted.current) return false;
      const status: SaveState = failure ?? { state: "saved" };
      setLastSave(status);
      setSaves((s) => ({ ...s, ...Object.fromEntries(written.map((k) => [splitKey(k).fieldId, status])) }));
      if (!failure) {
        const sent = Object.fromEntries(written.map((k) => [k, draftsRef.current[k]]));
        updateDrafts((d) => {
          const rest = { ...d };
          // Only drop drafts unchanged since they were sent; newer typing stays pending.
          for (const k of written) if (rest[k] === sent[k]) delete rest[k];
          return rest;
        });
      }
      // Apply changes anchors and may reveal moved text: the next scan is what the form shows.
      if (failure?.state !== "failed") await runScan(true);
      return valid && !failure;
    },
    [gateway, runScan, updateDrafts],
  );

  const commit = useCallback(
    async (fieldId: string, blankId?: string): Promise<boolean> => {
      const key = draftKey(fieldId, blankId);
      const value = draftsRef.current[key];
      if (value === undefined) return true;
      const entry = modelRef.current?.byId.get(fieldId);
      if (!entry) return true;
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
    [writeDrafts],
  );

  /** Every pending value of the current field (the whole date and any typed parts). */
  const commitField = useCallback(
    async (fieldId: string) => {
      const keys = Object.keys(draftsRef.current).filter((k) => splitKey(k).fieldId === fieldId);
      let ok = true;
      for (const k of keys) {
        const { blankId } = splitKey(k);
        ok = (await commit(fieldId, blankId)) && ok;
      }
      return ok;
    },
    [commit],
  );

  const commitAll = useCallback(async () => {
    await writeDrafts(Object.keys(draftsRef.current));
    setNotices((old) => old.filter((n) => n.kind !== "restored"));
  }, [writeDrafts]);

  const discardDrafts = useCallback(() => {
    updateDrafts(() => ({}));
    setValidation({});
    setNotices((old) => old.filter((n) => n.kind !== "restored"));
  }, [updateDrafts]);

  const jump = useCallback(
    (blankId: string) => {
      gateway.select(blankId).catch(() => {
        // Selecting is a convenience: the form stays usable when Word cannot move its selection.
      });
    },
    [gateway],
  );

  const jumpToParagraph = useMemo(() => {
    const selectParagraph = gateway.selectParagraph?.bind(gateway);
    if (!selectParagraph) return null;
    return (paragraph: number) => {
      selectParagraph(paragraph).catch(() => {
        // As with blanks: a selection Word cannot make leaves the check usable.
      });
    };
  }, [gateway]);

  const goTo = useCallback(
    (fieldId: string) => {
      const entry = modelRef.current?.byId.get(fieldId);
      setCurrentId(fieldId);
      currentRef.current = fieldId;
      setView("form");
      if (entry) jump(focusBlank(entry).id);
    },
    [jump],
  );

  const goToIndex = useCallback(
    (index: number) => {
      const entry = modelRef.current?.entries[index];
      if (entry) goTo(entry.field.id);
    },
    [goTo],
  );

  const indexOfCurrent = () => {
    const m = modelRef.current;
    const id = currentRef.current;
    return m && id ? m.entries.findIndex((e) => e.field.id === id) : -1;
  };

  const next = useCallback(async () => {
    const id = currentRef.current;
    if (id && !(await commitField(id))) return;
    if (id && freshWarnings.current.delete(id)) return;
    const m = modelRef.current;
    if (!m) return;
    const i = id ? m.entries.findIndex((e) => e.field.id === id) : -1;
    if (i + 1 < m.entries.length) goToIndex(i + 1);
    else setView("overview");
  }, [commitField, goToIndex]);

  const previous = useCallback(async () => {
    const id = currentRef.current;
    if (id && !(await commitField(id))) return;
    const i = indexOfCurrent();
    if (i > 0) goToIndex(i - 1);
  }, [commitField, goToIndex]);

  const skip = useCallback(() => {
    const m = modelRef.current;
    if (!m) return;
    const i = indexOfCurrent();
    const n = nextEmptyIndex(m, i + 1);
    if (n === null || n === i) setView("overview");
    else goToIndex(n);
  }, [goToIndex]);

  const continueFilling = useCallback(() => {
    const m = modelRef.current;
    if (!m || m.entries.length === 0) return;
    goToIndex(nextEmptyIndex(m, 0) ?? 0);
  }, [goToIndex]);

  const decide = useCallback(
    async (change: (d: Decisions) => Decisions): Promise<ScanOutcome | null> => {
      const base = outcomeRef.current?.state.decisions ?? { dismissed: [], added: [], unlinked: [] };
      try {
        await gateway.saveDecisions(change(base));
      } catch (e) {
        setNotices((old) => [...old, { kind: "error", key: "pane.decision.failed", error: toWordError(e) }]);
        return null;
      }
      return runScan(true);
    },
    [gateway, runScan],
  );

  const dismiss = useCallback(
    async (fieldId: string) => {
      const m = modelRef.current;
      const entry = m?.byId.get(fieldId);
      if (!m || !entry) return;
      const index = m.entries.indexOf(entry);
      updateDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => splitKey(k).fieldId !== fieldId)));
      const out = await decide((d) => ({
        ...d,
        dismissed: [...new Set([...d.dismissed, ...entry.field.blankIds])],
      }));
      const after = out ? modelRef.current : null;
      if (!after) return;
      if (after.entries.length === 0) setView("overview");
      else goToIndex(Math.min(index, after.entries.length - 1));
    },
    [decide, goToIndex, updateDrafts],
  );

  const split = useCallback(
    async (fieldId: string) => {
      const entry = modelRef.current?.byId.get(fieldId);
      if (!entry) return;
      const firstBlank = entry.blanks[0].id;
      const out = await decide((d) => ({
        ...d,
        unlinked: [...new Set([...d.unlinked, ...entry.field.blankIds])],
      }));
      if (!out) return;
      const owner = modelRef.current?.entries.find((e) => e.field.blankIds.includes(firstBlank));
      if (owner) goTo(owner.field.id);
    },
    [decide, goTo],
  );

  const addFromSelection = useCallback(async () => {
    let span: UserSpan | null;
    try {
      span = await gateway.selectionSpan();
    } catch (e) {
      setNotices((old) => [...old, { kind: "error", key: "pane.decision.failed", error: toWordError(e) }]);
      return;
    }
    if (!span || span.end <= span.start) {
      setNotices((old) => [...old, { kind: "info", key: "pane.addFromSelection.none" }]);
      return;
    }
    const s = span;
    const out = await decide((d) => ({ ...d, added: [...d.added, s] }));
    if (!out) return;
    const blank =
      out.result.blanks.find((b) => b.paragraph === s.paragraph && b.start === s.start && b.end === s.end) ??
      out.result.blanks.find((b) => b.paragraph === s.paragraph && b.start <= s.start && b.end >= s.end);
    setNotices((old) => [
      ...old.filter((n) => !(n.kind === "info" && n.key === "pane.addFromSelection.none")),
      { kind: "info", key: "pane.addFromSelection.added" },
    ]);
    if (blank) goTo(blank.fieldId);
  }, [gateway, decide, goTo]);

  const setHighlight = useCallback(
    async (on: boolean) => {
      setHighlightState(on);
      try {
        await gateway.highlightEmpty(on);
      } catch (e) {
        setHighlightState(!on);
        setNotices((old) => [...old, { kind: "error", key: "pane.save.failed", error: toWordError(e) }]);
      }
    },
    [gateway],
  );

  const finalize = useCallback(async () => {
    try {
      await gateway.finalize();
    } catch (e) {
      setNotices((old) => [...old, { kind: "error", key: "pane.save.failed", error: toWordError(e) }]);
      return;
    }
    setFinalized(true);
    setHighlightState(false);
    setNotices((old) => [...old, { kind: "info", key: "pane.check.finalized" }]);
    await runScan(true);
  }, [gateway, runScan]);

  const refresh = useCallback(async () => {
    await runScan(true);
  }, [runScan]);

  const dismissNotice = useCallback((index: number) => {
    setNotices((old) => old.filter((_, i) => i !== index));
  }, []);

  const current = currentId && model ? (model.byId.get(currentId) ?? null) : null;
  const goneValue = currentId && model && !current ? (drafts[currentId] ?? "") : null;

  useEffect(() => {
    if (documentId) saveDrafts(documentId, draftsRef.current);
  }, [documentId]);

  return {
    phase,
    scanError,
    slow,
    refreshing,
    outcome,
    model,
    view,
    currentId,
    current,
    goneValue,
    drafts,
    saves,
    lastSave,
    validation,
    warnings,
    notices,
    highlight,
    finalized,
    displayValue,
    setDraft,
    commit,
    commitAll,
    discardDrafts,
    setView,
    goTo,
    goToIndex,
    next,
    previous,
    skip,
    continueFilling,
    dismiss,
    split,
    addFromSelection,
    setHighlight,
    finalize,
    jump,
    jumpToParagraph,
    refresh,
    dismissNotice,
  };
}
