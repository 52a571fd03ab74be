/**
 * The Word object model subset: Document, Body, Section, Paragraph, Range, ContentControl, Font, TableCell and
 * their collections, over a SimStore. A range is a target resolved at each operation (a span of positions that
 * follow later edits, a paragraph, a content control, or a whole story), so ranges found in one sync still hold
 * the same text after writes elsewhere in the paragraph.
 */
import type { IndexedSdt, Story } from "../../docx/snapshot";
import { builtInStyleName, styleName } from "../../docx/styles";
import type { ParagraphText } from "../../docx/text";
import { NS, firstW, serializeXml, wAttr, type Document, type Element } from "../../docx/xml";
import { SimCollection, SimObject, type SimContext } from "./context";
import { SimError } from "./errors";
import {
  bookmarksStartingIn,
  checkBookmarkName,
  deleteBookmark,
  findBookmark,
  insertBookmark,
  isHidden,
  listBookmarks,
} from "./bookmarks";
import { flatOpc } from "./flatopc";
import { colorToHighlight, highlightToHex } from "./highlight";
import { makeRun, setRunProp, type Pos } from "./store";
import { rowOf, SimTable, SimTablePart, SimTableRow, tableOf } from "./tables";
import { findAll, searchRegExp } from "./wildcards";
import { SimShapeCollection } from "./shapes";

type Part = "Whole" | "Content" | "Start" | "End";

type Target =
  | { kind: "span"; a: Pos; b: Pos }
  | { kind: "para"; p: Element; part: Part }
  | { kind: "cc"; sdt: Element; part: Part }
  | { kind: "story"; story: Story; part: Part }
  | { kind: "bookmark"; name: string };

interface Resolved {
  pa: number;
  sa: number;
  pb: number;
  sb: number;
}

function collapse(r: Resolved, part: Part | string): Resolved {
  if (part === "Start" || part === "Before") return { pa: r.pa, sa: r.sa, pb: r.pa, sb: r.sa };
  if (part === "End" || part === "After") return { pa: r.pb, sa: r.sb, pb: r.pb, sb: r.sb };
  return r;
}

/** `a`'s relation to `b` in Word's terms, both in one story. */
function relation(a: Resolved, b: Resolved): string {
  const cmp = (pa: number, sa: number, pb: number, sb: number): number => pa - pb || sa - sb;
  const ss = cmp(a.pa, a.sa, b.pa, b.sa);
  const ee = cmp(a.pb, a.sb, b.pb, b.sb);
  if (ss === 0 && ee === 0) return "Equal";
  if (ss <= 0 && ee >= 0) return ss === 0 ? "ContainsStart" : ee === 0 ? "ContainsEnd" : "Contains";
  if (ss >= 0 && ee <= 0) return ss === 0 ? "InsideStart" : ee === 0 ? "InsideEnd" : "Inside";
  const endVsStart = cmp(a.pb, a.sb, b.pa, b.sa);
  if (endVsStart <= 0) return endVsStart === 0 ? "AdjacentBefore" : "Before";
  const startVsEnd = cmp(a.pa, a.sa, b.pb, b.sb);
  if (startVsEnd >= 0) return startVsEnd === 0 ? "AdjacentAfter" : "After";
  return ss < 0 ? "OverlapsBefore" : "OverlapsAfter";
}

export class SimRange extends SimObject {
  target: Target | undefined;

  constructor(context: SimContext, target?: Target) {
    super(context);
    this.target = target;
  }

  protected get store() {
    return this.context.core.store;
  }

  protected scalars(): readonly string[] {
    return ["text", "isEmpty", "style", "styleBuiltIn"];
  }

  protected override nav(name: string): SimObject | null {
    return name === "font" ? this.font : null;
  }

  /** Where the range stands now, as paragraph indices and offsets. */
  resolved(): Resolved {
    const t = this.target;
    const st = this.store;
    if (!t) throw new SimError("GeneralException", "The range was used before it was produced.");
    if (t.kind === "span") {
      const pa = st.paragraphIndex(t.a.p);
      const pb = st.paragraphIndex(t.b.p);
      const sa = st.resolve(t.a, false);
      const sb = st.resolve(t.b, true);
      return pa === pb && sb < sa ? { pa, sa, pb, sb: sa } : { pa, sa, pb, sb };
    }
    if (t.kind === "para") {
      const i = st.paragraphIndex(t.p);
      return collapse({ pa: i, sa: 0, pb: i, sb: st.pt(t.p).text.length }, t.part);
    }
    if (t.kind === "bookmark") {
      // The bookmark's span as it stands now: its markers moved with the text around them.
      const b = findBookmark(st, t.name);
      if (!b) throw new SimError("ItemNotFound", `The bookmark '${t.name}' no longer exists.`);
      return { pa: b.pa, sa: b.sa, pb: b.pb, sb: b.sb };
    }
    if (t.kind === "cc") {
      const loc = st.locateSdt(t.sdt);
      if (!loc) throw new SimError("ItemNotFound", "The content control no longer exists.");
      return collapse({ pa: loc.from, sa: loc.start, pb: loc.to, sb: loc.end }, t.part);
    }
    const paras = st.paragraphs();
    const first = paras.findIndex((p) => p.story === t.story);
    let last = first;
    while (last + 1 < paras.length && paras[last + 1].story === t.story) last++;
    if (first < 0) throw new SimError("ItemNotFound", `The ${t.story} has no paragraphs.`);
    return collapse({ pa: first, sa: 0, pb: last, sb: st.pt(paras[last].p).text.length }, t.part);
  }

  protected pEl(i: number): Element {
    return this.store.paragraphs()[i].p;
  }

  protected spanTarget(r: Resolved): Target {
    return { kind: "span", a: this.store.pos(this.pEl(r.pa), r.sa), b: this.store.pos(this.pEl(r.pb), r.sb) };
  }

  protected read(prop: string): unknown {
    const r = this.resolved();
    const st = this.store;
    switch (prop) {
      case "text":
        // The web includes tracked deletions in text (office-js #1267); the desktop leaves them out.
        return this.reviewed(this.context.core.options.platform === "web", true);
      case "isEmpty":
        return r.pa === r.pb && r.sa === r.sb;
      case "style":
        return styleName(st.model.styles, wAttr(firstW(firstW(this.pEl(r.pa), "pPr"), "pStyle"), "val"));
      case "styleBuiltIn":
        this.context.requireApi("1.3", "styleBuiltIn");
        return builtInStyleName(st.model.styles, wAttr(firstW(firstW(this.pEl(r.pa), "pPr"), "pStyle"), "val"));
      default:
        throw new SimError("InvalidArgument", `Unknown property '${prop}'.`);
    }
  }

