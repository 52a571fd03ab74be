/**
 * The preview page's entry (preview.html): the shipped template (or the document kept in the browser) beside the
 * production pane. `?lang=en` shows the page and the pane in English, as Word would with an English display, and `?theme=dark` gives
 * the pane Word's dark theme; the toolbar's switches set both.
 */
import "../i18n/preview";
import { createRoot } from "react-dom/client";
import { langFromLocale, translator } from "../i18n";
import { previewDeps } from "./live";
import { PreviewApp, type PreviewSettings } from "./PreviewApp";
import { browserStore } from "./storage";

const params = new URLSearchParams(window.location.search);
const settings: PreviewSettings = {
  lang: langFromLocale(params.get("lang") ?? "vi-VN"),
  theme: params.get("theme") === "dark" ? "dark" : "light",
};
const t = translator(settings.lang);
document.documentElement.lang = settings.lang;
document.documentElement.dataset.theme = settings.theme;
document.title = t("preview.title");

function applySettings(next: PreviewSettings): void {
  const search = new URLSearchParams(window.location.search);
  search.set("lang", next.lang);
  search.set("theme", next.theme);
  window.location.search = search.toString();
}

const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
container.textContent = "";
createRoot(container).render(
  <PreviewApp
    deps={previewDeps(settings.lang, browserStore, "assets/template.docx", "preview-pane.html", settings.theme)}
    t={t}
    settings={settings}
    onSettings={applySettings}
  />,
);
