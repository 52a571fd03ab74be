/**
 * Drafts: values typed in the pane and not yet written, by field or by one part (a day, month or year blank) of a
 * date field. Pure functions over the form model.
 */
import type { FieldEntry, FormModel } from "./model";

export type Drafts = Record<string, string>;

export function draftKey(fieldId: string, blankId?: string): string {
  return blankId ? `${fieldId}|${blankId}` : fieldId;
}

export function splitKey(key: string): { fieldId: string; blankId?: string } {
  const i = key.indexOf("|");
  return i < 0 ? { fieldId: key } : { fieldId: key.slice(0, i), blankId: key.slice(i + 1) };
}

/** What the document holds for a field, or for one of its parts ("" while the part is empty). */
function documentValue(entry: FieldEntry, blankId?: string): string {
  if (!blankId) return entry.value;
  const blank = entry.blanks.find((b) => b.id === blankId);
  return blank?.filled ? (blank.value ?? blank.text) : "";
}

/** What an input shows: the draft when there is one, else the document's value. */
export function shownValue(drafts: Drafts, entry: FieldEntry, blankId?: string): string {
  const key = draftKey(entry.field.id, blankId);
  return key in drafts ? drafts[key] : documentValue(entry, blankId);
}

/**
 * Drafts still pending against the document: one the document already holds (typed by hand, or written) is not.
 * On opening, drafts of fields that are no longer in the document are dropped too; later they are kept, so the
 * form can still show the value of a field that just left the document. Returns `drafts` itself when nothing changed.
 */
export function pendingDrafts(drafts: Drafts, model: FormModel, dropGone: boolean): Drafts {
  const out: Drafts = {};
  let changed = false;
  for (const [key, value] of Object.entries(drafts)) {
    const { fieldId, blankId } = splitKey(key);
    const entry = model.byId.get(fieldId);
    if (entry ? documentValue(entry, blankId) === value : dropGone) changed = true;
    else out[key] = value;
  }
  return changed ? out : drafts;
}

/** Drafts without any of `fieldId`'s (the whole value and its parts). */
export function withoutField(drafts: Drafts, fieldId: string): Drafts {
  return Object.fromEntries(Object.entries(drafts).filter(([k]) => splitKey(k).fieldId !== fieldId));
}
