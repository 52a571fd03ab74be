/**
 * The pane's view after a write: the model holds the texts Word read back in the write's own batch, so the engine
 * runs again over them with what the add-in holds (no read of the document, no guess of what Word wrote).
 */
import { ANCHOR_TAG_PREFIX, type Anchor } from "./anchors";
import { buildModel, engineSnapshot, heldBlanks } from "./model";
import { outcomeOf } from "./scan";
import type { GatewaySession } from "./session";
import type { ScanOutcome } from "./types";

export async function refreshOutcome(session: GatewaySession): Promise<ScanOutcome> {
  const m = session.requireModel();
  const st = session.requireState();
  const runEngine = await session.engine();
  const snapshot = {
    ...m.snapshot,
    paragraphs: m.snapshot.paragraphs.map((p, i) => (p.text === m.texts[i] ? p : { ...p, text: m.texts[i] })),
  };
  const result = runEngine({
    snapshot: engineSnapshot(snapshot, m.notFields),
    decisions: session.decisions ?? st.decisions,
    filled: heldBlanks(m, st.anchors),
    anchorTagPrefix: ANCHOR_TAG_PREFIX,
  });
  const found = new Map<string, Anchor>();
  for (const b of m.blanks.values()) if (b.anchor) found.set(b.id, b.anchor);
  session.model = buildModel({
    snapshot,
    result,
    parts: m.parts,
    anchors: st.anchors,
    found,
    web: session.platform() === "web",
    bookmarks: m.bookmarks,
    refused: session.refused,
    controls: st.controls,
    notFields: m.notFields,
  });
  return outcomeOf(session, session.model, []);
}
