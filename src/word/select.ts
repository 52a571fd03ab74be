/**
 * Selection: putting Word's selection on a blank (1 sync when a chain of first-match searches reaches it, 2 when
 * its paragraph repeats earlier in its part) or on a paragraph, and reading the user's selection as a span.
 */
import type { UserSpan } from "../core/types";
import { WordFailure } from "./errors";
import { ANCHOR_TAG_PREFIX, locator, partOf } from "./model";
import { partBody, queueLocate } from "./reach";
import type { GatewaySession } from "./session";

export async function selectBlank(session: GatewaySession, blankId: string): Promise<void> {
  const m = session.requireModel();
  const b = m.blanks.get(blankId);
  if (!b) throw new WordFailure("ItemNotFound", `no blank ${blankId}`);
  const part = partOf(m, b.paragraph);
  await session.run(async (context) => {
    if (b.how === "anchor") {
      partBody(context, part.name)
        .contentControls.getByTag(ANCHOR_TAG_PREFIX + b.id)
        .getFirst()
        .select();
      await context.sync();
      return;
    }
    if (b.how === "control" && b.contentControlId) {
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
    await context.sync();
    const chosen = sel.text;
    if (!chosen || paragraphs.items.length !== 1) return null;
    const text = paragraphs.items[0].text;
    const start = prefix.text.length;
    const end = start + chosen.length;
    if (text.slice(start, end) !== chosen) return null;
    const paragraph = m.texts.indexOf(text);
    if (paragraph < 0) return null;
    return { paragraph, start, end };
  });
}
