/**
 * Scanning the document: one scan at a time, a slow scan shows progress, the first failure is the pane's, a later
 * one only a notice (the form still holds the last scan).
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { ScanOutcome, WordError, WordGateway } from "../../word/types";
import { toWordError } from "../../word/errors";
import { buildModel, type FormModel } from "./model";

const SLOW_MS = 800;

export interface ScanHandlers {
  /** Every scan's result, before the views see it; `first` on opening. */
  scanned(outcome: ScanOutcome, model: FormModel, first: boolean): void;
  /** A scan failed while the pane already shows an earlier one. */
  failedLater(error: WordError): void;
}

export interface ScanState {
  phase: "scanning" | "ready" | "failed";
  scanError: WordError | null;
  slow: boolean;
  refreshing: boolean;
  outcome: ScanOutcome | null;
  model: FormModel | null;
  outcomeRef: RefObject<ScanOutcome | null>;
  modelRef: RefObject<FormModel | null>;
  /**
   * After a write or a decision the scan must start later than the change (`fresh`): one already running may
   * have read the document before it.
   */
  runScan(fresh?: boolean): Promise<ScanOutcome | null>;
  /** Show what the Word layer read back after a write, without reading the document again. */
  patch(change: (outcome: ScanOutcome) => ScanOutcome): void;
}

export function useScan(gateway: WordGateway, mounted: RefObject<boolean>, handlers: ScanHandlers): ScanState {
  const [phase, setPhase] = useState<ScanState["phase"]>("scanning");
  const [scanError, setScanError] = useState<WordError | null>(null);
  const [slow, setSlow] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const [last, setLast] = useState<{ outcome: ScanOutcome; model: FormModel } | null>(null);
  const outcomeRef = useRef<ScanOutcome | null>(null);
  const modelRef = useRef<FormModel | null>(null);
  const scanning = useRef<Promise<ScanOutcome | null> | null>(null);
  const first = useRef(true);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  const runScan = useCallback(
    async (fresh = false): Promise<ScanOutcome | null> => {
      const running = scanning.current;
      if (running) return fresh ? running.then(() => runScan()) : running;
      const job = (async () => {
        setRefreshing(true);
        const timer = setTimeout(() => mounted.current && setSlow(true), SLOW_MS);
        try {
          const outcome = await gateway.scan();
          if (!mounted.current) return outcome;
          const model = buildModel(outcome.result);
          outcomeRef.current = outcome;
          modelRef.current = model;
          setLast({ outcome, model });
          setScanError(null);
          setPhase("ready");
          handlersRef.current.scanned(outcome, model, first.current);
          first.current = false;
          return outcome;
        } catch (e) {
          if (!mounted.current) return null;
          const err = toWordError(e);
          if (outcomeRef.current) handlersRef.current.failedLater(err);
          else {
            setScanError(err);
            setPhase("failed");
          }
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
    [gateway, mounted],
  );

  // A scan that started before a write reads the document before it, and the Word layer runs one operation at a
  // time, so such a scan has always landed before the write's report arrives: patching the latest outcome is right.
  const patch = useCallback((change: (outcome: ScanOutcome) => ScanOutcome) => {
    const current = outcomeRef.current;
    if (!current) return;
    const outcome = change(current);
    if (outcome === current) return;
    const model = buildModel(outcome.result);
    outcomeRef.current = outcome;
    modelRef.current = model;
    setLast({ outcome, model });
  }, []);

  useEffect(() => {
    void runScan(false);
  }, [runScan]);

  return {
    phase,
    scanError,
    slow,
    refreshing,
    outcome: last?.outcome ?? null,
    model: last?.model ?? null,
    outcomeRef,
    modelRef,
    runScan,
    patch,
  };
}
