/**
 * Reaching blanks in a batch: by their anchors (a content control by tag, a hidden bookmark by name, the user's own
 * control by id) with no read needed first, and, for blanks without an anchor, by literal search checked against
 * the paragraph texts read in the same sync.
 */
import { anchorTag } from "./anchors";
import { PartLocator, type SearchStep, type Target } from "./locate";
import { shapeId } from "./shapes";
import { currentText, locator, partOf, type BlankInfo, type Model, type PartInfo, type PartName } from "./model";

export function partBody(context: Word.RequestContext, name: PartName): Word.Body {
  if (name === "body") return context.document.body;
  // A text box read at the scan held text; its body is its story, never one made by asking (see `shapes.ts`).
  const shape = shapeId(name);
  if (shape !== null) return context.document.body.shapes.getById(shape).body;
  const section = context.document.sections.getFirst();
  return name === "header" ? section.getHeader("Primary") : section.getFooter("Primary");
}

/**
 * The match of a search step once the search was read: the step's `index`-th match of `found` when Word found
 * exactly the `count` matches the paragraph texts hold (else `agrees` is false: Word's search and the text disagree,
 * and the k-th match may be another place) and it reads as the step's text.
 */
export function matchOf(
  found: Word.RangeCollection,
  step: SearchStep,
  count: number,
): { agrees: boolean; item: Word.Range | null } {
  if (found.items.length !== count) return { agrees: false, item: null };
  const item = found.items[step.index];
  return { agrees: true, item: item && item.text === step.raw ? item : null };
}

export interface Located {
  blank: BlankInfo;
  /** Resolved after the read sync; null when the blank is no longer where it was. */
  range: () => Word.Range | null;
  /**
   * Its paragraph reads now exactly as the model says. A write needs this, not just the blank in place: the
   * spacing of the value is taken from the model's text of the paragraph.
   */
  paragraphAsScanned: boolean;
  /**
   * The blank's highlight as loaded with the read (when asked for): null for none, '' for a mix. A span reached in
   * two pieces reads as one colour only when both pieces read it (together they cover any blank up to 510
   * characters; a longer one's middle is not read).
   */
  highlight: () => string | null;
  /**
   * Word's search found another number of matches than the paragraph texts hold (a no-break space read as a
   * space, a field inside the text): this blank cannot be reached by search at all, only filled by hand.
   */
  disagrees?: boolean;
  /** A row of digit-box cells: where each box's text goes (their paragraphs read empty now, as at the scan). */
  boxes?: () => Word.Range[];
}

/**
 * Queue, in `context`, what is needed to reach blanks that have no anchor: the current paragraph texts of their
 * parts and one search per distinct piece of text. Call `resolve` after the sync. A blank is reached only when its
 * paragraph reads as the model says up to the blank, the blank holds the expected text, and Word found exactly as
 * many matches of each piece as the model counts (NBSP read as a space, a field inside the text, deleted tracked
 * text: where Word's search and the text disagree, the k-th match may be another blank).
 */
