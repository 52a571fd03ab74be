/**
 * The preview page: the working document drawn like a Word page on the left, the production task pane on the
 * right in an iframe that runs against this page's simulator (see bridge.ts). Opening, dropping, downloading and
 * starting over happen here; the working document is kept in the browser after every change.
 */
import { useCallback, useEffect, useRef, useState, type DragEvent } from "react";
import type { Lang, Translate } from "../i18n";
import { setBridge } from "./bridge";
import { openErrorMessage } from "./openError";
import type { DocumentStore } from "./storage";
import { DocumentView } from "./view/DocumentView";
import { buildView, type DocumentView as DocumentViewModel, type ViewSource } from "./view/model";
import type { DocSelection } from "./view/selection";

/** What the page needs of a simulated document. */
export interface LiveDocument {
  save(): Promise<Uint8Array>;
  /** The document finalized for sending, with no part of the add-in left in the package; the live one is kept. */
  finalized(): Promise<Uint8Array>;
  install(target: object): void;
  selection(): DocSelection | null;
  setSelection(sel: DocSelection): void;
  onChange(listener: () => void): () => void;
}

export interface PreviewDeps {
  open(bytes: Uint8Array): Promise<LiveDocument>;
  /** The XML the page draws, read from the document's saved bytes. */
  read(bytes: Uint8Array): Promise<ViewSource>;
  templateBytes(): Promise<Uint8Array>;
  store: DocumentStore;
  /** The page that hosts the pane in the iframe. */
  paneUrl: string;
  /** Hands a file to the user; the browser's download by default. */
  download?(bytes: Uint8Array, name: string): void;
}

export type PreviewTheme = "light" | "dark";

/** The page's language and theme, which the pane takes as Word's display language and Office theme. */
export interface PreviewSettings {
  lang: Lang;
  theme: PreviewTheme;
}

export const TEMPLATE_NAME = "bao-cao-so-ket-chi-thi-17.docx";
/** Changes come in bursts (one field writes several blanks); the page redraws and saves once per burst. */
const REFRESH_DELAY_MS = 120;
const SELECTION_POLL_MS = 200;

interface Current {
  live: LiveDocument;
  name: string;
  generation: number;
}

type SaveState = "idle" | "saving" | "saved" | "failed";

function sameSelection(a: DocSelection | null, b: DocSelection | null): boolean {
  return a === b || (!!a && !!b && a.paragraph === b.paragraph && a.start === b.start && a.end === b.end);
}

function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A message above the document: an error is announced at once (alert), a notice politely (status). */
function Banner(props: { kind: "error" | "info"; text: string; dismissLabel: string; onDismiss: () => void }) {
  return (
    <div className={`banner ${props.kind}`} role={props.kind === "error" ? "alert" : "status"}>
      <span>{props.text}</span>
      <button type="button" onClick={props.onDismiss} aria-label={props.dismissLabel}>
        ×
      </button>
    </div>
  );
}

