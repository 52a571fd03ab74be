import type { StandingKey, StandingOffer, StandingValues } from "../../core/standing";
import type { MessageKey, Params } from "../../i18n";
import type { FillSession } from "../session/types";

export interface StandingAnswersProps {
  session: Pick<FillSession, "model" | "displayValue" | "setDraft" | "commitAll">;
  /** False where the host cannot download from the pane (Word for Mac): the export opens as text to copy. */
  canDownload: boolean;
}

export interface StandingNote {
  intent: "success" | "error" | "info";
  key: MessageKey;
  params?: Params;
}

export interface StandingAnswersState {
  canDownload: boolean;
  /** Saved answers that fit empty fields of this document, with the field's label. */
  offers: Array<StandingOffer & { label: string }>;
  /** The offer bar: saved answers fit empty fields and the user has not answered it in this document. */
  showOffer: boolean;
  fillOffers(): Promise<void>;
  skipOffers(): void;
  /** Nothing saved yet, this report names the office, and the user has not said "later". */
  suggestSave: boolean;
  saveFromReport(): void;
  laterSave(): void;
  open: boolean;
  setOpen(open: boolean): void;
  /** The dialog's inputs: the saved answers as the user edits them. */
  edits: StandingValues;
  setEdit(key: StandingKey, value: string): void;
  takeFromReport(): void;
  save(): void;
  /** The export as text, shown to copy where the pane cannot download. */
  exportText: string | null;
  exportAnswers(): void;
  showExport(): void;
  importFile(file: File): Promise<void>;
  confirmingForget: boolean;
  askForget(): void;
  cancelForget(): void;
  forget(): void;
  note: StandingNote | null;
}
