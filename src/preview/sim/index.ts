/**
 * A Word JavaScript API simulator over a real .docx, for tests, the preview page and `npm run fill`.
 *
 *   const sim = await createSimulator(bytes, { platform: "web" });
 *   await sim.Word.run(async (context) => {
 *     const ps = context.document.body.paragraphs;
 *     ps.load("items/text");
 *     await context.sync();                      // sim.stats.syncs === 1
 *     ps.items[0].search("....").getFirst().insertText("x", "Replace");
 *   });                                          // pending operations run in a final sync
 *   const out = await sim.save();                // .docx bytes; untouched parts kept as they were
 *
 * `sim.install()` sets globalThis.Word / globalThis.Office for code that uses the globals. The options object is
 * live: set `failNextSync`, `hangNextSync`, `failNextSave`, `readOnly` or `platform` between calls to inject
 * faults, and:
 *   - `failAfterWrites: { count, code?, message? }`: the next batch that changes the document applies its first
 *     `count` writes, then fails (GeneralException by default) and drops the rest; `sim.stats.writes` counts the
 *     document-changing operations run, so a test can run a batch once to count them.
 *   - `ooxmlFault: { code } | { hangMs }`: every sync holding a getOoxml fails there with `code`, or answers only
 *     after `hangMs`, until cleared. getOoxml answers carry the theme, font table and numbering parts too.
 *
 * `Office.context.document.settings` refuses a save of more than 2 MB (InvalidArgument, nothing stored), and
 * `sim.coauthorSettings(key, value)` stores a setting as another person would, for `refreshAsync` to read.
 *
 * Word's platform differences are kept, each the stricter way: `text` reads a no-break space as " " (desktop) or
 * U+202F (web) while search sees the document's character; no match crosses a field's result; empty content
 * controls read as their placeholder (Word's default one on the web, where placeholderText can't be set); a "\v"
 * in insertText is a line break on the desktop and a plain character on the web (insertBreak("Line") is a break
 * everywhere); with Track Changes on, writes become w:ins / w:del and the web's `text` includes deleted text.
 * Bookmarks, changeTrackingMode and getReviewedText need WordApi 1.4.
 *
 * Shapes need `platform: "desktop"` and `requirementSets.WordApiDesktop` 1.2 or later, fixed at creation: then
 * `body.shapes` lists the body's shapes, each text box is a story of its own (`Shape.body`), and its paragraphs come
 * after the document's in `paragraphTexts()` and snapshot indices. Asking for the body of a shape that holds no
 * text makes a text story and counts as a write (see `shapes.ts`).
 */
import { DocxError } from "../../docx/errors";
import { loadDocx } from "../../docx/model";
import { readPartXml } from "../../docx/package";
import { firstW, serializeXml, type Document, type Element } from "../../docx/xml";
import { SimContext, versionAtLeast, type SimCore, type SimulatorOptions } from "./context";
import { SimDocument } from "./document";
import { readPackageParts } from "./flatopc";
import { SimError } from "./errors";
import type { SimObject } from "./context";
import { ensureDocumentPart, readSettings, writeSettings } from "./settings";
import { shapesSupported } from "./shapes";
import { makeRun, SimStore } from "./store";

export type { SimulatorOptions } from "./context";
export { SimError } from "./errors";
export { DocxError };

export interface Selection {
  paragraph: number;
  start: number;
  end: number;
}

export interface Simulator {
  Word: typeof Word;
  Office: typeof Office;
  /** Syncs, operations run, and document-changing operations run (to count a batch's writes by running it once). */
  stats: { syncs: number; ops: number; writes: number; reset(): void };
  save(): Promise<Uint8Array>;
  install(target?: object): void;
  options: SimulatorOptions;
  selection(): Selection | null;
  setSelection(sel: Selection): void;
  /** Simulates the user typing: replaces [start, end) of paragraph `paragraph` (snapshot index) with `text`. */
  editParagraphText(paragraph: number, start: number, end: number, text: string): void;
  /** Simulates the user pasting a paragraph after paragraph `after` (its formatting copied), holding `text`. */
  insertParagraph(after: number, text: string): void;
  /** Simulates the user deleting a whole paragraph. */
  deleteParagraph(paragraph: number): void;
  /**
   * Simulates Word's undo of a fill's content control: the first control tagged `tag` goes away, its content kept
   * (`keepContent`) or removed with it.
   */
  removeContentControl(tag: string, keepContent: boolean): void;
  /**
   * Simulates another person (co-authoring) saving a setting of this add-in to the document: what
   * `settings.refreshAsync` reads next; `undefined` removes it. The settings in memory stay as they were.
   */
  coauthorSettings(key: string, value: unknown): void;
  /** Every paragraph's text in Word's order, read directly (no sync, not counted in stats). */
  paragraphTexts(): string[];
  onChange(listener: () => void): () => void;
}

