/**
 * Reading the document for a scan: every part's paragraphs (text, heading style, table nesting), its content
 * controls and its OOXML in one sync. Word gives every section a primary header and footer (empty when the file has
 * none), so one sync reads all three parts. Where each control stands comes from the OOXML when it agrees with what
 * Word listed (same paragraphs, same controls in the same order); otherwise a second sync reads each control's
 * paragraph and offset (with the controls of every repeated paragraph that may hold one, so a control in a copy of
 * a paragraph is put in the right copy).
 */
import type { DocumentSnapshot, SnapshotContentControl, SnapshotParagraph, TextBoxParagraph } from "../core/types";
import { ANCHOR_TAG_PREFIX, isPlaceholderText } from "./anchors";
import type { LocatedControl } from "./held";
import type { PartInfo, PartName } from "./model";
import type { OoxmlReading } from "../docx/ooxml";
import { mergeOoxml, readOoxml, sameText, type OoxmlReader } from "./ooxml";
import { partBody } from "./reach";
import { readableTextBoxes, shapeId, shapePart, unreadTextBoxes } from "./shapes";

interface ReadPart {
  name: PartName;
  paragraphs: Word.ParagraphCollection;
  controls: Word.ContentControlCollection;
  /** The part's OOXML, read in the same sync: leader TABs, superscripts, footnote marks, text boxes. */
  ooxml: OfficeExtension.ClientResult<string> | null;
  /**
   * The controls of each paragraph whose text the part holds more than once, by the paragraph's index in the
   * part: a control's paragraph is known by its text, and a repeated text alone cannot say which copy it is.
   */
  controlsOf: Map<number, Word.ContentControlCollection>;
  reading: OoxmlReading | null;
  /** Each control's paragraph (in the part) and span, from the OOXML; null when it could not be trusted. */
  placed: Placed[] | null;
  /** Whether each control is a place to fill, from the OOXML (`OoxmlReading.fields`); null when it lists others. */
  fields: boolean[] | null;
  /** Otherwise each control's paragraph and the text before it, read in the second sync. */
  reads: ControlRead[];
  /** The part's current text, deleted revisions left out (WordApi 1.4), to tell whether it holds revisions. */
  reviewed: OfficeExtension.ClientResult<string> | null;
  /** Each paragraph's text as the add-in reads it: Word's, or its current text where revisions stand. */
  texts: string[];
}

interface Placed {
  paragraph: number;
  start: number;
  end: number;
}

interface ControlRead {
  paragraph: Word.Paragraph;
  prefix: Word.Range;
  /** Under revisions: the current text of the paragraph and of the prefix. */
  current?: [OfficeExtension.ClientResult<string>, OfficeExtension.ClientResult<string>];
}

export interface DocumentRead {
  snapshot: DocumentSnapshot;
  /** Every control, our anchors included, with the part it stands in. */
  controls: LocatedControl[];
  /**
   * The ids of the user's controls (in `snapshot.contentControls`) that are no places to fill: Word's own building
   * blocks (page numbers, a table of contents) and document properties that hold their value. The OOXML tells
   * them; without it, only a gallery's type does.
   */
  notFields: ReadonlySet<string>;
  /** The bookmarks asked for that stand in the body, with where they stand (global paragraph index). */
  bookmarks: LocatedBookmark[];
  parts: PartInfo[];
  /** Track Changes, where the host can tell (WordApi 1.4). */
  tracking: "on" | "off" | "unknown";
  /** Whether the OOXML was asked for and read. */
  ooxml: boolean;
  /**
   * Whether the body's text boxes are known: from its OOXML, or from its shapes (those holding text then read as
   * parts of their own).
   */
  textBoxesKnown: boolean;
}

