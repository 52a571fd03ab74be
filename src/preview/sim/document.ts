/** `context.document` and its sections: the entry points of the object model. */
import { SimCollection, SimObject, type SimContext } from "./context";
import { deleteBookmark, findBookmark } from "./bookmarks";
import { SimError } from "./errors";
import { SimBody, SimContentControl, SimContentControlCollection, SimRange } from "./objects";

export class SimSection extends SimObject {
  protected scalars(): readonly string[] {
    return [];
  }
  protected read(prop: string): unknown {
    throw new SimError("InvalidArgument", `Unknown property '${prop}'.`);
  }

  private part(kind: "header" | "footer", type: string): SimBody {
    const body = new SimBody(this.context, kind);
    this.op(() => {
      // Word gives every section a primary header and footer, empty when the file has none; the others throw
      // when absent (the simulator edits the primary ones only).
      if (type !== "Primary") throw new SimError("ItemNotFound", `No ${type} ${kind} in this document.`);
    });
    return body;
  }

  getHeader(type: string): SimBody {
    return this.part("header", type);
  }
  getFooter(type: string): SimBody {
    return this.part("footer", type);
  }
  private bodyNav: SimBody | undefined;
  get body(): SimBody {
    this.bodyNav ??= new SimBody(this.context, "body");
    return this.bodyNav;
  }
}

export class SimSectionCollection extends SimCollection<SimSection> {
  constructor(context: SimContext) {
    super(context);
    // The simulator edits the first section's stories only; it is the one Word's primary header belongs to.
    this.resolveItems([new SimSection(context)]);
  }
  getFirst(): SimSection {
    return this.all()[0];
  }
}

export class SimDocument extends SimObject {
  readonly body: SimBody;
  readonly sections: SimSectionCollection;

  constructor(context: SimContext) {
    super(context);
    this.body = new SimBody(context, "body");
    this.sections = new SimSectionCollection(context);
  }

  protected scalars(): readonly string[] {
    return [];
  }
  protected read(prop: string): unknown {
    if (prop === "changeTrackingMode") {
      this.context.requireApi("1.4", "Document.changeTrackingMode");
      return this.context.core.store.trackMode;
    }
    throw new SimError("InvalidArgument", `Unknown property '${prop}'.`);
  }

  /** Track Changes (WordApi 1.4): "Off", "TrackAll" or "TrackMineOnly"; read from and saved to w:trackRevisions. */
  get changeTrackingMode(): string {
    return this.get_("changeTrackingMode");
  }
  set changeTrackingMode(mode: string) {
    this.set_("changeTrackingMode", mode, () => {
      this.context.requireApi("1.4", "Document.changeTrackingMode");
      if (mode !== "Off" && mode !== "TrackAll" && mode !== "TrackMineOnly") {
        throw new SimError("InvalidArgument", `'${String(mode)}' is not a change tracking mode.`);
      }
      this.context.core.store.setTrackMode(mode);
    });
  }

  private controlsNav: SimContentControlCollection | undefined;
  /** The same collection on every access, as in Office.js; its items are read afresh at each load. */
  get contentControls(): SimContentControlCollection {
    this.controlsNav ??= new SimContentControlCollection(this.context)
      .live(
        () => this.context.core.store.contentControls().map((c) => c.el),
        (el) => new SimContentControl(this.context, el),
      )
      .within(() => () => true);
    return this.controlsNav;
  }

  /**
   * A bookmark's range (WordApi 1.4), following the bookmark as the text around it changes. On the web a bookmark
   * in a header or footer is not found (office-js #6855).
   */
  getBookmarkRange(name: string): SimRange {
    return this.bookmarkRange(name, true);
  }

  getBookmarkRangeOrNullObject(name: string): SimRange {
    return this.bookmarkRange(name, false);
  }

  private bookmarkRange(name: string, throwIfNone: boolean): SimRange {
    this.needs("1.4", throwIfNone ? "Document.getBookmarkRange" : "Document.getBookmarkRangeOrNullObject");
    const out = new SimRange(this.context);
    out.nullObject = undefined;
    this.op(() => {
      const b = findBookmark(this.context.core.store, String(name));
      const found = b && (b.story === "body" || this.context.core.options.platform !== "web") ? b : undefined;
      if (!found && throwIfNone) throw new SimError("ItemNotFound", `There is no bookmark '${name}'.`);
      out.target = found ? { kind: "bookmark", name: found.name } : undefined;
      out.nullObject = !found;
    });
    return out;
  }

  /** Removes a bookmark (WordApi 1.4); nothing happens when there is none of that name. */
  deleteBookmark(name: string): void {
    this.needs("1.4", "Document.deleteBookmark");
    this.op(() => void deleteBookmark(this.context.core.store, String(name)), true);
  }

  /** The user's selection, or an insertion point at the start of the document. */
  getSelection(): SimRange {
    const out = new SimRange(this.context);
    out.nullObject = undefined;
    this.op(() => {
      const st = this.context.core.store;
      const paras = st.paragraphs();
      const sel = this.context.core.selection ?? { paragraph: 0, start: 0, end: 0 };
      const ip = paras[Math.min(sel.paragraph, paras.length - 1)];
      if (!ip) throw new SimError("ItemNotFound", "The document is empty.");
      const len = st.pt(ip.p).text.length;
      out.target = {
        kind: "span",
        a: st.pos(ip.p, Math.min(sel.start, len)),
        b: st.pos(ip.p, Math.min(sel.end, len)),
      };
      out.nullObject = false;
    });
    return out;
  }
}
