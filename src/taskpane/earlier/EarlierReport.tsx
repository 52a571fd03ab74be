import "../../i18n/rollup";
import type { EarlierReportProps } from "./EarlierReport.types";
import { renderEarlierReport } from "./renderEarlierReport";
import { useEarlierReport } from "./useEarlierReport";

/**
 * "Take figures from an earlier report": an earlier filled report of this template, read against the open
 * document; the fields it holds a value for shown with how sure each is, and only those the user ticks written.
 */
export function EarlierReport(props: EarlierReportProps) {
  return renderEarlierReport(useEarlierReport(props));
}
