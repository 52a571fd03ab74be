/**
 * The user's decisions about blanks, kept in the document: not a blank (dismiss, and restore), split a linked field,
 * add a field from Word's selection. Each is saved, then the document rescanned, and the form follows the field
 * concerned.
 */
import { useCallback, type RefObject } from "react";
import type { Blank, Decisions, UserSpan } from "../../core/types";
import type { ScanOutcome, WordGateway } from "../../word/types";
import { withoutField } from "./drafts";
import { dismissedGroups, type FormModel } from "./model";
import type { DraftStore } from "./useDrafts";
import type { Navigation } from "./useNavigation";
import type { NoticeList } from "./useNotices";

export interface DecisionActions {
  /** The field's blanks are not blanks; a notice offers to undo it. */
  dismiss(fieldId: string): Promise<void>;
  restore(blankIds: string[], open?: boolean): Promise<void>;
  split(fieldId: string): Promise<void>;
  addFromSelection(): Promise<void>;
}

const NO_DECISIONS: Decisions = { dismissed: [], added: [], unlinked: [] };

export function useDecisions(
  gateway: WordGateway,
  scan: {
    outcomeRef: RefObject<ScanOutcome | null>;
    modelRef: RefObject<FormModel | null>;
    runScan(fresh: boolean): Promise<ScanOutcome | null>;
  },
  drafts: Pick<DraftStore, "update">,
  nav: Pick<Navigation, "goTo" | "goToIndex" | "setView">,
  notices: Pick<NoticeList, "add" | "fail" | "remove">,
): DecisionActions {
  const { outcomeRef, modelRef, runScan } = scan;
  const { update } = drafts;
  const { goTo, goToIndex, setView } = nav;
  const { add, fail, remove } = notices;

  const decide = useCallback(
    async (change: (d: Decisions) => Decisions): Promise<ScanOutcome | null> => {
      try {
        await gateway.saveDecisions(change(outcomeRef.current?.state.decisions ?? NO_DECISIONS));
      } catch (e) {
        fail("pane.decision.failed", e);
        return null;
      }
      return runScan(true);
    },
    [gateway, outcomeRef, runScan, fail],
  );

  const dismiss = useCallback(
    async (fieldId: string) => {
      const m = modelRef.current;
      const entry = m?.byId.get(fieldId);
      if (!m || !entry) return;
      const index = m.entries.indexOf(entry);
      update((d) => withoutField(d, fieldId));
      const out = await decide((d) => ({
        ...d,
        dismissed: [...new Set([...d.dismissed, ...entry.field.blankIds])],
      }));
      const after = out ? modelRef.current : null;
      if (!after) return;
      remove((n) => n.kind === "dismissed");
      add({ kind: "dismissed", blankIds: entry.field.blankIds, label: entry.field.label });
      if (after.entries.length === 0) setView("overview");
      else goToIndex(Math.min(index, after.entries.length - 1));
    },
    [decide, goToIndex, setView, update, modelRef, add, remove],
  );

  const restore = useCallback(
    async (blankIds: string[], open = false) => {
      const ids = new Set(blankIds);
      const out = await decide((d) => ({ ...d, dismissed: d.dismissed.filter((id) => !ids.has(id)) }));
      if (!out) return;
      remove((n) => n.kind === "dismissed" && n.blankIds.some((id) => ids.has(id)));
      const blank = out.result.blanks.find((b) => ids.has(b.id));
      if (open && blank) goTo(blank.fieldId);
    },
    [decide, goTo, remove],
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
    [decide, goTo, modelRef],
  );

  const addFromSelection = useCallback(async () => {
    let span: UserSpan | null;
    try {
      span = await gateway.selectionSpan();
    } catch (e) {
      fail("pane.decision.failed", e);
      return;
    }
    if (!span || span.end <= span.start) {
      add({ kind: "info", key: "pane.addFromSelection.none" });
      return;
    }
    const s = span;
    const touches = (b: Blank) => b.paragraph === s.paragraph && b.start < s.end && s.start < b.end;
    remove((n) => n.kind === "info" && n.key.startsWith("pane.addFromSelection."));
    // The engine keeps a blank it found over any span added on it, so a span on a dismissed blank (or on one
    // already listed) would be saved and never shown: the blank itself is restored, or opened.
    const last = outcomeRef.current?.result;
    const touched = new Set((last?.dismissed ?? []).filter(touches).map((b) => b.id));
    // The places dismissed with it (the same name written elsewhere) come back with it, as they went.
    const groups = dismissedGroups(last).filter((g) => g.blankIds.some((id) => touched.has(id)));
    if (groups.length > 0) {
      await restore(
        groups.flatMap((g) => g.blankIds),
        true,
      );
      add({ kind: "info", key: "pane.addFromSelection.restored", params: { label: groups[0].label } });
      return;
    }
    const existing = last?.blanks.find(touches);
    if (existing && modelRef.current?.byId.has(existing.fieldId)) {
      add({ kind: "info", key: "pane.addFromSelection.exists", params: { label: existing.label } });
      goTo(existing.fieldId);
      return;
    }
    const out = await decide((d) => ({ ...d, added: [...d.added, s] }));
    if (!out) return;
    const blank =
      out.result.blanks.find((b) => b.paragraph === s.paragraph && b.start === s.start && b.end === s.end) ??
      out.result.blanks.find((b) => b.paragraph === s.paragraph && b.start <= s.start && b.end >= s.end);
    add({ kind: "info", key: blank ? "pane.addFromSelection.added" : "pane.addFromSelection.none" });
    if (blank) goTo(blank.fieldId);
  }, [gateway, decide, goTo, add, fail, remove, restore, outcomeRef, modelRef]);

  return { dismiss, restore, split, addFromSelection };
}
