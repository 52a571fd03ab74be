/** Reports the user picks from the computer, read through the Word layer, and the open document as their template. */
import { fileBytes } from "../files";
import { prepareTemplate, type PreparedTemplate, type ReportInput } from "../../core/collect";
import type { ScanOutcome, WordGateway } from "../../word/types";

export type ReadReport = NonNullable<WordGateway["readReport"]>;

/** Why a picked file gave no report: what the Word layer says of it, or the browser could not read it at all. */
export type FileReason = "legacy-doc" | "not-docx" | "damaged" | "unreadable";

export interface PickedReport {
  file: string;
  report: ReportInput;
}

export interface FileProblem {
  file: string;
  reason: FileReason;
}

/** The open document as the template the reports are read against; null before the first scan. */
export function templateOf(outcome: Pick<ScanOutcome, "snapshot" | "result"> | null): PreparedTemplate | null {
  return outcome ? prepareTemplate({ snapshot: outcome.snapshot, result: outcome.result }) : null;
}

/** Reads the files one after another (a district's 30 reports never all in memory as zips at once). */
export async function readFiles(
  files: readonly File[],
  readReport: ReadReport,
): Promise<{ read: PickedReport[]; problems: FileProblem[] }> {
  const read: PickedReport[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await fileBytes(file);
    } catch {
      problems.push({ file: file.name, reason: "unreadable" });
      continue;
    }
    const got = await readReport(bytes);
    if (got.ok) read.push({ file: file.name, report: got.report });
    else problems.push({ file: file.name, reason: got.reason });
  }
  return { read, problems };
}
