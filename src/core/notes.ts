/**
 * The template's own notes (`Ghi chú:` followed by `1 Tên cơ quan…`, `(2) …`): a blank holding note number 5 shows
 * note 5's text as its hint. A file of many samples (`Mẫu 1.1 - …`, `Mẫu 1.2 - …`, each with its own notes) numbers
 * its notes again in each sample, so a marker is looked up in the nearest note list after it within its own sample.
 */
import type { SnapshotParagraph } from "./types";

/** `Mẫu 1.2 - Quyết định`, `Mẫu số 16:`, `Mẫu 1.10`: the heading that starts a sample. */
const SAMPLE = /^\s*Mẫu\s+(?:số\s*)?\d+(?:\.\d+)*(?![\d.]*\p{L})/iu;
/**
 * The sample a paragraph starts (`Mẫu 1.2 - Quyết định (cá biệt)` → `Mẫu 1.2` and `Quyết định (cá biệt)`), without
 * its note marks; null when it starts none.
 */
export function sampleHeading(text: string): { number: string; title: string } | null {
  const m = text.trim().match(SAMPLE);
  if (!m) return null;
  const title = text
    .trim()
    .slice(m[0].length)
    .replace(/^\s*[-–—:.]\s*/u, "")
    .replace(/\s*\(\*+\)|\s*\*+$|\s*\(\d{1,2}\)/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
  return { number: m[0].trim().replace(/\s+/gu, " "), title };
}

/** `Ghi chú:` alone, or with its first note on the same line (`Ghi chú: - (1): Ghi chữ in hoa đủ dấu.`). */
const NOTES_HEADING = /^ghi chú\s*:?\s*(.*)$/iu;
/** `1 Tên cơ quan…`, `(2) …`, `- (1): …`, `- (3) và (4): …`: the numbers, then the note's text. */
const NOTE = /^(?:[-+•]\s*)?((?:\(?\d{1,2}\)?(?:\s*(?:và|,)\s*(?=\(?\d))?)+)(?:[.):]\s*|\s+)(\S.*)$/u;

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
    const sample = SAMPLE.test(text);
    if (sample) sampleStart = i;
    sampleOf[i] = sampleStart;
    if (sample) {
      current = null;
      continue;
    }
    const heading = text.match(NOTES_HEADING);
    if (heading) {
      current = { at: i, sampleStart, notes: new Map() };
      lists.push(current);
    }
    const m = current ? (heading ? heading[1] : text).match(NOTE) : null;
    if (!current || !m) continue;
    const note = m[2].replace(/^[:.)]\s*/, "").trim();
    for (const n of (m[1].match(/\d{1,2}/g) ?? []).map(Number)) {
      if (!current.notes.has(n)) current.notes.set(n, note);
      if (!first.has(n)) first.set(n, note);
    }
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
