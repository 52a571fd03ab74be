/**
 * The one interface the task pane uses to reach the document. Implemented over Office.js in `src/word/`
 * (and so, through the simulator, in the preview and in tests). The pane never touches Office directly.
 */
import type { Decisions, DocumentSnapshot, FilledBlank, ScanResult, UserSpan } from "../core/types";
import type { ReportInput } from "../core/collect/types";
import type { WordErrorKey, WordNoticeKey } from "../i18n/word";

/** Saved in the document (Office settings, a web-extension part of the .docx): small and versioned. */
export interface SavedState {
  version: number;
  /** A random id kept in the document; keys the local backup (document.url is empty for unsaved files). */
  documentId: string;
  decisions: Decisions;
  /**
   * Every blank the add-in has anchored (all of the document's blanks from the first write on), and every value it
   * wrote where no anchor could stand, by blank id.
   */
  anchors: Record<string, SavedAnchor>;
  /** Blank ids whose range carries our highlight (never a user's own); cleared by unhighlight and finalize. */
  highlighted?: string[];
  /**
   * The document's text blanks at the last scan, so a rescan recognises one whose dots were typed over by hand
   * before anything was anchored (it keeps its id and counts as filled). Grouped by shape: a repeated paragraph's
   * blanks share one entry.
   */
  blanks?: RememberedShape[];
  /**
   * The text each of the user's own content controls held before the add-in first wrote in it, by blank id: a clear
   * writes it back. Absent for a control that showed its placeholder (a clear empties it again).
   */
  controls?: Record<string, string>;
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

/**
 * One anchored blank: a content control tagged `dien-mau:<id>` ("control"), a hidden bookmark ("bookmark"), or no
 * anchor at all ("none": Word refused both; only a value written there is kept, found again only where its paragraph
 * reads exactly as it did right after the write).
 */
export interface SavedAnchor {
  kind: "control" | "bookmark" | "none";
  /** The blank's original characters, restored exactly on clear. */
  original: string;
  bookmark?: string;
  /** A row of digit-box cells: the bookmark of each box, left to right (`bookmark` is the first). */
  boxes?: string[];
  /** The value written; absent while the blank is empty. */
  value?: string;
  /** The exact text that stands for the value (value plus spacing), when it differs from the value. */
  written?: string;
  /** "none" only: where the value stands and the whole paragraph's text right after it was written. */
  paragraph?: number;
  start?: number;
  paragraphText?: string;
  /** A blank the user added from the selection: its label. */
  label?: string;
}

/** A filled report read from its file, or why it could not be: a legacy .doc, not a Word file, or damaged. */
export type ReportFile =
  { ok: true; report: ReportInput } | { ok: false; reason: "legacy-doc" | "not-docx" | "damaged" };

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
  /**
   * Track Changes in the document: "on" (writes become revisions), "off", or "unknown" where the host lacks
   * WordApi 1.4 and cannot tell.
   */
  tracking: TrackingState;
}

export type TrackingState = "on" | "off" | "unknown";

/** The gateway operations, as named in the diagnostic information. */
export type OperationName =
  | "scan"
  | "apply"
  | "select"
  | "selectParagraph"
  | "highlight"
  | "finalize"
  | "saveDecisions"
  | "selectionSpan"
  | "addTableRow"
  | "repeatParagraph"
  | "removeNote"
  | "undoEdit";

/** One operation on the document, for the diagnostic information: never a value the user typed. */
export interface OperationRecord {
  name: OperationName;
  /** When it started (ms since the epoch). */
  at: number;
  ms: number;
  /** Round trips to Word (`context.sync()` calls). */
  syncs: number;
  ok: boolean;
  /** Office's own error code (e.g. "GeneralException") and its debugInfo with inserted text redacted. */
  error?: { code: WordErrorCode; officeCode: string; detail: string; debugInfo?: string };
}

export interface Diagnostics {
  /** Office's host and platform ("Word", "OfficeOnline", "PC", "Mac"), and its version where Office tells it. */
  host: string;
  platform: string;
  version: string;
  /** Each requirement set the add-in can use, and whether the host supports it. */
  requirementSets: Array<{ name: string; version: string; supported: boolean }>;
  /** Size of the add-in's saved state in the document's settings, in bytes of JSON. */
  settingsBytes: number;
  /** The last operations, oldest first. */
  operations: OperationRecord[];
}

/** One blank to write: a value, or null to clear it back to its original characters. */
export interface BlankWrite {
  blankId: string;
  value: string | null;
}

