/**
 * Reading the document for a scan: every part's paragraphs (text, heading style, table nesting), its content
 * controls and its OOXML in one sync. Word gives every section a primary header and footer (empty when the file has
 * none), so one sync reads all three parts. Where each control stands comes from the OOXML when it agrees with what
 * Word listed (same paragraphs, same controls in the same order); otherwise a second sync reads each control's
 * paragraph and offset (with the controls of every repeated paragraph that may hold one, so a control in a copy of
 * a paragraph is put in the right copy).
 */
import type { DocumentSnapshot, SnapshotContentControl, SnapshotParagraph, TextBoxParagraph } from "../core/types";
import type { LocatedControl } from "./fills";
import { ANCHOR_TAG_PREFIX, type PartInfo, type PartName } from "./model";
import type { OoxmlReading } from "../docx/ooxml";
import { mergeOoxml, readOoxml, type OoxmlReader } from "./ooxml";
import { partBody } from "./reach";

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
  /** Otherwise each control's paragraph and the text before it, read in the second sync. */
  reads: ControlRead[];
}

interface Placed {
  paragraph: number;
  start: number;
  end: number;
}

interface ControlRead {
  paragraph: Word.Paragraph;
  prefix: Word.Range;
}

export interface DocumentRead {
  snapshot: DocumentSnapshot;
  /** Every control, our anchors included, with the part it stands in. */
  controls: LocatedControl[];
  parts: PartInfo[];
}

function headingFromStyle(style: string | undefined | null): number | null {
  const m = /^Heading([1-9])$/.exec(style ?? "");
  return m ? Number(m[1]) : null;
}

/**
 * One sync, or two when the document has content controls the OOXML cannot place. Without `ooxmlReader` the OOXML
 * is not asked for: the snapshot then holds what the text alone shows.
 */
export async function readDocument(
  context: Word.RequestContext,
  ooxmlReader: Promise<OoxmlReader | null> | null,
): Promise<DocumentRead> {
  const readPart = (name: PartName): ReadPart => {
    const body = partBody(context, name);
    const paragraphs = body.paragraphs;
    paragraphs.load("items/text,items/styleBuiltIn,items/tableNestingLevel");
    const controls = body.contentControls;
    controls.load("items/id,items/tag,items/title,items/text,items/type,items/placeholderText,items/cannotEdit");
    const ooxml = ooxmlReader ? body.getOoxml() : null;
    return { name, paragraphs, controls, ooxml, controlsOf: new Map(), reading: null, placed: null, reads: [] };
  };
  // An error here is the document's answer, never taken for a missing part: a transient ItemNotFound must not
  // make the header's blanks disappear from later scans.
  const parts: ReadPart[] = (["body", "header", "footer"] as PartName[]).map(readPart);
  await context.sync();
  const readFlatOpc = await ooxmlReader;
  let second = false;
  for (const part of parts) {
    part.reading = readFlatOpc && part.ooxml ? readOoxml(part.ooxml.value, readFlatOpc) : null;
    if (part.controls.items.length === 0) continue;
    part.placed = placeFromOoxml(part);
    if (part.placed) continue;
    askRepeatedParagraphs(part);
    for (const cc of part.controls.items) {
      const paragraph = cc.getRange("Whole").paragraphs.getFirst();
      paragraph.load("text");
      const prefix = paragraph.getRange("Start").expandTo(cc.getRange("Start"));
      prefix.load("text");
      part.reads.push({ paragraph, prefix });
    }
    second = true;
  }
  if (second) await context.sync();
  return buildSnapshot(parts);
}

/**
 * Where the part's controls stand, from its OOXML, when that reading is of the same paragraphs Word listed and
 * holds the same controls in the same order (tag and text alike); null otherwise.
 */
