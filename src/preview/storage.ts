/**
 * The working document kept in the browser (IndexedDB through idb-keyval), so a reload brings back the document
 * being filled. One document at a time: opening another file or the original template replaces it.
 */
import { del, get, set } from "idb-keyval";

const KEY = "dien-mau.preview.document";

export interface StoredDocument {
  name: string;
  bytes: Uint8Array;
  /** It holds values written since it was opened or last downloaded. */
  unsaved?: boolean;
}

export interface DocumentStore {
  load(): Promise<StoredDocument | null>;
  save(doc: StoredDocument): Promise<void>;
  clear(): Promise<void>;
}

function isStored(v: unknown): v is StoredDocument {
  const d = v as StoredDocument | null;
  return !!d && typeof d.name === "string" && d.bytes instanceof Uint8Array;
}

export const browserStore: DocumentStore = {
  async load() {
    const v: unknown = await get(KEY);
    return isStored(v) ? v : null;
  },
  async save(doc) {
    await set(KEY, { name: doc.name, bytes: doc.bytes, ...(doc.unsaved ? { unsaved: true } : {}) });
  },
  async clear() {
    await del(KEY);
  },
};