  get text(): string {
    return this.get_("text");
  }

  /** The range's text with or without tracked deletions and insertions, as `text` reads it. */
  protected reviewed(deleted: boolean, inserted: boolean): string {
    const r = this.resolved();
    const parts: string[] = [];
    for (let i = r.pa; i <= r.pb; i++) {
      const pt = this.store.pt(this.pEl(i));
      const from = i === r.pa ? r.sa : 0;
      const to = i === r.pb ? r.sb : pt.text.length;
      // A deletion on an edge of the range belongs to it only where the range goes on past that edge, or takes
      // in the whole paragraph: the range a Replace returns holds the new text only.
      const whole = from === 0 && to === pt.text.length;
      const edges = { start: from === 0 && (whole || i > r.pa), end: to === pt.text.length && (whole || i < r.pb) };
      parts.push(reviewedSlice(pt, from, to, edges, deleted, inserted));
    }
    return readAs(parts.join("\r"), this.context.core.options.platform);
  }

  /**
   * The text as it will read once every tracked change is accepted ("Current") or rejected ("Original")
   * (WordApi 1.4).
   */
  getReviewedText(changeTrackingVersion?: string): { value: string } {
    this.needs("1.4", "getReviewedText");
    const result = { value: "" };
    this.op(() => {
      const version = changeTrackingVersion ?? "Current";
      if (version !== "Current" && version !== "Original") {
        throw new SimError("InvalidArgument", `'${version}' is not a change tracking version.`);
      }
      const t = this.target;
      if (t?.kind === "story" && !this.store.paragraphs().some((x) => x.story === t.story)) return;
      result.value = version === "Current" ? this.reviewed(false, true) : this.reviewed(true, false);
    });
    return result;
  }
  get isEmpty(): boolean {
    return this.get_("isEmpty");
  }
  get style(): string {
    return this.get_("style");
  }
  get styleBuiltIn(): string {
    return this.get_("styleBuiltIn");
  }

  private fontObj: SimFont | undefined;
  get font(): SimFont {
    this.fontObj ??= new SimFont(this.context, this);
    return this.fontObj;
  }

  /** A range produced at sync time by `make` from this one. */
  protected derive(make: (r: Resolved) => Target): SimRange {
    const out = new SimRange(this.context);
    out.nullObject = undefined;
    this.op(() => {
      out.target = make(this.resolved());
      out.nullObject = false;
    });
    return out;
  }

  getRange(location?: string): SimRange {
    return this.derive((r) => this.spanTarget(collapse(r, location ?? "Whole")));
  }

  expandTo(other: SimRange): SimRange {
    this.needs("1.3", "Range.expandTo");
    return this.derive((r) => {
      const o = other.resolved();
      const startFirst = r.pa < o.pa || (r.pa === o.pa && r.sa <= o.sa);
      const endLast = r.pb > o.pb || (r.pb === o.pb && r.sb >= o.sb);
      return this.spanTarget({
        pa: startFirst ? r.pa : o.pa,
        sa: startFirst ? r.sa : o.sa,
        pb: endLast ? r.pb : o.pb,
        sb: endLast ? r.sb : o.sb,
      });
    });
  }

  /**
   * Word's `LocationRelation` of this range to `other`; "Unrelated" when they stand in different stories (body,
   * header, footer) or one of them is an empty story.
   */
  compareLocationWith(other: SimRange): { value: string } {
    this.needs("1.3", "Range.compareLocationWith");
    const result = { value: "" };
    this.op(() => {
      const a = this.storyResolved();
      const b = other.storyResolved();
      result.value = a && b && a.story === b.story ? relation(a.r, b.r) : "Unrelated";
    });
    return result;
  }

  /** Where the range stands and in which story; null for a story without paragraphs. */
  protected storyResolved(): { r: Resolved; story: string } | null {
    const t = this.target;
    if (t?.kind === "story" && !this.store.paragraphs().some((x) => x.story === t.story)) return null;
    const r = this.resolved();
    return { r, story: this.store.paragraphs()[r.pa].story };
  }

  select(_mode?: string): void {
    this.op(() => {
      const r = this.resolved();
      const len = this.store.pt(this.pEl(r.pa)).text.length;
      this.context.core.selection = { paragraph: r.pa, start: r.sa, end: r.pa === r.pb ? r.sb : len };
      this.context.core.selectionChanged();
    });
  }

  search(text: string, options?: { matchCase?: boolean; matchWildcards?: boolean }): SimRangeCollection {
    const out = new SimRangeCollection(this.context);
    this.op(() => {
      const re = searchRegExp(text, options ?? {});
      const t = this.target;
      if (t?.kind === "story" && !this.store.paragraphs().some((x) => x.story === t.story)) {
        out.resolveItems([]);
        return;
      }
      const r = this.resolved();
      const items: SimRange[] = [];
      for (let i = r.pa; i <= r.pb; i++) {
        const p = this.pEl(i);
        const full = searchable(this.store.pt(p));
        const from = i === r.pa ? r.sa : 0;
        const to = i === r.pb ? r.sb : full.length;
        // No match crosses the start or the end of a field's result (office-js #5905).
        const edges = this.store
          .pt(p)
          .fields.flat()
          .filter((x) => x > from && x < to);
        const cuts = [from, ...[...new Set(edges)].sort((a, b) => a - b), to];
        for (let k = 0; k + 1 < cuts.length; k++) {
          for (const [s, e] of findAll(re, full, cuts[k], cuts[k + 1])) {
            items.push(new SimRange(this.context, { kind: "span", a: this.store.pos(p, s), b: this.store.pos(p, e) }));
          }
        }
      }
      out.resolveItems(items);
    });
    return out;
  }

  /** The paragraph the range's edits happen in; ranges over several paragraphs aren't written by the add-in. */
  protected single(r: Resolved, what: string): Element {
    if (r.pa !== r.pb) throw new SimError("NotImplemented", `${what} over several paragraphs is not simulated.`);
    return this.pEl(r.pa);
  }

