/**
 * Selection: putting Word's selection on a blank (1 sync when a chain of first-match searches reaches it, 2 when
 * its paragraph repeats earlier in its part) or on a paragraph, and reading the user's selection as a span.
 */
import { restoreOriginal } from "../core/restore";
import type { Decisions, UserSpan } from "../core/types";
import { WordFailure } from "./errors";
import { matchStarts, SEARCH_LIMIT, wordSearchText } from "./locate";
import { heldBlanks, locator, partOf, type Model } from "./model";
import { anchorControls, partBody, queueLocate } from "./reach";
import type { GatewaySession } from "./session";
import type { SavedState } from "./types";

export async function selectBlank(session: GatewaySession, blankId: string): Promise<void> {
  const m = session.requireModel();
  const b = m.blanks.get(blankId);
  if (!b) throw new WordFailure("ItemNotFound", `no blank ${blankId}`);
  const part = partOf(m, b.paragraph);
  await session.run(async (context) => {
    if (b.anchor?.kind === "control") {
      anchorControls(context, m, b).getFirst().select();
      await context.sync();
      return;
    }
    if (b.anchor?.kind === "bookmark") {
      context.document.getBookmarkRange(b.anchor.name).select();
      await context.sync();
      return;
    }
    if (b.source === "contentControl" && b.contentControlId) {
      context.document.contentControls.getById(Number(b.contentControlId)).select();
      await context.sync();
      return;
    }
    const loc = locator(m.texts, part);
    const chain = loc.firstMatchChain(b.paragraph - part.offset, b.start, b.end);
    if (chain) {
      let range = partBody(context, part.name).search(chain[0], { matchCase: true }).getFirst();
      for (const s of chain.slice(1)) range = range.search(s, { matchCase: true }).getFirst();
      range.select();
      await context.sync();
      return;
    }
    // The same text stands earlier in the part (a repeated paragraph): learn the match positions first.
    const resolve = queueLocate(context, m, [b], false);
    await context.sync();
    const range = resolve()[0].range();
    if (!range) throw new WordFailure("ItemNotFound", `blank ${blankId} moved`);
    range.select();
    await context.sync();
  });
}

/**
 * The selection at a whole paragraph of the last scan (a guidance note, a numbering slip): 2 syncs, the first
 * checking that the paragraph still reads as it did, so the selection never lands on another one.
 */
export async function selectParagraph(session: GatewaySession, paragraph: number): Promise<void> {
  const m = session.requireModel();
  if (!Number.isInteger(paragraph)) throw new WordFailure("InvalidArgument", `no paragraph ${String(paragraph)}`);
  const part = partOf(m, paragraph);
  const expected = m.texts[paragraph];
  await session.run(async (context) => {
    const paragraphs = partBody(context, part.name).paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const items = paragraphs.items;
    // Paragraphs added or removed shift every index after them: the one at this index may be another.
    const target = items.length === part.count ? items[paragraph - part.offset] : undefined;
    if (!target || target.text !== expected) {
      throw new WordFailure("ItemNotFound", `paragraph ${paragraph} changed since the scan`);
    }
    target.select();
    await context.sync();
  });
}

/** Word's answers to `part.compareLocationWith(selection)` meaning the selection stands in that part. */
const HOLDS = new Set(["Equal", "Contains", "ContainsStart", "ContainsEnd"]);

/**
 * The user's selection as a span of one paragraph of the last scan. Its paragraph is known by its text; when that
 * text stands several times (a repeated heading, a template pasted twice), a second sync counts its occurrences
 * from the part's start to the selection, which names the copy. Null whenever that cannot be told for sure.
 */
export async function selectionSpan(session: GatewaySession): Promise<UserSpan | null> {
  const m = session.requireModel();
  return session.run(async (context) => {
    const sel = context.document.getSelection();
    sel.load("text");
    // A navigation to a collection proxy, loaded on the next line: nothing is read before the sync.
    // eslint-disable-next-line office-addins/load-object-before-read
    const paragraphs = sel.getRange("Whole").paragraphs;
    paragraphs.load("items/text");
    const prefix = paragraphs.getFirst().getRange("Start").expandTo(sel.getRange("Start"));
    prefix.load("text");
    // Different stories compare as "Unrelated": this says which part holds the selection without reading it.
    const holds = m.parts.map((part) =>
      part.count > 0 ? partBody(context, part.name).getRange("Whole").compareLocationWith(sel) : null,
    );
    await context.sync();
    const chosen = sel.text;
    if (!chosen || paragraphs.items.length !== 1) return null;
    const text = paragraphs.items[0].text;
    const start = prefix.text.length;
    const end = start + chosen.length;
    if (text.slice(start, end) !== chosen) return null;
    const inParts = m.parts.filter((_, i) => HOLDS.has(holds[i]?.value ?? ""));
    const part = inParts.length === 1 ? inParts[0] : null;
    const candidates: number[] = [];
    const from = part ? part.offset : 0;
    const to = part ? part.offset + part.count : m.texts.length;
    for (let i = from; i < to; i++) if (m.texts[i] === text) candidates.push(i);
    const span = (paragraph: number): UserSpan => ({ paragraph, start, end });
    if (candidates.length === 1) return span(candidates[0]);
    if (candidates.length === 0 || !part) return null;
    const piece = searchablePrefix(text);
    const found = partBody(context, part.name)
      .getRange("Start")
      .expandTo(sel.getRange("Start"))
      .search(wordSearchText(piece), { matchCase: true });
    found.load("items/text");
    await context.sync();
    // Matches before the selection: those in the paragraphs above, then those in its own text up to the start.
    const own = matchStarts(text.slice(0, start), piece).length;
    let before = 0;
    let at = part.offset;
    for (const c of candidates) {
      for (; at < c; at++) before += matchStarts(m.texts[at], piece).length;
      if (before + own === found.items.length) return span(c);
    }
    return null;
  });
}

/** The longest start of `text` Word can search for. */
function searchablePrefix(text: string): string {
  let n = Math.min(text.length, SEARCH_LIMIT);
  while (n > 1 && wordSearchText(text.slice(0, n)).length > SEARCH_LIMIT) n--;
  return text.slice(0, n);
}

const sameSpan = (a: UserSpan, b: UserSpan): boolean =>
  a.paragraph === b.paragraph && a.start === b.start && a.end === b.end && a.label === b.label;

/**
 * Decisions to save, each newly added span moved from its paragraph's current text to that paragraph's original
 * text, once (the values standing in it taken out): spans are kept there so later values do not move them. The
 * model's spans are what Word read back at the last scan or write, so the mapping is by Word's own text.
 */
export function addedInOriginal(m: Model | null, anchors: SavedState["anchors"], saved: Decisions, next: Decisions) {
  if (!m) return next;
  const held = heldBlanks(m, anchors).filter((h) => !h.empty);
  const added = next.added.map((u) => {
    if (saved.added.some((s) => sameSpan(s, u))) return u;
    const text = m.texts[u.paragraph];
    if (text === undefined) return u;
    const restored = restoreOriginal(
      text,
      held.filter((h) => h.paragraph === u.paragraph),
    );
    return { ...u, start: restored.toOriginal(u.start), end: restored.toOriginal(u.end) };
  });
  return { ...next, added };
}
