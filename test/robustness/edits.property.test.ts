/**
 * Never write into a place whose text is not the blank expected, whatever the user does in Word meanwhile.
 * Random documents; random sequences of fills, changes and clears through the gateway, interleaved with the user
 * editing the text around the blanks (no-break spaces among what is typed), typing over blanks and filled values,
 * adding and deleting paragraphs, Track Changes turned on, Word failing a batch part-way or failing its OOXML read,
 * and rescans. The test keeps its own model of each paragraph (literal text and blank slots) and after every write
 * checks that:
 * - every blank asked for is reported written, cleared or moved, none failed;
 * - a blank the user typed over since the last scan is never written;
 * - every paragraph reads its literal text exactly, each written blank holding its value (a space of spacing on
 *   either side at most), each cleared one its original characters, every other slot what it held;
 * - a rescan reads back every value still standing, or says that a fill was not found;
 * and that marking the empty blanks, and finalizing after the last scan, change no text, and finalizing leaves no
 * anchor behind, nor any mark unless the user typed over a marked blank (typed text takes the mark on, as in Word).
 */
import fc from "fast-check";
import type { Blank } from "../../src/core/types";
import type { Simulator } from "../../src/preview/sim";
import type { ScanOutcome, WordGateway } from "../../src/word/types";
import { propertyOptions, runs as propertyRuns } from "../properties";
import { ANCHOR_TAG_PREFIX } from "../../src/word/gateway";
import { documentXml, open } from "../word/helpers";
import { doc, platforms, WORDS } from "./arbitraries";
import { buildDocx } from "./docgen";

const CASES = propertyRuns(60);

/** Values with no word the user types in them, so a value found where the user's text was is a wrong write. */
const VALUES = ["Nguyễn Văn A", "45", "Hòa Bình", "12/2017", "a^b<c>*?@[x]", "dòng 1\ndòng 2", "x\ty", "🙂 Tiến"];

interface Slot {
  id: string;
  original: string;
  /** What stands in the document for the blank now. */
  text: string;
}
type Piece = string | Slot;

type Step =
  | { kind: "write"; picks: Array<{ slot: number; value: string | null }> }
  /** The user's typing; a word may end in a no-break space (read as U+202F on the web, a space on the desktop). */
  | { kind: "edit"; paragraph: number; at: number; length: number; text: string }
  | { kind: "typeOver"; slot: number; cut: number; text: string }
  | { kind: "paragraph"; at: number; insert: string | null }
  | { kind: "mark"; on: boolean }
  /** Word fails the next write batch after this many document-changing operations (those before it applied). */
  | { kind: "fault"; after: number }
  /** The OOXML read fails (GeneralException) for the next rescan. */
  | { kind: "ooxml" }
  /** Track Changes goes on: from here every write, ours and the user's, is a revision. */
  | { kind: "tracking" }
  | { kind: "rescan" };

const word = fc.constantFrom(...WORDS);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(fc.record({ slot: fc.nat(), value: fc.option(fc.constantFrom(...VALUES), { nil: null }) }), {
        minLength: 1,
        maxLength: 3,
      })
      .map((picks): Step => ({ kind: "write", picks })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        paragraph: fc.nat(),
        at: fc.nat(),
        length: fc.nat({ max: 6 }),
        text: fc.option(word, { nil: "" }),
        nbsp: fc.boolean(),
      })
      .map(({ nbsp, ...e }): Step => ({ kind: "edit", ...e, text: e.text ? e.text + (nbsp ? "\u00a0" : " ") : "" })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ slot: fc.nat(), cut: fc.nat(), text: fc.option(word, { nil: "" }) })
      .map((t): Step => ({ kind: "typeOver", ...t })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ at: fc.nat(), insert: fc.option(fc.array(word, { minLength: 1, maxLength: 3 }), { nil: null }) })
      .map((e): Step => ({ kind: "paragraph", at: e.at, insert: e.insert ? e.insert.join(" ") : null })),
  },
  { weight: 1, arbitrary: fc.boolean().map((on): Step => ({ kind: "mark", on })) },
  { weight: 1, arbitrary: fc.nat({ max: 12 }).map((after): Step => ({ kind: "fault", after })) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: "ooxml" }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: "tracking" }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: "rescan" }) },
);

