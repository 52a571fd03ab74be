import type { Outline } from "../outline";
import type { RepeatGroup } from "../repeat";
import type { Blank, DocumentSnapshot } from "../types";

/** What every detector reads: the document, its blanks (sorted, dismissed ones gone) and its outline. */
export interface FindingInput {
  snapshot: DocumentSnapshot;
  blanks: Blank[];
  outline: Outline;
  /** The lines repeated per item (`src/core/repeat.ts`), found once for the scan. */
  repeats: RepeatGroup[];
  /** The headings a paragraph sits under, outermost first; empty before the first heading. */
  sectionPath(paragraph: number): string[];
}

/** One place a detector found; the engine adds the type and the command line's message. */
export interface Detected<P> {
  paragraph: number;
  params: P;
  blankId?: string;
  section?: string[];
}

export type FindingParams = Record<string, string | number>;

/**
 * A kind of finding, whole: the pane's messages for it live in the i18n catalog under
 * `pane.check.group.<type>` and `pane.check.item.<type>`, which the compiler requires once the type is registered.
 */
export interface FindingDefinition<T extends string, P extends FindingParams> {
  type: T;
  /** Its group's place in the check's list, lowest first. */
  order: number;
  detect(input: FindingInput): Detected<P>[];
  /** Vietnamese, for the command line. */
  message(params: P): string;
}

/** Keeps a definition's literal type name, so the registry can derive the union of every type. */
export function defineFinding<T extends string, P extends FindingParams>(
  definition: FindingDefinition<T, P>,
): FindingDefinition<T, P> {
  return definition;
}
