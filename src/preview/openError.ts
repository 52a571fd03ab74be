/** Why a file could not be opened, in the user's words: the DocxError code picks the message. */
import { isDocxError } from "../docx/errors";
import type { Translate } from "../i18n";

export function openErrorMessage(t: Translate, name: string, err: unknown): string {
  if (isDocxError(err)) return t(`preview.error.${err.code}`, { name });
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "legacy-doc" || code === "not-docx" || code === "damaged") return t(`preview.error.${code}`, { name });
  return t("preview.error.unknown", { name, reason: err instanceof Error ? err.message : String(err) });
}
