import type { WordError, WordErrorCode } from "../../word/types";

const CODES: ReadonlySet<WordErrorCode> = new Set([
  "ItemNotFound",
  "GeneralException",
  "AccessDenied",
  "InvalidArgument",
  "NotSupported",
  "Timeout",
  "Busy",
  "Unknown",
]);

/** Whatever a gateway call rejected with, as a WordError the pane can name (the gateway maps Office's own codes). */
export function toWordError(e: unknown): WordError {
  if (e && typeof e === "object") {
    const o = e as { code?: unknown; detail?: unknown; message?: unknown };
    const code =
      typeof o.code === "string" && CODES.has(o.code as WordErrorCode) ? (o.code as WordErrorCode) : "Unknown";
    const detail = typeof o.detail === "string" ? o.detail : typeof o.message === "string" ? o.message : String(e);
    return { code, detail };
  }
  return { code: "Unknown", detail: String(e) };
}
