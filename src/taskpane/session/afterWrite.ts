/**
 * The pane's view of the document after a write, without reading the document again. On a long document a scan
 * takes seconds, and the Word layer has just said exactly what it did: which blanks now hold their value and which
 * are empty again. The values are the ones sent, spaced as the Word layer spaces them (`core/spacing`), so the
 * paragraph texts, the blanks' spans and contexts, the fields' filled state and the empty-place findings follow.
 * Findings that read the text itself (an impossible date typed into a blank) wait for the next scan; the check
 * asks for one when it opens (see `useFillSession`).
 */
import { emptyBlankFinding } from "../../core/completeness";
import { normalizeValue, spacedWrite } from "../../core/spacing";
import type { Blank, Finding, ScanResult, SnapshotParagraph } from "../../core/types";
import type { ApplyReport, BlankWrite, ScanOutcome } from "../../word/types";

/** Characters of paragraph text on each side of a blank, as the engine gives them. */
const CONTEXT_CHARS = 60;

/** The exact characters standing in the blank's place once `value` is written (null: cleared). */
function writtenText(paragraph: string, blank: Blank, value: string | null): string {
  if (value === null) return blank.filled ? blank.original : blank.text;
  if (blank.source === "contentControl") return normalizeValue(value);
  // Spacing follows the blank's neighbours in the paragraph as it was before anything was written into it.
  const virtual = paragraph.slice(0, blank.start) + blank.original + paragraph.slice(blank.end);
  const tab = blank.original.endsWith("\t") ? 1 : 0;
  const end = blank.start + blank.original.length - tab;
  return spacedWrite(virtual, blank.start, end, value).text + (tab ? "\t" : "");
}

/**
 * `outcome` with the blanks the report says were written or cleared updated from `writes`. Blanks reported moved
 * or failed are left as they were: the caller rescans for those.
 */
export function afterWrite(outcome: ScanOutcome, writes: readonly BlankWrite[], report: ApplyReport): ScanOutcome {
  // As the Word layer does: the last write for a blank wins.
  const sent = new Map<string, string | null>();
  for (const w of writes) sent.set(w.blankId, w.value === null || w.value.trim() === "" ? null : w.value);
  const changed = new Map<string, string | null>();
  for (const id of report.written) if (sent.get(id) != null) changed.set(id, sent.get(id)!);
  for (const id of report.cleared) changed.set(id, null);
  if (changed.size === 0) return outcome;

  const { result, snapshot } = outcome;
  const blanks = result.blanks.slice();
  const touched = new Set<number>();
  for (const b of blanks) if (changed.has(b.id)) touched.add(b.paragraph);
  // Every blank of a touched paragraph: a write shifts those after it and changes the contexts of all.
  const byParagraph = new Map<number, number[]>();
  blanks.forEach((b, i) => {
    if (!touched.has(b.paragraph)) return;
    const list = byParagraph.get(b.paragraph) ?? [];
    list.push(i);
    byParagraph.set(b.paragraph, list);
  });

  const paragraphs: SnapshotParagraph[] = snapshot.paragraphs.slice();
  for (const [p, indices] of byParagraph) {
    const para = paragraphs[p];
    if (!para) continue;
    let text = para.text;
    // Right to left, so a write never moves a span still to be written.
    const order = indices.slice().sort((a, b) => blanks[b].start - blanks[a].start);
    for (const i of order) {
      const blank = blanks[i];
      if (!changed.has(blank.id)) continue;
      const value = changed.get(blank.id)!;
      const written = writtenText(text, blank, value);
      const delta = written.length - (blank.end - blank.start);
      text = text.slice(0, blank.start) + written + text.slice(blank.end);
      for (const j of indices) {
        const other = blanks[j];
        if (j !== i && other.start >= blank.end)
          blanks[j] = { ...other, start: other.start + delta, end: other.end + delta };
      }
      blanks[i] = {
        ...blank,
        end: blank.start + written.length,
        text: written,
        filled: value !== null,
        // Word keeps a line break as `\v`; the pane's inputs show it as a newline, as a scan gives it.
        value: value === null ? null : normalizeValue(value).replace(/\v/g, "\n"),
      };
    }
    for (const i of indices) {
      const b = blanks[i];
      const context = {
        before: text.slice(Math.max(0, b.start - CONTEXT_CHARS), b.start),
        after: text.slice(b.end, b.end + CONTEXT_CHARS),
      };
      blanks[i] = { ...b, context };
    }
    paragraphs[p] = { ...para, text };
  }

  const blankById = new Map(blanks.map((b) => [b.id, b]));
  const changedFields = new Set<string>();
  for (const id of changed.keys()) {
    const b = blankById.get(id);
    if (b) changedFields.add(b.fieldId);
  }
  const fields = result.fields.map((f) =>
    changedFields.has(f.id) ? { ...f, filled: f.blankIds.every((id) => blankById.get(id)?.filled ?? false) } : f,
  );

  const emptied = [...changed]
    .filter(([, value]) => value === null)
    .map(([id]) => blankById.get(id))
    .filter((b): b is Blank => !!b && !b.readOnly);
  const findings = result.findings.filter((f) => !(f.type === "empty-blank" && f.blankId && changed.has(f.blankId)));
  findings.push(...emptied.map(emptyBlankFinding));
  // The engine's order: by paragraph, a paragraph's empty places first, in their order; the rest keep theirs.
  const startOf = (f: Finding) => (f.blankId ? (blankById.get(f.blankId)?.start ?? 0) : 0);
  const rank = (f: Finding) => (f.type === "empty-blank" ? 0 : 1);
  findings.sort(
    (a, b) =>
      a.paragraph - b.paragraph || rank(a) - rank(b) || (rank(a) === 0 && rank(b) === 0 ? startOf(a) - startOf(b) : 0),
  );

  const next: ScanResult = { ...result, blanks, fields, findings };
  return { ...outcome, snapshot: { ...snapshot, paragraphs }, result: next };
}
