import type { Column, RolledCell } from "../../core/collect";
import type { MessageKey, Params } from "../../i18n";
import type { FillSession } from "../session/types";
import type { ReadReport } from "./reports";

export interface RollupProps {
  session: Pick<FillSession, "outcome" | "model" | "displayValue" | "setDraft" | "commitAll">;
  /** The Word layer's reading of a .docx file (`WordGateway.readReport`). */
  readReport: ReadReport;
  /** False where the host cannot download from the pane (Word for Mac): the table opens as text to copy. */
  canDownload: boolean;
}

export interface RollupNote {
  intent: "success" | "error" | "info";
  key: MessageKey;
  params?: Params;
}

/** A cell as the table shows it: what the reports gave, or what the user typed over it. */
export interface ShownCell extends RolledCell {
  corrected: boolean;
}

export interface ShownRow {
  name: string;
  file: string;
  cells: ShownCell[];
}

/** A report not taken, or taken with something to know (named by its file): the reason's catalog key. */
export interface LeftReport {
  file: string;
  key: MessageKey;
  params?: Params;
}

/** What filling the open document from the total row writes: a field, the total, the value it replaces. */
export interface TotalFill {
  fieldId: string;
  label: string;
  value: string;
  current: string;
}

export interface CellRef {
  row: number;
  col: number;
}

export interface RollupState {
  open: boolean;
  setOpen(open: boolean): void;
  /** Files being read, or 0. */
  reading: number;
  pick(files: readonly File[]): Promise<void>;
  clear(): void;
  columns: Column[];
  rows: ShownRow[];
  totals: Array<number | null>;
  totalFlagged: boolean[];
  flaggedCount: number;
  left: LeftReport[];
  editing: CellRef | null;
  editText: string;
  setEditText(text: string): void;
  startEdit(cell: CellRef): void;
  saveEdit(): void;
  cancelEdit(): void;
  canDownload: boolean;
  download(): Promise<void>;
  /** The table as tab-separated text, shown to copy where the pane cannot download. */
  copyText: string | null;
  showCopy(): void;
  fills: TotalFill[];
  confirmingFill: boolean;
  askFill(): void;
  cancelFill(): void;
  fill(): Promise<void>;
  note: RollupNote | null;
}
