import type { GuidedFormProps } from "./GuidedForm.types";
import { renderGuidedForm } from "./renderGuidedForm";
import { useGuidedForm } from "./useGuidedForm";

/** One field at a time, in document order. */
export function GuidedForm(props: GuidedFormProps) {
  return renderGuidedForm(useGuidedForm(props));
}
