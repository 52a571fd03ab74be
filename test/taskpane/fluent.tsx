/**
 * Fluent UI as the pane renders it, without its style sheet. jsdom lays nothing out, so the rules change no test's
 * outcome; but with Griffel's thousands of them in the document, every getComputedStyle (each getByRole, each pointer
 * check of user-event) matched each element against all of them: about a third of the pane tests' time.
 */
import { createDOMRenderer, FluentProvider, RendererProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";

const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });

export function InFluent({ children }: { children: ReactNode }) {
  return (
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>{children}</FluentProvider>
    </RendererProvider>
  );
}
