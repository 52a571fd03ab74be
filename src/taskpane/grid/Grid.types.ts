import type { ClipboardEvent, KeyboardEvent, RefObject } from "react";
import type { ScanOutcome } from "../../word/types";
import type { FillSession } from "../session/types";
import type { GridLayout, GridTable } from "./tables";

/** What the grid reads and does: the table's fields, their drafts, writing them, and the way back. */
export interface GridSession extends Pick<
  FillSession,
  "model" | "displayValue" | "setDraft" | "commit" | "commitAll" | "setView" | "jump" | "validation" | "addRow"
> {
  /** The snapshot's paragraphs, where known, give the table its caption. */
  outcome?: { snapshot: Pick<ScanOutcome["snapshot"], "paragraphs"> } | null;
}

/** The grid as one step of the guided form: the form gives the heading and the ways on. */
export interface GridEmbedding {
  /** The id of the form's heading, which names the table. */
  labelledBy: string;
  /** Ctrl+Enter in a cell: on past the table, as the form's Next. */
  onDone(): void;
}

export interface GridProps {
  session: GridSession;
  /** The table's index in the document (`BlankCell.table`). */
  table: number;
  /** Inside the guided form: no heading or way back of its own, and the first empty cell takes the focus. */
  embedded?: GridEmbedding;
}

/** What the last paste did, and what it takes to undo it. */
export interface PasteSummary {
  count: number;
  /** The cell the block was pasted from (its accessible name). */
  from: string;
  /** Rows at the bottom and columns at the right of the block that fell outside the table. */
  rowsLeft: number;
  colsLeft: number;
  /** Values that fell on a place of the table with nothing to fill, or on a locked cell. */
  skipped: number;
  /** An example of a number turned into Vietnamese notation, when the block's were. */
  converted: { from: string; to: string } | null;
  /** Each pasted field's value before the paste. */
  before: Array<{ fieldId: string; value: string }>;
}

/** A block of `12,480`-like numbers waiting for the user to say which notation they are in. */
export interface NotationQuestion {
  sample: string;
  asThousands: string;
  asDecimal: string;
}

export interface GridState {
  session: GridSession;
  embedded: GridEmbedding | undefined;
  /** Null when the table has no cell to fill any more (a rescan took it away). */
  table: GridTable | null;
  layout: GridLayout;
  /** By a total cell's field id, the sum of its parts as they stand now. */
  totals: Record<string, string>;
  /** The total cells whose value is not (yet) their parts' sum: the sum is offered, to take with one click or key. */
  offered: ReadonlySet<string>;
  /** Puts the offered sum in the total cell and writes it: the user's click or Alt+= is the confirmation. */
  acceptSum(fieldId: string): void;
  /** The fields the last paste filled, shown as such until it is written or undone. */
  pasted: ReadonlySet<string>;
  summary: PasteSummary | null;
  question: NotationQuestion | null;
  answer(notation: "en" | "vi" | null): void;
  undo(): void;
  /** Writes every pending draft; once written, the paste's summary and its undo go. */
  writeAll(): void;
  dismissSummary(): void;
  onPaste(r: number, c: number, e: ClipboardEvent<HTMLInputElement>): void;
  onKeyDown(r: number, c: number, e: KeyboardEvent<HTMLInputElement>): void;
  gridRef: RefObject<HTMLTableElement | null>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** "Thêm dòng": a row like the table's last row of values (never its total's), null where none can be added. */
  addRow: (() => void) | null;
  /** A row is being added. */
  adding: boolean;
}
