/**
 * Marking empty blanks. Our mark is one colour (Word's "Turquoise", rarely used by people for their own marks), put
 * only on text carrying no highlight, and the blanks that got it are listed in the saved state: unmarking and
 * finalize take off only that colour, so a highlight the user set survives. Marking is a write like any other: it
 * goes through the write plan, which anchors every blank still without one.
 */
import { runPlan, type Step } from "./plan";
import type { GatewaySession } from "./session";

export async function highlight(session: GatewaySession, on: boolean): Promise<void> {
  const m = session.requireModel();
  const st = session.requireState();
  const marked = new Set(st.highlighted ?? []);
  const steps: Step[] = [];
  for (const b of m.blanks.values()) {
    if (on && !b.filled && !b.readOnly && !marked.has(b.id)) steps.push({ blank: b, mark: "on" });
    else if (!on && marked.has(b.id)) steps.push({ blank: b, mark: "off" });
  }
  // A blank no longer in the document has nothing left to unmark.
  if (!on) st.highlighted = (st.highlighted ?? []).filter((id) => m.blanks.has(id));
  const result = steps.length > 0 ? await runPlan(session, steps) : null;
  if (!on) st.highlighted = [];
  if (result?.failed.length) throw Object.assign(new Error(result.failed[0].error.detail), result.failed[0].error);
  await session.writeState(result?.changed ?? []);
}
