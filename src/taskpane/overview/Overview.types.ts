import type { RefObject } from "react";
import type { ScanOutcome } from "../../word/types";
import type { FormModel } from "../session/model";
import type { OutlineGroup } from "../session/model";
import type { FillSession } from "../session/types";
import type { GridTable } from "../grid/tables";

/** What the overview reads and does: progress, the document's sections, and the ways into the other views. */
export interface OverviewSession extends Pick<
  FillSession,
  "model" | "highlight" | "setView" | "goToIndex" | "continueFilling" | "setHighlight" | "addFromSelection"
> {
  /** The snapshot's paragraphs, where known, give each table its caption. */
  outcome: {
    result: Pick<ScanOutcome["result"], "sections">;
    snapshot?: Pick<ScanOutcome["snapshot"], "paragraphs">;
  } | null;
}

export interface OverviewProps {
  session: OverviewSession;
}

export interface OverviewState {
  session: OverviewSession;
  model: FormModel | null;
  /** The first sections with fields, each with its count of empty ones. */
  sections: OutlineGroup[];
  /** Sections left out of the list: a very long document has them in "All fields". */
  more: number;
  /** The tables with cells to fill, each opened as one grid. */
  tables: GridTable[];
  headingRef: RefObject<HTMLHeadingElement | null>;
}
