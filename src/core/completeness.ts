/**
 * "Check before sending": runs every kind of finding in src/core/findings over the scan and puts them in document
 * order. Each finding points at a paragraph so the pane can jump there.
 */
import { FINDINGS, type FindingType } from "./findings";
import { emptyBlank, emptyBlankAt } from "./findings/empty-blank";
import type { Detected, FindingDefinition, FindingInput, FindingParams } from "./findings/types";
import type { Outline } from "./outline";
import { headingPath } from "./outline";
import { repeatGroups, type RepeatGroup } from "./repeat";
import type { Blank, DocumentSnapshot, Finding } from "./types";

export { isGuidanceNote } from "./findings/guidance-note";
export { validDay } from "./findings/date-range";

function toFinding<P extends FindingParams>(kind: FindingDefinition<FindingType, P>, d: Detected<P>): Finding {
  const { paragraph, params, ...place } = d;
  return { type: kind.type, paragraph, message: kind.message(params), params, ...place };
}

/** The finding for a blank still empty; the pane builds the same one when it updates a scan after a write. */
export function emptyBlankFinding(b: Blank): Finding {
  return toFinding(emptyBlank, emptyBlankAt(b));
}

/** `groups`: the scan's lines repeated per item, when it has them already (else found here). */
export function findings(
  snapshot: DocumentSnapshot,
  blanks: Blank[],
  outline: Outline,
  groups?: RepeatGroup[],
): Finding[] {
  const sectionPath = (p: number): string[] => {
    const h = outline.sectionOf[p] ?? -1;
    return h >= 0 ? headingPath(outline.headings, h) : [];
  };
  const repeats =
    groups ??
    repeatGroups(
      snapshot.paragraphs.map((p) => p.text),
      blanks,
    );
  const input: FindingInput = { snapshot, blanks, outline, sectionPath, repeats };
  const kinds: readonly FindingDefinition<FindingType, FindingParams>[] = FINDINGS;
  const out = kinds.flatMap((kind) => kind.detect(input).map((d) => toFinding(kind, d)));
  // Stable: within a paragraph the findings keep the registry's order.
  out.sort((a, b) => a.paragraph - b.paragraph);
  return out;
}
