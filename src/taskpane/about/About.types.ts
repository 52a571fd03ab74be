import type { Diagnostics } from "../../word/types";

export interface AboutProps {
  /** Read when the dialog opens: the log as it stands then. */
  diagnostics: () => Diagnostics;
}

/** After "Copy": done, or the clipboard refused and the text is offered to copy by hand. */
export type CopyState = "idle" | "copied" | "manual";

export interface AboutState {
  /** The diagnostic information shown, or null while the dialog is closed. */
  info: Diagnostics | null;
  /** The same as plain text, for the clipboard or copying by hand. */
  text: string;
  copy: CopyState;
  /** The hour of each operation, as the user's language writes it. */
  timeOf(at: number): string;
  openDiagnostics(): void;
  close(): void;
  copyText(): Promise<void>;
}
