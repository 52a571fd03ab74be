import type { OverviewProps } from "./Overview.types";
import { renderOverview } from "./renderOverview";
import { useOverview } from "./useOverview";

/** Progress, the document's sections with their empty counts, and the ways in: continue, check, all fields. */
export function Overview(props: OverviewProps) {
  return renderOverview(useOverview(props));
}
