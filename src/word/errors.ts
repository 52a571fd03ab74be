/**
 * Every failure reaching the pane is a WordError with a code it can explain (i18n key `word.error.<code>`).
 * Office.js rejects with OfficeExtension.Error (`code` string such as "ItemNotFound"); other hosts and the
 * simulator use the same shape. Anything else becomes "Unknown" with its message kept for logs.
 */
import type { WordError, WordErrorCode } from "./types";

const CODES: Record<string, WordErrorCode> = {
  ItemNotFound: "ItemNotFound",
  GeneralException: "GeneralException",
  AccessDenied: "AccessDenied",
  InvalidArgument: "InvalidArgument",
  NotAllowed: "AccessDenied",
  NotImplemented: "NotSupported",
  ApiNotFound: "NotSupported",
  NotSupported: "NotSupported",
  RequestPayloadSizeLimitExceeded: "InvalidArgument",
  ResponsePayloadSizeLimitExceeded: "InvalidArgument",
  Timeout: "Timeout",
  RequestAborted: "Timeout",
  ActivityLimitReached: "Busy",
  ServiceNotAvailable: "Busy",
  Busy: "Busy",
  InvalidRequestContext: "GeneralException",
  PropertyNotLoaded: "GeneralException",
};

/** Thrown by the gateway; carries the typed WordError. */
export class WordFailure extends Error implements WordError {
  readonly code: WordErrorCode;
  readonly detail: string;
  constructor(code: WordErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = "WordFailure";
    this.code = code;
    this.detail = detail;
  }
}

export function toWordError(err: unknown): WordError {
  if (err instanceof WordFailure) return { code: err.code, detail: err.detail };
  if (err && typeof err === "object") {
    const e = err as { code?: unknown; detail?: unknown; message?: unknown; name?: unknown };
    const code = typeof e.code === "string" ? e.code : typeof e.name === "string" ? e.name : "";
    // A WordError passed along (an apply report's entry) keeps its own detail.
    const detail = typeof e.detail === "string" ? e.detail : typeof e.message === "string" ? e.message : String(err);
    return { code: CODES[code] ?? (/time(d)? ?out/i.test(detail) ? "Timeout" : "Unknown"), detail };
  }
  return { code: "Unknown", detail: String(err) };
}

export function toWordFailure(err: unknown): WordFailure {
  if (err instanceof WordFailure) return err;
  const e = toWordError(err);
  return new WordFailure(e.code, e.detail);
}

export function isWordError(value: unknown): value is WordError {
  return !!value && typeof value === "object" && typeof (value as WordError).code === "string";
}
