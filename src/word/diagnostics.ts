/**
 * The diagnostic information the pane shows under "About": the host, the requirement sets it supports, the size of
 * the saved state, and the last operations with their round trips and any Office error.
 *
 * Office's `debugInfo` lists the statements of the failing batch, and those carry the text the add-in inserted
 * (`insertText("Nguyễn Văn A", "Replace")`): every string literal is redacted before anything is kept, so a
 * user's values never reach the screen, the clipboard or a support e-mail.
 */
import { toWordError, WordFailure } from "./errors";
import { STATE_KEY } from "./state";
import type { Diagnostics, OperationRecord } from "./types";

export type OperationError = NonNullable<OperationRecord["error"]>;

export interface OperationLog {
  record(rec: OperationRecord): void;
  /** Oldest first. */
  list(): OperationRecord[];
}

export function createOperationLog(limit = 20): OperationLog {
  const records: OperationRecord[] = [];
  return {
    record(rec) {
      records.push(rec);
      if (records.length > limit) records.splice(0, records.length - limit);
    },
    list: () => records.slice(),
  };
}

/** Counts every `sync()` of `context` (the final one `Word.run` makes for pending operations included). */
export function countSyncs<T extends { sync(): Promise<unknown> } = Word.RequestContext>(
  context: T,
  onSync: () => void,
): T {
  const sync = context.sync.bind(context);
  context.sync = () => {
    onSync();
    return sync();
  };
  return context;
}

/**
 * The gateway turns Office's errors into WordFailures, which keep only a code and a message; the original (with
 * its debugInfo) is kept beside the failure for the operation log.
 */
const officeErrors = new WeakMap<WordFailure, unknown>();

export function keepOfficeError(failure: WordFailure, original: unknown): WordFailure {
  if (original !== failure && !officeErrors.has(failure)) officeErrors.set(failure, original);
  return failure;
}

/**
 * String literals in double, single (not an apostrophe inside a word), back or typographic quotes; one cut short
 * at the end of a truncated statement counts too.
 */
const LITERAL =
  /"(?:[^"\\]|\\.)*(?:"|$)|(?<![\p{L}\p{N}])'(?:[^'\\]|\\.)*(?:'|$)|`(?:[^`\\]|\\.)*(?:`|$)|“[^”]*(?:”|$)|‘[^’]*(?:’|$)/gu;

export function redact(text: string): string {
  return text.replace(LITERAL, '"…"');
}

/** A failed batch can list thousands of statements; the ones around the failure say enough. */
const MAX_STATEMENTS = 40;

function statements(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  const lines = list.filter((s): s is string => typeof s === "string").map(redact);
  if (lines.length <= MAX_STATEMENTS) return lines;
  return [...lines.slice(0, MAX_STATEMENTS), `(+${lines.length - MAX_STATEMENTS})`];
}

interface DebugInfoLike {
  code?: unknown;
  message?: unknown;
  errorLocation?: unknown;
  statement?: unknown;
  surroundingStatements?: unknown;
  fullStatements?: unknown;
}

function describeDebugInfo(info: DebugInfoLike, message: string): string | undefined {
  const lines: string[] = [];
  if (typeof info.code === "string") lines.push(`code: ${info.code}`);
  if (typeof info.message === "string" && redact(info.message) !== message) {
    lines.push(`message: ${redact(info.message)}`);
  }
  if (typeof info.errorLocation === "string") lines.push(`errorLocation: ${redact(info.errorLocation)}`);
  if (typeof info.statement === "string") lines.push(`statement: ${redact(info.statement)}`);
  for (const key of ["surroundingStatements", "fullStatements"] as const) {
    const list = statements(info[key]);
    if (list.length > 0) lines.push(`${key}:`, ...list.map((s) => `  ${s}`));
  }
  return lines.length > 0 ? lines.join("\n") : undefined;
}

/** The `error` of an operation record, from an OfficeExtension.Error-like object or a WordFailure. */
export function errorRecord(err: unknown): OperationError {
  const original = err instanceof WordFailure ? (officeErrors.get(err) ?? err) : err;
  const wordError = toWordError(err instanceof WordFailure ? err : original);
  const o = (original && typeof original === "object" ? original : {}) as {
    code?: unknown;
    name?: unknown;
    debugInfo?: unknown;
  };
  const info = (o.debugInfo && typeof o.debugInfo === "object" ? o.debugInfo : {}) as DebugInfoLike;
  const officeCode =
    typeof o.code === "string" && o.code
      ? o.code
      : typeof info.code === "string" && info.code
        ? info.code
        : typeof o.name === "string" && o.name && o.name !== "Error"
          ? o.name
          : wordError.code;
  const detail = redact(wordError.detail);
  const debugInfo = describeDebugInfo(info, detail);
  return debugInfo === undefined
    ? { code: wordError.code, officeCode, detail }
    : { code: wordError.code, officeCode, detail, debugInfo };
}

/** Every requirement set the add-in can make use of. */
export const REQUIREMENT_SETS: ReadonlyArray<{ name: string; version: string }> = [
  ...["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"].map((version) => ({ name: "WordApi", version })),
  ...["1.1", "1.2", "1.3", "1.4"].map((version) => ({ name: "WordApiDesktop", version })),
];

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Bytes of JSON the add-in's saved state takes in the document's settings; 0 when there is none. */
export function savedStateBytes(settings: Pick<Office.Settings, "get"> | null | undefined): number {
  try {
    const value: unknown = settings?.get(STATE_KEY);
    if (value === null || value === undefined) return 0;
    return utf8Length(JSON.stringify(value) ?? "");
  } catch {
    return 0;
  }
}

interface OfficeContextLike {
  host?: unknown;
  platform?: unknown;
  diagnostics?: { host?: unknown; platform?: unknown; version?: unknown };
  requirements?: { isSetSupported?: (name: string, version?: string) => boolean };
}

const text = (...values: unknown[]): string => {
  for (const v of values) if (typeof v === "string" && v) return v;
  return "";
};

export function collectDiagnostics(
  office: typeof Office | undefined,
  log: OperationLog,
  settingsBytes: number,
): Diagnostics {
  const ctx = office?.context as OfficeContextLike | undefined;
  const supported = (name: string, version: string): boolean => {
    try {
      return ctx?.requirements?.isSetSupported?.(name, version) === true;
    } catch {
      return false;
    }
  };
  return {
    host: text(ctx?.diagnostics?.host, ctx?.host),
    platform: text(ctx?.diagnostics?.platform, ctx?.platform),
    version: text(ctx?.diagnostics?.version),
    requirementSets: REQUIREMENT_SETS.map(({ name, version }) => ({
      name,
      version,
      supported: supported(name, version),
    })),
    settingsBytes,
    operations: log.list(),
  };
}
