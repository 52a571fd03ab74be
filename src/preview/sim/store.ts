/**
 * The simulated document: a DocxModel whose XML DOMs are edited in place. Knows paragraphs in Word's order, each
 * paragraph's text map, and how to split runs, replace text, wrap runs in a content control and format runs.
 * Every text change is logged per paragraph, so a range captured before it still points at the same text after
 * it (as Word's ranges do).
 */
import { documentParagraphs, type IndexedParagraph, type IndexedSdt } from "../../docx/snapshot";
import type { DocxModel } from "../../docx/model";
import { sdtProps } from "../../docx/sdt";
import { paragraphText, type ParagraphText } from "../../docx/text";
import { NS, firstW, isElement, isW, onOff, parseXml, type Document, type Element } from "../../docx/xml";
import { SimError } from "./errors";
import { bodyShapes, dropStaleFallback, shapeStory, type ShapeEntry } from "./shapes";
import { storyParagraphs } from "../../docx/blocks";
import type { PackageParts } from "./flatopc";

export interface Edit {
  start: number;
  end: number;
  length: number;
}

export interface Pos {
  p: Element;
  off: number;
  /** Length of the paragraph's edit log when the position was taken. */
  ver: number;
}

/** Schema order of `w:rPr` children; Word refuses files whose run properties are out of order. */
const RPR_ORDER = [
  "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
  "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
  "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
  "lang", "eastAsianLayout", "specVanish", "oMath",
]; // prettier-ignore

export class SimStore {
  private paras: IndexedParagraph[] | null = null;
  private blockSdts: IndexedSdt[] = [];
  private indexOf = new Map<Element, number>();
  private texts = new WeakMap<Element, ParagraphText>();
  private edits = new Map<Element, Edit[]>();
  readonly dirty = new Set<string>();
  private usedIds = new Set<string>();
  /** Controls by tag and by id, so a lookup need not list every control; entries are checked on use. */
  private sdtIndex: { tag: Map<string, Set<Element>>; id: Map<string, Set<Element>> } | null = null;
  private blockOf = new Map<Element, number>();

  /** word/settings.xml (where `w:trackRevisions` lives), parsed; null when the package has none. */
  settingsPath: string | null = null;
  settingsDoc: Document | null = null;
  /** The glossary document (placeholder texts live there as docParts), parsed; made when first needed. */
  glossaryPath: string | null = null;
  glossaryDoc: Document | null = null;
  glossaryCreated = false;
  /** True once a settings part was made for a package that had none: saving must relate it. */
  settingsCreated = false;
  /** Document.changeTrackingMode; TrackMineOnly is kept in memory, the file knows only on or off. */
  trackMode: "Off" | "TrackAll" | "TrackMineOnly" = "Off";
  /** The author tracked changes are recorded under (Word uses the user's name). */
  author = "Điền mẫu";
  private revisionId = -1;

  /** Text boxes are stories of their own (WordApiDesktop 1.2 on the desktop). */
  textBoxStories = false;
  private shapeList: ShapeEntry[] = [];
  /** Undo entries Word made without a change the user would see (a shape's empty text story). */
  undoEntries = 0;

  constructor(readonly model: DocxModel) {}

  /** Reads the tracking mode from the settings part. */
  useSettings(path: string | null, doc: Document | null): void {
    this.settingsPath = path;
    this.settingsDoc = doc;
    this.trackMode = onOff(firstW(doc?.documentElement, "trackRevisions")) ? "TrackAll" : "Off";
  }

