import "../../i18n/rollup";
import { renderRollup } from "./renderRollup";
import type { RollupProps } from "./Rollup.types";
import { useRollup } from "./useRollup";

/**
 * The district's roll-up: the units' reports picked from the computer, read against the open document, shown as one
 * table with a total row; doubtful values marked and correctable; downloaded as .xlsx or copied as text; the totals
 * written into the open document on confirmation.
 */
export function Rollup(props: RollupProps) {
  return renderRollup(useRollup(props));
}