  insertText(text: string, location: string): SimRange {
    const out = new SimRange(this.context);
    out.nullObject = undefined;
    this.op(() => {
      // Word on the web writes a "\v" as a character of the text, not as a line break (office-js #4275).
      out.target = this.insertNow(String(text), location, this.context.core.options.platform === "web");
      out.nullObject = false;
    }, true);
    return out;
  }

  /** Where `insertBreak` may put a break, per object, as Word's API allows. */
  protected breakLocations(): readonly string[] {
    return ["Before", "After"];
  }

  /** A line break (`w:br`, read as "\v", found by ^l); other kinds of break are not simulated. */
  insertBreak(breakType: string, location: string): void {
    this.op(() => {
      if (!this.breakLocations().includes(location)) {
        throw new SimError("InvalidArgument", `A break can't be inserted at '${location}' here.`);
      }
      if (breakType !== "Line") throw new SimError("NotImplemented", `A ${breakType} break is not simulated.`);
      this.insertNow("\v", location);
    }, true);
  }

  /** Deletes the range's text (tracked while Track Changes is on). */
  delete(): void {
    this.op(() => {
      const r = this.resolved();
      if (r.pa === r.pb && r.sa === r.sb) return;
      this.store.replace(this.single(r, "delete"), r.sa, r.sb, "");
    }, true);
  }

  protected insertNow(text: string, location: string, literalVt = false): Target {
    const r = collapse(this.resolved(), location === "Replace" ? "Whole" : location);
    if (!["Replace", "Start", "End", "Before", "After"].includes(location)) {
      throw new SimError("InvalidArgument", `Invalid insert location '${location}'.`);
    }
    const p = this.single(r, "insertText");
    if (location === "Replace") dropCoveredBookmarks(this.store, r);
    const [s, e] = this.store.replace(p, r.sa, location === "Replace" ? r.sb : r.sa, text, literalVt);
    if (this.target?.kind === "span" && (location === "Start" || location === "End")) {
      const grown = { ...r, ...this.resolvedAfterInsert(location, s, e) };
      this.target = this.spanTarget(grown);
    }
    return { kind: "span", a: this.store.pos(p, s), b: this.store.pos(p, e) };
  }

  private resolvedAfterInsert(location: string, s: number, e: number): Partial<Resolved> {
    const cur = this.resolved();
    return location === "Start" ? { sa: s, sb: Math.max(cur.sb, e) } : { sa: cur.sa, sb: e };
  }

  insertContentControl(_type?: string): SimContentControl {
    const out = new SimContentControl(this.context);
    out.nullObject = undefined;
    this.op(() => {
      const r = this.resolved();
      const p = this.single(r, "insertContentControl");
      const ip = this.store.paragraphs()[r.pa];
      if (this.context.core.options.platform === "web" && ip.cell) {
        const cellText = this.cellText(ip.cell);
        if (r.sb - r.sa !== cellText.length || this.store.pt(p).text.length !== cellText.length) {
          throw new SimError("GeneralException", "GeneralException");
        }
      }
      out.target = { kind: "cc", sdt: this.store.wrapInSdt(p, r.sa, r.sb, {}), part: "Content" };
      out.nullObject = false;
    }, true);
    return out;
  }

  private cellText(cell: Element): string {
    return this.store
      .paragraphs()
      .filter((x) => x.cell === cell)
      .map((x) => this.store.pt(x.p).text)
      .join("\r");
  }

  private parasNav: SimParagraphCollection | undefined;
  private controlsNav: SimContentControlCollection | undefined;

  /** Navigation properties return the same object on every access, as Office.js does. */
  get paragraphs(): SimParagraphCollection {
    this.parasNav ??= new SimParagraphCollection(this.context).live(
      () => (this.nullObject ? [] : this.paragraphList()),
      (p) => new SimParagraph(this.context, p),
    );
    return this.parasNav;
  }

  get contentControls(): SimContentControlCollection {
    this.controlsNav ??= new SimContentControlCollection(this.context)
      .live(
        () => (this.nullObject ? [] : this.controlList()),
        (el) => new SimContentControl(this.context, el),
      )
      .within(() => (this.nullObject ? () => false : this.controlFilter()));
    return this.controlsNav;
  }

  protected paragraphList(): Element[] {
    const r = this.resolved();
    const out: Element[] = [];
    for (let i = r.pa; i <= r.pb; i++) out.push(this.pEl(i));
    return out;
  }

  protected controlList(): Element[] {
    const inside = this.controlFilter();
    return this.store
      .contentControls()
      .filter(inside)
      .map((c) => c.el);
  }

  /** Which of the document's controls stand in this range (resolving it, so it throws as a listing would). */
  protected controlFilter(): (c: IndexedSdt) => boolean {
    const r = this.resolved();
    const before = (pi: number, off: number, qi: number, qoff: number) => pi < qi || (pi === qi && off <= qoff);
    return (c) => before(r.pa, r.sa, c.paragraph, c.start) && before(c.paragraph, c.start, r.pb, r.sb);
  }

  get parentContentControlOrNullObject(): SimContentControl {
    this.needs("1.3", "parentContentControlOrNullObject");
    const out = new SimContentControl(this.context);
    out.nullObject = undefined;
    this.op(() => {
      const r = this.resolved();
      const holders = this.store.contentControls().filter((c) => {
        const loc = this.store.locateSdt(c.el);
        if (!loc) return false;
        const startIn = loc.from < r.pa || (loc.from === r.pa && loc.start <= r.sa);
        const endIn = loc.to > r.pb || (loc.to === r.pb && loc.end >= r.sb);
        return startIn && endIn;
      });
      const inner = holders[holders.length - 1];
      out.target = inner ? { kind: "cc", sdt: inner.el, part: "Content" } : undefined;
      out.nullObject = !inner;
    });
    return out;
  }

  /** Bookmarks the range as `name` (WordApi 1.4); a bookmark of that name elsewhere moves here. */
  insertBookmark(name: string): void {
    this.needs("1.4", "Range.insertBookmark");
    this.op(() => {
      checkBookmarkName(name);
      insertBookmark(this.store, name, this.resolved());
    }, true);
  }