  /**
   * Stores `text` as the docPart `name` of the glossary document, as Word keeps a control's placeholder text, so
   * it survives a save; the glossary part is made when the package has none.
   */
  setDocPart(name: string, text: string): void {
    this.model.docParts.set(name, text);
    if (!this.glossaryDoc) {
      this.glossaryPath = "word/glossary/document.xml";
      this.glossaryCreated = true;
      this.glossaryDoc = parseXml(
        `<w:glossaryDocument xmlns:w="${NS.w}"><w:docParts/></w:glossaryDocument>`,
        this.glossaryPath,
      );
    }
    const doc = this.glossaryDoc;
    const root = doc.documentElement!;
    let parts = firstW(root, "docParts");
    if (!parts) parts = root.appendChild(doc.createElementNS(NS.w, "w:docParts")) as Element;
    for (let c = parts.firstChild; c; c = c.nextSibling) {
      const n = firstW(firstW(c as Element, "docPartPr"), "name");
      if (isW(c, "docPart") && n?.getAttributeNS(NS.w, "val") === name) {
        parts.removeChild(c);
        break;
      }
    }
    const el = (tag: string, attrs: Record<string, string> = {}, ...children: Element[]) => {
      const e = doc.createElementNS(NS.w, `w:${tag}`);
      for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(NS.w, `w:${k}`, v);
      for (const child of children) e.appendChild(child);
      return e;
    };
    const body = el("docPartBody", {}, el("p", {}, makeRun(doc, null, text)));
    const pr = el(
      "docPartPr",
      {},
      el("name", { val: name }),
      el("category", {}, el("name", { val: "General" }), el("gallery", { val: "placeholder" })),
      el("types", {}, el("type", { val: "bbPlcHdr" })),
      el("behaviors", {}, el("behavior", { val: "content" })),
    );
    parts.appendChild(el("docPart", {}, pr, body));
    this.dirty.add(this.glossaryPath!);
  }

  /** Sets the tracking mode and writes `w:trackRevisions` into the settings part, in schema order. */
  setTrackMode(mode: "Off" | "TrackAll" | "TrackMineOnly"): void {
    this.trackMode = mode;
    if (!this.settingsDoc && mode !== "Off") {
      // A package without a settings part gets one, as Word writes it when the setting first changes.
      this.settingsPath = "word/settings.xml";
      this.settingsCreated = true;
      this.settingsDoc = parseXml(`<w:settings xmlns:w="${NS.w}"/>`, this.settingsPath);
    }
    const root = this.settingsDoc?.documentElement;
    if (!root || !this.settingsPath) return;
    const existing = firstW(root, "trackRevisions");
    if (mode === "Off") {
      if (existing) root.removeChild(existing);
    } else if (!existing) {
      const el = (root.ownerDocument as Document).createElementNS(NS.w, "w:trackRevisions");
      let before: Element | null = null;
      for (let c = root.firstChild; c && !before; c = c.nextSibling) {
        if (isElement(c) && (c.namespaceURI !== NS.w || SETTINGS_AFTER_TRACK.has(c.localName ?? ""))) before = c;
      }
      root.insertBefore(el, before);
    } else existing.removeAttributeNS(NS.w, "val");
    this.dirty.add(this.settingsPath);
  }

  /** A `w:ins` or `w:del` for a tracked change, with a w:id no other revision uses. */
  revision(doc: Document, kind: "ins" | "del"): Element {
    if (this.revisionId < 0) {
      for (const d of [this.model.main, this.model.header, this.model.footer]) {
        for (const local of ["ins", "del"]) {
          const list = d?.getElementsByTagNameNS(NS.w, local);
          for (let i = 0; list && i < list.length; i++) {
            this.revisionId = Math.max(this.revisionId, Number((list[i] as Element).getAttributeNS(NS.w, "id")) || 0);
          }
        }
      }
    }
    const el = doc.createElementNS(NS.w, `w:${kind}`);
    el.setAttributeNS(NS.w, "w:id", String(++this.revisionId));
    el.setAttributeNS(NS.w, "w:author", this.author);
    el.setAttributeNS(NS.w, "w:date", new Date().toISOString().replace(/\.\d+Z$/, "Z"));
    return el;
  }

  get tracking(): boolean {
    return this.trackMode !== "Off";
  }

  /** New content going in under `parent`: inside a tracked insertion while tracking (unless already in one). */
  trackedInsert(parent: Element, node: Element): Element {
    if (!this.tracking || isIns(parent)) return node;
    const ins = this.revision(node.ownerDocument as Document, "ins");
    ins.appendChild(node);
    return ins;
  }

