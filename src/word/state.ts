/**
 * The add-in's saved state, kept in `Office.context.document.settings` under one key. Reading it never throws:
 * whatever is stored (nothing, garbage, an older shape, a newer version) becomes a usable state plus notices.
 */
import type { Decisions, UserSpan } from "../core/types";
import type { RememberedShape, SavedAnchor, SavedState, WordNotice } from "./types";

export const STATE_KEY = "dien-mau";
/**
 * 3: every anchored blank under `anchors`; 2: fills kept compactly; 1: every fill an object with all its fields.
 * All are read; anchors of 1 and 2 come over, their plain-text fills are recognised as typed over by hand.
 */
export const STATE_VERSION = 3;

export function emptyDecisions(): Decisions {
  return { dismissed: [], added: [], unlinked: [] };
}

export function newDocumentId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function newState(documentId = newDocumentId()): SavedState {
  return { version: STATE_VERSION, documentId, decisions: emptyDecisions(), anchors: {} };
}

export interface ParsedState {
  state: SavedState;
  notices: WordNotice[];
  /** False when there was nothing usable stored: the state is new. */
  found: boolean;
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === "string";
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter(isStr) : []);
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

function readSpan(v: unknown): UserSpan | null {
  if (!isObj(v) || !isInt(v.paragraph) || !isInt(v.start) || !isInt(v.end) || v.end <= v.start) return null;
  const span: UserSpan = { paragraph: v.paragraph, start: v.start, end: v.end };
  if (isStr(v.label)) span.label = v.label;
  return span;
}

/**
 * A fill of versions 1 and 2, as an anchor of version 3. Version 2 kept an anchor as `[value, before, after,
 * original?]` (the text written is `before + value + after`); a plain-text fill (an object of mode "text") was found
 * again by its surroundings, which is no longer done: its value is recognised as typed over by hand instead.
 */
function readOldFill(v: unknown, compact: boolean, knownOriginal: string | undefined): SavedAnchor | "text" | null {
  if (compact && Array.isArray(v)) {
    const [value, pre, post, original = knownOriginal] = v as unknown[];
    if (!isStr(value) || !isStr(pre) || !isStr(post) || !isStr(original) || v.length > 4) return null;
    return withWritten({ kind: "control", original, value }, pre + value + post);
  }
  if (!isObj(v) || !isStr(v.value)) return null;
  const original = isStr(v.original) ? v.original : compact ? knownOriginal : undefined;
  const mode = v.mode ?? (compact ? "anchor" : undefined);
  if (!isStr(original) || (mode !== "anchor" && mode !== "text")) return null;
  if (mode === "text") return "text";
  return withWritten({ kind: "control", original, value: v.value }, isStr(v.written) ? v.written : v.value);
}

function withWritten(a: SavedAnchor, written: string): SavedAnchor {
  if (a.value !== undefined && written !== a.value) a.written = written;
  return a;
}

const KINDS = new Set(["control", "bookmark", "none"]);

/**
 * An anchor as stored. A content control with its original known from the remembered blanks (nearly all of them)
 * is compact: `0` while empty, its value as a string, or `[value, written]` when spacing was added; every other
 * anchor is an object with its fields.
 */
function readAnchor(v: unknown, knownOriginal: string | undefined): SavedAnchor | null {
  if (knownOriginal !== undefined && (v === 0 || isStr(v))) {
    const a: SavedAnchor = { kind: "control", original: knownOriginal };
    if (isStr(v)) a.value = v;
    return a;
  }
  if (knownOriginal !== undefined && Array.isArray(v) && v.length === 2 && isStr(v[0]) && isStr(v[1])) {
    return { kind: "control", original: knownOriginal, value: v[0], written: v[1] };
  }
  if (!isObj(v) || !KINDS.has(v.kind as string)) return null;
  const original = isStr(v.original) ? v.original : knownOriginal;
  if (!isStr(original)) return null;
  const a: SavedAnchor = { kind: v.kind as SavedAnchor["kind"], original };
  if (isStr(v.bookmark)) a.bookmark = v.bookmark;
  const boxes = Array.isArray(v.boxes) ? strings(v.boxes) : [];
  if (a.kind === "bookmark" && boxes.length > 0 && boxes[0] === a.bookmark) a.boxes = boxes;
  if (isStr(v.value)) a.value = v.value;
  if (isStr(v.written) && a.value !== undefined) a.written = v.written;
  if (isStr(v.label)) a.label = v.label;
  if (a.kind === "bookmark" && !a.bookmark) return null;
  if (a.kind === "none") {
    if (a.value === undefined || !isInt(v.paragraph) || !isInt(v.start) || !isStr(v.paragraphText)) return null;
    a.paragraph = v.paragraph;
    a.start = v.start;
    a.paragraphText = v.paragraphText;
  }
  return a;
}

/** The stored form of an anchor (`readAnchor` reads it back), `known` the original the remembered blanks hold. */
function packAnchor(a: SavedAnchor, known: string | undefined): unknown {
  if (a.kind === "control" && a.original === known && a.label === undefined) {
    if (a.value === undefined) return 0;
    return a.written === undefined ? a.value : [a.value, a.written];
  }
  const out: Record<string, unknown> = { ...a };
  if (a.original === known) delete out.original;
  return out;
}

/** Each remembered blank's original characters, by id. */
function originalsOf(shapes: readonly RememberedShape[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [original, , , ids] of shapes ?? []) for (const id of ids) out.set(id, original);
  return out;
}

const isIndex = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;

