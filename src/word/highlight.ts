/**
 * Marking empty blanks. Our mark is one colour (Word's "Turquoise", rarely used by people for their own marks), put
 * only on text carrying no highlight, and the blanks that got it are listed in the saved state: unmarking and
 * finalize take off only that colour, so a highlight the user set survives.
 */
import type { BlankInfo } from "./model";
import { queueLocate } from "./reach";
import type { GatewaySession } from "./session";

export const MARK_COLOR = "#00FFFF";
const MARK_NAMES = new Set(["#00ffff", "turquoise", "cyan", "aqua"]);

export function markColor(color: string | null | undefined): boolean {
  return !!color && MARK_NAMES.has(color.toLowerCase());
}

/**
 * The blanks unmarking and finalize look at: every one we marked, filled or not (text the user typed over a marked
 * blank in Word carries the mark on), and, while any mark of ours is listed, every empty one: an edit elsewhere in
 * its paragraph gives a blank a new id and the list knows it by the old one. Only our colour is taken off them.
 */
export function mayCarryMark(b: BlankInfo, marked: ReadonlySet<string>): boolean {
  return marked.has(b.id) || (marked.size > 0 && b.how === "empty" && !b.readOnly);
}

export async function highlight(session: GatewaySession, on: boolean): Promise<void> {
  const m = session.requireModel();
  const st = session.requireState();
  const marked = new Set(st.highlighted ?? []);
  // A blank no longer in the document has nothing left to unmark.
  const targets = [...m.blanks.values()].filter((b) =>
    on ? b.how === "empty" && !b.readOnly && !marked.has(b.id) : mayCarryMark(b, marked),
  );
  for (const id of [...marked]) if (!on && !m.blanks.has(id)) marked.delete(id);
  if (targets.length > 0) {
    await session.run(async (context) => {
      const resolve = queueLocate(context, m, targets, true);
      await context.sync();
      const located = resolve();
      for (const l of located) {
        const range = l.range();
        if (!range) continue;
        // Word reads null for no highlight and '' for a mix: a blank the user marked in part is theirs.
        const color = l.highlight ? l.highlight() : "";
        if (on && color === null) {
          range.font.highlightColor = MARK_COLOR;
          marked.add(l.blank.id);
        } else if (!on) {
          if (markColor(color)) range.font.highlightColor = null as unknown as string;
          marked.delete(l.blank.id);
        }
      }
      await context.sync();
    });
  }
  st.highlighted = [...marked];
  await session.writeState();
}