  /** Takes a run out: while tracking, it becomes a tracked deletion (unless it was a tracked insertion itself). */
  removeRunTracked(run: Element): void {
    const parent = run.parentNode as Element | null;
    if (!parent) return;
    if (!this.tracking || isIns(parent)) {
      parent.removeChild(run);
      if (isIns(parent) && !parent.firstChild) parent.parentNode?.removeChild(parent);
      return;
    }
    const del = this.revision(run.ownerDocument as Document, "del");
    parent.insertBefore(del, run);
    del.appendChild(run);
    for (const local of ["t", "instrText"]) {
      const list = run.getElementsByTagNameNS(NS.w, local);
      for (const t of Array.from({ length: list.length }, (_, i) => list[i] as Element)) {
        const renamed = (run.ownerDocument as Document).createElementNS(
          NS.w,
          local === "t" ? "w:delText" : "w:delInstrText",
        );
        for (let i = 0; i < t.attributes.length; i++) {
          const a = t.attributes[i];
          renamed.setAttributeNS(a.namespaceURI, a.name, a.value);
        }
        while (t.firstChild) renamed.appendChild(t.firstChild);
        t.parentNode!.replaceChild(renamed, t);
      }
    }
  }

  paragraphs(): IndexedParagraph[] {
    if (!this.paras) {
      const { paragraphs, blockSdts } = documentParagraphs(this.model);
      this.shapeList = this.textBoxStories ? bodyShapes(this.model.body) : [];
      // Text-box stories come after the document's own, so the body, header and footer keep their indices.
      for (const shape of this.shapeList) {
        if (!shape.story) continue;
        const story = shapeStory(shape.id);
        for (const bp of storyParagraphs(shape.story).paragraphs)
          paragraphs.push({ ...bp, story, location: "body", tableBase: 0 });
      }
      this.paras = paragraphs;
      this.blockSdts = blockSdts;
      this.indexOf = new Map(paragraphs.map((ip, i) => [ip.p, i]));
      this.blockOf = new Map(blockSdts.map((b, i) => [b.el, i]));
    }
    return this.paras;
  }

  /** The body's shapes (read with the paragraphs), when the host reaches them. */
  shapes(): ShapeEntry[] {
    this.paragraphs();
    return this.shapeList;
  }

  invalidateStructure(): void {
    this.paras = null;
    this.sdtIndex = null;
  }

  paragraphIndex(p: Element): number {
    this.paragraphs();
    const i = this.indexOf.get(p);
    if (i === undefined) throw new SimError("ItemNotFound", "The paragraph no longer exists.");
    return i;
  }

  pt(p: Element): ParagraphText {
    let t = this.texts.get(p);
    if (!t) {
      t = paragraphText(p);
      this.texts.set(p, t);
    }
    return t;
  }

  version(p: Element): number {
    return this.edits.get(p)?.length ?? 0;
  }

  pos(p: Element, off: number): Pos {
    return { p, off, ver: this.version(p) };
  }

  /** Where a position taken earlier stands now; `isEnd` decides which side of text inserted exactly there. */
  resolve(pos: Pos, isEnd: boolean): number {
    const log = this.edits.get(pos.p) ?? [];
    let off = pos.off;
    for (let i = pos.ver; i < log.length; i++) {
      const e = log[i];
      if (e.start === e.end) {
        if (off > e.start || (off === e.start && !isEnd)) off += e.length;
      } else if (off >= e.end) off += e.length - (e.end - e.start);
      else if (off > e.start) off = isEnd ? e.start + e.length : e.start;
    }
    return Math.min(off, this.pt(pos.p).text.length);
  }

  private touched(p: Element, edit?: Edit): void {
    this.texts.delete(p);
    if (edit) {
      const log = this.edits.get(p) ?? [];
      log.push(edit);
      this.edits.set(p, log);
    }
    if (this.textBoxStories) dropStaleFallback(p);
    this.dirty.add(this.partOf(p));
  }

  partOf(el: Element): string {
    const doc = el.ownerDocument as Document | null;
    if (doc === this.model.header) return this.model.headerPath ?? "";
    if (doc === this.model.footer) return this.model.footerPath ?? "";
    return this.model.mainPath;
  }

