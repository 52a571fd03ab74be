/**
 * A filled report read from its .docx file, as the roll-up reads it (src/core/collect): its paragraphs and
 * controls, and the answers the add-in saved in it. The pane loads this module, and with it the zip and .docx
 * readers, only when the user picks a report; the command line's `collect` reads its files with it too.
 */
import type { ReportInput } from "../core/collect/types";
import { buildSnapshot } from "../docx/build";
import { isDocxError } from "../docx/errors";
import { loadDocx } from "../docx/model";
import { readSettings } from "../docx/settings";
import { parseState, STATE_KEY } from "./state";
import type { ReportFile } from "./types";

/** A report read from a .docx: its snapshot and the answers its saved state holds, if the add-in left any. */
export async function readReportFile(bytes: Uint8Array): Promise<ReportInput> {
  const model = await loadDocx(bytes);
  const settings = await readSettings(model.zip);
  const saved: Record<string, string | null> = {};
  if (settings.has(STATE_KEY)) {
    const { state, found } = parseState(settings.get(STATE_KEY));
    if (found) for (const [id, a] of Object.entries(state.anchors)) saved[id] = a.value ?? null;
  }
  return { snapshot: buildSnapshot(model), saved };
}

/** The report, or why the file is not one: a legacy .doc, not a Word document, or damaged. */
export async function readReportBytes(bytes: Uint8Array): Promise<ReportFile> {
  try {
    return { ok: true, report: await readReportFile(bytes) };
  } catch (err) {
    return { ok: false, reason: isDocxError(err) ? err.code : "damaged" };
  }
}