  /**
   * Names of the bookmarks over any part of the range (WordApi 1.4), in document order; hidden ones only with
   * `includeHidden`, ones that only touch its edges only with `includeAdjacent`.
   */
  getBookmarks(includeHidden = false, includeAdjacent = false): { value: string[] } {
    this.needs("1.4", "Range.getBookmarks");
    const result = { value: [] as string[] };
    this.op(() => {
      const t = this.target;
      if (t?.kind === "story" && !this.store.paragraphs().some((x) => x.story === t.story)) return;
      const r = this.resolved();
      const cmp = (pa: number, sa: number, pb: number, sb: number) => pa - pb || sa - sb;
      result.value = listBookmarks(this.store)
        .filter((b) => includeHidden || !isHidden(b.name))
        .filter((b) => {
          const inside = cmp(b.pa, b.sa, r.pa, r.sa) >= 0 && cmp(b.pb, b.sb, r.pb, r.sb) <= 0;
          const overlaps = cmp(b.pa, b.sa, r.pb, r.sb) < 0 && cmp(b.pb, b.sb, r.pa, r.sa) > 0;
          const touches = cmp(b.pb, b.sb, r.pa, r.sa) === 0 || cmp(b.pa, b.sa, r.pb, r.sb) === 0;
          return inside || overlaps || (includeAdjacent && touches);
        })
        .map((b) => b.name);
    });
    return result;
  }

  getOoxml(): { value: string } {
    const result = { value: "" };
    this.op(
      () => {
        const t = this.target;
        if (t?.kind === "story" && !this.store.paragraphs().some((x) => x.story === t.story)) {
          result.value = flatOpc("", this.store.packageParts);
          return;
        }
        const xml: string[] = [];
        const model = this.store.model;
        const root =
          t?.kind !== "story"
            ? null
            : t.story === "body"
              ? model.body
              : t.story.startsWith("shape:")
                ? (this.store.shapes().find((x) => `shape:${x.id}` === t.story)?.story ?? null)
                : (t.story === "header" ? model.header : model.footer)?.documentElement;
        if (root) {
          // A whole story, as Word sends it: tables, block controls and text boxes in place, no section properties.
          for (let c = root.firstChild; c; c = c.nextSibling) {
            if (c.nodeType === 1 && (c as Element).localName !== "sectPr") xml.push(serializeXml(c as never));
          }
        } else {
          const r = this.resolved();
          for (let i = r.pa; i <= r.pb; i++) xml.push(serializeXml(this.pEl(i) as never));
        }
        result.value = flatOpc(xml.join(""), this.store.packageParts);
      },
      false,
      true,
    );
    return result;
  }
}

/**
 * A Replace over a bookmark's whole span takes the bookmark away: Word does not promise that it survives, so the
 * add-in must put it back on the new text itself.
 */
function dropCoveredBookmarks(store: SimContext["core"]["store"], r: Resolved): void {
  if (r.pa === r.pb && r.sa === r.sb) return;
  const paras = store.paragraphs();
  let marks = 0;
  for (let i = r.pa; i <= r.pb; i++) marks += store.pt(paras[i].p).marks.length;
  if (marks === 0) return;
  const cmp = (pa: number, sa: number, pb: number, sb: number) => pa - pb || sa - sb;
  // A covered bookmark starts in these paragraphs, so only their marks are read when their ids tell enough.
  for (const b of bookmarksStartingIn(store, r.pa, r.pb) ?? listBookmarks(store)) {
    if (cmp(b.pa, b.sa, r.pa, r.sa) >= 0 && cmp(b.pb, b.sb, r.pb, r.sb) <= 0) deleteBookmark(store, b.name);
  }
}

export class SimFont extends SimObject {
  constructor(
    context: SimContext,
    private readonly range: SimRange,
  ) {
    super(context);
  }

  protected scalars(): readonly string[] {
    return ["highlightColor", "bold", "italic", "superscript", "name", "size"];
  }

  private runs(): Element[] {
    const r = this.range.resolved();
    const st = this.context.core.store;
    const paras = st.paragraphs();
    const runs: Element[] = [];
    for (let i = r.pa; i <= r.pb; i++) {
      const p = paras[i].p;
      const pt = st.pt(p);
      const from = i === r.pa ? r.sa : 0;
      const to = i === r.pb ? r.sb : pt.text.length;
      for (const x of pt.pieces) {
        const hit = from === to ? x.start <= from && from <= x.end : x.end > from && x.start < to && x.end > x.start;
        if (hit && x.run && !runs.includes(x.run)) runs.push(x.run);
      }
    }
    return runs;
  }

  protected read(prop: string): unknown {
    const values = this.runs().map((run) => {
      const rPr = firstW(run, "rPr");
      switch (prop) {
        case "highlightColor":
          return highlightToHex(wAttr(firstW(rPr, "highlight"), "val"));
        case "bold":
          return onOffEl(firstW(rPr, "b"));
        case "italic":
          return onOffEl(firstW(rPr, "i"));
        case "superscript":
          return wAttr(firstW(rPr, "vertAlign"), "val") === "superscript";
        case "name":
          return wAttr(firstW(rPr, "rFonts"), "ascii") ?? "";
        case "size": {
          const sz = Number(wAttr(firstW(rPr, "sz"), "val"));
          return sz > 0 ? sz / 2 : this.context.core.store.model.styles.defaultSize / 2;
        }
        default:
          throw new SimError("InvalidArgument", `Unknown font property '${prop}'.`);
      }
    });
    if (values.length === 0) return prop === "highlightColor" ? null : prop === "name" ? "" : null;
    const same = values.every((v) => v === values[0]);
    if (same) return values[0];
    return prop === "highlightColor" || prop === "name" ? "" : null;
  }

  private apply(fn: (rPr: Element) => void): void {
    const r = this.range.resolved();
    const st = this.context.core.store;
    const paras = st.paragraphs();
    for (let i = r.pa; i <= r.pb; i++) {
      const p = paras[i].p;
      const len = st.pt(p).text.length;
      const from = i === r.pa ? r.sa : 0;
      const to = i === r.pb ? r.sb : len;
      if (to > from) st.formatRuns(p, from, to, fn);
    }
  }

