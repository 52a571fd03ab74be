import type { WordGateway } from "../../word/types";
import type { FillSession } from "../session/types";
import { EarlierReport } from "../earlier/EarlierReport";
import { Rollup } from "./Rollup";

export interface ReportToolsProps {
  session: Pick<FillSession, "outcome" | "model" | "displayValue" | "setDraft" | "commitAll">;
  gateway: Pick<WordGateway, "readReport" | "diagnostics">;
}

/**
 * The overview's ways of working with other reports, in one chunk loaded when the overview shows: an earlier
 * report's figures, and the roll-up of many. None where the Word layer cannot read a report.
 */
export function ReportTools({ session, gateway }: ReportToolsProps) {
  const { readReport } = gateway;
  if (!readReport) return null;
  return (
    <>
      <EarlierReport session={session} readReport={readReport} />
      <Rollup session={session} readReport={readReport} canDownload={gateway.diagnostics().platform !== "Mac"} />
    </>
  );
}
