/**
 * Bookmarks as Word keeps them: a `w:bookmarkStart` (w:id, w:name) and a `w:bookmarkEnd` (same w:id) in the
 * paragraphs, so they travel with the text around them, survive a save and show in getOoxml. Names are compared
 * case-insensitively; a name starting with "_" is a hidden bookmark.
 */
import type { Story } from "../../docx/snapshot";
import { NS, wAttr, type Document, type Element, type Node } from "../../docx/xml";
import { SimError } from "./errors";
import type { SimStore } from "./store";

export interface BookmarkSpan {
  name: string;
  id: string;
  start: Element;
  end: Element;
  story: Story;
  pa: number;
  sa: number;
  pb: number;
  sb: number;
}

/** Letters, digits and "_", at most 40 characters, starting with a letter (or "_" for a hidden one). */
const NAME = /^[\p{L}_][\p{L}\p{Nd}_]{0,39}$/u;

export function checkBookmarkName(name: unknown): string {
  if (typeof name !== "string" || !NAME.test(name)) {
    throw new SimError("InvalidArgument", `'${String(name)}' is not a valid bookmark name.`);
  }
  return name;
}

export const isHidden = (name: string): boolean => name.startsWith("_");

/** The bookmarks standing in the listed paragraphs, in document order; an end before its start is left out. */
export function listBookmarks(store: SimStore): BookmarkSpan[] {
  const paras = store.paragraphs();
  const starts = new Map<string, { el: Element; name: string; pi: number; at: number }>();
  const out: BookmarkSpan[] = [];
  paras.forEach((ip, pi) => {
    for (const m of store.pt(ip.p).marks) {
      const id = wAttr(m.el, "id") ?? "";
      if (m.el.localName === "bookmarkStart") {
        const name = wAttr(m.el, "name") ?? "";
        if (name && !starts.has(id)) starts.set(id, { el: m.el, name, pi, at: m.at });
        continue;
      }
      const s = starts.get(id);
      if (!s) continue;
      starts.delete(id);
      out.push({ name: s.name, id, start: s.el, end: m.el, story: ip.story, pa: s.pi, sa: s.at, pb: pi, sb: m.at });
    }
  });
  return out.sort((a, b) => a.pa - b.pa || a.sa - b.sa);
}

export function findBookmark(store: SimStore, name: string): BookmarkSpan | undefined {
  const key = name.toLowerCase();
  const starts = key ? attached(store, indexOf(store).byName.get(key)) : [];
  if (starts.length === 1) {
    const span = spanOf(store, starts[0]);
    if (span !== null) return span;
  }
  return listBookmarks(store).find((b) => b.name.toLowerCase() === key);
}

/**
 * Where the bookmarks stand, so that finding, moving or deleting one need not walk the whole document. Entries
 * are checked on use: an element no longer in a story counts as gone.
 */
interface BookmarkIndex {
  docs: Array<Document | null>;
  byName: Map<string, Set<Element>>;
  startsById: Map<string, Set<Element>>;
  endsById: Map<string, Set<Element>>;
  /** Every start with its numeric w:id, in ascending id order. */
  ids: Array<{ id: number; el: Element }>;
}

const indexes = new WeakMap<SimStore, BookmarkIndex>();

function add(map: Map<string, Set<Element>>, key: string, el: Element): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(el);
}

function indexOf(store: SimStore): BookmarkIndex {
  const m = store.model;
  const docs = [m.main, m.header, m.footer];
  let ix = indexes.get(store);
  if (ix && ix.docs.every((d, i) => d === docs[i])) return ix;
  ix = { docs, byName: new Map(), startsById: new Map(), endsById: new Map(), ids: [] };
  for (const doc of stories(store)) {
    for (const el of elements(doc, "bookmarkStart")) {
      add(ix.byName, (wAttr(el, "name") ?? "").toLowerCase(), el);
      add(ix.startsById, wAttr(el, "id") ?? "", el);
      ix.ids.push({ id: Number(wAttr(el, "id")) || 0, el });
    }
    for (const el of elements(doc, "bookmarkEnd")) add(ix.endsById, wAttr(el, "id") ?? "", el);
  }
  ix.ids.sort((a, b) => a.id - b.id);
  indexes.set(store, ix);
  return ix;
}

function isAttached(store: SimStore, el: Element): boolean {
  let n: Node | null = el;
  while (n.parentNode) n = n.parentNode;
  const m = store.model;
  return !!n && (n === m.main || n === m.header || n === m.footer);
}

function attached(store: SimStore, set: Set<Element> | undefined): Element[] {
  return set ? [...set].filter((el) => isAttached(store, el)) : [];
}

/** Paragraph index and place among the paragraph's marks of a marker, or null when no listed paragraph holds it. */
function markPlace(store: SimStore, el: Element): { pi: number; mi: number; at: number } | null {
  let p: Element | null = el.parentNode as Element | null;
  while (p && !(p.localName === "p" && p.namespaceURI === NS.w)) p = p.parentNode as Element | null;
  if (!p) return null;
  let pi: number;
  try {
    pi = store.paragraphIndex(p);
  } catch {
    return null;
  }
  const marks = store.pt(p).marks;
  const mi = marks.findIndex((x) => x.el === el);
  return mi < 0 ? null : { pi, mi, at: marks[mi].at };
}

/**
 * The span listBookmarks gives a start whose w:id no other start or end shares (undefined when it lists none
 * for it), or null when that cannot be told without listing them all.
 */