  get highlightColor(): string {
    return this.get_("highlightColor");
  }
  set highlightColor(v: string | null) {
    const named = v === null || v === "" ? null : colorToHighlight(v);
    this.set_("highlightColor", v === null ? null : highlightToHex(named), () =>
      this.apply((rPr) => setRunProp(rPr, "highlight", named)),
    );
  }
  get bold(): boolean {
    return this.get_("bold");
  }
  set bold(v: boolean) {
    this.set_("bold", v, () => this.apply((rPr) => setRunProp(rPr, "b", v ? "1" : "0")));
  }
  get italic(): boolean {
    return this.get_("italic");
  }
  set italic(v: boolean) {
    this.set_("italic", v, () => this.apply((rPr) => setRunProp(rPr, "i", v ? "1" : "0")));
  }
  get superscript(): boolean {
    return this.get_("superscript");
  }
  get name(): string {
    return this.get_("name");
  }
  get size(): number {
    return this.get_("size");
  }
}

/**
 * Text as Word's `text` properties report it: a no-break space reads as a plain space on the desktop and as
 * U+202F on the web (office-js #67), while search still sees the document's own character.
 */
/**
 * The paragraph's text as search sees it: a "\v" written as a character of the text (Word on the web) is no line
 * break, so ^l does not find it (office-js #5403).
 */
function searchable(pt: ParagraphText): string {
  if (!pt.text.includes("\v")) return pt.text;
  const chars = pt.text.split("");
  for (const piece of pt.pieces) {
    if (piece.kind !== "text") continue;
    for (let i = piece.start; i < piece.end; i++) if (chars[i] === "\v") chars[i] = "\uffff";
  }
  return chars.join("");
}

function reviewedSlice(
  pt: ParagraphText,
  from: number,
  to: number,
  edges: { start: boolean; end: boolean },
  deleted: boolean,
  inserted: boolean,
): string {
  const keep = (a: number, b: number): string => {
    if (inserted) return pt.text.slice(a, b);
    let out = "";
    for (let i = a; i < b; i++) if (!pt.inserted.some(([x, y]) => i >= x && i < y)) out += pt.text[i];
    return out;
  };
  const dels = deleted
    ? pt.deleted.filter(
        (d) => (d.at > from || (d.at === from && edges.start)) && (d.at < to || (d.at === to && edges.end)),
      )
    : [];
  let out = "";
  let cur = from;
  for (const d of dels) {
    out += keep(cur, d.at) + d.text;
    cur = d.at;
  }
  return out + keep(cur, to);
}

export function readAs(text: string, platform: "web" | "desktop"): string {
  return text.replace(/\u00a0/g, platform === "web" ? "\u202f" : " ");
}

function onOffEl(el: Element | null): boolean {
  if (!el) return false;
  const v = wAttr(el, "val");
  return v === null || !/^(false|0|off)$/i.test(v);
}

export class SimParagraph extends SimRange {
  private el: Element | null;

  /** `p` null: a paragraph obtained through `getFirst()`, bound when that operation runs. */
  constructor(context: SimContext, p: Element | null) {
    super(context, p ? { kind: "para", p, part: "Whole" } : undefined);
    this.el = p;
    if (!p) this.nullObject = undefined;
  }

  get p(): Element {
    if (!this.el) throw new SimError("GeneralException", "The paragraph was used before it was produced.");
    return this.el;
  }

  bind(p: Element | null): void {
    this.el = p;
    this.nullObject = !p;
    if (p) this.target = { kind: "para", p, part: "Whole" };
  }

  protected override scalars(): readonly string[] {
    return ["text", "style", "styleBuiltIn", "tableNestingLevel", "isEmpty"];
  }

  protected override read(prop: string): unknown {
    if (prop === "tableNestingLevel") this.context.requireApi("1.3", "tableNestingLevel");
    if (prop === "tableNestingLevel") return this.store.paragraphs()[this.store.paragraphIndex(this.p)].nesting;
    return super.read(prop);
  }

  get tableNestingLevel(): number {
    return this.get_("tableNestingLevel");
  }

  /** Deletes the paragraph, its mark included; while tracking, its text and mark become tracked deletions. */
  override delete(): void {
    this.op(() => {
      const st = this.store;
      const p = this.p;
      st.paragraphIndex(p);
      if (!st.tracking) {
        st.markDirty(p);
        p.parentNode!.removeChild(p);
        st.invalidateStructure();
        return;
      }
      const len = st.pt(p).text.length;
      if (len > 0) st.replace(p, 0, len, "");
      let pPr = firstW(p, "pPr");
      if (!pPr) {
        pPr = p.ownerDocument!.createElementNS(NS.w, "w:pPr");
        p.insertBefore(pPr, p.firstChild);
      }
      let rPr = firstW(pPr, "rPr");
      if (!rPr) {
        rPr = p.ownerDocument!.createElementNS(NS.w, "w:rPr");
        pPr.appendChild(rPr);
      }
      if (!firstW(rPr, "del")) rPr.appendChild(st.revision(p.ownerDocument as never, "del"));
      st.markDirty(p);
    }, true);
  }

  /**
   * A new paragraph before or after this one, holding `paragraphText` (WordApi 1.1). It takes this paragraph's
   * properties (style, indents, numbering); its text takes the paragraph mark's run properties, not those of the
   * runs of this paragraph: Word does not say it copies them, so the stricter reading is simulated.
   */
  insertParagraph(paragraphText: string, insertLocation: string): SimParagraph {
    const out = new SimParagraph(this.context, null);
    this.op(() => {
      if (insertLocation !== "Before" && insertLocation !== "After") {
        throw new SimError("InvalidArgument", `A paragraph can't be inserted at '${insertLocation}' here.`);
      }
      const st = this.store;
      const at = this.p;
      st.paragraphIndex(at);
      const doc = at.ownerDocument as Document;
      const p = doc.createElementNS(NS.w, "w:p");
      const pPr = firstW(at, "pPr");
      if (pPr) p.appendChild(pPr.cloneNode(true));
      const markProps = firstW(firstW(p, "pPr"), "rPr");
      // The new paragraph's mark is new text too: tracked as an insertion while Track Changes is on.
      if (st.tracking) {
        let ppr = firstW(p, "pPr");
        if (!ppr) ppr = p.appendChild(doc.createElementNS(NS.w, "w:pPr")) as Element;
        let rPr = firstW(ppr, "rPr");
        if (!rPr) rPr = ppr.appendChild(doc.createElementNS(NS.w, "w:rPr")) as Element;
        for (const d of [firstW(rPr, "del"), firstW(rPr, "ins")]) if (d) rPr.removeChild(d);
        rPr.appendChild(st.revision(doc, "ins"));
      }
      const text = String(paragraphText);
      if (text) {
        const template = markProps ? doc.createElementNS(NS.w, "w:r") : null;
        if (template && markProps) {
          const rPr = markProps.cloneNode(true) as Element;
          for (const d of [firstW(rPr, "del"), firstW(rPr, "ins")]) if (d) rPr.removeChild(d);
          template.appendChild(rPr);
        }
        p.appendChild(st.trackedInsert(p, makeRun(doc, template, text)));
      }
      at.parentNode!.insertBefore(p, insertLocation === "After" ? at.nextSibling : at);
      st.invalidateStructure();
      st.markDirty(p);
      out.bind(p);
    }, true);
    return out;
  }

