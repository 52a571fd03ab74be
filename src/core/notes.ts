/**
 * The template's own notes (`Ghi chú:` followed by `1 Tên cơ quan…`, `(2) …`): a blank holding note number 5 shows
 * note 5's text as its hint. A file of many samples (`Mẫu 1.1 - …`, `Mẫu 1.2 - …`, each with its own notes) numbers
 * its notes again in each sample, so a marker is looked up in the nearest note list after it within its own sample.
 */
import type { SnapshotParagraph } from "./types";

/** `Mẫu 1.2 - Quyết định`, `Mẫu số 16:`, `Mẫu 1.10`: the heading that starts a sample. */
const SAMPLE = /^\s*Mẫu\s+(?:số\s*)?\d+(?:\.\d+)*(?![\d.]*\p{L})/iu;
const NOTES_HEADING = /^ghi chú\s*:?\s*$/iu;
const NOTE = /^\(?(\d{1,2})\)?[.):]?\s+(\S.*)$/u;

interface NoteList {
  /** The `Ghi chú:` paragraph. */
  at: number;
  /** The paragraph of the next sample's heading (or the end): the markers it serves stand before `at`. */
  sampleStart: number;
  notes: Map<number, string>;
}

export interface Notes {
  /** Note `n`'s text for a marker in paragraph `paragraph`; without a paragraph, the document's first such note. */
  get(n: number, paragraph?: number): string | undefined;
}

export function readNotes(paragraphs: SnapshotParagraph[]): Notes {
  const lists: NoteList[] = [];
  const first = new Map<number, string>();
  let sampleStart = 0;
  let current: NoteList | null = null;
  const sampleOf = new Int32Array(paragraphs.length);
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphs[i].text.trim();
    const heading = SAMPLE.test(text);
    if (heading) sampleStart = i;
    sampleOf[i] = sampleStart;
    if (heading) {
      current = null;
      continue;
    }
    if (NOTES_HEADING.test(text)) {
      current = { at: i, sampleStart, notes: new Map() };
      lists.push(current);
      continue;
    }
    const m = current && text ? text.match(NOTE) : null;
    if (!current || !m) continue;
    const n = Number(m[1]);
    if (!current.notes.has(n)) current.notes.set(n, m[2].trim());
    if (!first.has(n)) first.set(n, m[2].trim());
  }
  return {
    get(n, paragraph) {
      if (paragraph === undefined) return first.get(n);
      return ownList(lists, paragraph, sampleOf[paragraph] ?? 0)?.notes.get(n);
    },
  };
}

/**
 * The first note list after `paragraph` with no sample heading between them, else the last one before it in the
 * same sample (notes printed above the form). Lists are in document order.
 */
function ownList(lists: NoteList[], paragraph: number, sample: number): NoteList | undefined {
  let lo = 0;
  let hi = lists.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lists[mid].at <= paragraph) lo = mid + 1;
    else hi = mid;
  }
  const next = lists[lo];
  if (next && next.sampleStart <= paragraph) return next;
  const prev = lists[lo - 1];
  return prev && prev.sampleStart === sample ? prev : undefined;
}
