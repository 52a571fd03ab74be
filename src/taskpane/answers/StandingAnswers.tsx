import "../../i18n/answers";
import type { StandingAnswersProps } from "./StandingAnswers.types";
import { renderStandingAnswers } from "./renderStandingAnswers";
import { useStandingAnswers } from "./useStandingAnswers";

/**
 * The office's standing answers on the overview: offered to the empty fields that mean the same thing, saved from a
 * filled report with the user's consent, and seen, edited, exported, imported or forgotten in one dialog.
 */
export function StandingAnswers(props: StandingAnswersProps) {
  return renderStandingAnswers(useStandingAnswers(props));
}
