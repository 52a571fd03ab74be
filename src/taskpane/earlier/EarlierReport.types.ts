import type { Certainty } from "../../core/collect";
import type { MessageKey, Params } from "../../i18n";
import type { ReadReport } from "../rollup/reports";
import type { FillSession } from "../session/types";

export interface EarlierReportProps {
  session: Pick<FillSession, "outcome" | "model" | "displayValue" | "setDraft" | "commitAll">;
  /** The Word layer's reading of a .docx file (`WordGateway.readReport`). */
  readReport: ReadReport;
}

/** A field of the open document and the value the earlier report holds for it. */
export interface EarlierOffer {
  fieldId: string;
  label: string;
  value: string;
  certainty: Certainty;
  /** What the open document holds now ("" when empty). */
  current: string;
  chosen: boolean;
}

export interface EarlierNote {
  intent: "success" | "error" | "info" | "warning";
  key: MessageKey;
  params?: Params;
  /** Why the file gave no report: the `{reason}` of the message. */
  reason?: MessageKey;
}

export interface EarlierReportState {
  open: boolean;
  setOpen(open: boolean): void;
  reading: boolean;
  pick(file: File): Promise<void>;
  /** The earlier report's file name, once one is read. */
  name: string | null;
  offers: EarlierOffer[];
  toggle(fieldId: string): void;
  chosenCount: number;
  fill(): Promise<void>;
  note: EarlierNote | null;
}