const render = (pieces: Piece[]): string => pieces.map((p) => (typeof p === "string" ? p : p.text)).join("");
const normalised = (v: string): string => v.normalize("NFC").replace(/\r\n|\r|\n/g, "\v");
/** A no-break space as a space: the desktop reads one so, the web as U+202F (oj#67). */
const nbsp = (text: string): string => text.replace(/[\u00a0\u202f]/g, " ");
const escape = (s: string): string => nbsp(s).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The document as this test knows it: each paragraph as literal text and the blanks a scan found in it. */
interface Doc {
  paragraphs: Piece[][];
  /** Body paragraphs outside tables: where the user adds and removes whole paragraphs. */
  plain: boolean[];
  /** Paragraphs added (+1) or deleted (-1) since the scan. */
  added: number;
  /** Paragraphs of the main document (not a header or footer), as scanned. */
  main: boolean[];
  /** The user changed something since the scan. */
  edited: boolean;
}

function docOf(outcome: ScanOutcome): Doc {
  return {
    paragraphs: modelOf(outcome),
    plain: outcome.snapshot.paragraphs.map((p) => p.location === "body"),
    added: 0,
    main: outcome.snapshot.paragraphs.map((p) => p.location === "body" || p.location === "table"),
    edited: false,
  };
}

function modelOf(outcome: ScanOutcome): Piece[][] {
  const texts = outcome.snapshot.paragraphs.map((p) => p.text);
  const byParagraph = new Map<number, Blank[]>();
  for (const b of outcome.result.blanks) {
    if (b.readOnly || b.source !== "text") continue;
    byParagraph.set(b.paragraph, [...(byParagraph.get(b.paragraph) ?? []), b]);
  }
  return texts.map(nbsp).map((text, p) => {
    const pieces: Piece[] = [];
    let at = 0;
    for (const b of (byParagraph.get(p) ?? []).sort((x, y) => x.start - y.start)) {
      if (b.start > at) pieces.push(text.slice(at, b.start));
      pieces.push({ id: b.id, original: b.original, text: text.slice(b.start, b.end) });
      at = b.end;
    }
    if (at < text.length) pieces.push(text.slice(at));
    return pieces;
  });
}

const slotsOf = (model: Piece[][]): Array<{ paragraph: number; slot: Slot }> =>
  model.flatMap((pieces, paragraph) => pieces.flatMap((p) => (typeof p === "string" ? [] : [{ paragraph, slot: p }])));

/** Adjacent literal pieces as one, so offsets inside literal text are easy to reason about. */
function merged(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p === "") continue;
    if (typeof p === "string" && typeof out[out.length - 1] === "string") out[out.length - 1] += p;
    else out.push(p);
  }
  return out;
}

/**
 * The user edits literal text, never the character right next to a blank (that would change how the blank reads
 * or is spaced, which is the typing-over case): deletes `length` characters at `at` and types `text`. Says whether
 * the edit was between two blanks (which may then read as one).
 */
