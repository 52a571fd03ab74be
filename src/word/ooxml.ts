/**
 * Lines up what `body.getOoxml()` tells (leader TABs, superscripts, footnote references, text boxes) with the
 * paragraphs Word listed in the same sync. Word's text and the OOXML reading are compared paragraph by paragraph:
 * when the counts differ nothing is taken (the indices could be off by one everywhere), and a paragraph whose text
 * differs keeps no extras, so the engine falls back to what the text alone shows.
 */
import type { SnapshotParagraph, TextBoxParagraph } from "../core/types";
import type { OoxmlReading } from "../docx/ooxml";

/** `readFlatOpc` of src/docx/ooxml, passed in so the pane can load the reader on demand. */
export type OoxmlReader = (xml: string) => OoxmlReading;

export interface OoxmlMerge {
  paragraphs: SnapshotParagraph[];
  textBoxes: TextBoxParagraph[];
  /** Paragraphs whose extras came from the OOXML. */
  aligned: number;
}

/** Parses an OOXML answer; null when it cannot be read (the scan goes on without it). */
export function readOoxml(xml: string | null | undefined, readFlatOpc: OoxmlReader): OoxmlReading | null {
  if (!xml) return null;
  try {
    return readFlatOpc(xml);
  } catch {
    return null;
  }
}

/**
 * A paragraph's text as Word reads it and as its OOXML holds it, compared: Word reads a no-break space as a space on
 * the desktop and as U+202F on the web (oj#67), the OOXML keeps the character itself.
 */
export function sameText(word: string, ooxml: string): boolean {
  return word === ooxml || word.replace(/[\u00a0\u202f]/g, " ") === ooxml.replace(/[\u00a0\u202f]/g, " ");
}

/** `paragraphs` of one part (from Word), `offset` its first global index. */
export function mergeOoxml(paragraphs: SnapshotParagraph[], reading: OoxmlReading | null, offset: number): OoxmlMerge {
  if (!reading || reading.paragraphs.length !== paragraphs.length) return { paragraphs, textBoxes: [], aligned: 0 };
  let aligned = 0;
  const out = paragraphs.map((p, i) => {
    const o = reading.paragraphs[i];
    if (!sameText(p.text, o.text)) return p;
    aligned++;
    const merged: SnapshotParagraph = {
      ...p,
      leaderTabs: o.leaderTabs ?? [],
      superscripts: o.superscripts ?? [],
      footnoteRefs: o.footnoteRefs ?? [],
    };
    // The table's structure (where each cell stands, its borders and width), old form fields, drawn boxes: only
    // the OOXML tells them.
    if (o.cell) merged.cell = o.cell;
    if (o.formFields?.length) merged.formFields = o.formFields;
    if (o.drawnBoxes?.length) merged.drawnBoxes = o.drawnBoxes;
    return merged;
  });
  const textBoxes = reading.textBoxes.map((t) => ({ text: t.text, anchorParagraph: t.anchorParagraph + offset }));
  return { paragraphs: out, textBoxes, aligned };
}
