import type { GridTable } from "../grid/tables";
import type { FieldEntry } from "../session/model";
import type { FillSession, SaveState } from "../session/types";
import type { FieldInputProps } from "./FieldInput";

/** What the form reads and does: the current field and its neighbours, its save, and the ways on. */
export type GuidedFormSession = Pick<
  FillSession,
  | "model"
  | "current"
  | "saves"
  | "lastSave"
  | "goneValue"
  | "setView"
  | "split"
  | "next"
  | "previous"
  | "skip"
  | "dismiss"
  | "addFromSelection"
  | "commitField"
  | "commitAll"
  | "goToIndex"
  | "jump"
  | "outcome"
> &
  FieldInputProps["session"];

export interface GuidedFormProps {
  session: GuidedFormSession;
}

/** A table's cells, taken as one step of the form: the grid editor in the step, and Next past the whole table. */
export interface TableStep {
  grid: GridTable;
  /** The table's first and last fields, as indexes of the form's entries. */
  first: number;
  last: number;
}

export interface GuidedFormState {
  session: GuidedFormSession;
  entry: FieldEntry | null;
  index: number;
  total: number;
  save: SaveState | undefined;
  /** Text around the blank, trimmed to a readable window. */
  context: { before: string; blank: string; after: string } | null;
  isFirst: boolean;
  isLast: boolean;
  inputId: string;
  /** Set when the current field is a table's cell: the step is the whole table. */
  table: TableStep | null;
  /** Previous, Next and Skip, over whole tables; on a table they write its cells first. */
  previous(): void;
  next(): void;
  skip(): void;
  /** Enter in the input: on to the next field, keeping what is typed meanwhile for it. */
  onEnter: () => void;
  takeKey: (key: string) => boolean;
}
