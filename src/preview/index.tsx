/**
 * The preview page's entry (preview.html): the shipped template (or the document kept in the browser) beside the
 * production pane. `?lang=en` shows the page and the pane in English, as Word would with an English display.
 */
import "../i18n/preview";
import { createRoot } from "react-dom/client";
import { langFromLocale, translator } from "../i18n";
import { previewDeps } from "./live";
import { PreviewApp } from "./PreviewApp";
import { browserStore } from "./storage";

const lang = langFromLocale(new URLSearchParams(window.location.search).get("lang") ?? "vi-VN");
const t = translator(lang);
document.documentElement.lang = lang;
document.title = t("preview.title");
const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
container.textContent = "";
createRoot(container).render(
  <PreviewApp deps={previewDeps(lang, browserStore, "assets/template.docx", "preview-pane.html")} t={t} />,
);