export function PreviewApp({
  deps,
  t,
  settings,
  onSettings,
}: {
  deps: PreviewDeps;
  t: Translate;
  /** With onSettings, the toolbar offers a language and a theme switch. */
  settings?: PreviewSettings;
  /** Applies new settings; the pane reads them only as it starts, so this reloads the page. */
  onSettings?: (next: PreviewSettings) => void;
}) {
  const [current, setCurrent] = useState<Current | null>(null);
  const [view, setView] = useState<DocumentViewModel | null>(null);
  const [selection, setSelection] = useState<DocSelection | null>(null);
  const [follow, setFollow] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [confirmReset, setConfirmReset] = useState(false);
  /** Opening another file would replace values not downloaded: asked first. `pick` opens the file chooser. */
  const [confirmOpen, setConfirmOpen] = useState<{ file: File } | "pick" | null>(null);
  /** The document changed since it was opened or last downloaded. */
  const unsaved = useRef(false);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const userSelection = useRef<DocSelection | null>(null);
  const shown = useRef<DocSelection | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const generation = useRef(0);
  const currentRef = useRef<Current | null>(null);
  currentRef.current = current;

  useEffect(() => {
    setBridge({ install: (target) => currentRef.current?.live.install(target) });
    return () => setBridge(null);
  }, []);

  /**
   * Redraw from the document as it would be downloaded, and keep those same bytes in the browser: the simulator
   * exposes its document only as a package, and one save serves both.
   */
  const refresh = useCallback(
    async (cur: Current, store: boolean) => {
      if (store) setSaveState("saving");
      try {
        const bytes = await cur.live.save();
        const source = await deps.read(bytes);
        if (currentRef.current !== cur) return;
        setView(buildView(source));
        if (!store) return;
        await deps.store.save({ name: cur.name, bytes, ...(unsaved.current ? { unsaved: true } : {}) });
        if (currentRef.current === cur) setSaveState("saved");
      } catch {
        if (currentRef.current === cur && store) setSaveState("failed");
      }
    },
    [deps],
  );

  const show = useCallback((live: LiveDocument, name: string, changed = false) => {
    generation.current += 1;
    unsaved.current = changed;
    setConfirmOpen(null);
    userSelection.current = null;
    shown.current = live.selection();
    setCurrent({ live, name, generation: generation.current });
    setView(null);
    setSelection(shown.current);
    setFollow(false);
    setConfirmReset(false);
  }, []);

  const openTemplate = useCallback(async () => {
    const live = await deps.open(await deps.templateBytes());
    show(live, TEMPLATE_NAME);
    return live;
  }, [deps, show]);

  // First visit: the shipped template; later visits: the document kept in the browser.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let stored = null;
      try {
        stored = await deps.store.load();
      } catch {
        stored = null;
      }
      if (stored) {
        try {
          const live = await deps.open(stored.bytes);
          if (!cancelled) show(live, stored.name, stored.unsaved === true);
          if (!cancelled) setSaveState("saved");
          return;
        } catch {
          if (!cancelled) setNotice(t("preview.restoreFailed"));
        }
      }
      try {
        if (!cancelled) await openTemplate();
      } catch (e) {
        if (!cancelled) setError(t("preview.error.template", { reason: e instanceof Error ? e.message : String(e) }));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [deps, openTemplate, show, t]);

  // Redraw and keep a copy on every change; follow the selection when the pane moves it.
  useEffect(() => {
    if (!current) return undefined;
    void refresh(current, false);
    const unsubscribe = current.live.onChange(() => {
      unsaved.current = true;
      if (saveTimer.current) clearTimeout(saveTimer.current);
      setSaveState("saving");
      saveTimer.current = setTimeout(() => void refresh(current, true), REFRESH_DELAY_MS);
    });
    // Word fires no event the page could use when the pane selects a range, so the page looks for itself.
    const poll = setInterval(() => {
      const sel = current.live.selection();
      if (sameSelection(shown.current, sel)) return;
      shown.current = sel;
      setFollow(!sameSelection(sel, userSelection.current));
      setSelection(sel);
    }, SELECTION_POLL_MS);
    return () => {
      unsubscribe();
      clearInterval(poll);
      // The document being replaced was saved before the switch; a late save would overwrite the new one.
      if (saveTimer.current) clearTimeout(saveTimer.current);
      saveTimer.current = null;
    };
  }, [current, refresh]);

  const onSelect = useCallback(
    (sel: DocSelection) => {
      if (!current) return;
      userSelection.current = sel;
      shown.current = sel;
      current.live.setSelection(sel);
      setFollow(false);
      setSelection(sel);
    },
    [current],
  );

  const openFile = useCallback(
    async (file: File) => {
      setConfirmOpen(null);
      setBusy(true);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const live = await deps.open(bytes);
        show(live, file.name);
        setError(null);
        setNotice(null);
        setSaveState("saving");
        try {
          await deps.store.save({ name: file.name, bytes });
          setSaveState("saved");
        } catch {
          setSaveState("failed");
        }
      } catch (e) {
        setError(openErrorMessage(t, file.name, e));
      } finally {
        setBusy(false);
      }
    },
    [deps, show, t],
  );

  const openFileRef = useRef(openFile);
  openFileRef.current = openFile;

  const reset = useCallback(async () => {
    setBusy(true);
    try {
      await openTemplate();
      setError(null);
      setNotice(null);
      await deps.store.clear().catch(() => undefined);
      setSaveState("idle");
    } catch (e) {
      setError(t("preview.error.template", { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }, [deps.store, openTemplate, t]);

  const onDownload = useCallback(
    async (finalized: boolean) => {
      const cur = currentRef.current;
      if (!cur) return;
      setBusy(true);
      try {
        const bytes = finalized ? await cur.live.finalized() : await cur.live.save();
        (deps.download ?? download)(bytes, cur.name);
        setError(null);
        unsaved.current = false;
        // The kept copy says so too: after a reload, opening another file does not ask again.
        await deps.store.save({ name: cur.name, bytes: await cur.live.save() }).catch(() => undefined);
      } catch (e) {
        setError(t("preview.error.finalize", { reason: e instanceof Error ? e.message : String(e) }));
      } finally {
        setBusy(false);
      }
    },
    [deps, t],
  );

  /** Opening replaces the document: with values not downloaded, the page asks first. */
  const askToOpen = useCallback((next: { file: File } | "pick") => {
    if (!unsaved.current) {
      if (next === "pick") fileInput.current?.click();
      else void openFileRef.current(next.file);
      return;
    }
    setConfirmReset(false);
    setConfirmOpen(next);
  }, []);

  // The reload that applies new settings reopens the document kept in the browser: keep the latest state first.
  const changeSettings = useCallback(
    async (next: PreviewSettings) => {
      const cur = currentRef.current;
      if (cur && saveState !== "idle") {
        if (saveTimer.current) clearTimeout(saveTimer.current);
        saveTimer.current = null;
        await cur.live
          .save()
          .then((bytes) => deps.store.save({ name: cur.name, bytes }))
          .catch(() => undefined);
      }
      onSettings?.(next);
    },
    [deps.store, onSettings, saveState],
  );

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) askToOpen({ file });
  };

  return (
    <div
      className={dragging ? "app dragging" : "app"}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="toolbar">
        <h1 className="title">{t("preview.title")}</h1>
        <button type="button" onClick={() => askToOpen("pick")} disabled={busy} aria-expanded={confirmOpen !== null}>
          {t("preview.open")}
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          accept=".docx,.doc,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={t("preview.open")}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void openFile(file);
          }}
        />
        <button type="button" onClick={() => void onDownload(false)} disabled={!current || busy}>
          {t("preview.download")}
        </button>
        <button
          type="button"
          onClick={() => void onDownload(true)}
          disabled={!current || busy}
          title={t("preview.downloadFinalHint")}
        >
          {t("preview.downloadFinal")}
        </button>
        <button
          type="button"
          onClick={() => {
            setConfirmOpen(null);
            setConfirmReset(true);
          }}
          disabled={busy}
          aria-expanded={confirmReset}
        >
          {t("preview.reset")}
        </button>
        {settings && onSettings && (
          <>
            <label className="setting">
              {t("preview.language")}
              <select
                value={settings.lang}
                disabled={busy}
                onChange={(e) => void changeSettings({ ...settings, lang: e.target.value as Lang })}
              >
                <option value="vi">{t("preview.language.vi")}</option>
                <option value="en">{t("preview.language.en")}</option>
              </select>
            </label>
            <label className="setting">
              {t("preview.theme")}
              <select
                value={settings.theme}
                disabled={busy}
                onChange={(e) => void changeSettings({ ...settings, theme: e.target.value as PreviewTheme })}
              >
                <option value="light">{t("preview.theme.light")}</option>
                <option value="dark">{t("preview.theme.dark")}</option>
              </select>
            </label>
          </>
        )}
        <span className="hint">{t("preview.openHint")}</span>
        <span className="status" role="status" data-state={saveState}>
          {saveState === "saved"
            ? t("preview.saved")
            : saveState === "saving"
              ? t("preview.saving")
              : saveState === "failed"
                ? t("preview.saveFailed")
                : ""}
        </span>
      </header>
      {confirmReset && (
        <div className="banner confirm" role="alertdialog" aria-label={t("preview.reset")}>
          <span>{t("preview.resetConfirm")}</span>
          <button type="button" onClick={() => void reset()}>
            {t("preview.resetYes")}
          </button>
          <button type="button" onClick={() => setConfirmReset(false)}>
            {t("preview.resetNo")}
          </button>
        </div>
      )}
      {confirmOpen && (
        <div className="banner confirm" role="alertdialog" aria-label={t("preview.open")}>
          <span>{t("preview.openConfirm")}</span>
          <button
            type="button"
            onClick={() => {
              const next = confirmOpen;
              setConfirmOpen(null);
              if (next === "pick") fileInput.current?.click();
              else void openFile(next.file);
            }}
          >
            {t("preview.openYes")}
          </button>
          <button type="button" onClick={() => setConfirmOpen(null)}>
            {t("preview.resetNo")}
          </button>
        </div>
      )}
      {error && (
        <Banner kind="error" text={error} onDismiss={() => setError(null)} dismissLabel={t("preview.dismiss")} />
      )}
      {notice && (
        <Banner kind="info" text={notice} onDismiss={() => setNotice(null)} dismissLabel={t("preview.dismiss")} />
      )}
      <main className="workspace">
        <section
          className="document"
          aria-label={current ? t("preview.documentLabel", { name: current.name }) : t("preview.loading")}
        >
          {view && current ? (
            <DocumentView view={view} selection={selection} onSelect={onSelect} followSelection={follow} t={t} />
          ) : (
            !error && <p className="loading">{t("preview.loading")}</p>
          )}
        </section>
        {current && (
          <iframe key={current.generation} className="pane" src={deps.paneUrl} title={t("preview.paneLabel")} />
        )}
      </main>
      {dragging && (
        <div className="drop" aria-hidden="true">
          {t("preview.dropHere")}
        </div>
      )}
    </div>
  );
}