function userEdit(sim: Simulator, model: Piece[][], e: Extract<Step, { kind: "edit" }>): boolean {
  const p = e.paragraph % model.length;
  const pieces = model[p];
  const spots: Array<{ piece: number; from: number; to: number; offset: number }> = [];
  let offset = 0;
  pieces.forEach((piece, i) => {
    const len = typeof piece === "string" ? piece.length : piece.text.length;
    if (typeof piece === "string") {
      const from = i > 0 ? 1 : 0;
      const to = i < pieces.length - 1 ? len - 1 : len;
      if (to >= from) spots.push({ piece: i, from, to, offset });
    }
    offset += len;
  });
  if (spots.length === 0) return false;
  const spot = spots[e.at % spots.length];
  const start = spot.from + (Math.floor(e.at / spots.length) % (spot.to - spot.from + 1));
  const end = Math.min(spot.to, start + e.length);
  if (end === start && e.text === "") return false;
  const literal = pieces[spot.piece] as string;
  pieces[spot.piece] = literal.slice(0, start) + e.text + literal.slice(end);
  sim.editParagraphText(p, spot.offset + start, spot.offset + end, e.text);
  model[p] = merged(pieces);
  return spot.piece > 0 && spot.piece < pieces.length - 1;
}

/**
 * The user adds a paragraph of words after a body paragraph, or deletes one with whatever it held: paragraph
 * indices shift under every blank after it. Between two scans the user either adds or deletes: one of each leaves
 * the count as it was, and a paragraph deleted and another added further down reads exactly like the lines between
 * them edited, which no text-only reading can tell apart (Word before WordApi 1.6 gives paragraphs no identity).
 */
function paragraphEdit(sim: Simulator, d: Doc, spoiled: Set<string>, e: Extract<Step, { kind: "paragraph" }>): void {
  const plain = d.plain.flatMap((ok, i) => (ok ? [i] : []));
  if (plain.length === 0) return;
  if (e.insert !== null) {
    if (d.added < 0) return;
    const after = plain[e.at % plain.length];
    sim.insertParagraph(after, e.insert);
    d.paragraphs.splice(after + 1, 0, [e.insert]);
    d.plain.splice(after + 1, 0, true);
    d.added++;
    return;
  }
  // A body keeps at least one paragraph of its own.
  if (plain.length < 2 || d.added > 0) return;
  const gone = plain[e.at % plain.length];
  sim.deleteParagraph(gone);
  for (const p of d.paragraphs[gone]) if (typeof p !== "string") spoiled.add(p.id);
  d.paragraphs.splice(gone, 1);
  d.plain.splice(gone, 1);
  d.added--;
}

/** The user types over part or all of a blank or a filled value: it is no blank of ours any more until a rescan. */
function typeOver(
  sim: Simulator,
  model: Piece[][],
  spoiled: Set<string>,
  t: Extract<Step, { kind: "typeOver" }>,
): void {
  const all = slotsOf(model);
  if (all.length === 0) return;
  const { paragraph, slot } = all[t.slot % all.length];
  const pieces = model[paragraph];
  const i = pieces.indexOf(slot);
  const offset = render(pieces.slice(0, i)).length;
  // Keep at least one character unless the whole blank is typed over: a cut of 0 replaces all of it.
  const cut = t.cut % (slot.text.length + 1);
  const end = cut === 0 ? slot.text.length : cut;
  const start = cut === 0 ? 0 : cut - 1;
  sim.editParagraphText(paragraph, offset + start, offset + end, t.text);
  pieces[i] = slot.text.slice(0, start) + t.text + slot.text.slice(end);
  model[paragraph] = merged(pieces);
  spoiled.add(slot.id);
}

