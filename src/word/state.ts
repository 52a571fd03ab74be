/**
 * The add-in's saved state, kept in `Office.context.document.settings` under one key. Reading it never throws:
 * whatever is stored (nothing, garbage, an older shape, a newer version) becomes a usable state plus notices.
 */
import type { Decisions, UserSpan } from "../core/types";
import type { RememberedShape, SavedFill, SavedState, WordNotice } from "./types";

export const STATE_KEY = "dien-mau";
/**
 * 2: fills kept compactly (see `packFill`); 1: every fill an object with all its fields. Both are read.
 */
export const STATE_VERSION = 2;

export function emptyDecisions(): Decisions {
  return { dismissed: [], added: [], unlinked: [] };
}

export function newDocumentId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function newState(documentId = newDocumentId()): SavedState {
  return { version: STATE_VERSION, documentId, decisions: emptyDecisions(), fills: {} };
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
 * A fill as stored. Version 2 leaves out what can be told without it: an anchor is `[value, before, after,
 * original?]` (the text written is `before + value + after`, the spacing added), a plain-text fill an object; the
 * original characters are left out when the remembered blanks hold them, `written` when it is the value.
 */
function readFill(v: unknown, compact: boolean, knownOriginal: string | undefined): SavedFill | null {
  if (compact && Array.isArray(v)) {
    const [value, pre, post, original = knownOriginal] = v as unknown[];
    if (!isStr(value) || !isStr(pre) || !isStr(post) || !isStr(original) || v.length > 4) return null;
    return { value, original, mode: "anchor", written: pre + value + post };
  }
  if (!isObj(v) || !isStr(v.value)) return null;
  const original = isStr(v.original) ? v.original : compact ? knownOriginal : undefined;
  const mode = v.mode ?? (compact ? "anchor" : undefined);
  if (!isStr(original) || (mode !== "anchor" && mode !== "text")) return null;
  const fill: SavedFill = { value: v.value, original, mode };
  if (isStr(v.written)) fill.written = v.written;
  else if (compact) fill.written = v.value;
  if (isStr(v.before)) fill.before = v.before;
  if (isStr(v.after)) fill.after = v.after;
  if (isInt(v.paragraph)) fill.paragraph = v.paragraph;
  if (fill.mode === "text" && fill.written === undefined) return null;
  return fill;
}

/** The stored form of a fill (`readFill` reads it back), `known` the original the remembered blanks hold. */
function packFill(fill: SavedFill, known: string | undefined): unknown {
  const written = fill.written ?? fill.value;
  const at = fill.value === "" ? -1 : written.indexOf(fill.value);
  const keepOriginal = fill.original !== known;
  if (fill.mode === "anchor" && at >= 0 && !fill.before && !fill.after && fill.paragraph === undefined) {
    const out: unknown[] = [fill.value, written.slice(0, at), written.slice(at + fill.value.length)];
    if (keepOriginal) out.push(fill.original);
    return out;
  }
  const out: Record<string, unknown> = { value: fill.value, mode: fill.mode };
  if (keepOriginal) out.original = fill.original;
  if (written !== fill.value) out.written = written;
  if (fill.before !== undefined) out.before = fill.before;
  if (fill.after !== undefined) out.after = fill.after;
  if (fill.paragraph !== undefined) out.paragraph = fill.paragraph;
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
  const compact = version === STATE_VERSION;
  const originals = compact ? originalsOf(blanks) : new Map<string, string>();
  const fills: Record<string, SavedFill> = {};
  let dropped = false;
  if (notices.length === 0 && isObj(data.fills)) {
    for (const [id, v] of Object.entries(data.fills)) {
      const fill = readFill(v, compact, originals.get(id));
      if (fill) fills[id] = fill;
      else dropped = true;
    }
  } else if (notices.length === 0 && data.fills !== undefined) dropped = true;
  const highlighted = strings(data.highlighted);
  if (dropped) notices.push({ type: "state-corrupt" });
  const state: SavedState = { version: STATE_VERSION, documentId, decisions, fills };
  if (highlighted.length > 0) state.highlighted = highlighted;
  if (blanks.length > 0) state.blanks = blanks;
  return { state, notices, found: true };
}

/**
 * What goes into the settings (Office stores JSON values), compact: it is written again on every save, and a filled
 * long document holds thousands of fills.
 */
export function serializeState(state: SavedState): Record<string, unknown> {
  const originals = originalsOf(state.blanks);
  const fills: Record<string, unknown> = {};
  for (const [id, fill] of Object.entries(state.fills)) fills[id] = packFill(fill, originals.get(id));
  const out: Record<string, unknown> = {
    version: STATE_VERSION,
    documentId: state.documentId,
    decisions: state.decisions,
    fills,
  };
  if (state.highlighted && state.highlighted.length > 0) out.highlighted = state.highlighted;
  if (state.blanks && state.blanks.length > 0) out.blanks = state.blanks;
  return out;
}
