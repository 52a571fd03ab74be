/**
 * @jest-environment jsdom
 *
 * The local backup of typed values: kept under the document's own keys, never taken from another document made from
 * the same template, cleared under all of them, and never a crash on what another version or a damaged storage left behind.
 */
import { loadBackup, ownKeys, saveDrafts } from "../../src/taskpane/session/backup";
import { pendingDrafts } from "../../src/taskpane/session/drafts";
import { buildModel } from "../../src/taskpane/session/model";
import { scan } from "../../src/core";
import { snapshotFromText } from "../../src/core/txt";

beforeEach(() => window.localStorage.clear());

const stored = () => Object.keys(window.localStorage).sort();

test("drafts are kept under every key given and read back from the first of the document's own keys", () => {
  saveDrafts(["doc:a", "url:x"], { f1: "Mẫu Sơn" });
  expect(stored()).toEqual(["dien-mau:drafts:doc:a", "dien-mau:drafts:url:x"]);
  expect(loadBackup(["doc:a", "text:t1"])).toEqual({ drafts: { f1: "Mẫu Sơn" }, keys: ["doc:a", "url:x"] });
  // Found by its id, moved to another address: still its own.
  expect(loadBackup(["doc:a", "url:y"]).drafts).toEqual({ f1: "Mẫu Sơn" });
  // Found by its address, the id lost (closed without saving): its own; another id at that address: not.
  expect(loadBackup(["url:x", "text:t1"]).drafts).toEqual({ f1: "Mẫu Sơn" });
  expect(loadBackup(["doc:b", "url:x", "text:t1"]).drafts).toEqual({});
});

test("the text's fingerprint, shared by every document of a template, keys only a document with no id or address", () => {
  expect(ownKeys(["doc:a", "url:x", "text:t1"])).toEqual(["doc:a", "url:x"]);
  expect(ownKeys(["", "text:t1"])).toEqual(["text:t1"]);
  saveDrafts(["text:t1"], { f1: "Mẫu Sơn" });
  expect(loadBackup(["text:t1"]).drafts).toEqual({ f1: "Mẫu Sơn" });
  expect(loadBackup(["doc:b", "text:t1"]).drafts).toEqual({});
  expect(loadBackup(["url:y", "text:t1"]).drafts).toEqual({});
  // Kept by another document under its id as well (as earlier versions did): never taken through the fingerprint.
  saveDrafts(["doc:a", "url:x", "text:t1"], { f1: "Mẫu Sơn" });
  expect(loadBackup(["text:t1"]).drafts).toEqual({});
  expect(loadBackup(["text:t2"]).drafts).toEqual({});
});

test("no drafts clears every key", () => {
  saveDrafts(["doc:a", "url:x", "text:t1"], { f1: "1" });
  saveDrafts(["doc:a", "url:x", "text:t1"], {});
  expect(stored()).toEqual([]);
});

test("an earlier version's backup is read; damaged ones are ignored", () => {
  window.localStorage.setItem("dien-mau:drafts:doc:old", JSON.stringify({ f1: "cũ", f2: 3 }));
  expect(loadBackup(["doc:old"])).toEqual({ drafts: { f1: "cũ" }, keys: ["doc:old"] });
  window.localStorage.setItem("dien-mau:drafts:doc:bad", "{not json");
  window.localStorage.setItem("dien-mau:drafts:doc:list", "[1,2]");
  expect(loadBackup(["doc:bad", "doc:list", "doc:old"]).drafts).toEqual({ f1: "cũ" });
});

test("drafts the document already holds are no longer pending; on opening, those of vanished fields go too", () => {
  const model = buildModel(scan({ snapshot: snapshotFromText("Tên xã: ............\nDân số: ........ người\n") }));
  const [first, second] = model.entries;
  expect(second).toBeDefined();
  const drafts = { [first.field.id]: first.value, [second.field.id]: "1.200", gone: "giữ" };
  expect(pendingDrafts(drafts, model, false)).toEqual({ [second.field.id]: "1.200", gone: "giữ" });
  expect(pendingDrafts(drafts, model, true)).toEqual({ [second.field.id]: "1.200" });
  const unchanged = { [second.field.id]: "1.200" };
  expect(pendingDrafts(unchanged, model, false)).toBe(unchanged);
});
