import type { RefObject } from "react";
import type { Finding, FindingType } from "../../core/types";
import type { ScanOutcome } from "../../word/types";
import type { DismissedGroup } from "../session/model";
import type { FillSession } from "../session/types";

/**
 * What the check reads and does: the scan's findings and blanks, the form model, the dismissed blanks, and the ways
 * out of the list.
 */
export interface CheckSession
  extends
    Pick<
      FillSession,
      "model" | "drafts" | "finalized" | "setView" | "goTo" | "jump" | "jumpToParagraph" | "commitAll" | "finalize"
    >,
    Partial<Pick<FillSession, "dismissed" | "restore" | "removeNote">> {
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
  /** The other findings and the dismissed blanks: to review, never a bar. */
  warnings: number;
  /** Blanks the user said are not blanks, each restorable. */
  dismissed: DismissedGroup[];
  /** What finishing would leave in the text, named for the question asked before it. */
  leftNotes: string[];
  /** Values typed but not yet written. */
  pending: number;
  /** "Hoàn tất" was pressed with warnings left: the pane asks once. */
  confirming: boolean;
  setConfirming(on: boolean): void;
  /** The last finalize stopped because a typed value could not be written. */
  unwritten: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  confirmRef: RefObject<HTMLButtonElement | null>;
  /** Where a finding or dismissed blank stands, by its section ("Phần thứ nhất, mục III.5"). */
  placeOf(section: string[] | undefined): string;
  /** How a finding is named in the list: an empty place by its field (and date part), others by their text. */
  labelOf(f: Finding): string;
  /** The field an empty place belongs to, when the form can open it. */
  fieldOf(f: Finding): string | undefined;
  /** Selects the finding's place in the document, or null when the Word layer cannot. */
  jumpOf(f: Finding): (() => void) | null;
  finalize(): Promise<void>;
}
