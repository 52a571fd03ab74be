/** The page's dependencies on the real simulator, the .docx reader and the shipped template. */
import { loadDocx } from "../docx/model";
import { readPartXml } from "../docx/package";
import type { Lang } from "../i18n";
import { createSimulator } from "./sim";
import type { LiveDocument, PreviewDeps, PreviewTheme } from "./PreviewApp";
import type { DocumentStore } from "./storage";
import { readStyleSheet } from "./view/format";
import type { ViewSource } from "./view/model";

export async function readViewSource(bytes: Uint8Array): Promise<ViewSource> {
  const model = await loadDocx(bytes);
  const stylesRel = model.rels.find((r) => r.type.endsWith("/styles") && r.path);
  const styles = stylesRel?.path ? await readPartXml(model.zip, stylesRel.path) : null;
  return { body: model.body, header: model.header, footer: model.footer, styles: readStyleSheet(styles) };
}

/** Colours of a dark Office theme: the pane tells dark from light by them, as Office gives no theme name. */
const DARK_OFFICE_THEME = {
  bodyBackgroundColor: "#292929",
  bodyForegroundColor: "#ffffff",
  controlBackgroundColor: "#1f1f1f",
  controlForegroundColor: "#ffffff",
};

export async function openLive(bytes: Uint8Array, lang: Lang, theme: PreviewTheme = "light"): Promise<LiveDocument> {
  const sim = await createSimulator(bytes, { displayLanguage: lang === "en" ? "en-US" : "vi-VN" });
  // Light is what the pane assumes when Office gives no colours, as the simulator does by default.
  if (theme === "dark") {
    Object.defineProperty(sim.Office.context, "officeTheme", { value: DARK_OFFICE_THEME, configurable: true });
  }
  return {
    save: () => sim.save(),
    install: (target) => sim.install(target),
    selection: () => sim.selection(),
    setSelection: (sel) => sim.setSelection(sel),
    onChange: (listener) => sim.onChange(listener),
    finalized: async () => finalizedCopy(await sim.save()),
  };
}

/**
 * The document as "Hoàn tất" leaves it, from a copy (the one being filled stays as it is): the add-in's Word layer
 * finalizes it as in Word, then the package loses the add-in's part, which Word itself would keep.
 */
async function finalizedCopy(bytes: Uint8Array): Promise<Uint8Array> {
  const [{ createWordGateway }, { withoutAddinParts }] = await Promise.all([
    import("../word/gateway"),
    import("../docx/addinPart"),
  ]);
  const copy = await createSimulator(bytes);
  const gateway = createWordGateway({ word: copy.Word, office: copy.Office, platform: "desktop" });
  await gateway.scan();
  await gateway.finalize();
  return withoutAddinParts(await copy.save());
}

export function previewDeps(
  lang: Lang,
  store: DocumentStore,
  templateUrl: string,
  paneUrl: string,
  theme: PreviewTheme = "light",
): PreviewDeps {
  return {
    open: (bytes) => openLive(bytes, lang, theme),
    read: readViewSource,
    store,
    paneUrl,
    templateBytes: async () => {
      const res = await fetch(templateUrl);
      if (!res.ok) throw new Error(`${templateUrl}: HTTP ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    },
  };
}
