/**
 * The engine's contract. Data flows one way: Word → snapshot → engine → form model → UI → write plan → Word.
 * A host (the Word layer, the .docx reader, a .txt file) fills a DocumentSnapshot; the engine answers a ScanResult.
 * Offsets are UTF-16 code-unit offsets into a paragraph's `text`, `end` exclusive.
 */
import type { FindingType } from "./findings";

/** Where a paragraph sits. Table-cell paragraphs stand where their table stands in the body's order. */
export type ParagraphLocation = "body" | "table" | "header" | "footer";

export interface SnapshotParagraph {
  /** The paragraph's text as Word reports it (`paragraph.text`): TAB as `\t`, a line break as `\v`. */
  text: string;
  location: ParagraphLocation;
  /** 1–9 when the paragraph has a built-in heading style (Heading 1…9), otherwise null or absent. */
  headingLevel?: number | null;
  /** Table nesting level (0 outside tables), where the host knows it. */
  tableNestingLevel?: number;
  /**
   * Offsets of the TAB characters in `text` whose tab stop draws a dotted (or other) leader. Absent when the host
   * cannot tell (plain text); an empty array means "known: no leader tabs".
   */
  leaderTabs?: number[];
  /** [start, end) spans of superscript text (note numbers such as `5` in `..... 5 .....`). */
  superscripts?: Array<[number, number]>;
  /**
   * Offsets in `text` of real footnote/endnote reference marks (`w:footnoteReference`). Never part of a blank and
   * never deleted.
   */
  footnoteRefs?: number[];
  /**
   * [start, end) of the results of legacy text form fields (FORMTEXT, five en spaces while empty): places the
   * template's author made to be filled. Absent when the host cannot tell.
   */
  formFields?: Array<[number, number]>;
  /** Empty rectangles drawn as shapes anchored in the paragraph (a number's boxes), where the host can read them. */
  drawnBoxes?: DrawnBox[];
  /** Where the paragraph stands in a table (its innermost cell), where the host knows the table's structure. */
  cell?: SnapshotCell;
}

/** A drawn rectangle, in EMU (914400 to the inch); `x`, `y` from the reference its anchor is placed against. */
export interface DrawnBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A table cell's place and look, as the OOXML tells it. Every paragraph of a cell carries the same one; an empty cell
 * is one empty paragraph. Rows and cells are counted as `w:tr` / `w:tc` elements, so a vMerge continuation is a cell.
 */
export interface SnapshotCell {
  /** Tables of the whole document in order of their start, nested ones included, from 0. */
  table: number;
  row: number;
  /** The `w:tc`'s index in its row. */
  col: number;
  /** The grid column the cell starts at (`gridBefore` and the spans of the cells before it counted). */
  gridCol: number;
  gridSpan: number;
  /** Vertical merge: the first cell of a merged run, or a cell merged into the one above it. */
  vMerge?: "restart" | "continue";
  /** From the table grid, else the cell's own width in twips; absent when neither is known. */
  widthTwips?: number;
  /** The row repeats as a header on every page (`w:tblHeader`). */
  header?: boolean;
  /** Which sides draw a line (the cell's own borders, else the table's, else its style's). */
  borders?: { top: boolean; left: boolean; bottom: boolean; right: boolean };
  /** The paragraph shows list numbering: the cell is not empty on the page even with no text. */
  numbered?: boolean;
}

export interface SnapshotContentControl {
  /** Word's id, as a string. */
  id: string;
  tag: string;
  title: string;
  /** The control's current text (its placeholder text when it shows the placeholder). */
  text: string;
  /** Word.ContentControlType as a string: "RichText", "PlainText", "CheckBox", "Picture", "DropDownList", … */
  type: string;
  placeholder: string | null;
  /** True when the control shows its placeholder, i.e. it holds no value. */
  showingPlaceholder?: boolean;
  cannotEdit: boolean;
  /** Index of the paragraph that holds the control's start. */
  paragraph: number;
  /** Where its text starts and ends in that paragraph; -1 when the host could not tell. */
  start: number;
  end: number;
}