async function write(
  gw: WordGateway,
  sim: Simulator,
  model: Piece[][],
  spoiled: Set<string>,
  picks: Extract<Step, { kind: "write" }>["picks"],
): Promise<{ written: Map<string, string | null>; moved: number; failed: number }> {
  const all = slotsOf(model);
  const spoiledIds = [...spoiled];
  // A pick past the slots still standing aims at one the user typed over: it must be skipped.
  const writes = new Map<string, string | null>();
  for (const p of picks) {
    const n = all.length + spoiledIds.length;
    if (n === 0) return { written: new Map(), moved: 0, failed: 0 };
    const k = p.slot % n;
    writes.set(k < all.length ? all[k].slot.id : spoiledIds[k - all.length], p.value);
  }
  const faulted = sim.options.failAfterWrites !== undefined;
  const report = await gw.apply([...writes].map(([blankId, value]) => ({ blankId, value })));
  sim.options.failAfterWrites = undefined;
  // Only a batch Word failed part-way reports values not written; each of those stands as it stood.
  if (!faulted) expect(report.failed).toEqual([]);
  const failed = report.failed.map((f) => f.blankId);
  // A blank that can hold no anchor, in a paragraph edited since the scan, is left for the user to fill by hand.
  const settled = [...report.written, ...report.cleared, ...report.moved, ...report.byHand, ...failed];
  expect(settled.sort()).toEqual([...writes.keys()].sort());
  // A typed-over blank the gateway still thinks empty may be "cleared" (nothing to do); it is never written.
  for (const id of report.written) expect(spoiled.has(id)).toBe(false);
  const written = new Map<string, string | null>();
  for (const id of report.written) written.set(id, normalised(writes.get(id)!));
  for (const id of report.cleared) if (!spoiled.has(id)) written.set(id, null);
  const texts = sim.paragraphTexts().map(nbsp);
  model.forEach((pieces, p) => {
    const slots: Slot[] = [];
    const pattern = pieces
      .map((piece) => {
        if (typeof piece === "string") return escape(piece);
        if (!written.has(piece.id)) return escape(piece.text);
        slots.push(piece);
        const v = written.get(piece.id);
        return v === null || v === undefined ? `(${escape(piece.original)})` : `( ?${escape(v)} ?)`;
      })
      .join("");
    const m = new RegExp(`^${pattern}$`).exec(texts[p]);
    if (!m) throw new Error(`paragraph ${p} reads ${JSON.stringify(texts[p])}; expected /^${pattern}$/`);
    slots.forEach((s, i) => (s.text = m[i + 1]));
  });
  return { written, moved: report.moved.length, failed: failed.length };
}

async function rescan(gw: WordGateway, model: Piece[][], values: Map<string, string>): Promise<ScanOutcome> {
  const outcome = await gw.scan();
  const notFound = new Set(outcome.notices.flatMap((n) => (n.type === "fill-not-found" ? [n.blankId] : [])));
  const byId = new Map(outcome.result.blanks.map((b) => [b.id, b]));
  for (const { slot } of slotsOf(model)) {
    const v = values.get(slot.id);
    if (v === undefined || notFound.has(slot.id)) continue;
    expect([slot.id, byId.get(slot.id)?.value]).toEqual([slot.id, v.replace(/\v/g, "\n")]);
  }
  return outcome;
}

