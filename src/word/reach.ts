/**
 * Reaching blanks in a batch. Everything needed to reach a set of blanks is queued in one request context (the
 * current paragraph texts of their parts, one search per distinct piece of text, anchors by tag, controls by id)
 * and resolved after the caller's sync: a blank is reached only when its paragraph still reads as the model
 * says up to the blank and the blank still holds the expected text.
 */
import { PartLocator, type SearchStep, type Target } from "./locate";
import {
  ANCHOR_TAG_PREFIX,
  expectedText,
  locator,
  partOf,
  type BlankInfo,
  type Model,
  type PartInfo,
  type PartName,
} from "./model";

export function partBody(context: Word.RequestContext, name: PartName): Word.Body {
  if (name === "body") return context.document.body;
  const section = context.document.sections.getFirst();
  return name === "header" ? section.getHeader("Primary") : section.getFooter("Primary");
}

export interface Located {
  blank: BlankInfo;
  /** Resolved after the read sync; null when the blank is no longer where it was. */
  range: () => Word.Range | null;
  control?: () => Word.ContentControl | null;
  /**
   * Reached by search and its paragraph reads now exactly as the model says. A write needs this, not just the
   * blank in place: the spacing of the value, and the surroundings a plain-text fill is found again by, are taken
   * from the model's text of the paragraph.
   */
  paragraphAsScanned?: boolean;
  /**
   * The blank's highlight as loaded with the read (when asked for): null for none, '' for a mix. A span reached in
   * two pieces reads as one colour only when both pieces read it (together they cover any blank up to 510
   * characters; a longer one's middle is not read).
   */
  highlight?: () => string | null;
}

/**
 * Queue, in `context`, what is needed to reach `blanks`: current paragraph texts of their parts, one search per
 * distinct piece, anchors by tag, controls by id. Call `resolve` after the sync.
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
  const anchorProps = loadFont ? "items/text,items/font/highlightColor" : "items/text";
  const anchors = new Map<string, Word.ContentControlCollection>();
  const controls = new Map<string, Word.ContentControl>();
  const targets = new Map<string, Target>();
  const planners = new Map<PartName, PartLocator>();
  for (const b of blanks) {
    const part = partOf(m, b.paragraph);
    if (b.how === "anchor") {
      const c = bodyOf(part).body.contentControls.getByTag(ANCHOR_TAG_PREFIX + b.id);
      // eslint-disable-next-line office-addins/no-empty-load -- the rule cannot see through the variable
      c.load(anchorProps);
      anchors.set(b.id, c);
    } else if (b.how === "control" && b.contentControlId) {
      const c = context.document.contentControls.getByIdOrNullObject(Number(b.contentControlId));
      // eslint-disable-next-line office-addins/no-navigational-load -- cannotEdit is a scalar property
      c.load("text,cannotEdit");
      controls.set(b.id, c);
    } else {
      let planner = planners.get(part.name);
      if (!planner) planners.set(part.name, (planner = locator(m.texts, part)));
      const t = planner.target(b.paragraph - part.offset, b.start, b.end);
      if (!t) continue;
      targets.set(b.id, t);
      searchFor(part, t.first);
      if (t.last) searchFor(part, t.last);
    }
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
    return blanks.map((b): Located => {
      const part = partOf(m, b.paragraph);
      if (b.how === "anchor") {
        const expected = expectedText(m, b);
        const cc = anchors.get(b.id)!.items.find((c) => c.text === expected) ?? null;
        return {
          blank: b,
          range: () => (cc ? cc.getRange("Content") : null),
          control: () => cc,
          highlight: () => (cc && loadFont ? cc.font.highlightColor : ""),
        };
      }
      if (b.how === "control") {
        const cc = controls.get(b.id);
        const ok = cc && !cc.isNullObject;
        return { blank: b, range: () => (ok ? cc.getRange("Content") : null), control: () => (ok ? cc : null) };
      }
      const expected = expectedText(m, b);
      const now = current[b.paragraph];
      const stillThere =
        now.slice(b.start, b.end) === expected && now.slice(0, b.start) === m.texts[b.paragraph].slice(0, b.start);
      const t = targets.get(b.id);
      if (!stillThere || !t) return { blank: b, range: () => null };
      const fresh = locOf(part).target(b.paragraph - part.offset, b.start, b.end);
      if (!fresh) return { blank: b, range: () => null };
      const pick = (step: SearchStep) => {
        const s = searches.get(`${part.name}\u0000${step.search}`);
        const item = s?.items[step.index];
        return item && item.text === step.raw ? item : null;
      };
      const first = pick(fresh.first);
      const last = fresh.last ? pick(fresh.last) : null;
      if (!first || (fresh.last && !last)) return { blank: b, range: () => null };
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
