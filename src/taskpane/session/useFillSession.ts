/**
 * The pane's session, composed of hooks each holding one concern: scanning, drafts and their local backup, writing,
 * navigation, the user's decisions, the add-in's marks, and notices. The views see only `FillSession`.
 */
import { useCallback, useMemo } from "react";
import type { WordGateway } from "../../word/types";
import { draftKey, shownValue, splitKey } from "./drafts";
import { dismissedGroups, type FieldEntry } from "./model";
import type { FillSession } from "./types";
import { useDecisions } from "./useDecisions";
import { useLists } from "./useLists";
import { useTrackingConsent } from "./useTrackingConsent";
import { useDocumentMarks } from "./useDocumentMarks";
import { useDrafts } from "./useDrafts";
import { useMounted } from "./useMounted";
import { useNavigation } from "./useNavigation";
import { useNotices } from "./useNotices";
import { useRefreshOnChange } from "./useRefreshOnChange";
import { useScan } from "./useScan";
import { useWriting } from "./useWriting";

export function useFillSession(gateway: WordGateway): FillSession {
  const mounted = useMounted();
  const notices = useNotices();
  const drafts = useDrafts();
  const { fromScan, fail, remove } = notices;
  const { restore, reconcile, update } = drafts;

  // A failure's message goes once the next action succeeds: every action that reaches Word ends in a scan or a write.
  const succeeded = useCallback(() => remove((n) => n.kind === "error"), [remove]);
  const scan = useScan(gateway, mounted, {
    scanned(outcome, model, first) {
      succeeded();
      if (first) fromScan(outcome.notices, restore(outcome.backupKeys, model));
      else {
        fromScan(outcome.notices);
        reconcile(outcome.backupKeys, model);
      }
    },
    failedLater: (error) => fail("pane.save.failed", error),
  });
  const { runScan } = scan;

  const marks = useDocumentMarks(gateway, runScan, notices);
  const consent = useTrackingConsent(scan.outcome?.tracking ?? "unknown");
  const { reopen } = marks;
  const written = useCallback(() => {
    reopen();
    succeeded();
  }, [reopen, succeeded]);
  const writing = useWriting(gateway, drafts, scan, mounted, written, consent.confirmWrite);
  const { clearValidation, commitAll: writeAll } = writing;
  const nav = useNavigation(gateway, scan.modelRef, writing);
  const decisions = useDecisions(gateway, scan, drafts, nav, notices);
  const { highlight, setHighlight } = marks;
  // Blanks a shape edit brings (a repeated line's, a new row's) are highlighted like the others while it is on.
  const remark = useCallback(() => (highlight ? setHighlight(true) : undefined), [highlight, setHighlight]);
  const lists = useLists(gateway, scan, notices, remark);
  const rescan = useCallback(() => void runScan(true), [runScan]);
  useRefreshOnChange(gateway, rescan, writing.busy);

  const displayValue = useCallback(
    (entry: FieldEntry, blankId?: string) => shownValue(drafts.drafts, entry, blankId),
    [drafts.drafts],
  );

  const setDraft = useCallback(
    (fieldId: string, value: string, blankId?: string) => {
      const key = draftKey(fieldId, blankId);
      update((d) => ({ ...d, [key]: value }));
      clearValidation(key);
    },
    [update, clearValidation],
  );

  const forgetRestored = useCallback(() => remove((n) => n.kind === "restored"), [remove]);

  const commitAll = useCallback(async () => {
    const ok = await writeAll();
    forgetRestored();
    return ok;
  }, [writeAll, forgetRestored]);

  const discardDrafts = useCallback(() => {
    update(() => ({}));
    clearValidation();
    forgetRestored();
  }, [update, clearValidation, forgetRestored]);

  const refresh = useCallback(async () => {
    await runScan(true);
  }, [runScan]);

  const { setView } = nav;

  const { model } = scan;
  const { currentId } = nav;
  const current = useMemo(() => (currentId && model ? (model.byId.get(currentId) ?? null) : null), [currentId, model]);
  const goneValue = currentId && model && !current ? (drafts.drafts[currentId] ?? "") : null;
  const dismissed = useMemo(() => dismissedGroups(scan.outcome?.result), [scan.outcome]);

  const { saves, validation } = writing;
  const lastSave = useMemo(() => {
    const save = current ? saves[current.field.id] : undefined;
    if (!current || !save) return null;
    const own = (keys: Record<string, unknown>) =>
      Object.keys(keys).some((k) => splitKey(k).fieldId === current.field.id);
    if (own(validation)) return null;
    // Typed on since, or emptied: "Đã lưu" would name a value the field does not show.
    if (save.state === "saved" && (own(drafts.drafts) || !current.blanks.some((b) => b.filled))) return null;
    return save;
  }, [current, saves, validation, drafts.drafts]);

  return {
    phase: scan.phase,
    scanError: scan.scanError,
    slow: scan.slow,
    refreshing: scan.refreshing,
    outcome: scan.outcome,
    model,
    view: nav.view,
    currentId,
    current,
    goneValue,
    drafts: drafts.drafts,
    saves: writing.saves,
    lastSave,
    validation: writing.validation,
    warnings: writing.warnings,
    notices: notices.notices,
    trackingPrompt: consent.prompt,
    highlight: marks.highlight,
    finalized: marks.finalized,
    displayValue,
    setDraft,
    commit: writing.commit,
    commitField: writing.commitField,
    commitAll,
    discardDrafts,
    setView,
    goTo: nav.goTo,
    goToIndex: nav.goToIndex,
    next: nav.next,
    previous: nav.previous,
    skip: nav.skip,
    continueFilling: nav.continueFilling,
    dismiss: decisions.dismiss,
    dismissed,
    restore: decisions.restore,
    split: decisions.split,
    addFromSelection: decisions.addFromSelection,
    setHighlight: marks.setHighlight,
    finalize: marks.finalize,
    jump: nav.jump,
    jumpToParagraph: nav.jumpToParagraph,
    refresh,
    ...lists,
    dismissNotice: notices.dismiss,
  };
}
