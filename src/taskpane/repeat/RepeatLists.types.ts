import type { MessageKey } from "../../i18n";
import type { FillSession } from "../session/types";

export interface RepeatListsProps {
  session: Pick<
    FillSession,
    "outcome" | "setDraft" | "commit" | "repeatParagraph" | "removeNote" | "addSpans" | "refreshing"
  >;
}

export interface ListLine {
  paragraph: number;
  /** The item's name as the document has it now; null for a copied line not named yet. */
  name: string | null;
}

export interface RepeatList {
  /** The paragraph of its first line: a stable key while lines are added after it. */
  key: number;
  /** What one line stands for (`tổ chức hội`), from the note; null when no note names it. */
  noun: string | null;
  /** The template's own example item, for a title where no note names the noun. */
  example: string;
  lines: ListLine[];
  /** The note asking for one line per item, while it is still in the document. */
  note: { paragraph: number; text: string } | null;
}

export interface RepeatListsState {
  lists: RepeatList[];
  /** Adding and removing lines needs the host's paragraph edits. */
  canEdit: boolean;
  busy: boolean;
  names: Record<number, string>;
  setName(list: number, name: string): void;
  addLine(list: RepeatList): Promise<void>;
  removeLine(list: RepeatList, line: ListLine): Promise<void>;
  removeNote(list: RepeatList): Promise<void>;
  message: { intent: "success" | "error"; key: MessageKey } | null;
}