/** Office's `EventType.DocumentSelectionChanged`. */
const SELECTION_CHANGED = "documentSelectionChanged";
const DEFAULT_SETS: Record<string, string> = { WordApi: "1.9", WordApiHiddenDocument: "1.5", DialogApi: "1.2" };
const SETTINGS_PART = {
  type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings",
  contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
};
const GLOSSARY_PART = {
  type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument",
  contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml",
};
/** Office's limit on the settings an add-in keeps in a document: 2 MB, serialized. */
const SETTINGS_LIMIT = 2 * 1024 * 1024;
const DEFAULT_ADDIN_ID = "6b0d3a2e-6f4e-4a57-9d3c-2f0c8e1a7d11";

export async function createSimulator(bytes: Uint8Array, options?: Partial<SimulatorOptions>): Promise<Simulator> {
  const model = await loadDocx(bytes);
  const store = new SimStore(model);
  store.packageParts = await readPackageParts(model.zip, model.rels);
  const settingsPath = model.rels.find((r) => r.type.endsWith("/settings") && r.path)?.path ?? null;
  store.useSettings(settingsPath, settingsPath ? await readPartXml(model.zip, settingsPath) : null);
  store.glossaryPath = model.rels.find((r) => r.type.endsWith("/glossaryDocument") && r.path)?.path ?? null;
  store.glossaryDoc = store.glossaryPath ? await readPartXml(model.zip, store.glossaryPath) : null;
  const opts: SimulatorOptions = {
    platform: "web",
    requirementSets: { ...DEFAULT_SETS },
    displayLanguage: "vi-VN",
    readOnly: false,
    addinId: DEFAULT_ADDIN_ID,
    ...options,
  };
  // Read once: text boxes become stories of their own for the whole life of the simulated document.
  store.textBoxStories = shapesSupported(opts);
  const listeners = new Set<() => void>();
  const selectionHandlers = new Set<(args: { type: string }) => void>();
  const stats = {
    syncs: 0,
    ops: 0,
    writes: 0,
    reset() {
      stats.syncs = 0;
      stats.ops = 0;
      stats.writes = 0;
    },
  };
  const core: SimCore = {
    store,
    options: opts,
    stats,
    selection: null,
    activeContext: null,
    changed: () => listeners.forEach((l) => l()),
    // Word tells of a selection change some time after it happened, never inside the batch that made it.
    selectionChanged: () => {
      setTimeout(() => selectionHandlers.forEach((h) => h({ type: SELECTION_CHANGED })), 0);
    },
  };

  const saved = await readSettings(model.zip);
  const live = new Map(saved);
  let settingsDirty = false;

  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (context: SimContext & { document: SimDocument }) => Promise<T>;
    if (typeof batch !== "function") throw new SimError("InvalidArgument", "Word.run needs a batch function.");
    if (core.activeContext) {
      throw new SimError("GeneralException", "Another Word.run batch is still running (overlapping runs).");
    }
    const first = args.length > 1 ? args[0] : null;
    const reuse = (Array.isArray(first) ? first[0] : first) as SimObject | null;
    const context = (reuse?.context ?? new SimContext(core)) as SimContext & { document: SimDocument };
    if (!reuse) Object.defineProperty(context, "document", { value: new SimDocument(context) });
    context.closed = false;
    core.activeContext = context;
    try {
      const result = await batch(context);
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.closed = true;
      core.activeContext = null;
    }
  }

  const asyncResult = (value: unknown, error?: unknown) => ({
    status: error ? "failed" : "succeeded",
    value,
    error: error ?? undefined,
  });

  const settings = {
    get: (name: string) => (live.has(name) ? live.get(name) : null),
    set: (name: string, value: unknown) => {
      live.set(name, JSON.parse(JSON.stringify(value)));
    },
    remove: (name: string) => {
      live.delete(name);
    },
    saveAsync: (...args: unknown[]) => {
      const cb = args.find((a) => typeof a === "function") as ((r: unknown) => void) | undefined;
      queueMicrotask(() => {
        const fault = opts.failNextSave;
        if (fault) {
          opts.failNextSave = undefined;
          cb?.(asyncResult(undefined, { code: 5001, name: fault.code, message: fault.message }));
          return;
        }
        if (opts.readOnly) {
          cb?.(asyncResult(undefined, { code: 5009, name: "AccessDenied", message: "The document is read-only." }));
          return;
        }
        // Office keeps at most 2 MB of an add-in's settings in a document; a larger save stores nothing.
        const size = new TextEncoder().encode(JSON.stringify(Object.fromEntries(live))).length;
        if (size > SETTINGS_LIMIT) {
          const message = `The settings take ${size} bytes; a document holds at most 2 MB of an add-in's settings.`;
          cb?.(asyncResult(undefined, { code: 5001, name: "InvalidArgument", message }));
          return;
        }
        saved.clear();
        for (const [k, v] of live) saved.set(k, v);
        settingsDirty = true;
        cb?.(asyncResult(undefined));
      });
    },
    refreshAsync: (cb?: (r: unknown) => void) => {
      queueMicrotask(() => {
        live.clear();
        for (const [k, v] of saved) live.set(k, v);
        cb?.(asyncResult(settings));
      });
    },
    addHandlerAsync: (_t: unknown, _h: unknown, cb?: (r: unknown) => void) => cb?.(asyncResult(undefined)),
    removeHandlerAsync: (_t: unknown, cb?: (r: unknown) => void) => cb?.(asyncResult(undefined)),
  };

  const host = { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook" };
  const platformName = () => (opts.platform === "web" ? "OfficeOnline" : "PC");
  const OfficeNs = {
    HostType: host,
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { SettingsChanged: "settingsChanged", DocumentSelectionChanged: SELECTION_CHANGED },
    context: {
      get displayLanguage() {
        return opts.displayLanguage;
      },
      host: "Word",
      get platform() {
        return platformName();
      },
      document: {
        settings,
        addHandlerAsync: (type: string, handler: (args: { type: string }) => void, ...rest: unknown[]) => {
          if (type === SELECTION_CHANGED) selectionHandlers.add(handler);
          const cb = rest.find((a) => typeof a === "function") as ((r: unknown) => void) | undefined;
          cb?.(asyncResult(undefined));
        },
        removeHandlerAsync: (type: string, ...rest: unknown[]) => {
          const options = rest.find((a) => a && typeof a === "object") as
            { handler?: (args: { type: string }) => void } | undefined;
          if (type === SELECTION_CHANGED) {
            if (options?.handler) selectionHandlers.delete(options.handler);
            else selectionHandlers.clear();
          }
          const cb = rest.find((a) => typeof a === "function") as ((r: unknown) => void) | undefined;
          cb?.(asyncResult(undefined));
        },
        get url() {
          return opts.url ?? "";
        },
      },
      requirements: {
        isSetSupported: (name: string, version?: string | number) => {
          const have = opts.requirementSets[name];
          return have !== undefined && versionAtLeast(have, version === undefined ? "1.1" : String(version));
        },
      },
    },
    onReady: (cb?: (info: unknown) => void) => {
      const info = { host: "Word", platform: platformName() };
      cb?.(info);
      return Promise.resolve(info);
    },
  };

  const WordNs = {
    run,
    InsertLocation: { replace: "Replace", start: "Start", end: "End", before: "Before", after: "After" },
    ContentControlType: {
      richText: "RichText",
      plainText: "PlainText",
      checkBox: "CheckBox",
      picture: "Picture",
      dropDownList: "DropDownList",
      comboBox: "ComboBox",
      datePicker: "DatePicker",
    },
    ContentControlAppearance: { boundingBox: "BoundingBox", tags: "Tags", hidden: "Hidden" },
    HeaderFooterType: { primary: "Primary", firstPage: "FirstPage", evenPages: "EvenPages" },
    RangeLocation: { whole: "Whole", start: "Start", end: "End", before: "Before", after: "After", content: "Content" },
    SelectionMode: { select: "Select", start: "Start", end: "End" },
    ErrorCodes: {
      accessDenied: "AccessDenied",
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      itemNotFound: "ItemNotFound",
      notImplemented: "NotImplemented",
    },
  };

  const sim: Simulator = {
    Word: WordNs as unknown as typeof Word,
    Office: OfficeNs as unknown as typeof Office,
    stats,
    options: opts,
    selection: () => core.selection,
    setSelection: (sel) => {
      core.selection = { ...sel };
      core.selectionChanged();
    },
    editParagraphText: (paragraph, start, end, text) => {
      const ip = store.paragraphs()[paragraph];
      if (!ip) throw new SimError("ItemNotFound", `No paragraph ${paragraph}.`);
      store.replace(ip.p, start, end, text);
      core.changed();
      // The user's edit moves the cursor: Word reports it as a selection change.
      core.selectionChanged();
    },
    insertParagraph: (after, text) => {
      const ip = store.paragraphs()[after];
      if (!ip) throw new SimError("ItemNotFound", `No paragraph ${after}.`);
      const p = ip.p.cloneNode(false) as Element;
      const pPr = firstW(ip.p, "pPr");
      if (pPr) p.appendChild(pPr.cloneNode(true));
      const template = firstW(ip.p, "r");
      if (text) p.appendChild(makeRun(ip.p.ownerDocument as Document, template, text));
      ip.p.parentNode!.insertBefore(p, ip.p.nextSibling);
      store.invalidateStructure();
      store.markDirty(p);
      core.changed();
      // The user's edit moves the cursor: Word reports it as a selection change.
      core.selectionChanged();
    },
    deleteParagraph: (paragraph) => {
      const ip = store.paragraphs()[paragraph];
      if (!ip) throw new SimError("ItemNotFound", `No paragraph ${paragraph}.`);
      store.markDirty(ip.p);
      ip.p.parentNode!.removeChild(ip.p);
      store.invalidateStructure();
      core.changed();
      // The user's edit moves the cursor: Word reports it as a selection change.
      core.selectionChanged();
    },
    removeContentControl: (tag, keepContent) => {
      const c = store.contentControls().find((x) => x.props.tag === tag);
      if (!c) throw new SimError("ItemNotFound", `No content control tagged ${tag}.`);
      store.deleteSdt(c.el, keepContent);
      core.changed();
      // The user's edit moves the cursor: Word reports it as a selection change.
      core.selectionChanged();
    },
    coauthorSettings: (key, value) => {
      if (value === undefined) saved.delete(key);
      else saved.set(key, JSON.parse(JSON.stringify(value)));
      settingsDirty = true;
    },
    paragraphTexts: () => store.paragraphs().map((ip) => store.pt(ip.p).text),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    install: (target: object = globalThis) => {
      Object.assign(target, { Word: sim.Word, Office: sim.Office });
    },
    save: async () => {
      const zip = model.zip;
      for (const path of store.dirty) {
        const doc =
          path === store.settingsPath
            ? store.settingsDoc
            : path === store.glossaryPath
              ? store.glossaryDoc
              : path === model.headerPath
                ? model.header
                : path === model.footerPath
                  ? model.footer
                  : model.main;
        if (doc && path) zip.file(path, serializeXml(doc));
      }
      store.dirty.clear();
      if (store.settingsCreated && store.settingsPath)
        await ensureDocumentPart(zip, model.mainPath, store.settingsPath, SETTINGS_PART);
      if (store.glossaryCreated && store.glossaryPath) {
        await ensureDocumentPart(zip, model.mainPath, store.glossaryPath, GLOSSARY_PART);
      }
      if (settingsDirty) {
        await writeSettings(zip, saved, opts.addinId);
        settingsDirty = false;
      }
      return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    },
  };
  return sim;
}
