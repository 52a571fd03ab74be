import type { AllFieldsProps } from "./AllFields.types";
import { renderAllFields } from "./renderAllFields";
import { useAllFields } from "./useAllFields";

export { VIRTUALISE_ABOVE } from "../VirtualRows";

/**
 * Every field grouped by section, editable in place. Long documents (the 200× template has thousands of fields)
 * render through a virtualised list so the pane stays responsive; short ones render plainly.
 */
export function AllFields(props: AllFieldsProps) {
  return renderAllFields(useAllFields(props));
}