export interface ApplyReport {
  written: string[];
  cleared: string[];
  /** The target no longer holds the expected blank text, or its anchor is gone: skipped, nothing written. */
  moved: string[];
  failed: Array<{ blankId: string; error: WordError }>;
  /**
   * Blanks no anchor can stand in (Word refused both a content control and a bookmark there) whose paragraph no
   * longer reads as it did: the pane asks the user to fill them by hand in Word.
   */
  byHand: string[];
  /**
   * The document as Word read it back in the write's own batch, through the engine: what the pane shows next.
   * Absent when nothing was written, or when what Word read back does not fit the last scan (then rescan).
   */
  outcome?: ScanOutcome;
}

/** A change of the document's shape (a row added, a line repeated, a note taken out). */
export interface EditReport {
  /** Word read back the change exactly as asked. */
  done: boolean;
  /** Nothing was changed: the place does not read as the last scan saw it. */
  moved: boolean;
  /** Why it was not done (the change may still have been made otherwise: the outcome shows the document). */
  error?: WordError;
  /** The document read afresh after the edit: a new row's cells and a repeated line's blanks are blanks in it. */
  outcome: ScanOutcome;
  /** A note taken out: what puts it back where it stood (`undoEdit`), while the document is as the edit left it. */
  undo?: PutBack;
}

/** Text an edit took out, to put back at the same place: a whole paragraph, or a piece of one. */
export interface PutBack {
  paragraph: number;
  text: string;
  /** The whole paragraph went (it is put back as a paragraph before the one now at `paragraph`). */
  whole: boolean;
  /** In a paragraph that stayed: where the piece stood in its text as the edit left it. */
  at: number;
}

export type WordErrorCode =
  | "ItemNotFound"
  | "GeneralException"
  | "AccessDenied"
  | "InvalidArgument"
  | "NotSupported"
  | "Timeout"
  | "Busy"
  /** The add-in's state would pass the 2 MB Office keeps in a document. */
  | "TooLarge"
  /** Word reads back something else than was written, even after a second try: the document keeps Word's text. */
  | "NotVerified"
  /** A row of digit boxes given a value of another number of characters than it has boxes: nothing written. */
  | "WrongLength"
  | "Unknown";

export interface WordError {
  code: WordErrorCode;
  /** Office's own message, for logs; the pane shows the i18n text for `code`. */
  detail: string;
}

export interface WordNotice {
  /** `text-boxes-unread`: neither the OOXML nor the shapes were read, so blanks in text boxes are not known. */
  type: "fill-not-found" | "state-corrupt" | "state-migrated" | "state-other-document" | "text-boxes-unread";
  blankId?: string;
}

/**
 * The catalog keeps one message per error code and notice (it imports nothing from here, so the engine's use of
 * the catalog does not reach back into this layer): a code added or removed here without its message fails to
 * compile, and the error names the keys that differ (`Same` is true, or those keys).
 */
type Same<A, B> = [Exclude<A, B> | Exclude<B, A>] extends [never] ? true : Exclude<A, B> | Exclude<B, A>;
type Assert<T extends true> = T;
type _ErrorCodesHaveMessages = Assert<Same<`word.error.${WordErrorCode}`, WordErrorKey>>;
type _NoticesHaveMessages = Assert<Same<`word.notice.${WordNotice["type"]}`, WordNoticeKey>>;

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
  /**
   * Add a row like row `row` of table `table` (a cell blank's `cell.table` and `cell.row`) right after it: a register
   * grows by one pre-drawn empty row. 2 syncs and the scan that follows. Optional: no "add a row" where absent.
   */
  addTableRow?(table: number, row: number): Promise<EditReport>;
  /**
   * Insert after paragraph `paragraph` (snapshot index) a copy of it, with its paragraph formatting and its blanks
   * as the template had them (never the values). 2 syncs and the scan that follows.
   */
  repeatParagraph?(paragraph: number): Promise<EditReport>;
  /**
   * Take the guidance note `note` (its text as it stands in the paragraph, e.g. `(Anh cụ thể từng tổ chức hội).`)
   * out of paragraph `paragraph`, with one space beside it; a paragraph left with nothing else goes whole. 2 syncs
   * and the scan that follows.
   */
  removeNote?(paragraph: number, note: string): Promise<EditReport>;
  /** Put back what an edit took out (`EditReport.undo`). 2 syncs and the scan that follows. */
  undoEdit?(undo: PutBack): Promise<EditReport>;
  /**
   * Read a filled report (a .docx file's bytes) as the roll-up reads it: its paragraphs and the answers the add-in
   * saved in it. No sync: the file is not the open document. Optional: no reading of reports where absent.
   */
  readReport?(bytes: Uint8Array): Promise<ReportFile>;
  /** Called when the document or selection may have changed (events where available). Returns an unsubscribe. */
  onChanged(listener: () => void): () => void;
  /** What the pane shows under "About › Diagnostic information". */
  diagnostics(): Diagnostics;
}
