/** What the pane's session holds and offers the views: one contract, so the views never reach into its hooks. */
import type { PutBack, WordError, WordNotice } from "../../word/types";
import type { Drafts } from "./drafts";
import type { DismissedGroup, FieldEntry } from "./model";
import type { ListActions } from "./useLists";
import type { Navigation } from "./useNavigation";
import type { ScanState } from "./useScan";
import type { TrackingPrompt } from "./useTrackingConsent";
import type { Message } from "./writes";

/** `grid:<n>`: the grid editor over the table at index n of the document (`BlankCell.table`). */
export type View = "overview" | "form" | "all" | "check" | `grid:${number}`;

export type SaveState =
  | { state: "saving" }
  | { state: "saved" }
  | { state: "failed"; error: WordError }
  | { state: "moved" }
  /** Word allows no anchor there and the paragraph changed: to be filled by hand in Word. */
  | { state: "byHand" };

export type PaneNotice =
  | { kind: "word"; notice: WordNotice }
  | { kind: "restored"; count: number }
  | {
      kind: "info";
      key:
        | "pane.addFromSelection.none"
        | "pane.addFromSelection.added"
        | "pane.addFromSelection.exists"
        | "pane.addFromSelection.restored"
        | "pane.check.finalized";
      params?: Record<string, string>;
    }
  /** A field was just dismissed: the notice offers to undo it. */
  | { kind: "dismissed"; blankIds: string[]; label: string }
  /** A guidance note was just taken out: the notice offers to put it back. */
  | { kind: "noteRemoved"; text: string; undo: PutBack }
  | { kind: "error"; key: "pane.decision.failed" | "pane.save.failed"; error: WordError };

/** What the views see: the scan's state, the navigation, the writing, the decisions. */
export interface FillSession
  extends
    Pick<ScanState, "phase" | "scanError" | "slow" | "refreshing" | "outcome" | "model">,
    Pick<Navigation, "view" | "setView" | "currentId" | "goTo" | "goToIndex" | "next" | "previous" | "skip">,
    ListActions {
  /** The field the form shows, or null when it left the document (see `goneValue`). */
  current: FieldEntry | null;
  goneValue: string | null;
  drafts: Drafts;
  saves: Record<string, SaveState>;
  /**
   * The current field's last write, for the form's quiet "Đã lưu": none while the field is empty, has a value
   * typed since, or has a value the rules refused.
   */
  lastSave: SaveState | null;
  validation: Record<string, Message>;
  warnings: Record<string, Message>;
  notices: PaneNotice[];
  /** Track Changes is on and the first write waits for the user's go-ahead. */
  trackingPrompt: TrackingPrompt | null;
  highlight: boolean;
  finalized: boolean;
  /** What an input shows: the draft when there is one, else the document's value. */
  displayValue(entry: FieldEntry, blankId?: string): string;
  setDraft(fieldId: string, value: string, blankId?: string): void;
  commit(fieldId: string, blankId?: string): Promise<boolean>;
  /** Every pending draft of a field: its whole value and any typed date parts. */
  commitField(fieldId: string): Promise<boolean>;
  /** Every pending draft, in one write; true when none is left pending. */
  commitAll(): Promise<boolean>;
  discardDrafts(): void;
  /** The form at the first empty field (the first field when every one is filled). */
  continueFilling(): void;
  dismiss(fieldId: string): Promise<void>;
  /** The blanks dismissed so far, one entry per label. */
  dismissed: DismissedGroup[];
  /** Dismissed blanks become blanks again; `open` shows the restored field in the form. */
  restore(blankIds: string[], open?: boolean): Promise<void>;
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