function placeFromOoxml({ reading, paragraphs, controls }: ReadPart): Placed[] | null {
  if (!reading || reading.paragraphs.length !== paragraphs.items.length) return null;
  if (reading.controls.length !== controls.items.length) return null;
  if (reading.paragraphs.some((p, i) => p.text !== paragraphs.items[i].text)) return null;
  const placed: Placed[] = [];
  for (let i = 0; i < controls.items.length; i++) {
    const cc = controls.items[i];
    const o = reading.controls[i];
    if (o.tag !== (cc.tag ?? "")) return null;
    // A control over several paragraphs has no span in one: Word's text of it is not compared either.
    if (o.end >= 0 && o.text !== cc.text) return null;
    placed.push({ paragraph: o.paragraph, start: o.end >= 0 ? o.start : -1, end: o.end });
  }
  return placed;
}

/** Past this many, a part's repeated paragraphs are told apart by the order of their controls alone. */
const MAX_REPEATED_ASKED = 2000;
/** Paragraph-by-control text comparisons spent looking for the repeated paragraphs that may hold a control. */
const MAX_COMPARISONS = 200_000;

function askRepeatedParagraphs(part: ReadPart): void {
  const texts = part.paragraphs.items.map((p) => p.text);
  const seen = new Map<string, number>();
  for (const t of texts) seen.set(t, (seen.get(t) ?? 0) + 1);
  const repeated = texts.flatMap((t, i) => (t && (seen.get(t) ?? 0) > 1 ? [i] : []));
  // A control's first line stands in its paragraph; paragraphs holding none of them cannot hold a control. An
  // empty control can stand anywhere: then every repeated paragraph is asked.
  const lines = [...new Set(part.controls.items.map((c) => (c.text ?? "").split(/[\r\n\v]/)[0]))];
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

function buildSnapshot(parts: ReadPart[]): DocumentRead {
  const paragraphs: SnapshotParagraph[] = [];
  const infos: PartInfo[] = [];
  const textBoxes: TextBoxParagraph[] = [];
  for (const part of parts) {
    const offset = paragraphs.length;
    const own: SnapshotParagraph[] = part.paragraphs.items.map((p) => {
      const nesting = p.tableNestingLevel ?? 0;
      return {
        text: p.text,
        location: part.name === "body" && nesting > 0 ? "table" : part.name,
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
  parts.forEach((part, p) => {
    const info = infos[p];
    // Controls come in document order: read by text, each one's paragraph is looked for from where the previous
    // one stood, so repeated paragraphs (a template pasted twice) resolve to the right copy.
    let previous: { paragraph: number; start: number; end: number } | undefined;
    part.controls.items.forEach((cc, i) => {
      const ccText = cc.text;
      let where: Placed;
      const placed = part.placed?.[i];
      if (placed) where = { ...placed, paragraph: info.offset + placed.paragraph };
      else {
        const r = part.reads[i];
        const text = r.paragraph.text;
        const start = r.prefix.text.length;
        const span = { id: cc.id, text, start, end: start + ccText.length };
        const index = paragraphOfControl(paragraphs, info, part, span, previous);
        if (index < 0) return;
        previous = { paragraph: index, start: span.start, end: span.end };
        const fits = text.slice(start, start + ccText.length) === ccText;
        where = { paragraph: index, start: fits ? start : -1, end: fits ? span.end : -1 };
      }
      const placeholder = cc.placeholderText || null;
      list.push({
        id: String(cc.id),
        tag: cc.tag ?? "",
        title: cc.title ?? "",
        text: ccText,
        type: String(cc.type ?? "RichText"),
        placeholder,
        showingPlaceholder: placeholder !== null && ccText === placeholder,
        cannotEdit: !!cc.cannotEdit,
        ...where,
        part: part.name,
      });
    });
  });
  const contentControls: SnapshotContentControl[] = list
    .filter((c) => !c.tag.startsWith(ANCHOR_TAG_PREFIX))
    .map(({ part: _part, ...c }) => c);
  return { snapshot: { paragraphs, contentControls, textBoxes }, controls: list, parts: infos };
}
