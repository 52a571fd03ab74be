import type { FieldEntry } from "../session/model";
import type { FillSession, SaveState } from "../session/types";

export interface GuidedFormProps {
  session: FillSession;
}

export interface GuidedFormState {
  session: FillSession;
  entry: FieldEntry | null;
  index: number;
  total: number;
  save: SaveState | undefined;
  /** Text around the blank, trimmed to a readable window. */
  context: { before: string; blank: string; after: string } | null;
  isFirst: boolean;
  isLast: boolean;
  inputId: string;
}
