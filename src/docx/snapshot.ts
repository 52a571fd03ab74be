/**
 * Reads a whole .docx file into a snapshot: for the scan command, the preview and tests. The pane never imports
 * this (it reads Word's flat OOXML through ./ooxml), so the zip library it pulls in stays out of the pane's bundle.
 */
import type { DocumentSnapshot } from "../core/types";
import { buildSnapshot } from "./build";
import { loadDocx } from "./model";
import { offeredAsField, type SdtProps } from "./sdt";

export * from "./build";

/**
 * Reads a .docx file into a snapshot, its content controls those that are places to fill (`offeredAsField`). Throws
 * DocxError (legacy-doc, not-docx, damaged) for anything else.
 */
export async function readDocxSnapshot(bytes: Uint8Array): Promise<DocumentSnapshot> {
  const sdts: SdtProps[] = [];
  const snapshot = buildSnapshot(await loadDocx(bytes), undefined, sdts);
  return { ...snapshot, contentControls: snapshot.contentControls.filter((c, i) => offeredAsField(sdts[i], c.text)) };
}