/** A paragraph inside a text box: not in `paragraphs`, not searchable or writable through Word's API. */
export interface TextBoxParagraph {
  text: string;
  /** The body paragraph the text box is anchored in. */
  anchorParagraph: number;
}

export interface DocumentSnapshot {
  /** Body paragraphs in Word's order (tables in place), then the primary header's, then the primary footer's. */
  paragraphs: SnapshotParagraph[];
  contentControls: SnapshotContentControl[];
  textBoxes?: TextBoxParagraph[];
  /** The host could read neither the document's XML nor its shapes: blanks in text boxes are not known. */
  textBoxesUnread?: true;
}

/**
 * A blank the Word layer holds by an anchor (its own content control or bookmark), filled or still empty, or a value
 * it wrote as plain text: the blank keeps its id wherever its paragraph's text goes.
 */
export interface FilledBlank {
  /** The id the blank had when it was anchored; it keeps it for as long as the anchor exists. */
  blankId: string;
  /** The blank's original characters, restored exactly on clear. */
  original: string;
  /** What stands in the blank now: its value, or its original characters when `empty`. */
  value: string;
  /** Anchored but holding no value: the blank keeps its id and counts as empty. */
  empty?: boolean;
  /** A blank the user added from the selection: its label, and it stays a "user" blank. */
  userLabel?: string;
  /** Where the value now stands in the current snapshot, when it could be located. */
  paragraph: number;
  start: number;
  end: number;
}

/**
 * A span the user marked as a blank that the engine missed. Saved in `Decisions.added` with offsets in the
 * paragraph's original text (every filled value replaced by the characters it covered), so the span stays on the
 * same words whatever values are written before it later.
 */
export interface UserSpan {
  paragraph: number;
  start: number;
  end: number;
  label?: string;
}

/** What the user decided in the pane; the engine respects it on every scan. Saved in the document's state. */
export interface Decisions {
  /** Ids of blanks the user said are not blanks. */
  dismissed: string[];
  added: UserSpan[];
  /** Blank ids the user split out of their linked field: each stands as a field of its own. */
  unlinked: string[];
}

export interface EngineInput {
  snapshot: DocumentSnapshot;
  decisions?: Decisions;
  filled?: FilledBlank[];
  /** Tag prefix of the Word layer's own anchors; controls with it are fills, not template fields. */
  anchorTagPrefix?: string;
}

export type BlankKind = "text" | "number" | "date";
/** Which part of a date a date blank holds. */
export type DatePart = "day" | "month" | "year" | "date";
/**
 * `cell`: a whole table cell that is empty or holds only spaces (its span covers them; 0–0 in an empty cell).
 * `boxes`: a row of digit boxes (`Blank.digitBoxes`), one character per box; its span is empty.
 */
export type BlankSource = "text" | "contentControl" | "user" | "cell" | "boxes";

/** Where a table-cell blank stands and what its row and column say (`src/core/tables.ts`). */
export interface BlankCell {
  table: number;
  row: number;
  col: number;
  gridCol: number;
  /** The row's label (`1. Văn phòng Sở`, `Tổng số`), or `Dòng n` in a pre-drawn empty row. */
  rowLabel: string;
  /** The column headers over the cell, outermost first (`Phân loại cán bộ công chức`, `HTXSNV`, `SL`). */
  columnPath: string[];
  /**
   * `total`: on a "Tổng số" / "Cộng" row, the sum of the rows; `subtotal`: on a group row, the sum of its items;
   * `ordinal`: the number of a pre-drawn row; `checkbox`: a box to tick; `data`: any other value.
   */
  role: "data" | "total" | "subtotal" | "ordinal" | "checkbox";
}

