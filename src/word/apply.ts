/**
 * Apply: write or clear any number of blanks through the write plan (see `plan.ts`): 1 sync on an anchored
 * document, 2 on one never written to. The report says what was written, cleared, not reached and why, and carries
 * the document as Word read it back, through the engine: the pane shows that, never its own guess of the write.
 */
import { normalizeValue } from "../core/spacing";
import { boxChars } from "./boxes";
import { toWordError } from "./errors";
import { refreshOutcome } from "./outcome";
import { runPlan, type Step } from "./plan";
import type { GatewaySession } from "./session";
import type { ApplyReport, BlankWrite } from "./types";

export async function applyWrites(session: GatewaySession, writes: BlankWrite[]): Promise<ApplyReport> {
  const m = session.requireModel();
  const report: ApplyReport = { written: [], cleared: [], moved: [], failed: [], byHand: [] };
  const last = new Map<string, string | null>();
  for (const w of writes) last.set(w.blankId, w.value === null ? null : normalizeValue(w.value));
  const steps: Step[] = [];
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
    if (clear && !blank.filled) {
      report.cleared.push(id);
      continue;
    }
    // Digit boxes take the value's characters one a box, whatever spaces were typed between them.
    const cells = blank.boxes?.cells;
    steps.push({ blank, value: clear ? null : cells ? boxChars(value!).join("") : value });
  }
  if (steps.length === 0) return report;
  const result = await runPlan(session, steps);
  for (const s of result.done) (s.value === null ? report.cleared : report.written).push(s.blank.id);
  report.moved.push(...result.moved);
  report.byHand.push(...result.byHand);
  report.failed.push(...result.failed);
  if (result.changed.size > 0 || result.done.length > 0) {
    try {
      await session.writeState(result.changed);
    } catch (err) {
      // The values stand in the document; only the record of them failed: say so for each, keep them written.
      const error = toWordError(err);
      for (const id of report.written) report.failed.push({ blankId: id, error });
    }
  }
  if (result.consistent) report.outcome = await refreshOutcome(session);
  return report;
}
