/**
 * Reading the document for a scan: every part's paragraphs (text, heading style, table nesting), its content
 * controls and its OOXML in one sync, then each control's paragraph and offset in a second. Word gives every
 * section a primary header and footer (empty when the file has none), so one sync reads all three parts.
 */
import type { DocumentSnapshot, SnapshotContentControl, SnapshotParagraph, TextBoxParagraph } from "../core/types";
import type { LocatedControl } from "./fills";
import { ANCHOR_TAG_PREFIX, type PartInfo, type PartName } from "./model";
import { mergeOoxml, readOoxml, type OoxmlReader } from "./ooxml";
import { partBody } from "./reach";

interface ReadPart {
  name: PartName;
  paragraphs: Word.ParagraphCollection;
  controls: Word.ContentControlCollection;
  /** The part's OOXML, read in the same sync: leader TABs, superscripts, footnote marks, text boxes. */
  ooxml: OfficeExtension.ClientResult<string> | null;
}

interface ControlRead {
  cc: Word.ContentControl;
  part: PartName;
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
 * Two syncs at most (one when the document has no content controls). Without `ooxmlReader` the OOXML is not asked
 * for: the snapshot then holds what the text alone shows.
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
    return { name, paragraphs, controls, ooxml: ooxmlReader ? body.getOoxml() : null };
  };
  // An error here is the document's answer, never taken for a missing part: a transient ItemNotFound must not
  // make the header's blanks disappear from later scans.
  const parts: ReadPart[] = (["body", "header", "footer"] as PartName[]).map(readPart);
  await context.sync();
  const reads: ControlRead[] = [];
  for (const part of parts) {
    for (const cc of part.controls.items) {
      const paragraph = cc.getRange("Whole").paragraphs.getFirst();
      paragraph.load("text");
      const prefix = paragraph.getRange("Start").expandTo(cc.getRange("Start"));
      prefix.load("text");
      reads.push({ cc, part: part.name, paragraph, prefix });
    }
  }
  if (reads.length > 0) await context.sync();
  return buildSnapshot(parts, reads, await ooxmlReader);
}

function buildSnapshot(parts: ReadPart[], reads: ControlRead[], readFlatOpc: OoxmlReader | null): DocumentRead {
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
    const reading = readFlatOpc && part.ooxml ? readOoxml(part.ooxml.value, readFlatOpc) : null;
    const merged = mergeOoxml(own, reading, offset);
    paragraphs.push(...merged.paragraphs);
    textBoxes.push(...merged.textBoxes);
    infos.push({ name: part.name, offset, count: paragraphs.length - offset });
  }
  // Controls come in document order: match each one's paragraph text from where the previous one stood, so
  // repeated paragraphs (a template pasted twice) resolve to the right copy.
  const list: LocatedControl[] = [];
  const cursor = new Map<PartName, number>();
  for (const r of reads) {
    const info = infos.find((i) => i.name === r.part)!;
    const text = r.paragraph.text;
    let from = cursor.get(r.part) ?? info.offset;
    let index = -1;
    for (let pass = 0; pass < 2 && index < 0; pass++) {
      for (let i = from; i < info.offset + info.count; i++) {
        if (paragraphs[i].text === text) {
          index = i;
          break;
        }
      }
      from = info.offset;
    }
    if (index < 0) continue;
    cursor.set(r.part, index);
    const start = r.prefix.text.length;
    const ccText = r.cc.text;
    const placeholder = r.cc.placeholderText || null;
    const fits = text.slice(start, start + ccText.length) === ccText;
    list.push({
      id: String(r.cc.id),
      tag: r.cc.tag ?? "",
      title: r.cc.title ?? "",
      text: ccText,
      type: String(r.cc.type ?? "RichText"),
      placeholder,
      showingPlaceholder: placeholder !== null && ccText === placeholder,
      cannotEdit: !!r.cc.cannotEdit,
      paragraph: index,
      start: fits ? start : -1,
      end: fits ? start + ccText.length : -1,
      part: r.part,
    });
  }
  const contentControls: SnapshotContentControl[] = list
    .filter((c) => !c.tag.startsWith(ANCHOR_TAG_PREFIX))
    .map(({ part: _part, ...c }) => c);
  return { snapshot: { paragraphs, contentControls, textBoxes }, controls: list, parts: infos };
}