test(
  `a write never lands on text that is not its blank, over ${CASES} documents edited under the form`,
  async () => {
    const counts = {
      steps: 0,
      written: 0,
      moved: 0,
      failed: 0,
      edits: 0,
      rescans: 0,
      notFound: 0,
      finalized: 0,
      marked: 0,
      tracked: 0,
    };
    await fc.assert(
      fc.asyncProperty(
        doc,
        fc.array(step, { minLength: 1, maxLength: 12 }),
        platforms,
        fc.boolean(),
        async (d, steps, platform, finalize) => {
          const { sim, gw } = await open(await buildDocx(d), platform);
          let known = docOf(await gw.scan());
          const spoiled = new Set<string>();
          // The value each slot holds in the document, as the gateway last wrote it.
          const values = new Map<string, string>();
          // Text the user types over a marked blank, or a line added after one (it takes the formatting of the
          // line it follows), carries the mark on, as Word's typing does: nothing tells it from a highlight the user
          // set, so it is left. So is a mark on one of two blanks an edit between them made read as one blank
          // (marked in part, as the user's own highlight can be). Other edits change only their paragraphs' ids.
          let markedThenTyped = false;
          let marked = false;
          for (const s of [...steps, { kind: "rescan" } as const]) {
            counts.steps++;
            if (s.kind === "write") {
              const { written, moved, failed } = await write(gw, sim, known.paragraphs, spoiled, s.picks);
              for (const [id, v] of written) {
                if (v === null) values.delete(id);
                else values.set(id, v);
              }
              counts.written += written.size;
              counts.moved += moved;
              counts.failed += failed;
            } else if (s.kind === "edit") {
              const between = userEdit(sim, known.paragraphs, s);
              known.edited = true;
              markedThenTyped ||= marked && between;
              counts.edits++;
            } else if (s.kind === "typeOver") {
              typeOver(sim, known.paragraphs, spoiled, s);
              known.edited = true;
              markedThenTyped ||= marked;
              counts.edits++;
            } else if (s.kind === "paragraph") {
              paragraphEdit(sim, known, spoiled, s);
              known.edited = true;
              markedThenTyped ||= marked;
              counts.edits++;
            } else if (s.kind === "fault") {
              sim.options.failAfterWrites = { count: s.after };
            } else if (s.kind === "ooxml") {
              sim.options.ooxmlFault = { code: "GeneralException" };
            } else if (s.kind === "tracking") {
              // The user's click in Word, not a write of the add-in's: a fault waiting for the next batch stays.
              const fault = sim.options.failAfterWrites;
              sim.options.failAfterWrites = undefined;
              await sim.Word.run(async (context) => {
                context.document.changeTrackingMode = "TrackAll";
                // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one user action per step
                await context.sync();
              });
              sim.options.failAfterWrites = fault;
              counts.tracked++;
            } else if (s.kind === "mark") {
              const texts = sim.paragraphTexts();
              sim.options.failAfterWrites = undefined;
              await gw.highlightEmpty(s.on);
              marked ||= s.on;
              expect(sim.paragraphTexts()).toEqual(texts);
              // Nothing changed since the scan and an empty blank in the main text: it now carries the mark.
              const empty = slotsOf(known.paragraphs).some(
                ({ paragraph, slot }) => known.main[paragraph] && slot.text === slot.original,
              );
              if (s.on && !known.edited && empty) {
                counts.marked++;
                expect(await documentXml(sim)).toMatch(/w:highlight w:val="cyan"/);
              }
            } else {
              sim.options.failAfterWrites = undefined;
              const outcome = await rescan(gw, known.paragraphs, values);
              sim.options.ooxmlFault = undefined;
              counts.rescans++;
              counts.notFound += outcome.notices.filter((n) => n.type === "fill-not-found").length;
              known = docOf(outcome);
              spoiled.clear();
              const held = new Map(outcome.result.blanks.flatMap((b) => (b.value === null ? [] : [[b.id, b.value]])));
              values.clear();
              for (const [id, v] of held) values.set(id, normalised(v));
            }
          }
          if (finalize) {
            // Sending the report: every trace of the add-in goes, the text stays exactly as it reads.
            const texts = sim.paragraphTexts();
            await gw.finalize();
            counts.finalized++;
            expect(sim.paragraphTexts()).toEqual(texts);
            const xml = await documentXml(sim);
            expect(xml).not.toContain(ANCHOR_TAG_PREFIX);
            // A marked blank written under Track Changes leaves its dots as a deleted revision, mark and all: it
            // goes when the revisions are accepted.
            const current = xml.replace(/<w:del\b[\s\S]*?<\/w:del>/g, "");
            if (!markedThenTyped) expect(current).not.toMatch(/w:highlight w:val="cyan"/);
          }
        },
      ),
      propertyOptions(CASES),
    );
    console.info(
      `edits.property: ${CASES} documents, ${counts.steps} steps, ${counts.edits} edits, ${counts.written} blanks ` +
        `written or cleared, ${counts.moved} skipped as moved, ${counts.failed} not written when Word failed part-way, ` +
        `${counts.rescans} rescans, ` +
        `${counts.notFound} fills reported not found, ${counts.marked} markings checked, ${counts.finalized} finalized, ` +
        `${counts.tracked} with Track Changes turned on`,
    );
  },
  120_000 * Math.max(1, CASES / 200),
);