function spanOf(store: SimStore, start: Element): BookmarkSpan | undefined | null {
  const ix = indexOf(store);
  const id = wAttr(start, "id") ?? "";
  const name = wAttr(start, "name") ?? "";
  if (!name) return null;
  const starts = attached(store, ix.startsById.get(id));
  const ends = attached(store, ix.endsById.get(id));
  if (starts.length !== 1 || starts[0] !== start || ends.length > 1) return null;
  const a = markPlace(store, start);
  if (!a) return null;
  if (ends.length === 0) return undefined;
  const b = markPlace(store, ends[0]);
  if (!b) return ends[0].parentNode ? null : undefined;
  if (b.pi < a.pi || (b.pi === a.pi && b.mi < a.mi)) return undefined;
  const story = store.paragraphs()[b.pi].story;
  return { name, id, start, end: ends[0], story, pa: a.pi, sa: a.at, pb: b.pi, sb: b.at };
}

/**
 * The bookmarks listBookmarks gives whose start stands in paragraphs pa..pb, or null when that cannot be told
 * from those paragraphs alone (a w:id shared by several markers).
 */
export function bookmarksStartingIn(store: SimStore, pa: number, pb: number): BookmarkSpan[] | null {
  const paras = store.paragraphs();
  const out: BookmarkSpan[] = [];
  for (let i = pa; i <= pb; i++) {
    for (const m of store.pt(paras[i].p).marks) {
      if (m.el.localName !== "bookmarkStart" || !wAttr(m.el, "name")) continue;
      const span = spanOf(store, m.el);
      if (span === null) return null;
      if (span) out.push(span);
    }
  }
  return out;
}

function stories(store: SimStore): Document[] {
  const m = store.model;
  return [m.main, m.header, m.footer].filter((d): d is Document => !!d);
}

function elements(doc: Document, local: string): Element[] {
  const list = doc.getElementsByTagNameNS(NS.w, local);
  return Array.from({ length: list.length }, (_, i) => list[i] as Element);
}

/** Removes every bookmark of that name (wherever it stands in the XML); true when there was one. */
export function deleteBookmark(store: SimStore, name: string): boolean {
  const key = name.toLowerCase();
  const ix = indexOf(store);
  const starts = attached(store, ix.byName.get(key));
  if (starts.length === 0) return false;
  if (starts.length === 1) {
    const start = starts[0];
    const id = wAttr(start, "id") ?? "";
    // The end removed is the first of that w:id in the start's story; with several, their order must be read.
    const ends = attached(store, ix.endsById.get(id)).filter((e) => e.ownerDocument === start.ownerDocument);
    if (ends.length <= 1) {
      remove(store, ix, start, ends[0]);
      return true;
    }
  }
  let found = false;
  for (const doc of stories(store)) {
    for (const start of elements(doc, "bookmarkStart")) {
      if ((wAttr(start, "name") ?? "").toLowerCase() !== key) continue;
      const id = wAttr(start, "id");
      remove(
        store,
        ix,
        start,
        elements(doc, "bookmarkEnd").find((e) => wAttr(e, "id") === id),
      );
      found = true;
    }
  }
  return found;
}

function remove(store: SimStore, ix: BookmarkIndex, start: Element, end: Element | undefined): void {
  store.removeMarker(start);
  if (end) store.removeMarker(end);
  const id = wAttr(start, "id") ?? "";
  ix.byName.get((wAttr(start, "name") ?? "").toLowerCase())?.delete(start);
  ix.startsById.get(id)?.delete(start);
  if (end) ix.endsById.get(wAttr(end, "id") ?? "")?.delete(end);
  const at = ix.ids.findIndex((x) => x.el === start);
  if (at >= 0) ix.ids.splice(at, 1);
}

/** A w:id no bookmark of the document uses. */
function freshId(store: SimStore): string {
  const ids = indexOf(store).ids;
  for (let i = ids.length - 1; i >= 0; i--) {
    if (isAttached(store, ids[i].el)) return String(Math.max(-1, ids[i].id) + 1);
  }
  return "0";
}

/** Bookmarks `name` over [pa:sa, pb:sb), moving it there when a bookmark of that name exists. */
export function insertBookmark(
  store: SimStore,
  name: string,
  r: { pa: number; sa: number; pb: number; sb: number },
): void {
  deleteBookmark(store, name);
  const paras = store.paragraphs();
  const pa = paras[r.pa].p;
  const pb = paras[r.pb].p;
  const doc = pa.ownerDocument as Document;
  const id = freshId(store);
  const start = doc.createElementNS(NS.w, "w:bookmarkStart");
  start.setAttributeNS(NS.w, "w:id", id);
  start.setAttributeNS(NS.w, "w:name", name);
  const end = doc.createElementNS(NS.w, "w:bookmarkEnd");
  end.setAttributeNS(NS.w, "w:id", id);
  const ix = indexOf(store);
  add(ix.byName, name.toLowerCase(), start);
  add(ix.startsById, id, start);
  add(ix.endsById, id, end);
  ix.ids.push({ id: Number(id), el: start });
  if (pa === pb && r.sa === r.sb) {
    store.placeMarkers(pa, r.sa, [start, end], "end");
    return;
  }
  store.placeMarkers(pb, r.sb, [end], "end");
  store.placeMarkers(pa, r.sa, [start], "start");
}
