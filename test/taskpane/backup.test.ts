/**
 * @jest-environment jsdom
 *
 * The local backup of typed values: kept under every key the document offers, read from the first that holds any,
 * cleared under all of them, and never a crash on what another version or a damaged storage left behind.
 */
import { loadBackup, saveDrafts } from "../../src/taskpane/session/backup";
import { pendingDrafts } from "../../src/taskpane/session/drafts";
import { buildModel } from "../../src/taskpane/session/model";
import { scan } from "../../src/core";
import { snapshotFromText } from "../../src/core/txt";

beforeEach(() => window.localStorage.clear());

const stored = () => Object.keys(window.localStorage).sort();

test("drafts are kept under every key and read back from the first key that holds any", () => {
  saveDrafts(["doc:a", "text:t1"], { f1: "Mẫu Sơn" });
  expect(stored()).toEqual(["dien-mau:drafts:doc:a", "dien-mau:drafts:text:t1"]);
  // Reopened before any id was saved in the document: only the text's fingerprint matches.
  expect(loadBackup(["text:t1"])).toEqual({ drafts: { f1: "Mẫu Sơn" }, keys: ["doc:a", "text:t1"] });
  expect(loadBackup(["doc:b", "url:x", "text:t1"]).drafts).toEqual({ f1: "Mẫu Sơn" });
  expect(loadBackup(["doc:b", "text:t2"]).drafts).toEqual({});
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
