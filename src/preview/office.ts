/**
 * Loaded by the preview's pane page in place of office.js (its own webpack entry, `preview-office.js`): installs
 * the preview page's simulated `Office` and `Word` on this window, synchronously, before the unchanged pane bundle
 * runs. Opened outside the preview page, it says so instead of leaving a blank pane.
 */
import "../i18n/preview";
import { langFromLocale, t } from "../i18n";
import { findBridge } from "./bridge";

const bridge = findBridge(window);
if (bridge) {
  bridge.install(window);
} else {
  const lang = langFromLocale(navigator.language);
  document.addEventListener("DOMContentLoaded", () => {
    const root = document.getElementById("root");
    if (root) {
      root.removeAttribute("aria-busy");
      root.textContent = t(lang, "preview.paneStandalone");
    }
  });
}