export interface LocatedBookmark {
  name: string;
  text: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface ReadOptions {
  /** Fetched while Word answers; null: the OOXML is not asked for. */
  ooxmlReader: Promise<OoxmlReader | null> | null;
  /** Names of our hidden bookmarks the saved state knows. */
  bookmarks: readonly string[];
  /** The host has WordApi 1.4 (Track Changes mode). */
  api14: boolean;
  /** Read the header and footer too (a failed read of theirs is retried without them). */
  headerFooter: boolean;
  /** Read the text boxes that hold text through the body's shapes (WordApiDesktop 1.2; see `shapes.ts`). */
  shapes?: boolean;
  /**
   * The last full read, when nothing was written since: the texts are read first, and the OOXML (a large answer on
   * a long document) only when they changed; otherwise that read's extras and places stand.
   */
  previous?: DocumentRead | null;
}

interface BookmarkRead {
  name: string;
  range: Word.Range;
  paragraph?: Word.Paragraph;
  prefix?: Word.Range;
  /** Under revisions: the current texts of its paragraph, of the text before it there, and of its own. */
  current?: [
    OfficeExtension.ClientResult<string>,
    OfficeExtension.ClientResult<string>,
    OfficeExtension.ClientResult<string>,
  ];
}

function headingFromStyle(style: string | undefined | null): number | null {
  const m = /^Heading([1-9])$/.exec(style ?? "");
  return m ? Number(m[1]) : null;
}

/**
 * One sync, or two when the document has content controls the OOXML cannot place. Without `ooxmlReader` the OOXML
 * is not asked for: the snapshot then holds what the text alone shows.
 */
export async function readDocument(context: Word.RequestContext, options: ReadOptions): Promise<DocumentRead> {
  const { ooxmlReader } = options;
  const readPart = (name: PartName): ReadPart => {
    const body = partBody(context, name);
    const paragraphs = body.paragraphs;
    paragraphs.load("items/text,items/styleBuiltIn,items/tableNestingLevel");
    const controls = body.contentControls;
    controls.load("items/id,items/tag,items/title,items/text,items/type,items/placeholderText,items/cannotEdit");
    const ooxml = ooxmlReader && !options.previous ? body.getOoxml() : null;
    const reviewed = options.api14 ? body.getReviewedText("Current") : null;
    return {
      name,
      paragraphs,
      controls,
      ooxml,
      controlsOf: new Map(),
      reading: null,
      placed: null,
      fields: null,
      reads: [],
      reviewed,
      texts: [],
    };
  };
  // A text box's story: its paragraphs and controls, no OOXML (the body's holds it) and no revisions asked.
  const readBox = (shape: Word.Shape): ReadPart => {
    const body = shape.body;
    const paragraphs = body.paragraphs;
    paragraphs.load("items/text,items/styleBuiltIn,items/tableNestingLevel");
    const controls = body.contentControls;
    controls.load("items/id,items/tag,items/title,items/text,items/type,items/placeholderText,items/cannotEdit");
    return {
      name: shapePart(shape.id),
      paragraphs,
      controls,
      ooxml: null,
      controlsOf: new Map(),
      reading: null,
      placed: null,
      fields: null,
      reads: [],
      reviewed: null,
      texts: [],
    };
  };
  // An error here is the document's answer, never taken for a missing part: a transient ItemNotFound must not
  // make the header's blanks disappear from later scans.
  const names: PartName[] = options.headerFooter ? ["body", "header", "footer"] : ["body"];
  const parts: ReadPart[] = names.map(readPart);
  const marks: BookmarkRead[] = options.bookmarks.map((name) => {
    const range = context.document.getBookmarkRangeOrNullObject(name);
    range.load("text");
    return { name, range };
  });
  const doc = context.document;
  if (options.api14) doc.load("changeTrackingMode");
  const shapes = options.shapes ? doc.body.shapes : null;
  shapes?.load("items/id,items/type,items/textFrame/hasText");
  await context.sync();
  const readFlatOpc = await ooxmlReader;
  // Word on the web puts deleted revisions in a paragraph's text (oj#1267): where the part's current text says
  // revisions stand, each paragraph is read as its current text (one more sync).
  const revised = parts.filter((part) => {
    part.texts = part.paragraphs.items.map((p) => p.text);
    return part.reviewed !== null && bare(part.reviewed.value) !== bare(part.texts.join(""));
  });
  const current = revised.map((part) => part.paragraphs.items.map((p) => p.getReviewedText("Current")));
  // The text boxes holding text are read in the sync the revisions take, when they need one: a document without
  // text boxes (or a host without shapes) is still read in one sync.
  const boxes = shapes ? readableTextBoxes(shapes.items).map((shape) => readBox(shape)) : [];
  if (revised.length > 0 || boxes.length > 0) {
    await context.sync();
    revised.forEach((part, i) => (part.texts = current[i].map((r) => r.value)));
    for (const box of boxes) box.texts = box.paragraphs.items.map((p) => p.text);
    parts.push(...boxes);
  }
  if (options.previous && ooxmlReader) {
    const mode = options.api14 ? String(doc.changeTrackingMode ?? "Off") : null;
    const tracking = mode === null ? "unknown" : mode === "Off" ? "off" : "on";
    if (unchanged(options.previous, parts, marks)) return { ...options.previous, tracking };
    for (const part of parts) if (!boxes.includes(part)) part.ooxml = partBody(context, part.name).getOoxml();
    await context.sync();
  }
  let second = false;
  for (const m of marks) {
    if (m.range.isNullObject) continue;
    m.paragraph = m.range.paragraphs.getFirst();
    m.paragraph.load("text");
    m.prefix = m.paragraph.getRange("Start").expandTo(m.range.getRange("Start"));
    m.prefix.load("text");
    // Bookmarks are in the body only.
    if (revised.includes(parts[0]))
      m.current = [m.paragraph, m.prefix, m.range].map((r) => r.getReviewedText("Current")) as BookmarkRead["current"];
    second = true;
  }
  for (const part of parts) {
    part.reading = readFlatOpc && part.ooxml ? readOoxml(part.ooxml.value, readFlatOpc) : null;
    if (part.controls.items.length === 0) continue;
    part.fields = fieldsFromOoxml(part);
    part.placed = shapeId(part.name) !== null ? placeByText(part) : placeFromOoxml(part);
    if (part.placed) continue;
    askRepeatedParagraphs(part);
    for (const cc of part.controls.items) {
      const paragraph = cc.getRange("Whole").paragraphs.getFirst();
      paragraph.load("text");
      const prefix = paragraph.getRange("Start").expandTo(cc.getRange("Start"));
      prefix.load("text");
      const current = revised.includes(part)
        ? ([paragraph.getReviewedText("Current"), prefix.getReviewedText("Current")] as ControlRead["current"])
        : undefined;
      part.reads.push({ paragraph, prefix, current });
    }
    second = true;
  }
  if (second) await context.sync();
  const read = buildSnapshot(parts);
  const mode = options.api14 ? String(doc.changeTrackingMode ?? "Off") : null;
  return {
    ...read,
    bookmarks: placeBookmarks(marks, read.snapshot.paragraphs, read.parts[0]),
    tracking: mode === null ? "unknown" : mode === "Off" ? "off" : "on",
    ooxml: parts.some((p) => p.reading !== null),
    textBoxesKnown: parts[0].reading !== null || shapes !== null,
  };
}

/** The document reads as at `previous`: the same paragraphs, controls and bookmarks, with the same texts. */
function unchanged(previous: DocumentRead, parts: ReadPart[], marks: BookmarkRead[]): boolean {
  if (previous.parts.length !== parts.length) return false;
  const sameParts = parts.every((part, i) => {
    const info = previous.parts[i];
    if (info.name !== part.name || info.count !== part.texts.length) return false;
    for (let k = 0; k < info.count; k++)
      if (previous.snapshot.paragraphs[info.offset + k].text !== part.texts[k]) return false;
    const before = previous.controls.filter((c) => c.part === part.name);
    const now = part.controls.items;
    return (
      before.length === now.length && now.every((c, k) => before[k].tag === (c.tag ?? "") && before[k].text === c.text)
    );
  });
  if (!sameParts) return false;
  const found = marks.filter((m) => !m.range.isNullObject);
  return (
    found.length === previous.bookmarks.length &&
    found.every((m) => previous.bookmarks.some((b) => b.name === m.name && b.text === m.range.text))
  );
}

/** Text without paragraph marks: the part's text and its paragraphs' joined, compared. */
const bare = (text: string): string => text.replace(/[\r\n]/g, "");

/**
 * Each bookmark's paragraph, by its text: the first copy of that text where no other bookmark already stands at the
 * same offset (a paragraph pasted twice holds one bookmark in each copy).
 */
function placeBookmarks(marks: BookmarkRead[], paragraphs: SnapshotParagraph[], body: PartInfo): LocatedBookmark[] {
  const out: LocatedBookmark[] = [];
  const used = new Set<string>();
  for (const m of marks) {
    if (!m.paragraph || !m.prefix) continue;
    const [text, prefix, own] = m.current?.map((r) => r.value) ?? [m.paragraph.text, m.prefix.text, m.range.text];
    const start = prefix.length;
    const end = start + own.length;
    if (text.slice(start, end) !== own) continue;
    for (let i = body.offset; i < body.offset + body.count; i++) {
      if (paragraphs[i].text !== text || used.has(`${i}:${start}`)) continue;
      used.add(`${i}:${start}`);
      out.push({ name: m.name, text: own, paragraph: i, start, end });
      break;
    }
  }
  return out;
}

/**
 * Where the part's controls stand, from its OOXML, when that reading is of the same paragraphs Word listed and
 * holds the same controls in the same order (tag and text alike); null otherwise.
 */
function placeFromOoxml({ reading, paragraphs, controls, texts }: ReadPart): Placed[] | null {
  if (!reading || reading.paragraphs.length !== paragraphs.items.length) return null;
  if (reading.controls.length !== controls.items.length) return null;
  if (reading.paragraphs.some((p, i) => !sameText(texts[i], p.text))) return null;
  const placed: Placed[] = [];
  for (let i = 0; i < controls.items.length; i++) {
    const cc = controls.items[i];
    const o = reading.controls[i];
    if (o.tag !== (cc.tag ?? "")) return null;
    // A control over several paragraphs has no span in one: Word's text of it is not compared either.
    if (o.end >= 0 && !sameText(standing(cc), o.text)) return null;
    placed.push({ paragraph: o.paragraph, start: o.end >= 0 ? o.start : -1, end: o.end });
  }
  return placed;
}

/**
 * Where a text box's controls stand, without a sync more: each one's text, where it stands exactly once in the text
 * box and no other control's does there too. Null when one cannot be told so (an empty control, a text standing twice,
 * a control over several paragraphs): then each control's paragraph is read.
 */
function placeByText({ controls, texts }: ReadPart): Placed[] | null {
  const placed: Placed[] = [];
  for (const cc of controls.items) {
    const text = standing(cc);
    if (!text) return null;
    const at: Placed[] = [];
    texts.forEach((t, paragraph) => {
      for (let i = t.indexOf(text); i >= 0; i = t.indexOf(text, i + 1))
        at.push({ paragraph, start: i, end: i + text.length });
    });
    if (at.length !== 1) return null;
    const [p] = at;
    if (placed.some((o) => o.paragraph === p.paragraph && o.start < p.end && p.start < o.end)) return null;
    placed.push(p);
  }
  return placed;
}

/** Which controls are places to fill, when the OOXML lists the same controls as Word, in the same order. */
function fieldsFromOoxml({ reading, controls }: ReadPart): boolean[] | null {
  if (!reading || reading.controls.length !== controls.items.length) return null;
  if (reading.controls.some((o, i) => o.tag !== (controls.items[i].tag ?? ""))) return null;
  return reading.fields;
}

/** Past this many, a part's repeated paragraphs are told apart by the order of their controls alone. */
const MAX_REPEATED_ASKED = 2000;
/** Paragraph-by-control text comparisons spent looking for the repeated paragraphs that may hold a control. */
const MAX_COMPARISONS = 200_000;

function askRepeatedParagraphs(part: ReadPart): void {
  const texts = part.texts;
  const seen = new Map<string, number>();
  for (const t of texts) seen.set(t, (seen.get(t) ?? 0) + 1);
  const repeated = texts.flatMap((t, i) => (t && (seen.get(t) ?? 0) > 1 ? [i] : []));
  // A control's first line stands in its paragraph; paragraphs holding none of them cannot hold a control. An
  // empty control can stand anywhere: then every repeated paragraph is asked.
  const lines = [...new Set(part.controls.items.map((c) => standing(c).split(/[\r\n\v]/)[0]))];
  if (repeated.length === 0 || repeated.length * lines.length > MAX_COMPARISONS) return;
  const asked = repeated.filter((i) => lines.some((l) => texts[i].includes(l)));
  if (asked.length === 0 || asked.length > MAX_REPEATED_ASKED) return;
  for (const i of asked) {
    const controls = part.paragraphs.items[i].contentControls;
    controls.load("items/id");
    part.controlsOf.set(i, controls);
  }
}

/**
 * The paragraph (global index) holding a control whose paragraph reads `text`: the first one from `from` on, or
 * failing that from the part's start. Where the part's repeated paragraphs were asked for their controls, the
 * copy that holds this control by id; otherwise the copy that comes next in document order: a control sharing
 * the paragraph of the one before it must start where that one ends or later (or lie within it, nested).
 */
function paragraphOfControl(
  paragraphs: readonly SnapshotParagraph[],
  info: PartInfo,
  part: ReadPart,
  read: { id: number; text: string; start: number; end: number },
  previous: { paragraph: number; start: number; end: number } | undefined,
): number {
  const holds = (i: number): boolean | null => {
    const controls = part.controlsOf.get(i - info.offset);
    return controls ? controls.items.some((c) => c.id === read.id) : null;
  };
  const follows = (i: number): boolean => {
    if (!previous || previous.paragraph !== i) return true;
    // The same span again (two empty controls, say) is the next copy's, not a control within the previous one.
    if (read.start === previous.start && read.end === previous.end) return false;
    if (read.start >= previous.end) return true;
    return read.start >= previous.start && read.end <= previous.end;
  };
  const end = info.offset + info.count;
  const from = previous?.paragraph ?? info.offset;
  // Every copy of a text was asked for its controls, or none was: the first copy that fits is the answer.
  const ranges = [
    [from, end],
    [info.offset, from],
  ];
  for (const range of ranges) {
    for (let i = range[0]; i < range[1]; i++) {
      if (paragraphs[i].text !== read.text) continue;
      const known = holds(i);
      if (known === true || (known === null && follows(i))) return i;
    }
  }
  // Nothing fits: a control around the paragraph that its copies do not list as theirs (their order places it
  // then), or an exact nesting (the first paragraph where the text stands).
  for (const range of ranges) {
    for (let i = range[0]; i < range[1]; i++) if (paragraphs[i].text === read.text && follows(i)) return i;
  }
  for (let i = info.offset; i < end; i++) if (paragraphs[i].text === read.text) return i;
  return -1;
}

/**
 * What a control's text puts in its paragraph: nothing while it shows a placeholder (Word reads the placeholder as
 * the control's text, not as the paragraph's).
 */
function standing(cc: Word.ContentControl): string {
  const text = cc.text ?? "";
  return isPlaceholderText(text, cc.placeholderText) ? "" : text;
}

/**
 * Where the engine takes a part's paragraph to stand. A text box's paragraphs stand outside the body's outline, as a
 * header's do: they follow the footer, so they neither head nor close a section of the body.
 */
function locationOf(name: PartName, nesting: number): SnapshotParagraph["location"] {
  if (name === "body") return nesting > 0 ? "table" : "body";
  return name === "header" || name === "footer" ? name : "header";
}

function buildSnapshot(parts: ReadPart[]): Pick<DocumentRead, "snapshot" | "controls" | "notFields" | "parts"> {
  const paragraphs: SnapshotParagraph[] = [];
  const infos: PartInfo[] = [];
  const textBoxes: TextBoxParagraph[] = [];
  for (const part of parts) {
    const offset = paragraphs.length;
    const own: SnapshotParagraph[] = part.paragraphs.items.map((p, i) => {
      const nesting = p.tableNestingLevel ?? 0;
      return {
        text: part.texts[i],
        location: locationOf(part.name, nesting),
        headingLevel: headingFromStyle(p.styleBuiltIn as string),
        tableNestingLevel: nesting,
      };
    });
    const merged = mergeOoxml(own, part.reading, offset);
    paragraphs.push(...merged.paragraphs);
    textBoxes.push(...merged.textBoxes);
    infos.push({ name: part.name, offset, count: paragraphs.length - offset });
  }
  const list: LocatedControl[] = [];
  const notFields = new Set<string>();
  parts.forEach((part, p) => {
    const info = infos[p];
    // Controls come in document order: read by text, each one's paragraph is looked for from where the previous
    // one stood, so repeated paragraphs (a template pasted twice) resolve to the right copy.
    let previous: { paragraph: number; start: number; end: number } | undefined;
    part.controls.items.forEach((cc, i) => {
      const ccText = standing(cc);
      let where: Placed;
      const placed = part.placed?.[i];
      if (placed) where = { ...placed, paragraph: info.offset + placed.paragraph };
      else {
        const r = part.reads[i];
        const text = r.current ? r.current[0].value : r.paragraph.text;
        const start = (r.current ? r.current[1].value : r.prefix.text).length;
        const span = { id: cc.id, text, start, end: start + ccText.length };
        const index = paragraphOfControl(paragraphs, info, part, span, previous);
        if (index < 0) return;
        previous = { paragraph: index, start: span.start, end: span.end };
        const fits = text.slice(start, start + ccText.length) === ccText;
        where = { paragraph: index, start: fits ? start : -1, end: fits ? span.end : -1 };
      }
      const placeholder = cc.placeholderText || null;
      const field = part.fields ? part.fields[i] : cc.type !== "BuildingBlockGallery";
      const control: LocatedControl = {
        id: String(cc.id),
        tag: cc.tag ?? "",
        title: cc.title ?? "",
        text: cc.text,
        type: String(cc.type ?? "RichText"),
        placeholder,
        showingPlaceholder: isPlaceholderText(cc.text, placeholder),
        cannotEdit: !!cc.cannotEdit,
        ...where,
        part: part.name,
      };
      list.push(control);
      if (!field) notFields.add(control.id);
    });
  });
  // A blank in a text box read through its shape is a field like any other, no longer one to fill by hand.
  const read = parts.flatMap((p) => (shapeId(p.name) !== null ? p.texts : []));
  const boxes = read.length > 0 ? unreadTextBoxes(textBoxes, read) : textBoxes;
  const contentControls: SnapshotContentControl[] = list
    .filter((c) => !c.tag.startsWith(ANCHOR_TAG_PREFIX))
    .map(({ part: _part, ...c }) => c);
  return { snapshot: { paragraphs, contentControls, textBoxes: boxes }, controls: list, notFields, parts: infos };
}