  storyOf(p: Element): "body" | "header" | "footer" {
    const doc = p.ownerDocument as Document | null;
    return doc === this.model.header ? "header" : doc === this.model.footer ? "footer" : "body";
  }

  /** All content controls (block and inline) in document order. */
  contentControls(): IndexedSdt[] {
    const paras = this.paragraphs();
    const out: IndexedSdt[] = [...this.blockSdts];
    paras.forEach((ip, i) => {
      for (const s of this.pt(ip.p).sdts) {
        out.push({
          el: s.el,
          props: sdtProps(s.el),
          paragraph: i,
          lastParagraph: i,
          start: s.start,
          end: s.end,
          block: false,
        });
      }
    });
    out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || Number(b.block) - Number(a.block));
    return out;
  }

  /**
   * The controls whose tag (or id) is `key`, as contentControls() lists them and in its order, without listing
   * the others.
   */
  controlsBy(kind: "tag" | "id", key: string): IndexedSdt[] {
    const paras = this.paragraphs();
    if (!this.sdtIndex) {
      this.sdtIndex = { tag: new Map(), id: new Map() };
      for (const c of this.contentControls()) this.indexSdt(c.el);
    }
    const out: Array<IndexedSdt & { tie: number }> = [];
    for (const el of this.sdtIndex[kind].get(key) ?? []) {
      const props = sdtProps(el);
      if (props[kind] !== key) continue;
      const bi = this.blockOf.get(el);
      if (bi !== undefined) {
        out.push({ ...this.blockSdts[bi], props, tie: bi });
        continue;
      }
      let p: Element | null = el.parentNode as Element | null;
      while (p && !(p.localName === "p" && p.namespaceURI === NS.w)) p = p.parentNode as Element | null;
      const i = p ? this.indexOf.get(p) : undefined;
      if (!p || i === undefined || paras[i].p !== p) continue;
      const sdts = this.pt(p).sdts;
      const tie = sdts.findIndex((s) => s.el === el);
      if (tie < 0) continue;
      const s = sdts[tie];
      out.push({ el, props, paragraph: i, lastParagraph: i, start: s.start, end: s.end, block: false, tie });
    }
    out.sort(
      (a, b) => a.paragraph - b.paragraph || a.start - b.start || Number(b.block) - Number(a.block) || a.tie - b.tie,
    );
    return out.map(({ tie: _tie, ...c }) => c);
  }

  /** Files a control under its current tag and id (an old entry is dropped when checked). */
  private indexSdt(el: Element): void {
    if (!this.sdtIndex) return;
    const props = sdtProps(el);
    for (const kind of ["tag", "id"] as const) {
      const map = this.sdtIndex[kind];
      let set = map.get(props[kind]);
      if (!set) map.set(props[kind], (set = new Set()));
      set.add(el);
    }
  }

  /** Current place of a control: first and last paragraph index and offsets (content span). */
  locateSdt(sdt: Element): { from: number; start: number; to: number; end: number } | null {
    if (!sdt.parentNode) return null;
    const paras = this.paragraphs();
    if (isBlockSdt(sdt)) {
      const b = this.blockSdts.find((x) => x.el === sdt);
      if (!b) return null;
      if (b.lastParagraph === b.paragraph) return { from: b.paragraph, start: 0, to: b.paragraph, end: 0 };
      const last = b.lastParagraph - 1;
      return { from: b.paragraph, start: 0, to: last, end: this.pt(paras[last].p).text.length };
    }
    let p: Element | null = sdt.parentNode as Element;
    while (p && !(p.localName === "p" && p.namespaceURI === NS.w)) p = p.parentNode as Element | null;
    if (!p) return null;
    const s = this.pt(p).sdts.find((x) => x.el === sdt);
    const i = this.indexOf.get(p);
    if (!s || i === undefined) return null;
    return { from: i, start: s.start, to: i, end: s.end };
  }

  // ---- run surgery -------------------------------------------------------------------------------------------

  /** Makes a run boundary at `off`, splitting a run (and a `w:t`) when the offset falls inside one. */
  private boundary(p: Element, off: number): void {
    const pt = this.pt(p);
    const piece = pt.pieces.find((x) => x.start < off && off < x.end);
    if (piece && piece.run && piece.kind === "text") {
      const t = piece.el;
      const text = t.textContent ?? "";
      const cut = off - piece.start;
      const t2 = t.cloneNode(false) as Element;
      setText(t, text.slice(0, cut));
      setText(t2, text.slice(cut));
      t.parentNode!.insertBefore(t2, t.nextSibling);
      splitRunBefore(piece.run, t2);
      this.touched(p);
      return;
    }
    const next = pt.pieces.find((x) => x.start === off && x.end > x.start);
    const prev = [...pt.pieces].reverse().find((x) => x.end === off && x.end > x.start);
    if (next?.run && prev?.run && next.run === prev.run) {
      splitRunBefore(next.run, next.el);
      this.touched(p);
    }
  }

  /** Runs wholly inside [start, end) after splitting at both ends. A footnote mark on an edge stays outside. */
  runsIn(p: Element, start: number, end: number): Element[] {
    this.boundary(p, start);
    this.boundary(p, end);
    const runs: Element[] = [];
    for (const x of this.pt(p).pieces) {
      const inside = x.end > x.start ? x.start >= start && x.end <= end : x.start > start && x.start < end;
      if (inside && x.run && !runs.includes(x.run)) runs.push(x.run);
    }
    return runs;
  }

  /** Where to put new content at an offset with no run in range: [parent, before-node, run to copy format from]. */
  private insertionPoint(p: Element, off: number): [Element, Element | null, Element | null] {
    this.boundary(p, off);
    const pieces = this.pt(p).pieces.filter((x) => x.run);
    const prev = [...pieces].reverse().find((x) => x.end <= off && (x.end > x.start || x.start < off));
    const next = pieces.find((x) => x.start >= off);
    if (prev?.run && (!next || next.start > off || next.end === next.start)) {
      return [prev.run.parentNode as Element, prev.run.nextSibling as Element | null, prev.run];
    }
    if (next?.run) return [next.run.parentNode as Element, next.run, prev?.run ?? next.run];
    const pPr = firstW(p, "pPr");
    let before: Element | null = null;
    for (let c = p.firstChild; c; c = c.nextSibling) {
      if (isElement(c) && c !== pPr && !isW(c, "bookmarkStart") && !isW(c, "proofErr")) {
        before = c;
        break;
      }
    }
    return [p, before, null];
  }

  /**
   * Puts zero-width elements (a bookmark's start or end) at `off`: before the run that starts there ("start"),
   * else after the run that ends there ("end"); in an empty paragraph, at its end.
   */
  placeMarkers(p: Element, off: number, els: Element[], side: "start" | "end"): void {
    this.boundary(p, off);
    const pieces = this.pt(p).pieces.filter((x) => x.run && x.end > x.start);
    const next = pieces.find((x) => x.start >= off);
    const prev = [...pieces].reverse().find((x) => x.end <= off);
    let parent: Element = p;
    let before: Element | null = null;
    if (next?.run && (side === "start" || !prev)) [parent, before] = [next.run.parentNode as Element, next.run];
    else if (prev?.run) [parent, before] = [prev.run.parentNode as Element, prev.run.nextSibling as Element | null];
    for (const el of els) parent.insertBefore(el, before);
    this.touched(p);
  }

  /** Takes out a zero-width element (a bookmark's start or end), wherever it stands. */
  removeMarker(el: Element): void {
    const parent = el.parentNode as Element | null;
    if (!parent) return;
    parent.removeChild(el);
    let p: Element | null = parent;
    while (p && !(p.localName === "p" && p.namespaceURI === NS.w)) p = p.parentNode as Element | null;
    if (p) this.touched(p);
    else this.dirty.add(this.partOf(parent));
  }

  /** Replaces [start, end) of a paragraph with `text`; the new run copies the first replaced run's formatting. */
  replace(p: Element, start: number, end: number, text: string, literalVt = false): [number, number] {
    const runs = start < end ? this.runsIn(p, start, end) : [];
    let parent: Element;
    let before: Element | null;
    let template: Element | null;
    if (runs.length) {
      parent = runs[0].parentNode as Element;
      before = runs[0];
      template = runs[0];
    } else [parent, before, template] = this.insertionPoint(p, start);
    if (text) {
      const run = makeRun(p.ownerDocument as Document, template, text, literalVt);
      parent.insertBefore(this.trackedInsert(parent, run), before);
    }
    for (const r of runs) this.removeRunTracked(r);
    this.touched(p, { start, end, length: text.length });
    return [start, start + text.length];
  }

  /** Wraps [start, end) in a new inline `w:sdt`; the runs must share one parent (as Word requires too). */
  wrapInSdt(p: Element, start: number, end: number, props: { tag?: string; title?: string }): Element {
    const doc = p.ownerDocument as Document;
    const runs = start < end ? this.runsIn(p, start, end) : [];
    const parent = runs.length ? (runs[0].parentNode as Element) : this.insertionPoint(p, start)[0];
    if (runs.some((r) => r.parentNode !== parent)) {
      throw new SimError("GeneralException", "A content control can't be inserted over this range.");
    }
    const before = runs.length ? runs[0] : this.insertionPoint(p, start)[1];
    const sdt = doc.createElementNS(NS.w, "w:sdt");
    const pr = doc.createElementNS(NS.w, "w:sdtPr");
    const id = this.newId();
    appendVal(pr, "w:id", id);
    if (props.title) appendVal(pr, "w:alias", props.title);
    if (props.tag) appendVal(pr, "w:tag", props.tag);
    const content = doc.createElementNS(NS.w, "w:sdtContent");
    sdt.appendChild(pr);
    sdt.appendChild(content);
    parent.insertBefore(sdt, before);
    for (const r of runs) content.appendChild(r);
    this.touched(p);
    this.indexSdt(sdt);
    return sdt;
  }

  newId(): string {
    if (this.usedIds.size === 0) {
      for (const c of this.contentControls()) this.usedIds.add(c.props.id);
    }
    let id: string;
    do id = String(100000000 + Math.floor(Math.random() * 1999999999)).slice(0, 9);
    while (this.usedIds.has(id));
    this.usedIds.add(id);
    return id;
  }

  /** Removes a control; with `keepContent` its content stays where it was. */
  deleteSdt(sdt: Element, keepContent: boolean): void {
    const where = this.locateSdt(sdt);
    if (!where) throw new SimError("ItemNotFound", "The content control no longer exists.");
    const block = isBlockSdt(sdt);
    const paras = this.paragraphs();
    const p = paras[where.from].p;
    if (!keepContent && !block) {
      sdt.parentNode!.removeChild(sdt);
      this.touched(p, { start: where.start, end: where.end, length: 0 });
      return;
    }
    const content = firstW(sdt, "sdtContent");
    const parent = sdt.parentNode as Element;
    if (keepContent && content) while (content.firstChild) parent.insertBefore(content.firstChild, sdt);
    parent.removeChild(sdt);
    this.touched(p);
    if (block) this.invalidateStructure();
  }

  /** Applies `fn` to the `w:rPr` of every run in [start, end), creating it when missing. */
  formatRuns(p: Element, start: number, end: number, fn: (rPr: Element) => void): void {
    for (const run of this.runsIn(p, start, end)) {
      let rPr = firstW(run, "rPr");
      if (!rPr) {
        rPr = (p.ownerDocument as Document).createElementNS(NS.w, "w:rPr");
        run.insertBefore(rPr, run.firstChild);
      }
      fn(rPr);
    }
    this.touched(p);
  }

  markSdtEdited(sdt: Element): void {
    const pr = firstW(sdt, "sdtPr");
    const plc = firstW(pr, "showingPlcHdr");
    if (plc) pr!.removeChild(plc);
  }

  /** Records a text change made directly in the XML (inside a control's content). */
  logEdit(p: Element, start: number, end: number, length: number): [number, number] {
    this.touched(p, { start, end, length });
    return [start, start + length];
  }

  /** The parts getOoxml sends besides the document: styles, theme, font table, numbering. */
  packageParts: PackageParts = { styles: null, theme: "", fontTable: "", numbering: null };

  markDirty(el: Element): void {
    // A control's properties change through here: it may now answer to another tag.
    if (isW(el, "sdt")) this.indexSdt(el);
    this.dirty.add(this.partOf(el));
  }
}

