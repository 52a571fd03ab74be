/**
 * Apply: write or clear any number of blanks in 2 syncs. The first reads what is needed to reach every target
 * (see `reach.ts`); a target no longer holding the expected text, or reached by search in a paragraph edited since
 * the scan, is skipped and reported as moved. The second writes, right to left inside each paragraph so no write
 * shifts a range still to be written. Nothing that may fail is batched with writes that must not be lost: which
 * blanks can hold an anchor was decided at scan time.
 */
import { normalizeValue } from "../core/spacing";
import { toWordError } from "./errors";
import { markColor } from "./highlight";
import { ANCHOR_TAG_PREFIX, commitWrite, contextOf, writeFor, type BlankInfo, type Model } from "./model";
import { queueLocate } from "./reach";
import type { GatewaySession } from "./session";
import type { ApplyReport, BlankWrite, SavedFill } from "./types";

export async function applyWrites(session: GatewaySession, writes: BlankWrite[]): Promise<ApplyReport> {
  const m = session.requireModel();
  const st = session.requireState();
  const report: ApplyReport = { written: [], cleared: [], moved: [], failed: [] };
  const last = new Map<string, string | null>();
  for (const w of writes) last.set(w.blankId, w.value === null ? null : normalizeValue(w.value));
  const jobs: Array<{ blank: BlankInfo; value: string | null }> = [];
  for (const [id, value] of last) {
    const blank = m.blanks.get(id);
    if (!blank) {
      report.moved.push(id);
      continue;
    }
    if (blank.readOnly) {
      report.failed.push({ blankId: id, error: { code: "AccessDenied", detail: "read-only field" } });
      continue;
    }
    const clear = value === null || value.trim() === "";
    if (clear && blank.how === "empty") {
      report.cleared.push(id);
      continue;
    }
    jobs.push({ blank, value: clear ? null : value });
  }
  if (jobs.length === 0) return report;
  // Right to left inside a paragraph, so a write never shifts a range still to be written.
  jobs.sort((a, b) => b.blank.paragraph - a.blank.paragraph || b.blank.start - a.blank.start);

  interface Done {
    blank: BlankInfo;
    value: string | null;
    text: string;
  }
  const done: Done[] = [];
  const marked = new Set(st.highlighted ?? []);
  let writeError: unknown = null;
  await session.run(async (context) => {
    // While any mark of ours is listed, highlights are read too: a blank carrying our mark under an id the list
    // does not know (its paragraph was edited, so its id changed) must not pass the mark on to the value.
    const resolve = queueLocate(
      context,
      m,
      jobs.map((j) => j.blank),
      marked.size > 0,
    );
    await context.sync();
    const located = resolve();
    for (let i = 0; i < jobs.length; i++) {
      const { blank, value } = jobs[i];
      const where = located[i];
      const range = where.range();
      // A blank reached by search in a paragraph the user has edited since the scan is skipped too: the pane
      // rescans and the value is written with the paragraph as it now reads.
      const searched = blank.how === "empty" || blank.how === "text";
      if (!range || (searched && !where.paragraphAsScanned)) {
        report.moved.push(blank.id);
        continue;
      }
      if (blank.how === "control") {
        const cc = where.control!()!;
        if (cc.cannotEdit) {
          report.failed.push({ blankId: blank.id, error: { code: "AccessDenied", detail: "locked control" } });
          continue;
        }
        const text = value ?? "";
        cc.insertText(text, "Replace");
        done.push({ blank, value, text });
        continue;
      }
      const text = value === null ? blank.original : writeFor(m, blank, value);
      const unmark = marked.has(blank.id) || markColor(where.highlight?.());
      if (blank.how === "anchor") {
        const cc = where.control!()!;
        const inserted = cc.insertText(text, "Replace");
        if (unmark) inserted.font.highlightColor = null as unknown as string;
        if (value === null) cc.delete(true);
      } else {
        const inserted = range.insertText(text, "Replace");
        if (unmark) inserted.font.highlightColor = null as unknown as string;
        // A value typed over by hand (plain text) gets an anchor too once the pane writes it, where one can stand.
        if (value !== null && blank.writeMode === "anchor") {
          const cc = inserted.insertContentControl();
          cc.tag = ANCHOR_TAG_PREFIX + blank.id;
          cc.title = blank.label.slice(0, 255);
          cc.appearance = "BoundingBox";
        }
      }
      done.push({ blank, value, text });
    }
    if (done.length === 0) return;
    try {
      await context.sync();
    } catch (err) {
      writeError = err;
    }
  });
  if (writeError) {
    const error = toWordError(writeError);
    for (const d of done) report.failed.push({ blankId: d.blank.id, error });
    return report;
  }
  const touched = new Set<number>();
  for (const d of done) {
    commitWrite(m, d.blank, d.text);
    touched.add(d.blank.paragraph);
    marked.delete(d.blank.id);
    if (d.blank.how === "control") {
      if (d.value === null) report.cleared.push(d.blank.id);
      else report.written.push(d.blank.id);
      continue;
    }
    if (d.value === null) {
      delete st.fills[d.blank.id];
      d.blank.how = "empty";
      report.cleared.push(d.blank.id);
    } else {
      const mode = d.blank.how === "anchor" ? "anchor" : d.blank.writeMode;
      d.blank.how = mode;
      st.fills[d.blank.id] = { value: d.value, original: d.blank.original, mode, written: d.text };
      report.written.push(d.blank.id);
    }
  }
  refreshContexts(m, st.fills, touched);
  st.highlighted = [...marked];
  await session.writeState();
  return report;
}

/** Plain-text fills are found again by their surroundings: keep those current for every touched paragraph. */
function refreshContexts(m: Model, fills: Record<string, SavedFill>, paragraphs: Set<number>): void {
  for (const b of [...paragraphs].flatMap((p) => m.byParagraph.get(p) ?? [])) {
    const fill = fills[b.id];
    // Only blanks holding a plain-text value: a saved fill not found again may share its id with an empty blank.
    if (!fill || fill.mode !== "text" || b.how !== "text") continue;
    const ctx = contextOf(m.texts[b.paragraph], b.start, b.end);
    fill.before = ctx.before;
    fill.after = ctx.after;
    fill.paragraph = b.paragraph;
    fill.written = m.texts[b.paragraph].slice(b.start, b.end);
  }
}
