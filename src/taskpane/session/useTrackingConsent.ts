/**
 * With Track Changes on, every value the pane writes becomes a revision in the document. Before the first write of
 * the pane's session the user is told so and chooses: go on (writes become revisions, and the question is not asked
 * again while the pane stays open) or stop (nothing is written; what they typed stays as drafts, and the next write
 * asks again). Where tracking is off, or cannot be told (no WordApi 1.4), nothing is asked.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TrackingState } from "../../word/types";

/** The open question: answer it with `proceed` or `stop`. */
export interface TrackingPrompt {
  proceed(): void;
  stop(): void;
}

export interface TrackingConsent {
  /**
   * Call before writing: true to write, false to leave the values as drafts. Resolves at once unless the user must
   * be asked; calls while the question is open share its answer.
   */
  confirmWrite(): Promise<boolean>;
  /** Non-null while the question waits for an answer: render it with `<TrackingPrompt prompt={…} />`. */
  prompt: TrackingPrompt | null;
}

export function useTrackingConsent(tracking: TrackingState): TrackingConsent {
  const trackingRef = useRef(tracking);
  trackingRef.current = tracking;
  const consented = useRef(false);
  const pending = useRef<{ answer: Promise<boolean>; resolve: (ok: boolean) => void } | null>(null);
  const [asking, setAsking] = useState(false);

  const answer = useCallback((ok: boolean) => {
    if (ok) consented.current = true;
    const open = pending.current;
    pending.current = null;
    setAsking(false);
    open?.resolve(ok);
  }, []);

  const confirmWrite = useCallback((): Promise<boolean> => {
    if (trackingRef.current !== "on" || consented.current) return Promise.resolve(true);
    if (pending.current) return pending.current.answer;
    let resolve!: (ok: boolean) => void;
    const answer = new Promise<boolean>((r) => (resolve = r));
    pending.current = { answer, resolve };
    setAsking(true);
    return answer;
  }, []);

  // A rescan finding tracking turned off answers the open question: the writes are no longer revisions.
  useEffect(() => {
    if (tracking !== "on" && pending.current) {
      const open = pending.current;
      pending.current = null;
      setAsking(false);
      open.resolve(true);
    }
  }, [tracking]);

  // A pane closed with the question open writes nothing.
  useEffect(() => () => pending.current?.resolve(false), []);

  const prompt = useMemo<TrackingPrompt | null>(
    () => (asking ? { proceed: () => answer(true), stop: () => answer(false) } : null),
    [asking, answer],
  );
  return { confirmWrite, prompt };
}
