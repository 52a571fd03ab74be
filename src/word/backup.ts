/**
 * Keys for the pane's local backup of values not yet written (browser storage). The document id saved in the
 * document is the surest; a saved file's URL comes next; a fingerprint of the text always exists, even for a new,
 * unsaved document nothing was written to. The fingerprint is taken over the text as it was before anything was
 * filled, so writing values (or typing over blanks the add-in remembers) does not change it.
 */
import { groupBy } from "../core/collections";
import { restoreOriginal } from "../core/restore";
import { hash } from "../core/text";
import type { FilledBlank } from "../core/types";

/** `filled` as given to the engine: each value the exact text standing in its span. */
export function textFingerprint(texts: readonly string[], filled: readonly FilledBlank[]): string {
  const byParagraph = groupBy(filled, (f) => f.paragraph);
  const originals = texts.map((t, p) => (byParagraph.has(p) ? restoreOriginal(t, byParagraph.get(p)!).original : t));
  return `${hash(originals.join("\n"))}.${texts.length}`;
}

export function backupKeys(documentId: string | null, url: string, fingerprint: string): string[] {
  const keys: string[] = [];
  if (documentId) keys.push(`doc:${documentId}`);
  if (url) keys.push(`url:${url}`);
  keys.push(`text:${fingerprint}`);
  return keys;
}
