import type { AboutProps } from "./About.types";
import { renderAbout } from "./renderAbout";
import { useAbout } from "./useAbout";

/** The header's "About" menu, and the diagnostic information it opens. */
export function About(props: AboutProps) {
  return renderAbout(useAbout(props));
}
