import type { CheckProps } from "./Check.types";
import { renderCheck } from "./renderCheck";
import { useCheck } from "./useCheck";

/**
 * Every finding of the engine, grouped, each jumping to its place. "Hoàn tất" once no empty place is left: the
 * other findings (a guidance note, a numbering slip, …) are warnings to review, never a bar, and finishing while
 * some remain asks once, naming how many.
 */
export function Check(props: CheckProps) {
  return renderCheck(useCheck(props));
}