  get parentTableCellOrNullObject(): SimTableCell {
    this.needs("1.3", "parentTableCellOrNullObject");
    const out = new SimTableCell(this.context, null);
    this.op(() => {
      const ip = this.store.paragraphs()[this.store.paragraphIndex(this.p)];
      out.resolve(ip.cell);
    });
    return out;
  }
}

export class SimTableCell extends SimTablePart {
  protected scalars(): readonly string[] {
    return ["value", "rowIndex", "cellIndex"];
  }

  protected read(prop: string): unknown {
    const cell = this.element();
    const st = this.context.core.store;
    if (prop === "value") {
      const text = st
        .paragraphs()
        .filter((x) => x.cell === cell)
        .map((x) => st.pt(x.p).text)
        .join("\r");
      return readAs(text, this.context.core.options.platform);
    }
    const row = cell.parentNode as Element;
    const siblings = (el: Element, local: string) => {
      let n = 0;
      for (let c = el.previousSibling; c; c = c.previousSibling)
        if (c.nodeType === 1 && (c as Element).localName === local) n++;
      return n;
    };
    if (prop === "cellIndex") return siblings(cell, "tc");
    if (prop === "rowIndex") return siblings(row, "tr");
    throw new SimError("InvalidArgument", `Unknown property '${prop}'.`);
  }

  get value(): string {
    return this.get_("value");
  }
  get rowIndex(): number {
    return this.get_("rowIndex");
  }
  get cellIndex(): number {
    return this.get_("cellIndex");
  }

  private rowNav: SimTableRow | undefined;
  private tableNav: SimTable | undefined;

  get parentRow(): SimTableRow {
    if (!this.rowNav) {
      const row = (this.rowNav = new SimTableRow(this.context, null));
      // Asked of a null cell, the row is a null object too (and fails when used).
      this.ctx().enqueue(() => row.resolve(this.nullObject ? null : rowOf(this.el)));
    }
    return this.rowNav;
  }

  get parentTable(): SimTable {
    if (!this.tableNav) {
      const table = (this.tableNav = new SimTable(this.context, null));
      this.ctx().enqueue(() => table.resolve(this.nullObject ? null : tableOf(this.el)));
    }
    return this.tableNav;
  }
}

/** Word's own placeholder of an empty control, by type; types without one read as their content. */
const DEFAULT_PLACEHOLDERS: Record<string, string> = {
  RichText: "Click or tap here to enter text.",
  PlainText: "Click or tap here to enter text.",
  ComboBox: "Choose an item.",
  DropDownList: "Choose an item.",
  DatePicker: "Click or tap to enter a date.",
};

export class SimContentControl extends SimRange {
  constructor(context: SimContext, sdt?: Element) {
    super(context, sdt ? { kind: "cc", sdt, part: "Content" } : undefined);
  }

  get sdt(): Element {
    const t = this.target;
    if (!t || t.kind !== "cc")
      throw new SimError("GeneralException", "The content control was used before it existed.");
    return t.sdt;
  }

  protected override scalars(): readonly string[] {
    return [
      "id", "tag", "title", "text", "type", "appearance", "color", "cannotEdit", "cannotDelete",
      "placeholderText", "removeWhenEdited", "style", "styleBuiltIn",
    ]; // prettier-ignore
  }

  protected override read(prop: string): unknown {
    const pr = firstW(this.sdt, "sdtPr");
    const props = this.propsNow();
    switch (prop) {
      case "id":
        return Number(props.id);
      case "tag":
        return props.tag;
      case "title":
        return props.title;
      case "type":
        return props.type;
      case "appearance":
        return props.appearance;
      case "color":
        return props.color ? `#${props.color}` : "#000000";
      case "cannotEdit":
        return props.cannotEdit;
      case "cannotDelete":
        return props.cannotDelete;
      case "removeWhenEdited":
        return !!firstW(pr, "temporary");
      case "placeholderText":
        return this.customPlaceholder() ?? (props.showingPlaceholder ? super.read("text") : "");
      case "text": {
        // An empty control (or one showing its placeholder) reads as the placeholder; the web shows Word's default
        // one even when a custom one is set (office-js #1515).
        const content = super.read("text") as string;
        const standard = DEFAULT_PLACEHOLDERS[props.type];
        if ((content !== "" && !props.showingPlaceholder) || standard === undefined) return content;
        if (this.context.core.options.platform === "web") return standard;
        return this.customPlaceholder() ?? (props.showingPlaceholder ? content : standard);
      }
      default:
        return super.read(prop);
    }
  }

  private propsNow() {
    return sdtPropsOf(this.sdt);
  }

  /** The placeholder text an author set (a glossary docPart named by `w:placeholder`), if any. */
  private customPlaceholder(): string | undefined {
    const name = this.propsNow().placeholderDocPart;
    return name ? this.store.model.docParts.get(name) : undefined;
  }

  /**
   * Sets the placeholder text as Word does, through a docPart the control names; a control showing its placeholder
   * shows the new one. The web refuses it (office-js #785).
   */
  private setPlaceholder(text: string): void {
    if (this.context.core.options.platform === "web") {
      throw new SimError("NotAllowed", "The placeholder text can't be set in Word on the web.");
    }
    const pr = this.pr();
    const props = this.propsNow();
    const name = props.placeholderDocPart ?? `DefaultPlaceholder_${props.id || this.store.newId()}`;
    let holder = firstW(pr, "placeholder");
    if (!holder) {
      holder = pr.ownerDocument!.createElementNS(NS.w, "w:placeholder");
      pr.appendChild(holder);
    }
    while (holder.firstChild) holder.removeChild(holder.firstChild);
    const docPart = pr.ownerDocument!.createElementNS(NS.w, "w:docPart");
    docPart.setAttributeNS(NS.w, "w:val", name);
    holder.appendChild(docPart);
    this.store.setDocPart(name, text);
    this.store.markDirty(this.sdt);
    const loc = this.store.locateSdt(this.sdt);
    if (props.showingPlaceholder && loc && loc.from === loc.to && loc.start < loc.end) {
      this.store.replace(this.pEl(loc.from), loc.start, loc.end, text);
    }
  }

