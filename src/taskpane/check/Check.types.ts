import type { RefObject } from "react";
import type { Finding, FindingType } from "../../core/types";
import type { ScanOutcome } from "../../word/types";
import type { FillSession } from "../session/types";

/** What the check reads and does: the scan's findings and blanks, the form model, and the ways out of the list. */
export interface CheckSession extends Pick<
  FillSession,
  "model" | "drafts" | "finalized" | "setView" | "goTo" | "jump" | "jumpToParagraph" | "commitAll" | "finalize"
> {
  outcome: Pick<ScanOutcome, "result" | "tracking"> | null;
}

export interface CheckProps {
  session: CheckSession;
}

export type CheckRow =
  { type: "section"; key: string; title: string } | { type: "item"; key: string; finding: Finding };

/** One kind of finding, as the check lists it. */
export interface CheckGroup {
  type: FindingType;
  count: number;
  rows: CheckRow[];
}

export interface CheckState {
  session: CheckSession;
  /** False until there is a scan and a model: nothing is shown. */
  ready: boolean;
  groups: CheckGroup[];
  /** Empty places: while any is left the document cannot be finished. */
  emptyLeft: number;
  /** The other findings: to review, never a bar. */
  warnings: number;
  /** Values typed but not yet written. */
  pending: number;
  /** "Hoàn tất" was pressed with warnings left: the pane asks once. */
  confirming: boolean;
  setConfirming(on: boolean): void;
  /** The last finalize stopped because a typed value could not be written. */
  unwritten: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  confirmRef: RefObject<HTMLButtonElement | null>;
  /** How a finding is named in the list: an empty place by its field (and date part), others by their text. */
  labelOf(f: Finding): string;
  /** The field an empty place belongs to, when the form can open it. */
  fieldOf(f: Finding): string | undefined;
  /** Selects the finding's place in the document, or null when the Word layer cannot. */
  jumpOf(f: Finding): (() => void) | null;
  finalize(): Promise<void>;
}