function isIns(el: Element): boolean {
  return el.localName === "ins" && el.namespaceURI === NS.w;
}

export function isBlockSdt(sdt: Element): boolean {
  const content = firstW(sdt, "sdtContent");
  for (let c = content?.firstChild; c; c = c.nextSibling) {
    if (isW(c, "p") || isW(c, "tbl") || isW(c, "tr") || isW(c, "tc")) return true;
  }
  return false;
}

function setText(t: Element, text: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild((t.ownerDocument as Document).createTextNode(text));
  if (/^\s|\s$/.test(text)) t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
}

function splitRunBefore(run: Element, child: Element): void {
  let top: Element = child;
  while (top.parentNode && top.parentNode !== run) top = top.parentNode as Element;
  const r2 = run.cloneNode(false) as Element;
  const rPr = firstW(run, "rPr");
  if (rPr) r2.appendChild(rPr.cloneNode(true));
  for (let c: Element | null = top; c;) {
    const next = c.nextSibling as Element | null;
    r2.appendChild(c);
    c = next;
  }
  run.parentNode!.insertBefore(r2, run.nextSibling);
}

function appendVal(parent: Element, qname: string, val: string): void {
  const el = (parent.ownerDocument as Document).createElementNS(NS.w, qname);
  el.setAttributeNS(NS.w, "w:val", val);
  parent.appendChild(el);
}

