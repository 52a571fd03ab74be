import type { RefObject } from "react";
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
  /**
   * The menu is mounted on first use: until then the header holds a plain button, so the pane starts without the
   * focus manager a menu brings.
   */
  menu: "unused" | "open" | "closed";
  setMenuOpen(open: boolean): void;
  /** The header's button: the focus goes back to it when the dialog closes. */
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** The hour of each operation, as the user's language writes it. */
  timeOf(at: number): string;
  openDiagnostics(): void;
  close(): void;
  copyText(): Promise<void>;
}
