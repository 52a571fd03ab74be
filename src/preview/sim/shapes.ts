/**
 * Shapes anchored in the body (WordApiDesktop 1.2, desktop only): `body.shapes`, each shape's `id`, `type`,
 * `textFrame.hasText` and, for a text box, `body`, a story of its own (`shape:<id>`) whose paragraphs the store lists
 * after the document's. Only DrawingML shapes (`wps:wsp`) at the top of a drawing are listed; of an
 * `mc:AlternateContent` the first choice counts. Where Word's behaviour is unclear the stricter one is taken: getting
 * the body of a shape that holds no text is a change to the document (Word makes a text story and an undo entry),
 * even for a text box whose story exists but is empty; groups and pictures are listed without their insides.
 */
import type { Story } from "../../docx/snapshot";
import { NS, isElement, type Element, type Node } from "../../docx/xml";
import { SimCollection, SimObject, versionAtLeast, type SimContext, type SimulatorOptions } from "./context";
import { SimError } from "./errors";
import type { SimBody as SimBodyType } from "./objects";

const WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
const WPG = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup";
const PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

export type ShapeType = "TextBox" | "GeometricShape" | "Group" | "Picture" | "Unsupported";

export interface ShapeEntry {
  id: number;
  type: ShapeType;
  /** The shape element (`wps:wsp`), or the frame for a group or picture. */
  el: Element;
  /** Its text story (`w:txbxContent`), null while it has none. */
  story: Element | null;
}

/** Whether the host offers shapes: WordApiDesktop 1.2 and a desktop Word. */
export function shapesSupported(options: SimulatorOptions): boolean {
  const have = options.requirementSets.WordApiDesktop;
  return options.platform === "desktop" && have !== undefined && versionAtLeast(have, "1.2");
}

export const shapeStory = (id: number): Story => `shape:${id}`;

/** The shapes anchored in `body`, in document order, nested text boxes and header shapes left out. */
export function bodyShapes(body: Element): ShapeEntry[] {
  const out: ShapeEntry[] = [];
  const walk = (node: Node) => {
    if (!isElement(node)) return;
    if (node.namespaceURI === NS.mc && node.localName === "AlternateContent") {
      const choice = childNS(node, NS.mc, "Choice");
      if (choice) walk(choice);
      return;
    }
    if (node.namespaceURI === NS.w && node.localName === "txbxContent") return;
    if (node.namespaceURI === WP && (node.localName === "anchor" || node.localName === "inline")) {
      const entry = shapeOf(node);
      if (entry) out.push(entry);
      return;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(body);
  return out;
}

function shapeOf(frame: Element): ShapeEntry | null {
  const id = Number(childNS(frame, WP, "docPr")?.getAttribute("id"));
  if (!Number.isInteger(id)) return null;
  const graphic = frame.getElementsByTagNameNS(
    "http://schemas.openxmlformats.org/drawingml/2006/main",
    "graphicData",
  )[0];
  const top = graphic ? firstElement(graphic as Element) : null;
  if (!top) return null;
  if (top.namespaceURI === WPG) return { id, type: "Group", el: frame, story: null };
  if (top.namespaceURI === PIC) return { id, type: "Picture", el: frame, story: null };
  if (top.namespaceURI !== WPS || top.localName !== "wsp") return { id, type: "Unsupported", el: frame, story: null };
  const txbx = childNS(top, WPS, "txbx");
  const story = txbx ? childNS(txbx, NS.w, "txbxContent") : null;
  const box = childNS(top, WPS, "cNvSpPr")?.getAttribute("txBox") === "1";
  return { id, type: box ? "TextBox" : "GeometricShape", el: top, story };
}

/** A story's text, paragraphs joined: what `textFrame.hasText` looks at. */
export function storyHasText(story: Element | null): boolean {
  if (!story) return false;
  const ts = story.getElementsByTagNameNS(NS.w, "t");
  for (let i = 0; i < ts.length; i++) if ((ts[i].textContent ?? "").trim() !== "") return true;
  return false;
}

/** Gives a shape the text story Word makes when its body is asked for: one empty paragraph. */
export function makeStory(entry: ShapeEntry): Element {
  if (entry.story) return entry.story;
  const doc = entry.el.ownerDocument!;
  const txbx = doc.createElementNS(WPS, "wps:txbx");
  const content = doc.createElementNS(NS.w, "w:txbxContent");
  content.appendChild(doc.createElementNS(NS.w, "w:p"));
  txbx.appendChild(content);
  // wps:txbx stands after the shape's properties and style, before its body properties.
  const before = childNS(entry.el, WPS, "bodyPr");
  entry.el.insertBefore(txbx, before);
  entry.story = content;
  return content;
}

/**
 * A text box edited through its shape: the VML copy Word keeps for older readers (`mc:Fallback`) no longer says the
 * same, and Word writes it afresh on save; the saved file here goes without it rather than with the old text.
 */
export function dropStaleFallback(p: Element): void {
  for (let n = p.parentNode as Element | null; n; n = n.parentNode as Element | null) {
    if (!isElement(n) || n.namespaceURI !== NS.mc || n.localName !== "Choice") continue;
    const fallback = n.parentNode ? childNS(n.parentNode as Element, NS.mc, "Fallback") : null;
    if (fallback) fallback.parentNode!.removeChild(fallback);
    return;
  }
}

function childNS(el: Element, ns: string, local: string): Element | null {
  for (let c = el.firstChild; c; c = c.nextSibling)
    if (isElement(c) && c.namespaceURI === ns && c.localName === local) return c;
  return null;
}

function firstElement(el: Element): Element | null {
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c)) return c;
  return null;
}