export function queueLocate(context: Word.RequestContext, m: Model, blanks: BlankInfo[], loadFont: boolean) {
  const partReads = new Map<PartName, { body: Word.Body; paragraphs: Word.ParagraphCollection }>();
  const bodyOf = (part: PartInfo) => {
    let r = partReads.get(part.name);
    if (!r) {
      const body = partBody(context, part.name);
      const paragraphs = body.paragraphs;
      paragraphs.load("items/text");
      r = { body, paragraphs };
      partReads.set(part.name, r);
    }
    return r;
  };
  const searches = new Map<string, Word.RangeCollection>();
  const searchFor = (part: PartInfo, step: SearchStep) => {
    const key = `${part.name}\u0000${step.search}`;
    let s = searches.get(key);
    if (!s) {
      s = bodyOf(part).body.search(step.search, { matchCase: true });
      s.load(loadFont ? "items/text,items/font/highlightColor" : "items/text");
      searches.set(key, s);
    }
    return s;
  };
  const targets = new Map<string, Target>();
  const planners = new Map<PartName, PartLocator>();
  // An empty blank (an empty table cell) has no text to search for: it is reached through its paragraph, which
  // must read empty now as it did at the scan.
  const empty = new Set<string>();
  for (const b of blanks) {
    const part = partOf(m, b.paragraph);
    if (b.start === b.end) {
      if (m.texts[b.paragraph] !== "") continue;
      bodyOf(part);
      empty.add(b.id);
      continue;
    }
    let planner = planners.get(part.name);
    if (!planner) planners.set(part.name, (planner = locator(m.texts, part)));
    const t = planner.target(b.paragraph - part.offset, b.start, b.end);
    if (!t) continue;
    targets.set(b.id, t);
    searchFor(part, t.first);
    if (t.last) searchFor(part, t.last);
  }
  return (): Located[] => {
    const current = m.texts.slice();
    for (const [name, r] of partReads) {
      const part = m.parts.find((p) => p.name === name)!;
      const items = r.paragraphs.items;
      if (items.length !== part.count) {
        // Paragraphs were added or removed: indices no longer line up with the scan, nothing is safe to write.
        for (let i = 0; i < part.count; i++) current[part.offset + i] = "\u0000";
      } else for (let i = 0; i < items.length; i++) current[part.offset + i] = items[i].text;
    }
    const locators = new Map<PartName, PartLocator>();
    const locOf = (part: PartInfo) => {
      let l = locators.get(part.name);
      if (!l) locators.set(part.name, (l = locator(current, part)));
      return l;
    };
    const nowhere = (b: BlankInfo): Located => ({
      blank: b,
      range: () => null,
      paragraphAsScanned: false,
      highlight: () => "",
    });
    return blanks.map((b): Located => {
      const part = partOf(m, b.paragraph);
      const expected = currentText(m, b);
      const now = current[b.paragraph];
      if (empty.has(b.id)) {
        const cells = b.boxes?.cells ?? [b.paragraph];
        if (cells.some((p) => current[p] !== "")) return nowhere(b);
        const items = partReads.get(part.name)!.paragraphs.items;
        const start = (p: number) => items[p - part.offset].getRange("Start");
        const located: Located = {
          blank: b,
          range: () => start(b.paragraph),
          paragraphAsScanned: true,
          highlight: () => "",
        };
        if (b.boxes?.cells) located.boxes = () => cells.map(start);
        return located;
      }
      const stillThere =
        now.slice(b.start, b.end) === expected && now.slice(0, b.start) === m.texts[b.paragraph].slice(0, b.start);
      if (!stillThere || !targets.has(b.id)) return nowhere(b);
      const loc = locOf(part);
      const fresh = loc.target(b.paragraph - part.offset, b.start, b.end);
      if (!fresh) return nowhere(b);
      let disagrees = false;
      const pick = (step: SearchStep) => {
        const s = searches.get(`${part.name}\u0000${step.search}`);
        if (!s || disagrees) return null;
        const match = matchOf(s, step, loc.count(step.raw));
        disagrees = !match.agrees;
        return match.item;
      };
      const first = pick(fresh.first);
      const last = fresh.last ? pick(fresh.last) : null;
      if (!first || (fresh.last && !last)) return { ...nowhere(b), disagrees };
      const colour = (): string | null => {
        if (!loadFont) return "";
        const a = first.font.highlightColor;
        return !last || last.font.highlightColor === a ? a : "";
      };
      return {
        blank: b,
        range: () => (last ? first.expandTo(last) : first),
        paragraphAsScanned: now === m.texts[b.paragraph],
        highlight: colour,
      };
    });
  };
}

/** Our content control of a blank, by its tag, in the part that holds it (a collection: empty when it is gone). */
export function anchorControls(context: Word.RequestContext, m: Model, b: BlankInfo): Word.ContentControlCollection {
  return partBody(context, partOf(m, b.paragraph).name).contentControls.getByTag(anchorTag(b.id));
}
