/**
 * Finalize, for sending: our anchors go (their text stays), our marks go, the saved state goes, in 2 syncs. The
 * document then carries no trace of the add-in; opened again, it shows whatever blanks are still left.
 */
import { markColor, mayCarryMark } from "./highlight";
import { ANCHOR_TAG_PREFIX } from "./model";
import { partBody, queueLocate } from "./reach";
import type { GatewaySession } from "./session";
import { newState, STATE_KEY } from "./state";

export async function finalizeDocument(session: GatewaySession): Promise<void> {
  // A finalize that timed out still finishes in Word; the user's retry then has nothing left to do.
  if (!session.model && session.finalized) return;
  const m = session.requireModel();
  const st = session.requireState();
  const marked = new Set(st.highlighted ?? []);
  const targets = [...m.blanks.values()].filter((b) => mayCarryMark(b, marked));
  await session.run(async (context) => {
    const collections = m.parts.map(({ name }) => {
      const c = partBody(context, name).contentControls;
      c.load("items/tag");
      return c;
    });
    const resolve = queueLocate(context, m, targets, true);
    await context.sync();
    for (const l of resolve()) {
      const range = l.range();
      if (range && markColor(l.highlight?.())) range.font.highlightColor = null as unknown as string;
    }
    for (const c of collections)
      for (const cc of c.items) if ((cc.tag ?? "").startsWith(ANCHOR_TAG_PREFIX)) cc.delete(true);
    await context.sync();
  });
  const s = session.settings();
  if (s) {
    s.remove(STATE_KEY);
    await session.saveSettings();
  }
  session.state = newState(st.documentId);
  session.model = null;
  session.remembered = null;
  session.finalized = true;
}