/**
 * A run with `template`'s formatting holding `text`: TAB → `w:tab`, any newline or `\v` → `w:br`; with
 * `literalVt`, a `\v` stays a character of the text, as Word on the web writes it.
 */
export function makeRun(doc: Document, template: Element | null, text: string, literalVt = false): Element {
  const run = doc.createElementNS(NS.w, "w:r");
  const rPr = template ? firstW(template, "rPr") : null;
  if (rPr) run.appendChild(rPr.cloneNode(true));
  for (const part of text.split(literalVt ? /(\r\n|[\t\n\r])/ : /(\r\n|[\t\n\v\r])/)) {
    if (!part) continue;
    if (part === "\t") run.appendChild(doc.createElementNS(NS.w, "w:tab"));
    else if (/^(\r\n|[\r\n\v])$/.test(part)) run.appendChild(doc.createElementNS(NS.w, "w:br"));
    else {
      const t = doc.createElementNS(NS.w, "w:t");
      setText(t, part);
      run.appendChild(t);
    }
  }
  return run;
}

/** Sets (or with `val` null removes) a run property, keeping schema order. */
export function setRunProp(rPr: Element, local: string, val: string | null, attr = "val"): void {
  const existing = firstW(rPr, local);
  if (val === null) {
    if (existing) rPr.removeChild(existing);
    return;
  }
  const el = existing ?? (rPr.ownerDocument as Document).createElementNS(NS.w, `w:${local}`);
  el.setAttributeNS(NS.w, `w:${attr}`, val);
  if (existing) return;
  const rank = RPR_ORDER.indexOf(local);
  let before: Element | null = null;
  for (let c = rPr.firstChild; c; c = c.nextSibling) {
    if (isElement(c) && c.namespaceURI === NS.w && RPR_ORDER.indexOf(c.localName ?? "") > rank) {
      before = c;
      break;
    }
  }
  rPr.insertBefore(el, before);
}

/** `w:settings` children that come after `w:trackRevisions` in the schema. */
const SETTINGS_AFTER_TRACK = new Set([
  "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride", "styleLockTheme",
  "styleLockQFSet", "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone",
  "doNotHyphenateCaps", "showEnvelope", "summaryLength", "clickAndTypeStyle", "defaultTableStyle",
  "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
  "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery",
  "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin",
  "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl",
  "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture",
  "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
  "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
  "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars",
  "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
  "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
  "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
]); // prettier-ignore
