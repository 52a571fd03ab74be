/**
 * The pane's entry (loaded by taskpane.html): wait for Office, pick the language and theme from Office, and render
 * the app over the Word gateway.
 */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { langFromLocale } from "../i18n";
import { createWordGateway } from "../word/gateway";
import { App } from "./App";
import { loadTheme, themeNameFor } from "./theme";

function forcedColors(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
}

Office.onReady(async () => {
  // boot.js already told users of an Office too old for the pane; nothing more to render there.
  if ((window as { __dienMauUnsupported?: boolean }).__dienMauUnsupported) return;
  const lang = langFromLocale(Office.context.displayLanguage);
  const theme = await loadTheme(themeNameFor(Office.context.officeTheme, forcedColors()));
  document.documentElement.lang = lang;
  const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  container.removeAttribute("aria-busy");
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <App gateway={createWordGateway()} lang={lang} />
    </FluentProvider>,
  );
});
