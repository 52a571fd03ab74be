/**
 * The add-in's saved state, kept in `Office.context.document.settings` under one key. Reading it never throws:
 * whatever is stored (nothing, garbage, an older shape, a newer version) becomes a usable state plus notices.
 */
import type { Decisions, UserSpan } from "../core/types";
import type { RememberedShape, SavedFill, SavedState, WordNotice } from "./types";

export const STATE_KEY = "dien-mau";
export const STATE_VERSION = 1;

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

function readFill(v: unknown): SavedFill | null {
  if (!isObj(v) || !isStr(v.value) || !isStr(v.original) || (v.mode !== "anchor" && v.mode !== "text")) return null;
  const fill: SavedFill = { value: v.value, original: v.original, mode: v.mode };
  if (isStr(v.written)) fill.written = v.written;
  if (isStr(v.before)) fill.before = v.before;
  if (isStr(v.after)) fill.after = v.after;
  if (isInt(v.paragraph)) fill.paragraph = v.paragraph;
  if (fill.mode === "text" && fill.written === undefined) return null;
  return fill;
}

function readShape(v: unknown): RememberedShape | null {
  if (!Array.isArray(v) || v.length !== 4 || !isStr(v[0]) || !isStr(v[1]) || !isStr(v[2])) return null;
  const ids = strings(v[3]);
  return v[0].length > 0 && ids.length > 0 ? [v[0], v[1], v[2], ids] : null;
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
  const fills: Record<string, SavedFill> = {};
  let dropped = false;
  if (notices.length === 0 && isObj(data.fills)) {
    for (const [id, v] of Object.entries(data.fills)) {
      const fill = readFill(v);
      if (fill) fills[id] = fill;
      else dropped = true;
    }
  } else if (notices.length === 0 && data.fills !== undefined) dropped = true;
  const highlighted = strings(data.highlighted);
  if (dropped) notices.push({ type: "state-corrupt" });
  const state: SavedState = { version: STATE_VERSION, documentId, decisions, fills };
  if (highlighted.length > 0) state.highlighted = highlighted;
  // Only a help for recognising typed-over blanks: whatever cannot be read is left out without a notice.
  const blanks = (Array.isArray(data.blanks) ? data.blanks : []).map(readShape).filter((b) => b !== null);
  if (blanks.length > 0) state.blanks = blanks;
  return { state, notices, found: true };
}

/** What goes into the settings: the state itself (Office stores JSON values). */
export function serializeState(state: SavedState): SavedState {
  const out: SavedState = {
    version: STATE_VERSION,
    documentId: state.documentId,
    decisions: state.decisions,
    fills: state.fills,
  };
  if (state.highlighted && state.highlighted.length > 0) out.highlighted = state.highlighted;
  if (state.blanks && state.blanks.length > 0) out.blanks = state.blanks;
  return out;
}