function readShape(v: unknown): RememberedShape | null {
  if (!Array.isArray(v) || (v.length !== 4 && v.length !== 6) || !isStr(v[0]) || !isStr(v[1]) || !isStr(v[2]))
    return null;
  const ids = strings(v[3]);
  if (v[0].length === 0 || ids.length === 0) return null;
  // Places that do not fit their ids are dropped: the shape is then looked for as one saved without them.
  const places = v[4] as unknown;
  if (
    v.length === 6 &&
    Array.isArray(places) &&
    places.length === ids.length &&
    places.every(isIndex) &&
    isIndex(v[5]) &&
    places.every((p) => p < (v[5] as number))
  )
    return [v[0], v[1], v[2], ids, places, v[5]];
  return [v[0], v[1], v[2], ids];
}

/**
 * Version history: 0 (no `version`) kept answers as `{ [blankId]: value }` under `answers` without originals or
 * positions; those values cannot be located again safely, so the migration keeps the decisions and drops them.
 */
export function parseState(raw: unknown): ParsedState {
  if (raw === null || raw === undefined) return { state: newState(), notices: [], found: false };
  let data: unknown = raw;
  if (isStr(raw)) {
    try {
      data = JSON.parse(raw);
    } catch {
      return { state: newState(), notices: [{ type: "state-corrupt" }], found: false };
    }
  }
  if (!isObj(data)) return { state: newState(), notices: [{ type: "state-corrupt" }], found: false };
  const notices: WordNotice[] = [];
  const version = data.version;
  if (version === undefined || version === 0) notices.push({ type: "state-migrated" });
  else if (typeof version !== "number" || version > STATE_VERSION || !Number.isInteger(version))
    return { state: newState(), notices: [{ type: "state-corrupt" }], found: false };
  const documentId = isStr(data.documentId) && data.documentId.length > 0 ? data.documentId : newDocumentId();
  const d = isObj(data.decisions) ? data.decisions : {};
  const decisions: Decisions = {
    dismissed: strings(d.dismissed),
    added: (Array.isArray(d.added) ? d.added : []).map(readSpan).filter((s): s is UserSpan => s !== null),
    unlinked: strings(d.unlinked),
  };
  // Only a help for recognising typed-over blanks: whatever cannot be read is left out without a notice.
  const blanks = (Array.isArray(data.blanks) ? data.blanks : []).map(readShape).filter((b) => b !== null);
  const originals = originalsOf(blanks);
  const anchors: Record<string, SavedAnchor> = {};
  let dropped = false;
  if (notices.length === 0 && version === STATE_VERSION && isObj(data.anchors)) {
    for (const [id, v] of Object.entries(data.anchors)) {
      const a = readAnchor(v, originals.get(id));
      if (a) anchors[id] = a;
      else dropped = true;
    }
  } else if (notices.length === 0 && version !== STATE_VERSION && isObj(data.fills)) {
    for (const [id, v] of Object.entries(data.fills)) {
      const a = readOldFill(v, version === 2, originals.get(id));
      if (a && a !== "text") anchors[id] = a;
      else if (!a) dropped = true;
    }
  } else if (notices.length === 0 && (data.anchors ?? data.fills) !== undefined) dropped = true;
  const highlighted = strings(data.highlighted);
  const controls = isObj(data.controls)
    ? Object.fromEntries(Object.entries(data.controls).filter((e): e is [string, string] => isStr(e[1])))
    : {};
  if (dropped) notices.push({ type: "state-corrupt" });
  const state: SavedState = { version: STATE_VERSION, documentId, decisions, anchors };
  if (highlighted.length > 0) state.highlighted = highlighted;
  if (blanks.length > 0) state.blanks = blanks;
  if (Object.keys(controls).length > 0) state.controls = controls;
  return { state, notices, found: true };
}

/**
 * What goes into the settings (Office stores JSON values), compact: it is written again on every save, and a filled
 * long document holds thousands of fills.
 */
export function serializeState(state: SavedState): Record<string, unknown> {
  const originals = originalsOf(state.blanks);
  const anchors: Record<string, unknown> = {};
  for (const [id, a] of Object.entries(state.anchors)) anchors[id] = packAnchor(a, originals.get(id));
  const out: Record<string, unknown> = {
    version: STATE_VERSION,
    documentId: state.documentId,
    decisions: state.decisions,
    anchors,
  };
  if (state.highlighted && state.highlighted.length > 0) out.highlighted = state.highlighted;
  if (state.blanks && state.blanks.length > 0) out.blanks = state.blanks;
  if (state.controls && Object.keys(state.controls).length > 0) out.controls = state.controls;
  return out;
}

/** What Office keeps in a document's settings (oj#621; more than 5 MB reads back null on the desktop, oj#6304). */
export const STATE_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * `theirs` (saved by someone else since this pane read the state) with `ours` for the blanks in `changed`: the
 * latest write of each blank wins. Decisions, marks and remembered blanks are this pane's, which read the document
 * last.
 */
export function mergeStates(theirs: SavedState, ours: SavedState, changed: ReadonlySet<string>): SavedState {
  const anchors: Record<string, SavedAnchor> = { ...theirs.anchors };
  const controls: Record<string, string> = { ...theirs.controls };
  for (const id of changed) {
    if (ours.anchors[id]) anchors[id] = ours.anchors[id];
    else delete anchors[id];
    if (ours.controls?.[id] !== undefined) controls[id] = ours.controls[id];
    else delete controls[id];
  }
  const merged: SavedState = { ...ours, anchors };
  if (Object.keys(controls).length > 0) merged.controls = controls;
  else delete merged.controls;
  return merged;
}
