/**
 * Finalize, for sending: our anchors go (content controls removed with their text kept, hidden bookmarks deleted),
 * our marks go, the saved state goes, in 2 syncs. Opened again, the document shows whatever blanks are still left.
 */
import { blankIdOfTag, BOOKMARK_PREFIX } from "./anchors";
import { markColor } from "./marks";
import { partBody, queueLocate } from "./reach";
import type { GatewaySession } from "./session";
import { newState, STATE_KEY } from "./state";
import { supportsWordApi } from "./requirements";

export async function finalizeDocument(session: GatewaySession): Promise<void> {
  // A finalize that timed out still finishes in Word; the user's retry then has nothing left to do.
  if (!session.model && session.finalized) return;
  const m = session.requireModel();
  const st = session.requireState();
  const marked = [...new Set(st.highlighted ?? [])].flatMap((id) => (m.blanks.has(id) ? [m.blanks.get(id)!] : []));
  const api14 = supportsWordApi(session.office(), "1.4");
  session.lastRead = null;
  await session.run(async (context) => {
    const markedIds = new Set(marked.map((b) => b.id));
    const collections = m.parts.map(({ name }) => {
      const c = partBody(context, name).contentControls;
      c.load(markedIds.size > 0 ? "items/tag,items/font/highlightColor" : "items/tag");
      return c;
    });
    const bookmarks = api14 ? context.document.body.getRange("Whole").getBookmarks(true, false) : null;
    const bookmarkMarks = marked.flatMap((b) => {
      if (b.anchor?.kind !== "bookmark") return [];
      const range = context.document.getBookmarkRangeOrNullObject(b.anchor.name);
      range.load("font/highlightColor");
      return [range];
    });
    const resolve = queueLocate(
      context,
      m,
      marked.filter((b) => !b.anchor),
      true,
    );
    await context.sync();
    const unmark = (r: Word.Range | Word.ContentControl) => (r.font.highlightColor = null as unknown as string);
    for (const range of bookmarkMarks) if (!range.isNullObject && markColor(range.font.highlightColor)) unmark(range);
    for (const l of resolve()) {
      const range = l.range();
      if (range && markColor(l.highlight())) unmark(range);
    }
    for (const c of collections) {
      for (const cc of c.items) {
        const id = blankIdOfTag(cc.tag);
        if (id === null) continue;
        if (markedIds.has(id) && markColor(cc.font.highlightColor)) unmark(cc);
        cc.delete(true);
      }
    }
    for (const name of bookmarks?.value ?? [])
      if (name.startsWith(BOOKMARK_PREFIX)) context.document.deleteBookmark(name);
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
