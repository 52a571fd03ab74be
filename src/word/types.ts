/**
 * The one interface the task pane uses to reach the document. Implemented over Office.js in `src/word/`
 * (and so, through the simulator, in the preview and in tests). The pane never touches Office directly.
 */
import type { Decisions, DocumentSnapshot, FilledBlank, ScanResult, UserSpan } from "../core/types";

/** Saved in the document (Office settings, a web-extension part of the .docx): small and versioned. */
export interface SavedState {
  version: number;
  /** A random id kept in the document; keys the local backup (document.url is empty for unsaved files). */
  documentId: string;
  decisions: Decisions;
  /** Values written, by blank id, with what is needed to find and restore them. */
  fills: Record<string, SavedFill>;
  /** Blank ids whose range carries our highlight (never a user's own); cleared by unhighlight and finalize. */
  highlighted?: string[];
  /**
   * The document's text blanks at the last scan, so a rescan recognises one whose dots were typed over by hand
   * (it keeps its id and counts as filled). Grouped by shape: a repeated paragraph's blanks share one entry.
   */
  blanks?: RememberedShape[];
}

/**
 * Blanks that look alike: their original characters, up to 20 characters of text on each side (`\n` where the
 * paragraph starts or ends, `\u0000` standing for another blank of the paragraph), and their ids in document order.
 * Then, when known, each id's paragraph index and the document's paragraph count at that scan: a shape is looked
 * for only in the paragraphs its blanks can have moved to, never in a look-alike line written elsewhere.
 */
export type RememberedShape = [
  original: string,
  before: string,
  after: string,
  ids: string[],
  paragraphs?: number[],
  paragraphCount?: number,
];

export interface SavedFill {
  value: string;
  /** The blank's original characters, restored exactly on clear. */
  original: string;
  /** How the value was written: inside an anchor content control, or as plain text (no anchor possible). */
  mode: "anchor" | "text";
  /** The exact text inserted (value plus any spacing), for plain-text fills to be found again. */
  written?: string;
  /** Up to ~40 characters of paragraph text on each side at write time, for plain-text fills. */
  before?: string;
  after?: string;
  paragraph?: number;
}

export interface ScanOutcome {
  snapshot: DocumentSnapshot;
  result: ScanResult;
  state: SavedState;
  /** Fills located in the current document, as given to the engine. */
  filled: FilledBlank[];
  /** Non-fatal notes from reconciling saved state with the document (a fill that could not be found, …). */
  notices: WordNotice[];
  /**
   * Keys for the pane's local backup of values not yet written, most specific first: the document id saved in the
   * document, the file's URL, a fingerprint of its text. A document never written to has no saved id yet, so the
   * pane saves under every key and, on load, takes the first that holds anything.
   */
  backupKeys: string[];
}

/** One blank to write: a value, or null to clear it back to its original characters. */
export interface BlankWrite {
  blankId: string;
  value: string | null;
}

export interface ApplyReport {
  written: string[];
  cleared: string[];
  /** The target no longer holds the expected blank text: skipped, nothing written. */
  moved: string[];
  failed: Array<{ blankId: string; error: WordError }>;
}

export type WordErrorCode =
  | "ItemNotFound"
  | "GeneralException"
  | "AccessDenied"
  | "InvalidArgument"
  | "NotSupported"
  | "Timeout"
  | "Busy"
  | "Unknown";

export interface WordError {
  code: WordErrorCode;
  /** Office's own message, for logs; the pane shows the i18n text for `code`. */
  detail: string;
}

export interface WordNotice {
  type: "fill-not-found" | "state-corrupt" | "state-migrated" | "state-other-document";
  blankId?: string;
}

export interface WordGateway {
  /** Read the document, reconcile saved state, run the engine. At most 2–3 syncs. */
  scan(decisions?: Decisions): Promise<ScanOutcome>;
  /** Write or clear blanks (from the last scan's blank ids). At most 2 syncs for any number. */
  apply(writes: BlankWrite[]): Promise<ApplyReport>;
  /** Put Word's selection on a blank (scrolls it into view). 1 sync. */
  select(blankId: string): Promise<void>;
  /**
   * Put Word's selection at a paragraph (snapshot index from the last scan), for findings that are not blanks (a
   * guidance note, a numbering slip). Optional: the pane offers no jump for those findings where it is absent.
   */
  selectParagraph?(paragraph: number): Promise<void>;
  /** Mark (true) or unmark (false) every empty blank, leaving the user's own highlights alone. */
  highlightEmpty(on: boolean): Promise<void>;
  /** Remove anchors, marks and saved state, keep the text. At most 2 syncs. */
  finalize(): Promise<void>;
  /** Save the user's decisions (dismissed, added, unlinked) in the document. */
  /**
   * An added span not saved before is read as a span of its paragraph's text at the last scan (what
   * `selectionSpan` gives) and saved in that paragraph's original text; spans already saved are kept as they are.
   */
  saveDecisions(decisions: Decisions): Promise<void>;
  /**
   * The user's current selection as a span of one paragraph of the last scan, in that paragraph's text as it stands
   * (values included, like a blank's `start`/`end`), or null when it is empty or spans paragraphs.
   */
  selectionSpan(): Promise<UserSpan | null>;
  /** Called when the document or selection may have changed (events where available). Returns an unsubscribe. */
  onChanged(listener: () => void): () => void;
}