  get id(): number {
    return this.get_("id");
  }
  get tag(): string {
    return this.get_("tag");
  }
  set tag(v: string) {
    this.set_("tag", v, () => this.setPr("tag", v));
  }
  get title(): string {
    return this.get_("title");
  }
  set title(v: string) {
    this.set_("title", v, () => this.setPr("alias", v));
  }
  get type(): string {
    return this.get_("type");
  }
  get appearance(): string {
    return this.get_("appearance");
  }
  set appearance(v: string) {
    this.set_("appearance", v, () =>
      this.setW15("appearance", v === "Tags" ? "tags" : v === "Hidden" ? "hidden" : null),
    );
  }
  get color(): string {
    return this.get_("color");
  }
  set color(v: string) {
    this.set_("color", v, () => this.setW15("color", v.replace(/^#/, "").toUpperCase(), "w:val"));
  }
  get cannotEdit(): boolean {
    return this.get_("cannotEdit");
  }
  set cannotEdit(v: boolean) {
    this.set_("cannotEdit", v, () => this.setLock(v, this.propsNow().cannotDelete));
  }
  get cannotDelete(): boolean {
    return this.get_("cannotDelete");
  }
  set cannotDelete(v: boolean) {
    this.set_("cannotDelete", v, () => this.setLock(this.propsNow().cannotEdit, v));
  }
  get placeholderText(): string {
    return this.get_("placeholderText");
  }
  set placeholderText(v: string) {
    this.set_("placeholderText", v, () => this.setPlaceholder(String(v)));
  }
  get removeWhenEdited(): boolean {
    return this.get_("removeWhenEdited");
  }

  private pr(): Element {
    const pr = firstW(this.sdt, "sdtPr");
    if (pr) return pr;
    const created = this.sdt.ownerDocument!.createElementNS(NS.w, "w:sdtPr");
    this.sdt.insertBefore(created, this.sdt.firstChild);
    return created;
  }

  private setPr(local: "tag" | "alias" | "lock", v: string | null): void {
    const pr = this.pr();
    let el = firstW(pr, local);
    if (v === null) {
      if (el) pr.removeChild(el);
    } else {
      if (!el) {
        el = pr.ownerDocument!.createElementNS(NS.w, `w:${local}`);
        // w:alias, w:tag and w:lock come right after w:rPr, before w:id, in the schema.
        const anchor = firstW(pr, "id") ?? firstW(pr, "placeholder") ?? pr.firstChild;
        pr.insertBefore(el, local === "lock" ? anchor : anchor);
      }
      el.setAttributeNS(NS.w, "w:val", v);
    }
    this.store.markDirty(this.sdt);
  }

  private setW15(local: string, v: string | null, attr = "w15:val"): void {
    const w15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    const pr = this.pr();
    let el: Element | null = null;
    for (let c = pr.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1 && (c as Element).namespaceURI === w15 && (c as Element).localName === local)
        el = c as Element;
    }
    if (v === null) {
      if (el) pr.removeChild(el);
    } else {
      if (!el) {
        el = pr.ownerDocument!.createElementNS(w15, `w15:${local}`);
        pr.appendChild(el);
      }
      if (attr.startsWith("w:")) el.setAttributeNS(NS.w, attr, v);
      else el.setAttributeNS(w15, attr, v);
    }
    this.store.markDirty(this.sdt);
  }

  private setLock(edit: boolean, del: boolean): void {
    const v = edit && del ? "sdtContentLocked" : edit ? "contentLocked" : del ? "sdtLocked" : null;
    this.setPr("lock", v);
  }

  override getRange(location?: string): SimRange {
    return this.derive(() => {
      const part = location === "Start" || location === "End" ? location : "Content";
      const r = new SimRange(this.context, { kind: "cc", sdt: this.sdt, part });
      return r.target!;
    });
  }

  protected override breakLocations(): readonly string[] {
    return ["Start", "End", "Before", "After"];
  }

  protected override insertNow(text: string, location: string, literalVt = false): Target {
    if (this.propsNow().cannotEdit) throw new SimError("AccessDenied", "The content control can't be edited.");
    const st = this.store;
    const loc = st.locateSdt(this.sdt);
    if (!loc) throw new SimError("ItemNotFound", "The content control no longer exists.");
    if (loc.from !== loc.to)
      throw new SimError("NotImplemented", "Writing a multi-paragraph control is not simulated.");
    const p = this.pEl(loc.from);
    if (location === "Replace") dropCoveredBookmarks(st, { pa: loc.from, sa: loc.start, pb: loc.to, sb: loc.end });
    const content = firstW(this.sdt, "sdtContent")!;
    const anyRun = content.getElementsByTagNameNS(NS.w, "r")[0] as Element | undefined;
    const doc = p.ownerDocument!;
    let s: number;
    let e: number;
    if (location === "Replace" && loc.start === loc.end) {
      while (content.firstChild) content.removeChild(content.firstChild);
      if (text) content.appendChild(st.trackedInsert(content, makeRun(doc as never, anyRun ?? null, text, literalVt)));
      [s, e] = st.logEdit(p, loc.start, loc.end, text.length);
    } else if (location === "Replace") {
      [s, e] = st.replace(p, loc.start, loc.end, text, literalVt);
    } else if (location === "Start" || location === "End") {
      const run = st.trackedInsert(content, makeRun(doc as never, anyRun ?? null, text, literalVt));
      content.insertBefore(run, location === "Start" ? content.firstChild : null);
      const at = location === "Start" ? loc.start : loc.end;
      [s, e] = st.logEdit(p, at, at, text.length);
    } else {
      const r = collapse(this.resolvedWhole(), location);
      [s, e] = st.replace(p, r.sa, r.sa, text, literalVt);
    }
    st.markSdtEdited(this.sdt);
    return { kind: "span", a: st.pos(p, s), b: st.pos(p, e) };
  }

  private resolvedWhole(): Resolved {
    const loc = this.store.locateSdt(this.sdt)!;
    return { pa: loc.from, sa: loc.start, pb: loc.to, sb: loc.end };
  }

  override delete(keepContent?: boolean): void {
    this.op(() => {
      if (typeof keepContent !== "boolean") throw new SimError("InvalidArgument", "delete needs keepContent.");
      if (this.propsNow().cannotDelete) throw new SimError("AccessDenied", "The content control can't be deleted.");
      this.store.deleteSdt(this.sdt, keepContent);
    }, true);
  }
}

import { sdtProps as sdtPropsOf } from "../../docx/sdt";

export class SimBody extends SimRange {
  constructor(
    context: SimContext,
    readonly story: Story,
  ) {
    super(context, { kind: "story", story, part: "Whole" });
  }

  protected override scalars(): readonly string[] {
    return ["text", "style", "styleBuiltIn"];
  }

  protected override breakLocations(): readonly string[] {
    return ["Start", "End"];
  }

  private shapesNav: SimShapeCollection | undefined;

  /** The shapes anchored in the body (WordApiDesktop 1.2, desktop only; see `shapes.ts`). */
  get shapes(): SimShapeCollection {
    this.shapesNav ??= new SimShapeCollection(this.context, (story) => new SimBody(this.context, story));
    return this.shapesNav;
  }

  protected override paragraphList(): Element[] {
    return this.store
      .paragraphs()
      .filter((x) => x.story === this.story)
      .map((x) => x.p);
  }

  protected override controlFilter(): (c: IndexedSdt) => boolean {
    const paras = this.store.paragraphs();
    return (c) => paras[c.paragraph]?.story === this.story;
  }
}

export class SimRangeCollection extends SimCollection<SimRange> {
  getFirst(): SimRange {
    return this.pick(true);
  }
  getFirstOrNullObject(): SimRange {
    this.needs("1.3", "getFirstOrNullObject");
    return this.pick(false);
  }

  private pick(throwIfNone: boolean): SimRange {
    const out = new SimRange(this.context);
    out.nullObject = undefined;
    this.op(() => {
      const first = this.all()[0];
      if (!first && throwIfNone) throw new SimError("ItemNotFound", "The requested item was not found.");
      out.target = first?.target;
      out.nullObject = !first;
    });
    return out;
  }
}

export class SimParagraphCollection extends SimCollection<SimParagraph> {
  getFirst(): SimParagraph {
    return this.pick((l) => l[0], true);
  }
  getLast(): SimParagraph {
    return this.pick((l) => l[l.length - 1], true);
  }
  getFirstOrNullObject(): SimParagraph {
    this.needs("1.3", "getFirstOrNullObject");
    return this.pick((l) => l[0], false);
  }

  private pick(which: (l: SimParagraph[]) => SimParagraph | undefined, throwIfNone: boolean): SimParagraph {
    const holder = new SimParagraph(this.context, null);
    this.op(() => {
      const p = which(this.all());
      if (!p && throwIfNone) throw new SimError("ItemNotFound", "The requested item was not found.");
      holder.bind(p?.p ?? null);
    });
    return holder;
  }
}

export class SimContentControlCollection extends SimCollection<SimContentControl> {
  private scope: (() => (c: IndexedSdt) => boolean) | undefined;

  /**
   * Tells a live collection which of the document's controls it holds, so a lookup by tag or id can look only
   * at the controls of that tag or id.
   */
  within(scope: () => (c: IndexedSdt) => boolean): this {
    this.scope = scope;
    return this;
  }

  /** The items whose tag (or id) is `key`, in order; null when the whole list must be read instead. */
  private lookup(kind: "tag" | "id", key: string): SimContentControl[] | null {
    // A loaded collection shows its list as of the last operation on it, so that list is read afresh as before.
    if (!this.scope || !this.itemFor || this.itemsLoaded) return null;
    const inside = this.scope();
    const itemFor = this.itemFor;
    return this.store
      .controlsBy(kind, key)
      .filter(inside)
      .map((c) => itemFor(c.el));
  }

  private get store() {
    return this.context.core.store;
  }

  private filtered(pred: (c: SimContentControl) => boolean): SimContentControlCollection {
    const out = new SimContentControlCollection(this.context);
    this.op(() => out.resolveItems(this.all().filter(pred)));
    return out;
  }

  getByTag(tag: string): SimContentControlCollection {
    const out = new SimContentControlCollection(this.context);
    this.op(() =>
      out.resolveItems(this.lookup("tag", String(tag)) ?? this.all().filter((c) => sdtPropsOf(c.sdt).tag === tag)),
    );
    return out;
  }
  getByTitle(title: string): SimContentControlCollection {
    return this.filtered((c) => sdtPropsOf(c.sdt).title === title);
  }
  getByTypes(types: string[]): SimContentControlCollection {
    this.needs("1.3", "getByTypes");
    return this.filtered((c) => types.includes(sdtPropsOf(c.sdt).type));
  }

  private pick(which: (l: SimContentControl[]) => SimContentControl | undefined, throwIfNone: boolean) {
    const out = new SimContentControl(this.context);
    out.nullObject = undefined;
    this.op(() => {
      const c = which(this.all());
      if (!c && throwIfNone) throw new SimError("ItemNotFound", "The requested content control was not found.");
      out.target = c?.target;
      out.nullObject = !c;
    });
    return out;
  }

  getById(id: number): SimContentControl {
    return this.pickById(id, true);
  }
  getByIdOrNullObject(id: number): SimContentControl {
    this.needs("1.3", "getByIdOrNullObject");
    return this.pickById(id, false);
  }

  private pickById(id: number, throwIfNone: boolean): SimContentControl {
    const out = new SimContentControl(this.context);
    out.nullObject = undefined;
    this.op(() => {
      const hits = this.lookup("id", String(id));
      const c = hits ? hits[0] : this.all().find((x) => sdtPropsOf(x.sdt).id === String(id));
      if (!c && throwIfNone) throw new SimError("ItemNotFound", "The requested content control was not found.");
      out.target = c?.target;
      out.nullObject = !c;
    });
    return out;
  }
  getFirst(): SimContentControl {
    return this.pick((l) => l[0], true);
  }
  getFirstOrNullObject(): SimContentControl {
    this.needs("1.3", "getFirstOrNullObject");
    return this.pick((l) => l[0], false);
  }
}