export interface Blank {
  /** Unique in a scan, the same for the same document on every scan. */
  id: string;
  paragraph: number;
  start: number;
  end: number;
  /** The blank's characters as they stand now (the value, once filled). */
  text: string;
  kind: BlankKind;
  datePart: DatePart | null;
  unit: string | null;
  label: string;
  hint: string | null;
  context: { before: string; after: string };
  fieldId: string;
  /** Section titles (`Section.title`), outermost first. */
  section: string[];
  confidence: number;
  source: BlankSource;
  /** True once a value stands in the blank (anchor, fill kept in state, or a content control with a value). */
  filled: boolean;
  value: string | null;
  /** The original blank characters (equal to `text` while empty). */
  original: string;
  /** Set for blanks that are content controls (template authors' or our anchors). */
  contentControlId: string | null;
  /** Locked or of a type we don't write (checkbox, picture): shown, never written. */
  readOnly: boolean;
  /** The blank is the whole paragraph (a multi-line answer). */
  wholeLine: boolean;
  /**
   * Digit boxes: the value is written one character per box and has `count` characters. Drawn boxes stand in the
   * blank's paragraph (its span is empty, at the paragraph's end); boxes that are table cells list the paragraph of
   * each cell, left to right (the blank stands in the first).
   */
  digitBoxes?: { count: number; paragraphs?: number[] };
  /** A box to tick (a □ glyph, or a bordered empty cell in a row of boxes): its value is the form's mark (X). */
  checkbox?: boolean;
  /** Set for a blank that is a whole table cell (or the dots filling one): its table coordinates and headers. */
  cell?: BlankCell;
  /**
   * `upper`: the value is written in capitals, because the blank's note or its line asks so (`Ghi chữ in hoa`), or
   * because the line it stands on is typed in capitals (`ĐẢNG BỘ HUYỆN ....`).
   */
  letterCase?: "upper";
  /** The form says the blank may stay empty (`(nếu có)`): never missing in the check or a section's count. */
  optional?: true;
}

export interface Field {
  id: string;
  label: string;
  kind: BlankKind;
  unit: string | null;
  hint: string | null;
  blankIds: string[];
  /** Every blank of the field holds a value. */
  filled: boolean;
  readOnly: boolean;
  multiline: boolean;
  /** Date fields: the parts printed in the text around the blanks (`tháng 6 năm 2017` → month 6, year 2017). */
  printedDate?: { day?: number; month?: number; year?: number };
  /** Date fields: written as `ngày 5 tháng 6 năm 2017` ("words") or `05/06/2017` ("slashes"). */
  dateStyle?: "words" | "slashes";
  /** `upper`: every blank of the field is written in capitals (a blank may also ask it alone: `Blank.letterCase`). */
  letterCase?: "upper";
  /** Every blank of the field may stay empty: the form shows it as optional. */
  optional?: true;
}

export interface Section {
  /**
   * The heading as a person names it: as written, with its blanks shown as one `…` and note numbers dropped; a
   * heading that is only a blank is named from its sample (`Mẫu 1.1 — Nghị quyết`) or its number (`Mục 2`).
   */
  title: string;
  level: number;
  paragraph: number;
  /** Heading texts, outermost first, this section's own last. */
  path: string[];
  /** Including sub-sections. */
  blankCount: number;
  emptyCount: number;
}

/** Derived from the registry of finding kinds (src/core/findings). */
export type { FindingType };

export interface Finding {
  type: FindingType;
  paragraph: number;
  /** Vietnamese, for the scan command; the pane renders from `type` and `params` through the i18n catalog. */
  message: string;
  params?: Record<string, string | number>;
  blankId?: string;
  section?: string[];
}

export interface ScanResult {
  blanks: Blank[];
  fields: Field[];
  sections: Section[];
  findings: Finding[];
  /** Blanks the user said are not blanks (`Decisions.dismissed`), where they stand: the pane lists them to restore. */
  dismissed?: Blank[];
  /** The fields the dismissed blanks make, as they would if they were kept (`Blank.fieldId` names one). */
  dismissedFields?: Field[];
}
