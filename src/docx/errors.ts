/**
 * Why a file could not be opened as a Word document. The scan command and the preview host turn the code into a
 * one-line message ("please save as .docx", …); the message here is for logs only.
 */
export type DocxErrorCode = "legacy-doc" | "not-docx" | "damaged";

export class DocxError extends Error {
  readonly code: DocxErrorCode;

  constructor(code: DocxErrorCode, message: string) {
    super(message);
    this.name = "DocxError";
    this.code = code;
  }
}

export function isDocxError(e: unknown): e is DocxError {
  return e instanceof DocxError;
}