export class SimTextFrame extends SimObject {
  constructor(
    context: SimContext,
    private readonly shape: SimShape,
  ) {
    super(context);
  }
  protected scalars(): readonly string[] {
    return ["hasText"];
  }
  protected read(prop: string): unknown {
    if (prop === "hasText") return storyHasText(this.shape.entry().story);
    throw new SimError("InvalidArgument", `Unknown property '${prop}'.`);
  }
  get hasText(): boolean {
    return this.get_("hasText");
  }
}

export class SimShape extends SimObject {
  private frameNav: SimTextFrame | undefined;
  private bodyNav: SimBodyType | undefined;

  constructor(
    context: SimContext,
    private id_: number | null,
    private readonly makeBody: (story: Story) => SimBodyType,
  ) {
    super(context);
  }

  bind(id: number | null): void {
    this.id_ = id;
    this.nullObject = id === null;
  }

  entry(): ShapeEntry {
    const found = this.id_ === null ? undefined : this.context.core.store.shapes().find((s) => s.id === this.id_);
    if (!found) throw new SimError("ItemNotFound", "The shape no longer exists.");
    return found;
  }

  protected scalars(): readonly string[] {
    return ["id", "type", "name"];
  }
  protected read(prop: string): unknown {
    const e = this.entry();
    if (prop === "id") return e.id;
    if (prop === "type") return e.type;
    if (prop === "name") return "";
    throw new SimError("InvalidArgument", `Unknown property '${prop}'.`);
  }
  protected override nav(name: string): SimObject | null {
    return name === "textFrame" ? this.textFrame : null;
  }

  get id(): number {
    return this.get_("id");
  }
  get type(): ShapeType {
    return this.get_("type");
  }
  get textFrame(): SimTextFrame {
    this.frameNav ??= new SimTextFrame(this.context, this);
    return this.frameNav;
  }

  /**
   * The shape's text story. A shape that holds no text gets one made (a change, with its undo entry, counted in
   * `stats.writes`); pictures and groups have none.
   */
  get body(): SimBodyType {
    if (this.bodyNav) return this.bodyNav;
    const holder = { story: shapeStory(this.id_ ?? -1) };
    this.op(() => {
      const e = this.entry();
      if (e.type === "Picture" || e.type === "Group" || e.type === "Unsupported")
        throw new SimError("GeneralException", "This shape has no text.");
      if (storyHasText(e.story)) return;
      const core = this.context.core;
      if (core.options.readOnly) throw new SimError("AccessDenied", "The document is read-only or protected.");
      makeStory(e);
      core.store.invalidateStructure();
      core.store.dirty.add(core.store.model.mainPath);
      core.store.undoEntries++;
      // A change like any write, though the batch queued none: the document has unsaved changes now.
      core.stats.writes++;
      core.changed();
    });
    this.bodyNav = this.makeBody(holder.story);
    return this.bodyNav;
  }
}

export class SimShapeCollection extends SimCollection<SimShape> {
  constructor(
    context: SimContext,
    private readonly makeBody: (story: Story) => SimBodyType,
  ) {
    super(context);
    this.ctx().enqueue(() => {
      if (!shapesSupported(this.context.core.options))
        throw new SimError("ApiNotFound", "body.shapes needs WordApiDesktop 1.2 on a desktop Word.");
    });
    this.live(
      () => this.context.core.store.shapes().map((s) => s.id),
      (id) => new SimShape(this.context, id, this.makeBody),
    );
  }

  getById(id: number): SimShape {
    return this.pick((l) => l.find((s) => s.id === id), true, id);
  }
  getByIdOrNullObject(id: number): SimShape {
    return this.pick((l) => l.find((s) => s.id === id), false, id);
  }
  getFirst(): SimShape {
    return this.pick((l) => l[0], true);
  }

  private pick(which: (l: ShapeEntry[]) => ShapeEntry | undefined, throwIfNone: boolean, id?: number): SimShape {
    // A shape asked for by id knows its story before the lookup ran, as its body is asked for in the same batch.
    const holder = new SimShape(this.context, id ?? null, this.makeBody);
    holder.nullObject = undefined;
    this.op(() => {
      const e = which(this.context.core.store.shapes());
      if (!e && throwIfNone) throw new SimError("ItemNotFound", "The requested shape was not found.");
      holder.bind(e?.id ?? null);
    });
    return holder;
  }
}
