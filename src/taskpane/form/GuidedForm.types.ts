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
> &
  FieldInputProps["session"];

export interface GuidedFormProps {
  session: GuidedFormSession;
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
  /** Enter in the input: on to the next field, keeping what is typed meanwhile for it. */
  onEnter: () => void;
  takeKey: (key: string) => boolean;
}
