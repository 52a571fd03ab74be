/**
 * Bookmarks as Word keeps them: a `w:bookmarkStart` (w:id, w:name) and a `w:bookmarkEnd` (same w:id) in the
 * paragraphs, so they travel with the text around them, survive a save and show in getOoxml. Names are compared
 * case-insensitively; a name starting with "_" is a hidden bookmark.
 */
import type { Story } from "../../docx/snapshot";
import { NS, wAttr, type Document, type Element } from "../../docx/xml";
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
  return listBookmarks(store).find((b) => b.name.toLowerCase() === key);
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
  let found = false;
  for (const doc of stories(store)) {
    for (const start of elements(doc, "bookmarkStart")) {
      if ((wAttr(start, "name") ?? "").toLowerCase() !== key) continue;
      const id = wAttr(start, "id");
      const end = elements(doc, "bookmarkEnd").find((e) => wAttr(e, "id") === id);
      store.removeMarker(start);
      if (end) store.removeMarker(end);
      found = true;
    }
  }
  return found;
}

/** A w:id no bookmark of the document uses. */
function freshId(store: SimStore): string {
  let max = -1;
  for (const doc of stories(store)) {
    for (const el of elements(doc, "bookmarkStart")) max = Math.max(max, Number(wAttr(el, "id")) || 0);
  }
  return String(max + 1);
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
  if (pa === pb && r.sa === r.sb) {
    store.placeMarkers(pa, r.sa, [start, end], "end");
    return;
  }
  store.placeMarkers(pb, r.sb, [end], "end");
  store.placeMarkers(pa, r.sa, [start], "start");
}
