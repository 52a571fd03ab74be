/**
 * Reading the values out of filled reports of one template, and rolling them up into one table. Pure: the command
 * line (scripts/lib/collect.ts) and the pane hand in snapshots and saved values; files are theirs.
 */
import type { Blank, DocumentSnapshot, Field, ScanResult } from "../types";

/**
 * How sure a value is. `certain`: the add-in's own anchor or saved answer says it. `sure`: read from the text, the
 * words around the blank as the template has them. `doubtful`: read from the text, but the words around it changed.
 */
export type Certainty = "certain" | "sure" | "doubtful";

/** Where a value was read: the anchor's content control, the saved state, or the text aligned with the template. */
export type ValueSource = "anchor" | "saved" | "text";

/** A report as a host reads it: its paragraphs and controls, and the answers the add-in saved in it, if any. */
export interface ReportInput {
  snapshot: DocumentSnapshot;
  /** The saved state's anchors, by blank id: the value written, or null for an anchored blank left empty. */
  saved?: Record<string, string | null>;
  /** Tag prefix of the add-in's anchors (`dien-mau:`). */
  anchorTagPrefix?: string;
}

/** The template, scanned once for every report read against it. */
export interface Template {
  snapshot: DocumentSnapshot;
  result: ScanResult;
}

/** What stands in one blank of a report. */
export interface BlankReading {
  blankId: string;
  /** The value as written, trimmed of leftover dots and spaces; "" where the blank was left empty. */
  value: string;
  certainty: Certainty;
  source: ValueSource;
  /** The report's paragraph it was read from (-1 for a saved answer whose place is unknown). */
  paragraph: number;
}

/** Why a blank's value could not be read. */
export type UnplacedReason =
  /** The blank's paragraph is not in the report (deleted, or rewritten beyond recognition). */
  | "paragraph-missing"
  /** The paragraph is there but the words next to the blank changed: where the value stands is a guess. */
  | "rewritten"
  /** Digit boxes drawn as shapes: what is written in them is not in the paragraphs' text. */
  | "drawn";

export interface UnplacedBlank {
  blankId: string;
  reason: UnplacedReason;
  /** The template's paragraph the blank stands in. */
  templateParagraph: number;
}

/** One field's value in a report: from its blanks (a field's blanks hold one value, or the parts of a date). */
export interface FieldReading {
  fieldId: string;
  /** Null when no blank of the field could be read. */
  value: string | null;
  /** The value as a number, for number fields whose value reads as one. */
  number: number | null;
  /**
   * The least sure of the blanks that gave the value; `doubtful` as well when its blanks disagree, or when nothing
   * stands where the value goes but the words around it moved (the value may stand elsewhere in the line).
   */
  certainty: Certainty | null;
  source: ValueSource | null;
  /** True when every blank of the field was read and all are empty (the commune left it blank). */
  empty: boolean;
  /** Some blank of the field could not be read (see `ReportReading.unplaced`). */
  unplaced: boolean;
}

/** A line the report repeats for another item (one per association), read against the template's line it copies. */
export interface RepeatedLine {
  templateParagraph: number;
  /** The report's paragraph. */
  paragraph: number;
  /** The item the line is about: its words before the first value (`Hội Nông dân`). */
  name: string;
  /** Each blank of the template's line, in order, with what the repeated line has in its place (null: not read). */
  values: Array<{ blankId: string; value: string | null; certainty: Certainty | null }>;
}

export interface ReportReading {
  blanks: BlankReading[];
  unplaced: UnplacedBlank[];
  fields: Map<string, FieldReading>;
  /** Lines added after a template's item line, one per further item. */
  repeated: RepeatedLine[];
  /**
   * Share of the template's paragraphs with words of their own found again in the report, 0–1. A report of another
   * template scores low (`isSameTemplate`).
   */
  match: number;
}

export type { Blank, Field };
